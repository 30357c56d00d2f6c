package org.bilet.kb.search;

import java.time.Instant;
import org.bilet.tickets.Ticket;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFactory;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * Writes a ticket into its index document (see {@link TicketFields}). Reads the ticket through its
 * own methods; the dependencies declared here are what makes a change reindex it: its fields, and
 * any message posted on it. Bilet's bookkeeping (SLA clocks, versions) does not.
 */
class TicketBinder implements TypeBinder {

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies()
                .use("number").use("subject").use("description").use("resolution").use("language")
                .use("status").use("priority").use("category").use("team").use("assignee")
                .use("requester").use("organization").use("tags").use("createdAt").use("updatedAt")
                .use("messages.body").use("messages.internal");
        context.bridge(Ticket.class, new Bridge(context.indexSchemaElement(), context.typeFactory()));
    }

    private static final class Bridge implements TypeBridge<Ticket> {

        private final IndexFieldReference<String> number;
        private final IndexFieldReference<String> status;
        private final IndexFieldReference<String> priority;
        private final IndexFieldReference<String> category;
        private final IndexFieldReference<String> team;
        private final IndexFieldReference<String> assignee;
        private final IndexFieldReference<Long> requester;
        private final IndexFieldReference<Long> organization;
        private final IndexFieldReference<String> language;
        private final IndexFieldReference<String> tags;
        private final IndexFieldReference<Instant> created;
        private final IndexFieldReference<Instant> updated;
        private final TextFieldGroups textFields;

        Bridge(IndexSchemaElement schema, IndexFieldTypeFactory types) {
            var facet = types.asString().aggregable(Aggregable.YES)
                    .projectable(Projectable.NO).toIndexFieldType();
            var keyword = types.asString().normalizer(TextAnalysis.FOLDED).projectable(Projectable.NO).toIndexFieldType();
            var id = types.asLong().projectable(Projectable.NO).toIndexFieldType();
            var time = types.asInstant().sortable(Sortable.YES).projectable(Projectable.NO).toIndexFieldType();
            number = schema.field(TicketFields.NUMBER, keyword).toReference();
            status = schema.field(TicketFields.STATUS, facet).toReference();
            priority = schema.field(TicketFields.PRIORITY, facet).toReference();
            category = schema.field(TicketFields.CATEGORY, facet).toReference();
            team = schema.field(TicketFields.TEAM, facet).toReference();
            assignee = schema.field(TicketFields.ASSIGNEE, facet).toReference();
            requester = schema.field(TicketFields.REQUESTER, id).toReference();
            organization = schema.field(TicketFields.ORGANIZATION, id).toReference();
            language = schema.field(TicketFields.LANGUAGE, facet).toReference();
            tags = schema.field(TicketFields.TAGS, facet).multiValued().toReference();
            created = schema.field(TicketFields.CREATED, time).toReference();
            updated = schema.field(TicketFields.UPDATED, time).toReference();
            textFields = new TextFieldGroups(schema, types, TicketFields.GROUPS);
        }

        @Override
        public void write(DocumentElement document, Ticket ticket, TypeBridgeWriteContext context) {
            document.addValue(number, ticket.number().value());
            document.addValue(status, ticket.status().name());
            document.addValue(priority, ticket.priority().code());
            document.addValue(category, ticket.category() == null ? null : ticket.category().key());
            document.addValue(team, ticket.team() == null ? null : ticket.team().key());
            document.addValue(assignee, ticket.assignee() == null ? null : ticket.assignee().username());
            document.addValue(requester, ticket.requester().id());
            document.addValue(organization, ticket.organization() == null ? null : ticket.organization().id());
            document.addValue(language, ticket.language());
            ticket.tags().forEach(tag -> document.addValue(tags, tag));
            document.addValue(created, ticket.createdAt());
            document.addValue(updated, ticket.updatedAt());

            TicketText.of(ticket).forEachField((field, text) -> document.addValue(textFields.get(field), text));
        }
    }
}

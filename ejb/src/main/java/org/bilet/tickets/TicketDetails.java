package org.bilet.tickets;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.bilet.sla.Promise;
import org.bilet.sla.SlaState;

/** Everything about one ticket, as the API and screens show it. */
public record TicketDetails(
        String number,
        String subject,
        String description,
        RichText.Format descriptionFormat,
        TicketStatus status,
        String priority,
        String category,
        Set<String> tags,
        Channel channel,
        String language,
        PersonRef requester,
        String organization,
        String team,
        PersonRef assignee,
        boolean answered,
        String resolution,
        RichText.Format resolutionFormat,
        Instant snoozedUntil,
        Map<String, String> customFields,
        Instant createdAt,
        Instant updatedAt,
        Instant firstResponseAt,
        Instant resolvedAt,
        Instant closedAt,
        Instant dueAt,
        Instant firstResponseDueAt,
        Instant nextResponseDueAt,
        Instant resolutionDueAt,
        SlaState slaState,
        String slaPolicy,
        String mergedInto,
        long version) implements Serializable {

    static TicketDetails of(Ticket t) {
        return new TicketDetails(
                t.number().value(), t.subject(), t.description(), t.descriptionFormat(), t.status(),
                t.priority().code(),
                t.category() == null ? null : t.category().key(),
                t.tags(), t.channel(), t.language(),
                PersonRef.of(t.requester()),
                t.organization() == null ? null : t.organization().name(),
                t.team() == null ? null : t.team().key(),
                PersonRef.of(t.assignee()),
                t.answered(), t.resolution(), t.resolutionFormat(), t.snoozedUntil(), t.customValues(),
                t.createdAt(), t.updatedAt(), t.firstResponseAt(), t.resolvedAt(), t.closedAt(), t.dueAt(),
                t.sla().dueAt(Promise.Kind.FIRST_RESPONSE), t.sla().dueAt(Promise.Kind.NEXT_RESPONSE),
                t.sla().dueAt(Promise.Kind.RESOLUTION), t.sla().state(),
                t.sla().policy() == null ? null : t.sla().policy().key(),
                t.mergedInto() == null ? null : t.mergedInto().number().value(),
                t.version());
    }
}

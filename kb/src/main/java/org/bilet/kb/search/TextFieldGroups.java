package org.bilet.kb.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bilet.kb.language.TextLanguage;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFactory;

/**
 * The text fields of a document's text groups, declared alike for tickets and articles: per group
 * a field for each language, the folded and prefix ones, and the concept field, each with the
 * analyzer {@link TextAnalysis} registers under its name.
 */
final class TextFieldGroups {

    private final Map<String, IndexFieldReference<String>> fields = new HashMap<>();

    TextFieldGroups(IndexSchemaElement schema, IndexFieldTypeFactory types, List<String> groups) {
        for (var group : groups) {
            for (var language : TextLanguage.values()) {
                declare(schema, types, TicketFields.text(group, language), TextAnalysis.of(language));
            }
            declare(schema, types, TicketFields.text(group, TextAnalysis.FOLDED), TextAnalysis.FOLDED);
            declare(schema, types, TicketFields.text(group, TextAnalysis.PREFIX), TextAnalysis.PREFIX);
            declare(schema, types, TicketFields.concepts(group), TextAnalysis.CONCEPT);
        }
    }

    IndexFieldReference<String> get(String name) {
        return fields.get(name);
    }

    private void declare(IndexSchemaElement schema, IndexFieldTypeFactory types, String name, String analyzer) {
        var type = types.asString().analyzer(analyzer).searchable(Searchable.YES).projectable(Projectable.NO).toIndexFieldType();
        fields.put(name, schema.field(name, type).multiValued().toReference());
    }
}

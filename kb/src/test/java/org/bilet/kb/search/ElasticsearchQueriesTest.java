package org.bilet.kb.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.bilet.kb.language.TextLanguage;
import org.junit.jupiter.api.Test;

class ElasticsearchQueriesTest {

    @Test
    void a_boolean_query_keeps_its_clauses_minimum_and_weights() {
        var query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term("text_en", "printer")), Occur.SHOULD)
                .add(new BoostQuery(new TermQuery(new Term("subject_en", "jam")), 2f), Occur.SHOULD)
                .add(new TermQuery(new Term("status", "OPEN")), Occur.FILTER)
                .add(new TermQuery(new Term("id", "7")), Occur.MUST_NOT)
                .setMinimumNumberShouldMatch(2)
                .build();
        assertThat(ElasticsearchQueries.of(query).toString()).isEqualTo("{\"bool\":{"
                + "\"should\":[{\"term\":{\"text_en\":{\"value\":\"printer\"}}},"
                + "{\"bool\":{\"must\":[{\"term\":{\"subject_en\":{\"value\":\"jam\"}}}],\"boost\":2.0}}],"
                + "\"filter\":[{\"term\":{\"status\":{\"value\":\"OPEN\"}}}],"
                + "\"must_not\":[{\"term\":{\"id\":{\"value\":\"7\"}}}],"
                + "\"minimum_should_match\":2}}");
    }

    @Test
    void a_query_that_can_match_nothing_matches_nothing_there_too() {
        // Lucene: no clause that could match is no match; Elasticsearch's empty bool would match all.
        assertThat(ElasticsearchQueries.of(new BooleanQuery.Builder().build()).toString()).isEqualTo("{\"match_none\":{}}");
        var onlyExcluding = new BooleanQuery.Builder().add(new TermQuery(new Term("id", "1")), Occur.MUST_NOT).build();
        assertThat(ElasticsearchQueries.of(onlyExcluding).toString()).isEqualTo("{\"match_none\":{}}");
    }

    @Test
    void words_at_one_position_match_by_any_of_them() {
        var synonyms = new SynonymQuery.Builder("text_uk").addTerm(new Term("text_uk", "принтер")).addTerm(new Term("text_uk", "принтера")).build();
        assertThat(ElasticsearchQueries.of(synonyms).toString()).isEqualTo("{\"bool\":{\"should\":["
                + "{\"term\":{\"text_uk\":{\"value\":\"принтер\"}}},{\"term\":{\"text_uk\":{\"value\":\"принтера\"}}}],"
                + "\"minimum_should_match\":1}}");
    }

    @Test
    void a_kind_of_query_it_does_not_know_is_refused() {
        assertThatThrownBy(() -> ElasticsearchQueries.of(new PhraseQuery("text_en", "paper", "jam")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PhraseQuery");
    }

    @Test
    void every_query_of_the_service_translates_and_a_requesters_never_reaches_the_notes() {
        for (var text : List.of("drukarka nie drukuje", "VPN keeps disconnecting BIL-7731", "Принтер не печатает на втором этаже",
                "l'email dell'ufficio non arriva", "slaptažodis užrakintas", "BIL-42", "\" OR 1=1 --")) {
            var requester = fields(ElasticsearchQueries.of(TextQueries.search(text, false, SearchBackend.ELASTICSEARCH)));
            assertThat(requester).as(text).isNotEmpty().noneMatch(field -> field.startsWith(TicketFields.NOTES));
            var staff = fields(ElasticsearchQueries.of(TextQueries.search(text, true, SearchBackend.ELASTICSEARCH)));
            assertThat(staff).as(text).anyMatch(field -> field.startsWith(TicketFields.NOTES));
            assertThat(fields(ElasticsearchQueries.of(TextQueries.alike(text, Optional.of(TextLanguage.PL), SearchBackend.ELASTICSEARCH))))
                    .as(text).isNotEmpty().noneMatch(field -> field.startsWith(TicketFields.NOTES));
            assertThat(fields(ElasticsearchQueries.of(TextQueries.searchArticles(text)))).as(text).isNotEmpty();
        }
    }

    @Test
    void polish_words_are_read_as_the_backends_index_stems_them() {
        var cluster = terms(ElasticsearchQueries.of(TextQueries.search("drukarki", false, SearchBackend.ELASTICSEARCH)), "text_pl");
        var embedded = terms(ElasticsearchQueries.of(TextQueries.search("drukarki", false, SearchBackend.LUCENE)), "text_pl");
        assertThat(cluster).containsExactly("drukarz"); // Stempel, as OpenSearch's polish_stem
        assertThat(embedded).containsExactly("drukarka"); // Morfologik's lemma
        assertThat(terms(ElasticsearchQueries.of(TextQueries.search("printers", false, SearchBackend.ELASTICSEARCH)), "text_en"))
                .isEqualTo(terms(ElasticsearchQueries.of(TextQueries.search("printers", false, SearchBackend.LUCENE)), "text_en"));
    }

    private static List<String> fields(JsonValue json) {
        var fields = new ArrayList<String>();
        walk(json, (field, value) -> fields.add(field));
        return fields;
    }

    private static List<String> terms(JsonValue json, String field) {
        var terms = new ArrayList<String>();
        walk(json, (name, value) -> {
            if (name.equals(field)) {
                terms.add(value);
            }
        });
        return terms;
    }

    private interface TermSink {
        void accept(String field, String value);
    }

    private static void walk(JsonValue json, TermSink sink) {
        if (json instanceof JsonObject object) {
            object.forEach((key, value) -> {
                if (key.equals("term")) {
                    var term = value.asJsonObject();
                    term.forEach((field, spec) -> sink.accept(field, ((JsonString) spec.asJsonObject().get("value")).getString()));
                } else {
                    walk(value, sink);
                }
            });
        } else if (json.getValueType() == JsonValue.ValueType.ARRAY) {
            json.asJsonArray().forEach(item -> walk(item, sink));
        }
    }
}

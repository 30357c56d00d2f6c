package org.bilet.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.bilet.kb.language.TextLanguage;
import org.junit.jupiter.api.Test;

class TextQueriesTest {

    @Test
    void a_search_finds_the_same_problem_told_in_another_language() throws IOException {
        var searcher = index(
                ticket("ru-printer", TextLanguage.RU, "Принтер не печатает", "Принтер на втором этаже не печатает."),
                ticket("en-vpn", TextLanguage.EN, "VPN keeps disconnecting", "The VPN drops every few minutes."));
        assertThat(ids(searcher, TextQueries.search("drukarka nie drukuje", false))).containsExactly("ru-printer");
    }

    @Test
    void a_word_naming_no_concept_must_still_match() throws IOException {
        var searcher = index(
                ticket("tagged", TextLanguage.EN, "Server room alarm xq7731", "Beeping"),
                ticket("other", TextLanguage.EN, "Server down", "The file server does not answer."));
        assertThat(ids(searcher, TextQueries.search("server xq7731", false))).containsExactly("tagged");
        assertThat(ids(searcher, TextQueries.search("сервер", false))).containsExactlyInAnyOrder("tagged", "other");
    }

    private record Ticket(String id, TextLanguage language, String subject, String description) {
    }

    private static Ticket ticket(String id, TextLanguage language, String subject, String description) {
        return new Ticket(id, language, subject, description);
    }

    private static IndexSearcher index(Ticket... tickets) throws IOException {
        var directory = new ByteBuffersDirectory();
        try (var writer = new IndexWriter(directory, new IndexWriterConfig(TextQueries.analyzer()))) {
            for (var ticket : tickets) {
                var document = new Document();
                document.add(new StringField("id", ticket.id(), Field.Store.YES));
                TicketText.of(Optional.of(ticket.language()), ticket.subject(), ticket.description(), List.of(), List.of(), "")
                        .forEachField((field, text) -> document.add(new TextField(field, text, Field.Store.NO)));
                writer.addDocument(document);
            }
        }
        return new IndexSearcher(DirectoryReader.open(directory));
    }

    private static List<String> ids(IndexSearcher searcher, Query query) throws IOException {
        var ids = new ArrayList<String>();
        for (var hit : searcher.search(query, 10).scoreDocs) {
            ids.add(searcher.storedFields().document(hit.doc).get("id"));
        }
        return ids;
    }
}

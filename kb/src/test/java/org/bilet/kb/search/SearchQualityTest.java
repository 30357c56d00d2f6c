package org.bilet.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.bilet.kb.evaluation.EvaluationSet;
import org.bilet.kb.evaluation.EvaluationSet.Labeled;
import org.bilet.kb.language.LanguageDetection;
import org.bilet.kb.language.TextLanguage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The quality of search and similar tickets on the labeled evaluation set
 * ({@code src/test/resources/evaluation}), through the very analyzers, language detection,
 * document texts and queries the service uses, in an index of the set's tickets alone. Writes
 * {@code target/search-quality.md} (per language: detection accuracy, similar-ticket precision@5,
 * query recall@10 and MRR); the figures recorded in docs/search-quality.md are the floor each
 * must keep, so a change that makes search worse fails here.
 */
class SearchQualityTest {

    record Figures(double detection, double precisionAt5, double recallAt10, double mrr, double partnerAt1, double sameLanguageRecallAt10) {
    }

    private static final List<Labeled> TICKETS = new ArrayList<>();
    private static final Map<String, Integer> PER_PROBLEM = new HashMap<>();
    private static IndexSearcher searcher;

    /** The figures of docs/search-quality.md, less their rounding: what search must not fall below. */
    private static final Map<TextLanguage, Figures> FLOOR = Map.of(
            TextLanguage.PL, new Figures(0.99, 0.45, 0.78, 0.99, 0.64, 0.87),
            TextLanguage.LT, new Figures(0.98, 0.50, 0.78, 0.90, 0.54, 0.87),
            TextLanguage.UK, new Figures(0.99, 0.63, 0.84, 0.99, 0.48, 0.99),
            TextLanguage.RU, new Figures(0.99, 0.58, 0.83, 0.93, 0.53, 0.93),
            TextLanguage.IT, new Figures(0.99, 0.45, 0.80, 0.93, 0.52, 0.87),
            TextLanguage.EN, new Figures(0.99, 0.46, 0.82, 0.99, 0.63, 0.87));

    private static final Map<String, TextLanguage> DETECTED = new HashMap<>();

    /** Reads the set and detects each ticket's language, once for the tests that evaluate it. */
    static synchronized void load() {
        if (!TICKETS.isEmpty()) {
            return;
        }
        var detection = new LanguageDetection();
        for (var ticket : EvaluationSet.tickets()) {
            TICKETS.add(ticket);
            PER_PROBLEM.merge(ticket.problem(), 1, Integer::sum);
            detection.detect(ticket.subject() + "\n" + ticket.description(), Optional.empty())
                    .ifPresent(l -> DETECTED.put(ticket.id(), l));
        }
    }

    @BeforeAll
    static void indexTheSet() throws IOException {
        load();
        var directory = new ByteBuffersDirectory();
        try (var writer = new IndexWriter(directory, new IndexWriterConfig(TextQueries.analyzer()))) {
            for (var ticket : TICKETS) {
                var document = new Document();
                document.add(new StringField("id", ticket.id(), Field.Store.YES));
                TicketText.of(Optional.ofNullable(DETECTED.get(ticket.id())), ticket.subject(), ticket.description(),
                                List.of(), List.of(), ticket.resolution())
                        .forEachField((field, text) -> document.add(new TextField(field, text, Field.Store.NO)));
                writer.addDocument(document);
            }
        }
        searcher = new IndexSearcher(DirectoryReader.open(directory));
    }

    @Test
    void search_and_similar_tickets_keep_their_quality() throws IOException {
        var figures = measure(SearchBackend.LUCENE, SearchQualityTest::ids);
        report(figures, Path.of("target", "search-quality.md"));
        assertFloor(figures, FLOOR);
    }

    /** Finds the ids of the first n tickets a query matches, in the index under evaluation. */
    interface Engine {
        List<String> ids(Query query, int n) throws IOException;
    }

    /** The set's tickets, each language detected as the service detects it. */
    static List<Labeled> tickets() {
        return TICKETS;
    }

    static Optional<TextLanguage> detected(Labeled ticket) {
        return Optional.ofNullable(DETECTED.get(ticket.id()));
    }

    /** The figures per language, with the queries read as the backend's index reads words, run by the engine. */
    static Map<TextLanguage, Figures> measure(SearchBackend backend, Engine engine) throws IOException {
        var byId = new HashMap<String, Labeled>();
        TICKETS.forEach(t -> byId.put(t.id(), t));
        var figures = new TreeMap<TextLanguage, Figures>();
        for (var language : TextLanguage.values()) {
            var ofLanguage = TICKETS.stream().filter(t -> t.language() == language).toList();
            double detected = ofLanguage.stream().filter(t -> DETECTED.get(t.id()) == language).count() / (double) ofLanguage.size();

            double precision = 0;
            double partnerFirst = 0;
            int similarCount = 0;
            for (var ticket : ofLanguage) {
                if (ticket.oneOff()) {
                    continue;
                }
                var query = new BooleanQuery.Builder()
                        .add(TextQueries.alike(ticket.subject() + "\n" + ticket.description(), Optional.ofNullable(DETECTED.get(ticket.id())), backend), Occur.MUST)
                        .add(new TermQuery(new Term("id", ticket.id())), Occur.MUST_NOT)
                        .build();
                var top = engine.ids(query, 5);
                precision += top.stream().filter(id -> byId.get(id).problem().equals(ticket.problem())).count() / 5.0;
                if (!top.isEmpty() && byId.get(top.get(0)).problem().equals(ticket.problem()) && byId.get(top.get(0)).language() == language) {
                    partnerFirst++;
                }
                similarCount++;
            }

            double recall = 0;
            double sameLanguageRecall = 0;
            double reciprocalRanks = 0;
            int queryCount = 0;
            for (var json : EvaluationSet.lines("queries.jsonl")) {
                if (!json.getString("language").equals(language.code())) {
                    continue;
                }
                var problem = json.getString("problem");
                var top = engine.ids(TextQueries.search(json.getString("query"), false, backend), 10);
                long relevant = top.stream().filter(id -> byId.get(id).problem().equals(problem)).count();
                recall += relevant / (double) Math.min(10, PER_PROBLEM.get(problem));
                long sameLanguage = TICKETS.stream().filter(t -> t.problem().equals(problem) && t.language() == language).count();
                sameLanguageRecall += top.stream().filter(id -> byId.get(id).problem().equals(problem) && byId.get(id).language() == language)
                        .count() / (double) sameLanguage;
                for (int rank = 0; rank < top.size(); rank++) {
                    if (byId.get(top.get(rank)).problem().equals(problem)) {
                        reciprocalRanks += 1.0 / (rank + 1);
                        break;
                    }
                }
                queryCount++;
            }
            figures.put(language, new Figures(detected, precision / similarCount, recall / queryCount, reciprocalRanks / queryCount,
                    partnerFirst / similarCount, sameLanguageRecall / queryCount));
        }
        return figures;
    }

    static void assertFloor(Map<TextLanguage, Figures> figures, Map<TextLanguage, Figures> floors) {
        figures.forEach((language, measured) -> {
            var floor = floors.get(language);
            assertThat(measured.detection()).as(language + " detection").isGreaterThanOrEqualTo(floor.detection());
            assertThat(measured.precisionAt5()).as(language + " similar precision@5").isGreaterThanOrEqualTo(floor.precisionAt5());
            assertThat(measured.recallAt10()).as(language + " query recall@10").isGreaterThanOrEqualTo(floor.recallAt10());
            assertThat(measured.mrr()).as(language + " MRR").isGreaterThanOrEqualTo(floor.mrr());
            assertThat(measured.partnerAt1()).as(language + " similar partner first").isGreaterThanOrEqualTo(floor.partnerAt1());
            assertThat(measured.sameLanguageRecallAt10()).as(language + " same-language recall@10").isGreaterThanOrEqualTo(floor.sameLanguageRecallAt10());
        });
    }

    private static List<String> ids(Query query, int n) throws IOException {
        var ids = new ArrayList<String>();
        for (var hit : searcher.search(query, n).scoreDocs) {
            ids.add(searcher.storedFields().document(hit.doc).get("id"));
        }
        return ids;
    }

    static void report(Map<TextLanguage, Figures> figures, Path target) throws IOException {
        var table = new StringBuilder("| language | detection | similar precision@5 | query recall@10 | MRR"
                + " | same language: similar partner first | same language: query recall@10 |\n|---|---|---|---|---|---|---|\n");
        figures.forEach((language, f) -> table.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |%n",
                language.code(), f.detection(), f.precisionAt5(), f.recallAt10(), f.mrr(), f.partnerAt1(), f.sameLanguageRecallAt10())));
        System.out.println(table);
        Files.createDirectories(target.getParent());
        Files.writeString(target, table.toString());
    }
}

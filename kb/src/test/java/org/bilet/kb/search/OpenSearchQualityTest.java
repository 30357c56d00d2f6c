package org.bilet.kb.search;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.Query;
import org.bilet.kb.language.TextLanguage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The evaluation of {@link SearchQualityTest} on a real OpenSearch node (BILET_SEARCH_URL, e.g. the
 * search-node module's): the set's tickets indexed with the cluster analysis of
 * {@link ElasticsearchTextAnalysis}, the same documents, and the service's queries as that backend
 * builds them, translated by {@link ElasticsearchQueries}. Writes
 * {@code target/search-quality-opensearch.md}; the figures beside the Lucene ones in
 * docs/search-quality.md are the floor. Runs only when a node is named:
 * {@code BILET_SEARCH_URL=http://127.0.0.1:9200 ./mvnw -o test -pl ejb,kb -Dtest=OpenSearchQualityTest}.
 */
@EnabledIfEnvironmentVariable(named = "BILET_SEARCH_URL", matches = ".+")
class OpenSearchQualityTest {

    private static final String INDEX = "bilet-search-quality";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** The figures of docs/search-quality.md for OpenSearch, less their rounding. */
    private static final Map<TextLanguage, SearchQualityTest.Figures> FLOOR = Map.of(
            TextLanguage.PL, new SearchQualityTest.Figures(0.99, 0.50, 0.79, 0.99, 0.59, 0.87),
            TextLanguage.LT, new SearchQualityTest.Figures(0.98, 0.50, 0.78, 0.90, 0.54, 0.87),
            TextLanguage.UK, new SearchQualityTest.Figures(0.99, 0.63, 0.84, 0.99, 0.47, 0.99),
            TextLanguage.RU, new SearchQualityTest.Figures(0.99, 0.58, 0.83, 0.93, 0.53, 0.93),
            TextLanguage.IT, new SearchQualityTest.Figures(0.99, 0.45, 0.80, 0.93, 0.52, 0.87),
            TextLanguage.EN, new SearchQualityTest.Figures(0.99, 0.46, 0.82, 0.99, 0.63, 0.87));

    @BeforeAll
    static void indexTheSet() throws IOException {
        SearchQualityTest.load();
        request("DELETE", "/" + INDEX, null, true);
        request("PUT", "/" + INDEX, settings().toString(), false);
        var bulk = new StringBuilder();
        for (var ticket : SearchQualityTest.tickets()) {
            var fields = new LinkedHashMap<String, List<String>>();
            TicketText.of(SearchQualityTest.detected(ticket), ticket.subject(), ticket.description(), List.of(), List.of(), ticket.resolution())
                    .forEachField((field, text) -> fields.computeIfAbsent(field, f -> new ArrayList<>()).add(text));
            var document = Json.createObjectBuilder().add("id", ticket.id());
            fields.forEach((field, texts) -> document.add(field, Json.createArrayBuilder(texts)));
            bulk.append(Json.createObjectBuilder().add("index", Json.createObjectBuilder().add("_id", ticket.id())).build()).append('\n');
            bulk.append(document.build()).append('\n');
        }
        var indexed = request("POST", "/" + INDEX + "/_bulk?refresh=true", bulk.toString(), false);
        if (indexed.getBoolean("errors")) {
            throw new AssertionError("Indexing the set failed: " + indexed.toString().substring(0, 2000));
        }
    }

    @Test
    void search_and_similar_tickets_on_opensearch_keep_their_quality() throws IOException {
        var figures = SearchQualityTest.measure(SearchBackend.ELASTICSEARCH, OpenSearchQualityTest::ids);
        SearchQualityTest.report(figures, Path.of("target", "search-quality-opensearch.md"));
        SearchQualityTest.assertFloor(figures, FLOOR);
    }

    /** The index as Hibernate Search would create it for the cluster: the analysis, a text field per analyzer. */
    private static JsonObject settings() {
        var analysis = Json.createObjectBuilder();
        var filters = Json.createObjectBuilder();
        for (var filter : ElasticsearchTextAnalysis.FILTERS) {
            var definition = Json.createObjectBuilder().add("type", filter.type());
            params(definition, filter.params());
            filters.add(filter.name(), definition);
        }
        var analyzers = Json.createObjectBuilder();
        for (var analyzer : ElasticsearchTextAnalysis.ANALYZERS) {
            var definition = Json.createObjectBuilder();
            if (analyzer.type() != null) {
                definition.add("type", analyzer.type());
                params(definition, analyzer.params());
            } else {
                definition.add("type", "custom").add("tokenizer", analyzer.tokenizer()).add("filter", Json.createArrayBuilder(analyzer.filters()));
            }
            analyzers.add(analyzer.name(), definition);
        }
        analysis.add("filter", filters).add("analyzer", analyzers);
        var properties = Json.createObjectBuilder().add("id", Json.createObjectBuilder().add("type", "keyword"));
        for (var group : TicketFields.GROUPS) {
            for (var language : TextLanguage.values()) {
                properties.add(TicketFields.text(group, language), text(TextAnalysis.of(language)));
            }
            properties.add(TicketFields.text(group, TextAnalysis.FOLDED), text(TextAnalysis.FOLDED));
            properties.add(TicketFields.text(group, TextAnalysis.PREFIX), text(TextAnalysis.PREFIX));
            properties.add(TicketFields.concepts(group), text(TextAnalysis.CONCEPT));
        }
        return Json.createObjectBuilder()
                .add("settings", Json.createObjectBuilder().add("number_of_shards", 1).add("number_of_replicas", 0).add("analysis", analysis))
                .add("mappings", Json.createObjectBuilder().add("dynamic", "strict").add("properties", properties))
                .build();
    }

    private static JsonObjectBuilder text(String analyzer) {
        return Json.createObjectBuilder().add("type", "text").add("analyzer", analyzer);
    }

    private static void params(JsonObjectBuilder definition, Map<String, Object> params) {
        params.forEach((name, value) -> {
            if (value instanceof String text) {
                definition.add(name, text);
            } else if (value instanceof String[] texts) {
                definition.add(name, Json.createArrayBuilder(List.of(texts)));
            } else if (value instanceof Boolean flag) {
                definition.add(name, flag);
            } else {
                definition.add(name, ((Number) value).doubleValue());
            }
        });
    }

    private static List<String> ids(Query query, int n) throws IOException {
        var search = Json.createObjectBuilder().add("size", n).add("_source", false).add("query", ElasticsearchQueries.of(query)).build();
        var hits = request("POST", "/" + INDEX + "/_search", search.toString(), false).getJsonObject("hits").getJsonArray("hits");
        return hits.stream().map(hit -> hit.asJsonObject().getString("_id")).toList();
    }

    private static JsonObject request(String method, String path, String body, boolean missingIsFine) throws IOException {
        var request = HttpRequest.newBuilder(URI.create(System.getenv("BILET_SEARCH_URL") + path))
                .header("Content-Type", path.endsWith("_bulk?refresh=true") ? "application/x-ndjson" : "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300 && !(missingIsFine && response.statusCode() == 404)) {
                throw new AssertionError(method + " " + path + ": " + response.statusCode() + " " + response.body());
            }
            try (var reader = Json.createReader(new StringReader(response.body()))) {
                return reader.readObject();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}

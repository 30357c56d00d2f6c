package org.bilet.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Bilet indexing into an OpenSearch cluster (BILET_SEARCH_URL, the build's second run): what the API
 * changes is in the cluster's index within two seconds, found as on the embedded index, internal
 * notes with staff only, and the mass indexer rebuilds it with its progress. (SearchIT and
 * KnowledgeBaseIT run on this server too.)
 */
@EnabledIfEnvironmentVariable(named = "BILET_SEARCH_URL", matches = ".+")
class SearchClusterOpenSearchIT extends ApiTestCase {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    Api agent;
    Api employee;

    @BeforeEach
    void signIn() {
        agent = signedIn("agent");
        employee = signedIn("employee");
    }

    @Test
    void a_new_ticket_is_in_the_clusters_index_and_found_within_two_seconds() throws Exception {
        awaitIndexing();
        var word = word();
        var created = employee.post("/api/tickets", "{\"subject\": \"Docking station " + word + " flickers\","
                + " \"description\": \"The second monitor goes dark every few minutes.\"}").json();
        long start = System.nanoTime();
        var number = created.getString("number");
        var found = IndexWait.until(agent, search("docking " + word), hasNumber(number));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(numbers(found)).containsExactly(number);
        assertThat(millis).as("from the commit to being found").isLessThan(2_000);
        // The document is the cluster's, not an embedded index's.
        var hits = cluster("/ticket-read/_search", "{\"query\": {\"term\": {\"number\": " + jsonString(number.toLowerCase(java.util.Locale.ROOT)) + "}}}");
        assertThat(hits.getJsonObject("hits").getJsonObject("total").getInt("value")).as(hits.toString()).isEqualTo(1);
    }

    @Test
    void an_internal_note_is_found_by_staff_and_never_by_the_requester() {
        var word = word();
        var number = employee.post("/api/tickets", "{\"subject\": \"Badge reader at the door\", \"description\": \"It beeps red.\"}")
                .json().getString("number");
        assertThat(agent.post("/api/tickets/" + number + "/messages",
                "{\"body\": \"Replaced the reader firmware " + word + "\", \"internal\": true}").status()).isEqualTo(201);

        assertThat(numbers(IndexWait.until(agent, search("firmware " + word), hasNumber(number)))).containsExactly(number);
        var requesters = employee.get(search("firmware " + word)).json();
        assertThat(numbers(requesters)).isEmpty();
        assertThat(requesters.getJsonNumber("total").longValue()).isZero();
        assertThat(requesters.toString()).doesNotContain(word);
    }

    @Test
    void a_change_reaches_the_index_and_leaves_the_old_facet() {
        var word = word();
        var number = employee.post("/api/tickets", "{\"subject\": \"Headset " + word + " crackles\", \"description\": \"In every call.\"}")
                .json().getString("number");
        IndexWait.until(agent, search("headset " + word), hasNumber(number));
        var version = Json.etagOf(agent.get("/api/tickets/" + number));
        assertThat(agent.patch("/api/tickets/" + number, "{\"status\": \"RESOLVED\", \"resolution\": \"New cable " + word + "x\"}",
                version).status()).isEqualTo(200);

        var resolved = IndexWait.until(agent, search("cable " + word + "x"), hasNumber(number));
        assertThat(numbers(resolved)).containsExactly(number);
        assertThat(resolved.getJsonObject("facets").getJsonObject("status").keySet()).containsExactly("RESOLVED");
        var byOldState = agent.get(search("headset " + word) + "&status=NEW").json();
        assertThat(numbers(byOldState)).isEmpty();
    }

    @Test
    void the_mass_indexer_rebuilds_the_clusters_index_with_its_progress() {
        var word = word();
        var number = employee.post("/api/tickets", "{\"subject\": \"Projector " + word + "\", \"description\": \"No signal\"}")
                .json().getString("number");
        var admin = signedIn("admin");
        var started = admin.post("/api/admin/search/reindex", "");
        assertThat(started.status()).isEqualTo(202);
        JsonObject progress = started.json();
        long until = System.currentTimeMillis() + 120_000;
        while (progress.getBoolean("running") && System.currentTimeMillis() < until) {
            progress = admin.get("/api/admin/search/reindex").json();
        }
        assertThat(progress.getBoolean("running")).isFalse();
        assertThat(progress.containsKey("failure")).as(progress.toString()).isFalse();
        long total = progress.getJsonNumber("total").longValue();
        assertThat(progress.getJsonNumber("done").longValue()).isPositive().isEqualTo(total);
        assertThat(numbers(IndexWait.until(employee, search("projector " + word), hasNumber(number)))).containsExactly(number);
        long inCluster = cluster("/ticket-read/_count", "{}").getJsonNumber("count").longValue()
                + cluster("/article-read/_count", "{}").getJsonNumber("count").longValue();
        assertThat(inCluster).isGreaterThanOrEqualTo(total);
    }

    /**
     * Waits (two minutes at most) until a ticket is indexed at all and the outbox has worked through
     * its backlog: a server just started (as another class may have left it) indexes once its
     * outbox processor has joined the cluster of processors, and a fresh one first works through
     * the events of its demo data, while its mass indexer may already have indexed the warm-up ticket.
     */
    private void awaitIndexing() throws Exception {
        var word = word();
        var number = employee.post("/api/tickets", "{\"subject\": \"Warm-up " + word + "\", \"description\": \"-\"}")
                .json().getString("number");
        long until = System.currentTimeMillis() + 120_000;
        while (!hasNumber(number).test(agent.get(search(word)).json()) && System.currentTimeMillis() < until) {
            Thread.sleep(200);
        }
        while (OutboxEvents.pending() > 0 && System.currentTimeMillis() < until) {
            Thread.sleep(200);
        }
    }

    static JsonObject cluster(String path, String body) {
        var url = URI.create(System.getenv("BILET_SEARCH_URL") + path);
        try {
            HTTP.send(HttpRequest.newBuilder(URI.create(System.getenv("BILET_SEARCH_URL") + "/_refresh"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
            var response = HTTP.send(HttpRequest.newBuilder(url).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            try (var reader = jakarta.json.Json.createReader(new StringReader(response.body()))) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new AssertionError("The search node does not answer at " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static String word() {
        return Json.uniqueTag().replaceAll("[^a-z0-9]", "");
    }

    static String search(String text) {
        return "/api/search?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static Predicate<JsonObject> hasNumber(String number) {
        return result -> numbers(result).contains(number);
    }

    static List<String> numbers(JsonObject result) {
        return result.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("number")).toList();
    }

    private static String jsonString(String value) {
        return Json.str(value);
    }
}

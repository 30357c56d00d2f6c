package org.bilet.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.junit.jupiter.api.Test;

/**
 * What was committed is searchable after a restart: a ticket searched before it, and one opened
 * the moment before it, whose change the index may not have written yet.
 */
class SearchRestartIT extends ApiTestCase {

    @ArquillianResource
    ManagementClient management;

    @Test
    void committedTicketsAreFoundAfterARestart() throws Exception {
        var agent = signedIn("agent");
        var employee = signedIn("employee");
        var word = Json.uniqueTag().replaceAll("[^a-z0-9]", "");
        var before = employee.post("/api/tickets", "{\"subject\": \"Scanner " + word + " jams\", \"description\": \"d\"}")
                .json().getString("number");
        awaitFound(agent, word, before);
        var justBefore = employee.post("/api/tickets", "{\"subject\": \"Scanner " + word + " streaks\", \"description\": \"d\"}")
                .json().getString("number");

        ServerReload.reload(management, anonymous());

        var afterwards = signedIn("agent");
        assertThat(numbers(awaitFound(afterwards, word, justBefore))).containsExactlyInAnyOrder(before, justBefore);
    }

    /** Searches until the ticket is found or 20 s have passed (a rebuild after the restart may still run). */
    private static JsonObject awaitFound(Api api, String word, String number) throws InterruptedException {
        long until = System.currentTimeMillis() + 20_000;
        JsonObject result;
        do {
            result = api.get("/api/search?q=" + URLEncoder.encode("scanner " + word, StandardCharsets.UTF_8)).json();
            if (numbers(result).contains(number)) {
                return result;
            }
            Thread.sleep(200);
        } while (System.currentTimeMillis() < until);
        return result;
    }

    private static java.util.List<String> numbers(JsonObject result) {
        return result.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(i -> i.getString("number")).toList();
    }
}

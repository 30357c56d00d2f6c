package org.bilet.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bilet.it.SearchClusterOpenSearchIT.hasNumber;
import static org.bilet.it.SearchClusterOpenSearchIT.search;
import static org.bilet.it.SearchClusterOpenSearchIT.word;

import org.bilet.server.TestSearchNodeExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The search cluster goes down while Bilet runs: searches are refused as unavailable (503 with
 * Retry-After, never a 500), tickets are still opened, and a ticket opened during the outage is
 * found once the cluster is back, although the outbox had given up on its event meanwhile.
 */
@EnabledIfEnvironmentVariable(named = "BILET_SEARCH_URL", matches = ".+")
class SearchOutageOpenSearchIT extends ApiTestCase {

    @Test
    void an_outage_refuses_searches_with_503_keeps_tickets_coming_and_loses_no_change() throws Exception {
        var agent = signedIn("agent");
        var employee = signedIn("employee");
        var word = word();
        String number;
        TestSearchNodeExtension.stopNode();
        try {
            var refused = agent.get(search(word));
            assertThat(refused.status()).as(refused.body()).isEqualTo(503);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.header("Retry-After")).isEqualTo("30");
            assertThat(refused.json().getString("detail")).startsWith("Search is unavailable at the moment");
            assertThat(refused.body()).doesNotContain("Exception", "HSEARCH", "Connection refused");

            var created = employee.post("/api/tickets", "{\"subject\": \"Scanner " + word + " jams\", \"description\": \"Every page.\"}");
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            number = Json.number(created.json());
            var similar = agent.get("/api/tickets/" + number + "/similar");
            assertThat(similar.status()).as(similar.body()).isEqualTo(503);

            // Three failed attempts five seconds apart, and the outbox gives the ticket's event up.
            long until = System.currentTimeMillis() + 60_000;
            while (OutboxEvents.aborted(number) == 0 && System.currentTimeMillis() < until) {
                Thread.sleep(500);
            }
            assertThat(OutboxEvents.aborted(number)).as("the ticket's event, given up while the cluster was down").isPositive();
        } finally {
            TestSearchNodeExtension.restartNode();
        }

        var found = agent.get(search(word)).json();
        long until = System.currentTimeMillis() + 90_000;
        while (!hasNumber(number).test(found) && System.currentTimeMillis() < until) {
            Thread.sleep(500);
            found = agent.get(search(word)).json();
        }
        assertThat(SearchClusterOpenSearchIT.numbers(found)).as("found once the cluster is back").containsExactly(number);
    }
}

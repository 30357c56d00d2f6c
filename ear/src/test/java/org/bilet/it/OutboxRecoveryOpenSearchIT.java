package org.bilet.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bilet.it.SearchClusterOpenSearchIT.hasNumber;
import static org.bilet.it.SearchClusterOpenSearchIT.numbers;
import static org.bilet.it.SearchClusterOpenSearchIT.search;
import static org.bilet.it.SearchClusterOpenSearchIT.word;

import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * A change committed by a node that goes away before indexing it still reaches the cluster's index,
 * once: the server runs without its event processor (bilet.search.processor=false, a node that
 * commits and is gone), the ticket's events wait in the outbox table and nothing is found; the
 * server restarts with its processor, and the ticket is found, once, and the outbox is empty.
 */
@EnabledIfEnvironmentVariable(named = "BILET_SEARCH_URL", matches = ".+")
class OutboxRecoveryOpenSearchIT extends ApiTestCase {

    @ArquillianResource
    ManagementClient management;

    @Test
    void a_change_whose_node_went_away_before_indexing_it_is_indexed_once_after_the_restart() throws Exception {
        var word = word();
        String number;
        restartWithProcessor(false);
        try {
            var employee = signedIn("employee");
            number = employee.post("/api/tickets", "{\"subject\": \"Plotter " + word + " smears\", \"description\": \"Every A1 sheet.\"}")
                    .json().getString("number");
            var agent = signedIn("agent");
            assertThat(agent.post("/api/tickets/" + number + "/messages",
                    "{\"body\": \"Ordered a new ink head " + word + "y\", \"internal\": true}").status()).isEqualTo(201);

            assertThat(OutboxEvents.of(number)).as("the ticket's events waiting in the outbox").isGreaterThanOrEqualTo(2);
            Thread.sleep(2_000);
            assertThat(numbers(agent.get(search("plotter " + word)).json())).as("nothing indexed without a processor").isEmpty();
        } finally {
            restartWithProcessor(true);
        }

        // The node that left is noticed once its agent's pulse expires (30 s by default); then its events are taken.
        var agent = signedIn("agent");
        var found = agent.get(search("plotter " + word)).json();
        long deadline = System.currentTimeMillis() + 90_000;
        while (!hasNumber(number).test(found) && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
            found = agent.get(search("plotter " + word)).json();
        }
        assertThat(numbers(found)).containsExactly(number);
        assertThat(found.getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(numbers(IndexWait.until(agent, search(word + "y"), hasNumber(number)))).as("the note, indexed too").containsExactly(number);
        long until = System.currentTimeMillis() + 60_000;
        while (OutboxEvents.of(number) > 0 && System.currentTimeMillis() < until) {
            Thread.sleep(200);
        }
        assertThat(OutboxEvents.of(number)).as("the ticket's events taken from the outbox").isZero();
        var hits = SearchClusterOpenSearchIT.cluster("/ticket-read/_count",
                "{\"query\": {\"term\": {\"number\": " + Json.str(number.toLowerCase(java.util.Locale.ROOT)) + "}}}");
        assertThat(hits.getJsonNumber("count").longValue()).as("one document for the ticket").isEqualTo(1);
    }

    /** Sets or removes the server's bilet.search.processor property, then restarts its services. */
    private void restartWithProcessor(boolean processing) throws Exception {
        var property = new ModelNode();
        property.get("address").add("system-property", "bilet.search.processor");
        var exists = new ModelNode();
        exists.get("operation").set("read-resource");
        exists.get("address").set(property.get("address"));
        boolean present = "success".equals(management.getControllerClient().execute(exists).get("outcome").asString());
        if (processing && present) {
            property.get("operation").set("remove");
            management.getControllerClient().execute(property);
        } else if (!processing && !present) {
            property.get("operation").set("add");
            property.get("value").set("false");
            management.getControllerClient().execute(property);
        }
        ServerReload.reload(management, anonymous());
    }
}

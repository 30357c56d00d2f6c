package org.bilet.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every change lands in the append-only history; the timeline merges it with the conversation. */
class HistoryIT extends ApiTestCase {

    Api agent;
    Api employee;

    @BeforeEach
    void signIn() {
        agent = signedIn("agent");
        employee = signedIn("employee");
    }

    @Test
    void everyChangeIsRecordedWithOldAndNewValueActorChannelAndAddress() {
        var number = employee.post("/api/tickets", "{\"subject\": \"Badge\", \"description\": \"My badge stopped working\", "
                + "\"category\": \"hardware.printer\"}").json().getString("number");
        var etag = agent.get("/api/tickets/" + number).header("ETag");
        var changed = agent.patch("/api/tickets/" + number, """
                {"status": "OPEN", "priority": "HIGH", "assignee": "agent", "team": "it-infra",
                 "category": "software.vpn", "tags": ["badge", "access"], "customFields": {"impact": "high"}}""", etag);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);

        var history = agent.get("/api/tickets/" + number + "/history").array().stream().map(v -> v.asJsonObject()).toList();

        assertThat(history.get(0).getString("kind")).isEqualTo("CREATED");
        assertThat(history.get(0).getString("newValue")).isEqualTo(number);
        assertThat(history.get(0).getJsonObject("actor").getString("username")).isEqualTo("employee");
        var changes = history.stream().filter(e -> e.getJsonObject("actor").getString("username").equals("agent")).toList();
        // The new priority puts the ticket under another SLA policy: Bilet records that, and the due times follow.
        assertThat(history).filteredOn(e -> e.getJsonObject("actor").getString("username").equals("@bilet"))
                .extracting(HistoryIT::describe).containsExactly("slaPolicy: normal -> high");
        assertThat(changed.json().getString("slaPolicy")).isEqualTo("high");
        assertThat(changes).extracting(HistoryIT::describe).containsExactlyInAnyOrder(
                "status: NEW -> OPEN",
                "priority: NORMAL -> HIGH",
                "assignee: null -> agent",
                "team: service-desk -> it-infra",
                "category: hardware.printer -> software.vpn",
                "tags: null -> access, badge",
                "custom.impact: null -> high");
        assertThat(changes).allSatisfy(e -> {
            assertThat(e.getString("channel")).isEqualTo("API");
            assertThat(e.getString("clientAddress")).isNotBlank();
            assertThat(e.getString("occurredAt")).isNotBlank();
        });
    }

    @Test
    void theTimelineMergesMessagesAndEventsInOrder() {
        var number = employee.post("/api/tickets", "{\"subject\": \"Heating\", \"description\": \"Room 2.14 is cold\"}")
                .json().getString("number");
        agent.post("/api/tickets/" + number + "/messages", "{\"body\": \"Technician is on the way.\"}");
        var etag = agent.get("/api/tickets/" + number).header("ETag");
        agent.patch("/api/tickets/" + number, "{\"status\": \"RESOLVED\", \"resolution\": \"Valve replaced.\"}", etag);

        var timeline = agent.get("/api/tickets/" + number + "/timeline").array().stream().map(v -> v.asJsonObject()).toList();

        assertThat(timeline).extracting(e -> e.containsKey("message") ? "message" : e.getJsonObject("event").getString("field", "created"))
                .containsExactly("created", "message", "status", "status", "resolution");
        var times = timeline.stream().map(e -> e.getString("at")).toList();
        assertThat(times).isSorted();
    }

    @Test
    void theCustomerHistoryShowsTheRequestersEarlierTickets() {
        var earlier = employee.post("/api/tickets", "{\"subject\": \"Earlier\", \"description\": \"d\"}").json().getString("number");
        var current = employee.post("/api/tickets", "{\"subject\": \"Current\", \"description\": \"d\"}").json().getString("number");

        var history = agent.get("/api/tickets/" + current + "/customer-history").json();

        var numbers = history.getJsonArray("requesterTickets").stream().map(v -> v.asJsonObject().getString("number")).toList();
        assertThat(numbers).contains(earlier).doesNotContain(current);
        assertThat(employee.get("/api/tickets/" + current + "/customer-history").status()).isEqualTo(403);
    }

    private static String describe(JsonObject event) {
        return event.getString("field") + ": " + event.getString("oldValue", "null") + " -> " + event.getString("newValue", "null");
    }
}

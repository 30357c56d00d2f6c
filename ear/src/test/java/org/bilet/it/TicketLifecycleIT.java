package org.bilet.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The status life cycle through the API: every legal move works, every illegal one is a 409. */
class TicketLifecycleIT extends ApiTestCase {

    private static final String[] STATUSES = {"NEW", "OPEN", "WAITING", "ON_HOLD", "RESOLVED", "CLOSED"};

    /** Written out on purpose, not derived from the code under test. */
    private static final Map<String, Set<String>> LEGAL = Map.of(
            "NEW", Set.of("OPEN", "WAITING", "ON_HOLD", "RESOLVED", "CLOSED"),
            "OPEN", Set.of("WAITING", "ON_HOLD", "RESOLVED", "CLOSED"),
            "WAITING", Set.of("OPEN", "ON_HOLD", "RESOLVED", "CLOSED"),
            "ON_HOLD", Set.of("OPEN", "WAITING", "RESOLVED", "CLOSED"),
            "RESOLVED", Set.of("OPEN", "CLOSED"),
            "CLOSED", Set.of());

    Api agent;
    Api employee;

    @BeforeEach
    void signIn() {
        agent = signedIn("agent");
        employee = signedIn("employee");
    }

    @Test
    void everyLegalMoveSucceedsAndEveryIllegalOneIsRefused() {
        for (var from : STATUSES) {
            for (var to : STATUSES) {
                if (from.equals(to)) {
                    continue;
                }
                var number = ticketIn(from);
                var response = move(number, to);
                if (LEGAL.get(from).contains(to)) {
                    assertThat(response.status()).as(from + " -> " + to + ": " + response.body()).isEqualTo(200);
                    assertThat(response.json().getString("status")).isEqualTo(to);
                } else {
                    assertThat(response.status()).as(from + " -> " + to + ": " + response.body()).isEqualTo(409);
                    assertThat(response.contentType()).startsWith("application/problem+json");
                    assertThat(response.json().getString("detail")).contains(from);
                    assertThat(agent.get("/api/tickets/" + number).json().getString("status")).isEqualTo(from);
                }
            }
        }
    }

    @Test
    void movingToTheCurrentStatusChangesNothing() {
        var number = ticketIn("OPEN");
        var before = agent.get("/api/tickets/" + number);

        var response = agent.patch("/api/tickets/" + number, "{\"status\": \"OPEN\"}", before.header("ETag"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("ETag")).isEqualTo(before.header("ETag"));
    }

    @Test
    void resolvingNeedsAResolutionNote() {
        var number = ticketIn("OPEN");

        var refused = agent.patch("/api/tickets/" + number, "{\"status\": \"RESOLVED\"}", etag(number));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(TicketApiIT.fieldErrors(refused.json())).containsExactly("resolution: Resolving a ticket needs a resolution note.");
        var resolved = agent.patch("/api/tickets/" + number, "{\"status\": \"RESOLVED\", \"resolution\": \"Replaced the toner.\"}", etag(number));
        assertThat(resolved.json().getString("resolution")).isEqualTo("Replaced the toner.");
        assertThat(resolved.json().getString("resolvedAt")).isNotBlank();
    }

    @Test
    void onHoldCanBeSnoozedIntoTheFutureOnly() {
        var number = ticketIn("OPEN");

        var past = agent.patch("/api/tickets/" + number, "{\"status\": \"ON_HOLD\", \"snoozeUntil\": \"2020-01-01T00:00:00Z\"}", etag(number));
        var future = agent.patch("/api/tickets/" + number, "{\"status\": \"ON_HOLD\", \"snoozeUntil\": \"2099-01-01T08:00:00Z\"}", etag(number));

        assertThat(past.status()).isEqualTo(400);
        assertThat(future.status()).isEqualTo(200);
        assertThat(future.json().getString("snoozedUntil")).isEqualTo("2099-01-01T08:00:00Z");
    }

    @Test
    void aRequesterReplyReopensAWaitingTicket() {
        var number = ticketIn("WAITING");

        var reply = employee.post("/api/tickets/" + number + "/messages", "{\"body\": \"Here is the screenshot you asked for.\"}");

        assertThat(reply.status()).isEqualTo(201);
        assertThat(agent.get("/api/tickets/" + number).json().getString("status")).isEqualTo("OPEN");
    }

    @Test
    void aRequesterReplyReopensAResolvedTicket() {
        var number = ticketIn("RESOLVED");

        employee.post("/api/tickets/" + number + "/messages", "{\"body\": \"It is broken again.\"}");

        var ticket = agent.get("/api/tickets/" + number).json();
        assertThat(ticket.getString("status")).isEqualTo("OPEN");
        assertThat(ticket.get("resolvedAt")).isIn(null, jakarta.json.JsonValue.NULL);
    }

    @Test
    void theRequesterConfirmsOrReopensAResolution() {
        var confirmed = ticketIn("RESOLVED");
        var reopened = ticketIn("RESOLVED");

        assertThat(employee.patch("/api/tickets/" + confirmed, "{\"status\": \"CLOSED\"}", etag(confirmed)).json()
                .getString("status")).isEqualTo("CLOSED");
        assertThat(employee.patch("/api/tickets/" + reopened, "{\"status\": \"OPEN\"}", etag(reopened)).json()
                .getString("status")).isEqualTo("OPEN");
    }

    @Test
    void aRequesterCannotWorkTheTicket() {
        var open = ticketIn("OPEN");

        var statusChange = employee.patch("/api/tickets/" + open, "{\"status\": \"RESOLVED\", \"resolution\": \"done\"}", etag(open));
        var priorityChange = employee.patch("/api/tickets/" + open, "{\"priority\": \"URGENT\"}", etag(open));

        assertThat(statusChange.status()).isEqualTo(403);
        assertThat(priorityChange.status()).isEqualTo(403);
        assertThat(priorityChange.json().getString("detail")).contains("Requesters can only confirm or reopen");
    }

    @Test
    void aClosedTicketTakesNoMoreReplies() {
        var number = ticketIn("CLOSED");

        var refused = employee.post("/api/tickets/" + number + "/messages", "{\"body\": \"One more thing\"}");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().getString("detail")).contains("closed");
    }

    @Test
    void staffsFirstPublicReplyOpensANewTicketAndCountsAsFirstResponse() {
        var number = ticketIn("NEW");

        agent.post("/api/tickets/" + number + "/messages", "{\"body\": \"Internal: checking logs\", \"internal\": true}");
        var afterNote = agent.get("/api/tickets/" + number).json();
        agent.post("/api/tickets/" + number + "/messages", "{\"body\": \"We are on it.\"}");
        var afterReply = agent.get("/api/tickets/" + number).json();

        assertThat(afterNote.getString("status")).isEqualTo("NEW");
        assertThat(afterNote.get("firstResponseAt")).isIn(null, jakarta.json.JsonValue.NULL);
        assertThat(afterReply.getString("status")).isEqualTo("OPEN");
        assertThat(afterReply.getString("firstResponseAt")).isNotBlank();
        assertThat(afterReply.getBoolean("answered")).isTrue();
    }

    private String ticketIn(String status) {
        var created = employee.post("/api/tickets", "{\"subject\": \"Lifecycle " + status + "\", \"description\": \"d\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var number = created.json().getString("number");
        if (!status.equals("NEW")) {
            var moved = move(number, status);
            assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        }
        return number;
    }

    private Api.Response move(String number, String to) {
        // Resolving needs a resolution note, and closing what was not resolved a closing note.
        var body = to.equals("RESOLVED") || to.equals("CLOSED")
                ? "{\"status\": \"" + to + "\", \"resolution\": \"Fixed it.\"}"
                : "{\"status\": \"" + to + "\"}";
        return agent.patch("/api/tickets/" + number, body, etag(number));
    }

    private String etag(String number) {
        return agent.get("/api/tickets/" + number).header("ETag");
    }
}

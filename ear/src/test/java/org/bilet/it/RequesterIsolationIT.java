package org.bilet.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Requesters see their own tickets only, and never an internal note. */
class RequesterIsolationIT extends ApiTestCase {

    Api agent;
    Api employee;
    Api employee2;

    @BeforeEach
    void signIn() {
        agent = signedIn("agent");
        employee = signedIn("employee");
        employee2 = signedIn("employee2");
    }

    @Test
    void anotherRequestersTicketDoesNotExistForMe() {
        var number = employee.post("/api/tickets", "{\"subject\": \"Salary slip\", \"description\": \"private\"}")
                .json().getString("number");

        assertThat(employee2.get("/api/tickets/" + number).status()).isEqualTo(404);
        assertThat(employee2.get("/api/tickets/" + number + "/messages").status()).isEqualTo(404);
        assertThat(employee2.get("/api/tickets/" + number + "/history").status()).isEqualTo(404);
        assertThat(employee2.get("/api/tickets/" + number + "/attachments").status()).isEqualTo(404);
        assertThat(employee2.post("/api/tickets/" + number + "/messages", "{\"body\": \"hi\"}").status()).isEqualTo(404);
        assertThat(employee2.patch("/api/tickets/" + number, "{\"status\": \"CLOSED\"}", "\"0\"").status()).isEqualTo(404);
    }

    @Test
    void myListHoldsOnlyMyTickets() {
        var tag = Json.uniqueTag();
        var mine = employee2.post("/api/tickets", "{\"subject\": \"Mine\", \"description\": \"d\", \"tags\": [\"" + tag + "\"]}")
                .json().getString("number");
        var theirs = employee.post("/api/tickets", "{\"subject\": \"Theirs\", \"description\": \"d\", \"tags\": [\"" + tag + "\"]}")
                .json().getString("number");

        var listed = employee2.get("/api/tickets?size=200&tag=" + tag).json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getString("number")).toList();
        var everyRequester = employee2.get("/api/tickets?size=200").json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getJsonObject("requester").getString("username")).distinct().toList();
        var filteredOnSomeoneElse = employee2.get("/api/tickets?requester=employee&tag=" + tag).json();

        assertThat(listed).containsExactly(mine).doesNotContain(theirs);
        assertThat(everyRequester).containsExactly("employee2");
        assertThat(filteredOnSomeoneElse.getJsonNumber("total").longValue()).isZero();
    }

    @Test
    void internalNotesNeverReachTheRequester() {
        var number = employee.post("/api/tickets", "{\"subject\": \"Laptop\", \"description\": \"Battery swells\"}")
                .json().getString("number");
        agent.post("/api/tickets/" + number + "/messages", "{\"body\": \"Internal: vendor RMA 4711\", \"internal\": true}");
        agent.post("/api/tickets/" + number + "/messages", "{\"body\": \"Please stop using the laptop.\"}");

        var messages = employee.get("/api/tickets/" + number + "/messages");
        var timeline = employee.get("/api/tickets/" + number + "/timeline");
        var staffView = agent.get("/api/tickets/" + number + "/messages");

        assertThat(messages.array()).hasSize(1);
        assertThat(messages.body()).contains("Please stop using the laptop.").doesNotContain("RMA 4711");
        assertThat(timeline.body()).doesNotContain("RMA 4711");
        assertThat(staffView.array()).hasSize(2);
        assertThat(staffView.body()).contains("RMA 4711");
    }

    @Test
    void requestersCannotWriteInternalNotes() {
        var number = employee.post("/api/tickets", "{\"subject\": \"Note\", \"description\": \"d\"}").json().getString("number");

        var refused = employee.post("/api/tickets/" + number + "/messages", "{\"body\": \"secret\", \"internal\": true}");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().getString("detail")).contains("Only staff can write internal notes");
    }

    @Test
    void requestersDoNotSeeClientAddressesInTheHistory() {
        var number = employee.post("/api/tickets", "{\"subject\": \"History\", \"description\": \"d\"}").json().getString("number");

        var history = employee.get("/api/tickets/" + number + "/history").array();

        assertThat(history).isNotEmpty();
        assertThat(history).allSatisfy(e -> assertThat(e.asJsonObject().containsKey("clientAddress")
                && !e.asJsonObject().isNull("clientAddress")).isFalse());
    }

    @Test
    void anEmptyMessageIsRefused() {
        var number = employee.post("/api/tickets", "{\"subject\": \"Empty\", \"description\": \"d\"}").json().getString("number");

        var refused = employee.post("/api/tickets/" + number + "/messages", "{\"body\": \"  \"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(TicketApiIT.fieldErrors(refused.json())).containsExactly("body: The message is empty.");
    }
}

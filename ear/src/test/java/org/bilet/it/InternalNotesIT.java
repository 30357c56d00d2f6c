package org.bilet.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Everything that belongs to an internal note stays with staff: after staff wrote notes, attached
 * files to them and transferred the ticket with a reason, the requester reads the ticket through
 * every address of the API and the portal's ticket screen, and finds neither the notes' words nor
 * the files' names anywhere.
 */
class InternalNotesIT extends ApiTestCase {

    @Test
    void nothing_of_an_internal_note_reaches_the_requester_by_any_read() {
        // One word of its own, so that it is found (and not found) whole, in text and in the search index.
        var secret = "quokka" + Json.uniqueTag().substring(3);
        var subject = "Docking station " + Json.uniqueTag();
        var noteText = "Vendor RMA " + secret;
        var noteFile = "rma-label-" + secret + ".txt";
        var transferReason = "Needs the hardware desk " + secret;
        var employee = signedIn("employee");
        var agent = signedIn("agent");
        var number = Json.number(employee.post("/api/tickets",
                "{\"subject\":" + Json.str(subject) + ",\"description\":\"It flickers.\"}").json());
        var tickets = "/api/tickets/" + number;

        var note = agent.post(tickets + "/messages", "{\"body\":" + Json.str(noteText) + ",\"internal\":true}").json();
        var internalFile = agent.upload(tickets + "/attachments?message=" + note.getJsonNumber("id"),
                "label".getBytes(StandardCharsets.UTF_8), "text/plain", noteFile);
        var reply = agent.post(tickets + "/messages", "{\"body\":\"We are sending a new one.\"}").json();
        var publicFile = agent.upload(tickets + "/attachments?message=" + reply.getJsonNumber("id"),
                "tracking".getBytes(StandardCharsets.UTF_8), "text/plain", "tracking.txt");
        var version = agent.get(tickets).json().getJsonNumber("version").longValue();
        var transferred = agent.post(tickets + "/transfer",
                "{\"assignee\":\"agent2\",\"reason\":" + Json.str(transferReason) + ",\"version\":" + version + "}");
        assertThat(internalFile.status()).as(internalFile.body()).isEqualTo(201);
        assertThat(publicFile.status()).as(publicFile.body()).isEqualTo(201);
        assertThat(transferred.status()).as(transferred.body()).isEqualTo(200);
        assertThat(agent.get(tickets + "/history").body()).as("staff see the file in the history").contains(noteFile);
        assertThat(agent.get(tickets + "/timeline").body()).contains(noteText, noteFile, transferReason);
        assertThat(agent.get("/api/search?q=" + secret).json().getJsonNumber("total").longValue())
                .as("staff find the ticket by its note").isEqualTo(1);

        var reads = new LinkedHashMap<String, Integer>();
        reads.put(tickets, 200);
        reads.put(tickets + "/messages", 200);
        reads.put(tickets + "/attachments", 200);
        reads.put(tickets + "/attachments/" + publicFile.json().getJsonNumber("id"), 200);
        reads.put(tickets + "/attachments/" + internalFile.json().getJsonNumber("id"), 404);
        reads.put(tickets + "/history", 200);
        reads.put(tickets + "/timeline", 200);
        reads.put(tickets + "/sla", 403);
        reads.put(tickets + "/time-entries", 403);
        reads.put(tickets + "/customer-history", 403);
        reads.put("/api/tickets?size=100", 200);
        reads.put("/api/tickets?q=" + subject.substring(subject.indexOf("it-")), 200);
        reads.put("/api/search?q=" + secret, 200);
        reads.put("/api/search?q=docking+station", 200);
        reads.put(tickets + "/similar", 200);
        reads.put("/api/kb/suggest?text=" + secret, 200);
        reads.put("/api/me/notifications", 200);
        reads.put("/api/me", 200);
        var softly = new SoftAssertions();
        reads.forEach((path, status) -> {
            var answer = employee.get(path);
            softly.assertThat(answer.status()).as(path).isEqualTo(status);
            softly.assertThat(answer.body()).as(path).doesNotContain(secret);
        });
        softly.assertThat(employee.get(tickets + "/messages").body()).as("the public side is there").contains("tracking.txt");
        softly.assertThat(employee.get("/api/search?q=" + secret).json().getJsonNumber("total").longValue())
                .as("the requester does not find their ticket by its note").isZero();

        var screen = FormSession.signedIn(base, "employee").get("/portal/ticket.xhtml?number=" + number);
        softly.assertThat(screen.statusCode()).isEqualTo(200);
        softly.assertThat(screen.body()).as("the portal's ticket screen")
                .contains("We are sending a new one.", "tracking.txt").doesNotContain(secret);
        softly.assertAll();
    }
}

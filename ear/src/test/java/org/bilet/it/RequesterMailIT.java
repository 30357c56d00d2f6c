package org.bilet.it;

import static org.bilet.it.MailParts.html;
import static org.bilet.it.MailParts.subject;
import static org.bilet.it.MailParts.text;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bilet.server.TestMailExtension;
import org.junit.jupiter.api.Test;

/**
 * What a ticket's requester gets by mail, through the deployed EAR to the SMTP server of this JVM:
 * the acknowledgment in their language with the number and the portal link, staff's public replies
 * and the resolution, each threaded under the ticket; never an internal note, never what they did
 * themselves, and what people typed arrives as text, never as markup.
 */
class RequesterMailIT extends ApiTestCase {

    private static final Duration ARRIVAL = Duration.ofSeconds(20);
    private static final Map<String, String> RECEIVED = Map.of("en", "Received: ", "pl", "Przyjęto zgłoszenie: ",
            "it", "Richiesta ricevuta: ", "lt", "Užklausa gauta: ", "uk", "Звернення отримано: ", "ru", "Обращение получено: ");

    @Test
    void a_new_ticket_is_acknowledged_in_the_requesters_language_with_its_number_and_link() throws Exception {
        var employee = signedIn("employee2");
        var me = employee.get("/api/me").json();
        var created = employee.post("/api/tickets", "{\"subject\": \"Skaner – zażółć gęślą jaźń\", \"description\": \"Nie skanuje.\"}");
        assertThat(created.status()).isEqualTo(201);
        var number = created.json().getString("number");

        var ack = arrivals(number, me.getString("email"), 1).get(0);

        assertThat(((InternetAddress) ack.getRecipients(Message.RecipientType.TO)[0]).getAddress()).isEqualTo(me.getString("email"));
        assertThat(ack.getSubject()).isEqualTo("[" + number + "] " + RECEIVED.get(me.getString("locale")) + "Skaner – zażółć gęślą jaźń");
        assertThat(text(ack)).contains(number).contains("/portal/ticket.xhtml?number=" + number);
        assertThat(ack.getHeader("References")[0]).startsWith("<ticket." + number + "@");
    }

    @Test
    void replies_and_the_resolution_reach_the_requester_notes_and_their_own_words_never() throws Exception {
        var employee = signedIn("employee");
        var address = employee.get("/api/me").json().getString("email");
        var agent = signedIn("agent");
        var number = employee.post("/api/tickets", "{\"subject\": \"<script>alert(1)</script> VPN\", \"description\": \"VPN drops.\"}")
                .json().getString("number");
        arrivals(number, address, 1);

        assertThat(agent.post("/api/tickets/" + number + "/messages",
                "{\"body\": \"Internal: the requester's laptop is on the old image.\", \"internal\": true}").status()).isEqualTo(201);
        assertThat(employee.post("/api/tickets/" + number + "/messages", "{\"body\": \"Still dropping every hour.\"}").status()).isEqualTo(201);
        assertThat(agent.post("/api/tickets/" + number + "/messages",
                "{\"body\": \"<p>Please reinstall the <b>VPN client</b>.</p><img src=x onerror=alert(2)>\"}").status()).isEqualTo(201);

        var reply = arrivals(number, address, 2).get(1);
        assertThat(reply.getSubject()).isEqualTo("[" + number + "] <script>alert(1)</script> VPN");
        assertThat(text(reply)).contains("Please reinstall the VPN client.").doesNotContain("<b>");
        assertThat(html(reply)).contains("<b>VPN client</b>").doesNotContain("onerror").doesNotContain("<script>");

        var etag = agent.get("/api/tickets/" + number).header("ETag");
        assertThat(agent.patch("/api/tickets/" + number, "{\"status\": \"RESOLVED\", \"resolution\": \"Reinstalled the client.\"}", etag)
                .status()).isEqualTo(200);
        var resolved = arrivals(number, address, 3).get(2);
        assertThat(resolved.getSubject()).startsWith("[" + number + "] Resolved: ");
        assertThat(text(resolved)).contains("Reinstalled the client.");

        Thread.sleep(1000);
        var all = aboutTicket(number, address);
        assertThat(all).as("acknowledgment, reply, resolution: nothing for the note or the requester's own message").hasSize(3);
        for (var mail : all) {
            assertThat(text(mail)).doesNotContain("old image").doesNotContain("Still dropping");
        }
    }

    /**
     * The mails about the ticket to {@code address} in the order they arrived (staff's notices about it
     * go to others), once there are {@code count}, waiting for them a while.
     */
    private static List<MimeMessage> arrivals(String number, String address, int count) throws InterruptedException {
        var deadline = Instant.now().plus(ARRIVAL);
        while (Instant.now().isBefore(deadline)) {
            var found = aboutTicket(number, address);
            if (found.size() >= count) {
                return found;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(count + " mails about " + number + " did not arrive within " + ARRIVAL + ": "
                + aboutTicket(number, address).size());
    }

    private static List<MimeMessage> aboutTicket(String number, String address) {
        return TestMailExtension.mail().received().stream()
                .filter(m -> subject(m).startsWith("[" + number + "]") && MailParts.to(m).equalsIgnoreCase(address)).toList();
    }
}

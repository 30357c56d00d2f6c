package org.bilet.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bilet.it.MailParts.html;
import static org.bilet.it.MailParts.subject;
import static org.bilet.it.MailParts.text;
import static org.bilet.it.ProblemAssert.assertProblem;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.bilet.server.TestMailExtension;
import org.junit.jupiter.api.Test;

/**
 * The mail copy of notifications, through the deployed EAR to the SMTP server of this JVM: staff
 * hear by mail of assignments, mentions and watched tickets in their language with a link to the
 * desk; requesters' colleagues who watch hear of the public side only; and each person chooses
 * which mails they get. People's choices are put back at the end of each test: the data is shared.
 */
class NotificationMailIT extends ApiTestCase {

    private static final Duration ARRIVAL = Duration.ofSeconds(20);
    private static final String AGENT2 = "aiste.jonaitiene@acme-logistics.example";
    private static final String MANAGER = "monika.lewandowska@acme-logistics.example";
    private static final String REQUESTER = "i.bondarenko";

    @Test
    void an_assignment_mails_the_assignee_in_their_language_and_a_turned_off_kind_is_not_mailed() throws Exception {
        var requester = signedIn(REQUESTER);
        var agent = signedIn("agent");
        var agent2 = signedIn("agent2");
        var tag = Json.uniqueTag();
        var number = open(requester, "Monitor flickers " + tag, "The monitor flickers.");

        assign(agent, number, "agent2");
        var mail = arrival(AGENT2, number, m -> subject(m).contains("Priskirta jums"));
        assertThat(subject(mail)).isEqualTo("[" + number + "] Priskirta jums: Monitor flickers " + tag);
        assertThat(text(mail)).startsWith("Sveiki, Aistė,").contains("Marek Kowalski").contains("/desk/ticket.xhtml?number=" + number);
        assertThat(html(mail)).contains("<a href=\"").contains("/desk/ticket.xhtml?number=" + number);
        assertThat(mail.getHeader("References")[0]).startsWith("<ticket." + number + "@");

        var turnedOff = agent2.put("/api/me/mail-preferences", "{\"ASSIGNED\": false}");
        assertThat(turnedOff.status()).as(turnedOff.body()).isEqualTo(200);
        try {
            assertThat(choices(agent2)).containsEntry("ASSIGNED", false).containsEntry("MENTIONED", true);
            var second = open(requester, "Keyboard dead " + tag, "No keys work.");
            assign(agent, second, "agent2");
            // The notification and its mail are written together: once it is there, the mail was queued or not.
            awaitNotification(agent2, second, "ASSIGNED");
            assertThat(requester.post("/api/tickets/" + second + "/messages", "{\"body\": \"Also the mouse.\"}").status()).isEqualTo(201);
            var reply = arrival(AGENT2, second, m -> text(m).contains("Also the mouse."));
            assertThat(subject(reply)).as("the requester's reply still comes").contains("atsakė");
            assertThat(mailTo(AGENT2, second)).as("no assignment mail once turned off").hasSize(1);
        } finally {
            assertThat(agent2.put("/api/me/mail-preferences", "{\"ASSIGNED\": true}").status()).isEqualTo(200);
        }
    }

    @Test
    void a_mention_mails_the_note_to_the_colleague_named_and_never_to_the_requester() throws Exception {
        var requester = signedIn(REQUESTER);
        var agent = signedIn("agent");
        var tag = Json.uniqueTag();
        var number = open(requester, "VPN drops " + tag, "VPN drops every hour.");

        post(agent, number, "@agent2 please check the VLAN tag <b>" + tag + "</b>", true);

        var mail = arrival(AGENT2, number, m -> subject(m).contains("paminėjo"));
        assertThat(text(mail)).contains("please check the VLAN tag").contains(tag);
        assertThat(html(mail)).contains("VLAN tag");
        post(agent, number, "We are on it.", false);
        var requesterAddress = requester.get("/api/me").json().getString("email");
        arrival(requesterAddress, number, m -> text(m).contains("We are on it."));
        assertThat(mailTo(requesterAddress, number)).allSatisfy(m -> assertThat(text(m) + html(m)).doesNotContain("VLAN"));
    }

    @Test
    void watchers_hear_by_mail_and_a_requesters_colleague_only_of_the_public_side() throws Exception {
        var requester = signedIn(REQUESTER);
        var agent = signedIn("agent");
        var colleague = signedIn("f.romano");
        var tag = Json.uniqueTag();
        var number = open(requester, "Budget sheet locked " + tag, "The budget sheet is locked.");
        for (var watcher : List.of("f.romano", "manager")) {
            var added = agent.post("/api/tickets/" + number + "/watchers", "{\"username\": \"" + watcher + "\"}");
            assertThat(added.status()).as(added.body()).isEqualTo(200);
        }
        var colleagueAddress = colleague.get("/api/me").json().getString("email");

        post(agent, number, "Internal: the file server quota " + tag, true);
        post(agent, number, "We unlocked the sheet " + tag, false);

        var told = arrival(colleagueAddress, number, m -> text(m).contains("We unlocked the sheet"));
        assertThat(subject(told)).as("in Italian").contains("ha scritto");
        assertThat(text(told)).contains("/portal/ticket.xhtml?number=" + number).doesNotContain("/desk/");
        var note = arrival(MANAGER, number, m -> text(m).contains("file server quota"));
        assertThat(text(note)).contains("/desk/ticket.xhtml?number=" + number);
        arrival(MANAGER, number, m -> text(m).contains("We unlocked the sheet"));
        Thread.sleep(500);
        assertThat(mailTo(colleagueAddress, number)).hasSize(1)
                .allSatisfy(m -> assertThat(text(m) + html(m)).doesNotContain("file server quota"));
    }

    @Test
    void a_requester_may_turn_off_the_acknowledgment_and_still_gets_the_replies() throws Exception {
        var requester = signedIn("d.thompson");
        var agent = signedIn("agent");
        var address = requester.get("/api/me").json().getString("email");
        assertThat(requester.put("/api/me/mail-preferences", "{\"RECEIVED\": false}").status()).isEqualTo(200);
        try {
            var number = open(requester, "Badge reader " + Json.uniqueTag(), "My badge is refused.");
            post(agent, number, "Please bring the badge to reception.", false);
            arrival(address, number, m -> text(m).contains("bring the badge"));
            assertThat(mailTo(address, number)).as("the reply, no acknowledgment").hasSize(1);
        } finally {
            assertThat(requester.put("/api/me/mail-preferences", "{\"RECEIVED\": true}").status()).isEqualTo(200);
        }
    }

    @Test
    void each_person_chooses_among_the_mails_their_role_gets_and_mistakes_are_named() {
        var requester = signedIn(REQUESTER);
        assertThat(choices(requester).keySet()).contains("RECEIVED", "REPLIED", "RESOLVED", "WATCHED_REPLY")
                .doesNotContain("ASSIGNED", "MENTIONED", "WATCHED_NOTE", "SLA_BREACHED");
        assertThat(choices(signedIn("agent")).keySet()).contains("ASSIGNED", "MENTIONED", "WATCHED_NOTE", "RECEIVED");

        var staffOnly = requester.put("/api/me/mail-preferences", "{\"WATCHED_NOTE\": false, \"REPLIED\": \"no\"}");
        assertProblem(staffOnly, 400);
        assertThat(fieldsOf(staffOnly)).containsExactlyInAnyOrder("WATCHED_NOTE", "REPLIED");
        assertThat(choices(requester)).as("nothing changed").containsEntry("REPLIED", true);

        var hostile = requester.put("/api/me/mail-preferences", "{\"<script>alert(1)</script>\": false, \"x' or 1=1 --\": true}");
        assertProblem(hostile, 400);
        assertThat(hostile.body()).doesNotContain("<script>").doesNotContain("1=1");
        assertProblem(requester.put("/api/me/mail-preferences", "{}"), 400);
        assertProblem(requester.put("/api/me/mail-preferences", "[true]"), 400);
        assertProblem(requester.put("/api/me/mail-preferences", "{\"REPLIED\": "), 400);
        assertThat(anonymous().get("/api/me/mail-preferences").status()).isEqualTo(401);
    }

    private static Map<String, Boolean> choices(Api api) {
        var answer = api.get("/api/me/mail-preferences");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.array().stream().map(JsonObject.class::cast)
                .collect(Collectors.toMap(c -> c.getString("topic"), c -> c.getBoolean("mail")));
    }

    private static String open(Api api, String subject, String description) {
        var created = api.post("/api/tickets", "{\"subject\": " + Json.str(subject) + ", \"description\": " + Json.str(description) + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getString("number");
    }

    private static void assign(Api agent, String number, String assignee) {
        var etag = agent.get("/api/tickets/" + number).header("ETag");
        var assigned = agent.patch("/api/tickets/" + number, "{\"assignee\": \"" + assignee + "\"}", etag);
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
    }

    private static void post(Api api, String number, String body, boolean internal) {
        var posted = api.post("/api/tickets/" + number + "/messages", "{\"body\": " + Json.str(body) + ", \"internal\": " + internal + "}");
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
    }

    private static List<String> fieldsOf(Api.Response problem) {
        return problem.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")).toList();
    }

    private static void awaitNotification(Api api, String number, String kind) throws InterruptedException {
        var deadline = Instant.now().plus(ARRIVAL);
        while (Instant.now().isBefore(deadline)) {
            var items = api.get("/api/me/notifications?size=100").json().getJsonArray("items");
            if (items.stream().map(JsonObject.class::cast).anyMatch(n -> number.equals(n.getString("ticket")) && kind.equals(n.getString("kind")))) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no " + kind + " notification about " + number + " within " + ARRIVAL);
    }

    private static List<MimeMessage> mailTo(String address, String number) {
        return TestMailExtension.mail().received().stream()
                .filter(m -> MailParts.to(m).equalsIgnoreCase(address) && subject(m).startsWith("[" + number + "]")).toList();
    }

    /** The first mail to {@code address} about the ticket that {@code which} accepts, waiting for it a while. */
    private static MimeMessage arrival(String address, String number, Predicate<MimeMessage> which) throws InterruptedException {
        var deadline = Instant.now().plus(ARRIVAL);
        while (Instant.now().isBefore(deadline)) {
            var found = mailTo(address, number).stream().filter(which).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the mail to " + address + " about " + number + " did not arrive within " + ARRIVAL + "; got "
                + mailTo(address, number).stream().map(MailParts::subject).toList());
    }
}

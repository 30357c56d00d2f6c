package org.bilet.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bilet.it.MailParts.subject;

import jakarta.json.JsonObject;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.bilet.server.TestMailExtension;
import org.junit.jupiter.api.Test;

/**
 * Mail in, through the deployed EAR and the IMAP server of this JVM: a mailbox set up through the
 * API is read ("check now", as the watch does every few seconds), or as mail arrives when it
 * listens with IMAP IDLE; a new mail opens a ticket with
 * its files and is acknowledged; answers thread by header and by subject; strangers, automatic
 * messages and bounces neither hijack nor create anything; a message read twice, after a crash
 * before it was marked seen, or through two mailboxes is stored once.
 */
class MailIntakeIT extends ApiTestCase {

    private static final String EMMA = "emma.wilson@acme-logistics.example";
    private static final String AGENT2 = "aiste.jonaitiene@acme-logistics.example";
    private static final Duration ARRIVAL = Duration.ofSeconds(20);
    /** The watch starts and stops listeners every ten seconds. */
    private static final Duration LISTENING = Duration.ofSeconds(30);
    private static final Session SESSION = Session.getInstance(new Properties());

    @Test
    void a_new_mail_opens_a_ticket_with_its_files_and_the_acknowledgment_names_its_number() throws Exception {
        var box = mailbox("service-desk", "CREATE_REQUESTER");
        var mail = letter(EMMA, box.address, "Drukarka – zażółć gęślą jaźń, Принтер", "Nie drukuje od rana.\nProszę o pomoc.");
        attach(mail, "Журнал_błędów_ąčęėįšųūž.txt", "paper jam at 09:12");

        var poll = box.deliverAndPoll(mail);

        assertThat(poll.getInt("read")).isEqualTo(1);
        var number = box.lastTicket();
        var agent = signedIn("agent");
        var ticket = agent.get("/api/tickets/" + number).json();
        assertThat(ticket.getString("subject")).isEqualTo("Drukarka – zażółć gęślą jaźń, Принтер");
        assertThat(ticket.getString("channel")).isEqualTo("EMAIL");
        assertThat(ticket.getString("team")).isEqualTo("service-desk");
        assertThat(ticket.getJsonObject("requester").getString("username")).isEqualTo("employee");
        assertThat(ticket.getString("description")).isEqualTo("Nie drukuje od rana.\nProszę o pomoc.");
        var files = agent.get("/api/tickets/" + number + "/attachments").array().getValuesAs(JsonObject.class);
        assertThat(files).extracting(f -> f.getString("fileName"))
                .containsExactlyInAnyOrder("Журнал_błędów_ąčęėįšųūž.txt", "original-mail.eml");

        var ack = arrivals(number, EMMA, 1).get(0);
        assertThat(((InternetAddress) ack.getRecipients(Message.RecipientType.TO)[0]).getAddress()).isEqualTo(EMMA);
        assertThat(subject(ack)).startsWith("[" + number + "] ").endsWith("Drukarka – zażółć gęślą jaźń, Принтер");
        // It answers Emma's own mail, so her mail client shows the two together.
        assertThat(ack.getHeader("In-Reply-To")[0]).isEqualTo(mail.getMessageID());
        assertThat(ack.getHeader("References")[0]).startsWith("<ticket." + number + "@").contains(mail.getMessageID());
    }

    @Test
    void with_idle_a_new_mail_is_taken_in_as_it_arrives_long_before_the_hourly_poll() throws Exception {
        var box = mailbox("service-desk", "CREATE_REQUESTER", true);
        var admin = signedIn("admin");
        assertThat(box.idleState()).as("not listening until the watch's next tick").isIn("OFF", "CONNECTING", "LISTENING");
        box.await("listening", () -> box.idleState().equals("LISTENING"));

        // A sender of its own: the hourly limit per sender is not what this is about.
        var sender = "idle-" + UUID.randomUUID().toString().substring(0, 8) + "@customers.example";
        var mail = letter(sender, box.address, "Skaner nie skanuje – " + UUID.randomUUID(), "Od wczoraj.");
        TestMailExtension.mail().deliver(box.address, bytes(mail));

        // Nobody asks: the interval is an hour, so only the IDLE listener can have read it.
        box.await("the mail taken in", () -> !box.log().isEmpty());
        var number = box.lastTicket();
        assertThat(admin.get("/api/tickets/" + number).json().getString("subject")).startsWith("Skaner nie skanuje");
        assertThat(arrivals(number, sender, 1)).as("acknowledged").hasSize(1);

        // Switched off, it stops listening at the next tick.
        var etag = admin.get("/api/admin/mailboxes/" + box.id).header("ETag");
        var off = admin.put("/api/admin/mailboxes/" + box.id,
                settings(box.address, TestMailExtension.imapPort(), "service-desk", "CREATE_REQUESTER", null, false), etag);
        assertThat(off.status()).as(off.body()).isEqualTo(200);
        assertThat(off.json().getBoolean("idle")).isFalse();
        box.await("no longer listening", () -> box.idleState().equals("OFF"));
    }

    @Test
    void a_colleague_answering_a_mention_by_mail_writes_an_internal_note_the_requester_never_sees() throws Exception {
        var box = mailbox(null, "CREATE_REQUESTER");
        // A sender of their own: each sender may send only so many mails an hour.
        var requester = "olga-" + UUID.randomUUID() + "@acme-logistics.example";
        box.deliverAndPoll(letter(requester, box.address, "Docking station dead", "No screens since Monday."));
        var number = box.lastTicket();
        var agent = signedIn("agent");
        assertThat(agent.post("/api/tickets/" + number + "/messages",
                "{\"body\": \"@agent2 is the dock on the old firmware?\", \"internal\": true}").status()).isEqualTo(201);
        var mention = mentionOf(number);

        var answer = letter(AGENT2, box.address, "Re: " + subject(mention), "Yes, firmware 1.2; I will flash it.\n\n> is the dock");
        answer.setHeader("In-Reply-To", mention.getMessageID());
        answer.setHeader("References", mention.getHeader("References")[0] + " " + mention.getMessageID());
        assertThat(box.deliverAndPoll(answer).getJsonObject("outcomes").getInt("REPLY_ADDED")).isEqualTo(1);

        var staffSees = agent.get("/api/tickets/" + number + "/messages").array().getValuesAs(JsonObject.class);
        var note = staffSees.get(staffSees.size() - 1);
        assertThat(note.getString("body")).isEqualTo("Yes, firmware 1.2; I will flash it.");
        assertThat(note.getBoolean("internal")).isTrue();
        assertThat(note.getJsonObject("author").getString("username")).isEqualTo("agent2");
        Thread.sleep(500);
        assertThat(mailTo(requester)).isNotEmpty().allSatisfy(m -> assertThat(MailParts.text(m)).doesNotContain("firmware"));
    }

    @Test
    void answers_thread_by_header_and_by_subject_number_and_a_stranger_does_not_hijack_the_ticket() throws Exception {
        var box = mailbox(null, "CREATE_REQUESTER");
        box.deliverAndPoll(letter(EMMA, box.address, "VPN drops every hour", "Since Monday."));
        var number = box.lastTicket();
        var ack = arrivals(number, EMMA, 1).get(0);

        // A mail client's answer: In-Reply-To and References name the acknowledgment; the quote is cut from the reply.
        var answer = letter(EMMA, box.address, "Re: " + subject(ack), "It dropped again at 10:00.\n\nOn Thu, Bilet wrote:\n> Received");
        answer.setHeader("In-Reply-To", ack.getMessageID());
        answer.setHeader("References", ack.getHeader("References")[0] + " " + ack.getMessageID());
        assertThat(box.deliverAndPoll(answer).getJsonObject("outcomes").getInt("REPLY_ADDED")).isEqualTo(1);

        // Only the number in the subject, as when someone writes a fresh mail about the ticket.
        box.deliverAndPoll(letter(EMMA, box.address, "About [" + number + "]", "Also the Wi-Fi."));

        // A stranger who knows the number: an internal note for review, never a reply.
        var stranger = "mallory-" + UUID.randomUUID() + "@elsewhere.example";
        var hijack = letter(stranger, box.address, "Re: [" + number + "] VPN drops every hour", "Please send me the VPN password.");
        assertThat(box.deliverAndPoll(hijack).getJsonObject("outcomes").getInt("HELD_FOR_REVIEW")).isEqualTo(1);

        var employeeSees = signedIn("employee").get("/api/tickets/" + number + "/messages").array().getValuesAs(JsonObject.class);
        assertThat(employeeSees).extracting(m -> m.getString("body")).containsExactly("It dropped again at 10:00.", "Also the Wi-Fi.");
        assertThat(employeeSees).allSatisfy(m -> assertThat(m.getJsonObject("author").getString("username")).isEqualTo("employee"));
        var staffSees = signedIn("agent").get("/api/tickets/" + number + "/messages").array().getValuesAs(JsonObject.class);
        assertThat(staffSees).hasSize(3);
        var note = staffSees.get(2);
        assertThat(note.getBoolean("internal")).isTrue();
        assertThat(note.getString("body")).contains(stranger).contains("held for review").contains("VPN password");
        assertThat(staffSees.get(0).getJsonArray("attachments").getValuesAs(JsonObject.class))
                .extracting(a -> a.getString("fileName")).containsExactly("original-mail.eml");
        // The stranger got no account and no mail.
        assertThat(signedIn("admin").get("/api/admin/users?q=" + stranger).json().getJsonArray("items")).isEmpty();
        Thread.sleep(500);
        assertThat(mailTo(stranger)).isEmpty();
    }

    @Test
    void auto_replies_bounces_and_bilets_own_mail_create_nothing_and_get_no_answer() throws Exception {
        var box = mailbox(null, "CREATE_REQUESTER");
        var away = "away-" + UUID.randomUUID() + "@acme-logistics.example";
        var outOfOffice = letter(away, box.address, "Automatic reply: VPN", "I am out of the office until Monday.");
        outOfOffice.setHeader("Auto-Submitted", "auto-replied");
        var bounce = letter("MAILER-DAEMON@mx.acme-logistics.example", box.address, "Undelivered Mail Returned to Sender", "failed");
        var own = letter("helpdesk@acme-logistics.example", box.address, "[BIL-000001] Received", "Bilet's own acknowledgment.");

        var poll = box.deliverAndPoll(outOfOffice, bounce, own);

        var outcomes = poll.getJsonObject("outcomes");
        assertThat(outcomes.getInt("AUTOMATIC")).isEqualTo(1);
        assertThat(outcomes.getInt("BOUNCE")).isEqualTo(1);
        assertThat(outcomes.getInt("OWN_MAIL")).isEqualTo(1);
        assertThat(outcomes.keySet()).doesNotContain("TICKET_OPENED", "REPLY_ADDED");
        assertThat(box.log()).extracting(row -> row.containsKey("ticket")).containsOnly(false);
        Thread.sleep(1000);
        assertThat(mailTo(away)).isEmpty();
    }

    @Test
    void two_hundred_messages_read_twice_or_after_a_crash_before_they_were_marked_seen_open_two_hundred_tickets() throws Exception {
        var box = mailbox(null, "CREATE_REQUESTER");
        var run = UUID.randomUUID().toString().substring(0, 8);
        var letters = new MimeMessage[200];
        for (int i = 0; i < letters.length; i++) {
            // One sender each: the per-sender limit is not what this is about.
            letters[i] = letter("sender-" + run + "-" + i + "@customers.example", box.address, "Batch " + run + " #" + i, "Message " + i);
        }
        var first = box.deliverAndPoll(letters);
        assertThat(first.getJsonObject("outcomes").getInt("TICKET_OPENED")).isEqualTo(200);

        // As if Bilet had died after storing them and before marking them seen: all unseen again, all read again.
        box.markAllUnseen();
        var again = box.poll();
        assertThat(again.getInt("read")).isEqualTo(200);
        assertThat(again.getJsonObject("outcomes").getInt("DUPLICATE")).isEqualTo(200);

        var log = signedIn("admin").get("/api/admin/mailboxes/" + box.id + "/log?size=200").json();
        assertThat(log.getInt("total")).isEqualTo(200);
        var tickets = new HashSet<String>();
        log.getJsonArray("items").getValuesAs(JsonObject.class).forEach(row -> tickets.add(row.getString("ticket")));
        assertThat(tickets).hasSize(200);
    }

    @Test
    void a_message_that_reaches_two_mailboxes_is_stored_once() throws Exception {
        var first = mailbox(null, "CREATE_REQUESTER");
        var second = mailbox(null, "CREATE_REQUESTER");
        var mail = letter(EMMA, first.address, "Both desks got this", "Copied to both mailboxes.");
        mail.addRecipient(Message.RecipientType.CC, new InternetAddress(second.address));

        assertThat(first.deliverAndPoll(mail).getJsonObject("outcomes").getInt("TICKET_OPENED")).isEqualTo(1);
        assertThat(second.deliverAndPoll(mail).getJsonObject("outcomes").getInt("DUPLICATE")).isEqualTo(1);
        assertThat(second.log()).isEmpty();
    }

    @Test
    void a_runaway_sender_is_stopped_at_the_hourly_limit_and_a_refusing_mailbox_takes_no_strangers() throws Exception {
        var box = mailbox(null, "CREATE_REQUESTER");
        var runaway = "loop-" + UUID.randomUUID() + "@monitoring.example";
        var letters = new MimeMessage[8];
        for (int i = 0; i < letters.length; i++) {
            letters[i] = letter(runaway, box.address, "Disk full alert " + i, "Disk /var is 99% full.");
        }
        var outcomes = box.deliverAndPoll(letters).getJsonObject("outcomes");
        // The tests' server allows five messages per sender and hour (BILET_MAIL_SENDER_LIMIT).
        assertThat(outcomes.getInt("TICKET_OPENED")).isEqualTo(5);
        assertThat(outcomes.getInt("RATE_LIMITED")).isEqualTo(3);

        var closed = mailbox(null, "REFUSE");
        var stranger = "unknown-" + UUID.randomUUID() + "@elsewhere.example";
        assertThat(closed.deliverAndPoll(letter(stranger, closed.address, "Hello", "Who are you?"))
                .getJsonObject("outcomes").getInt("UNKNOWN_SENDER")).isEqualTo(1);
        assertThat(signedIn("admin").get("/api/admin/users?q=" + stranger).json().getJsonArray("items")).isEmpty();
    }

    @Test
    void the_password_is_never_returned_bad_settings_are_named_and_only_administrators_manage_mailboxes() throws Exception {
        var admin = signedIn("admin");
        var box = mailbox(null, "CREATE_REQUESTER");
        var read = admin.get("/api/admin/mailboxes/" + box.id);
        assertThat(read.body()).doesNotContain("s3cret-Passw0rd").doesNotContain("\"password\"");
        assertThat(read.json().getBoolean("passwordSet")).isTrue();
        assertThat(admin.get("/api/admin/mailboxes").body()).doesNotContain("s3cret-Passw0rd");

        var bad = admin.post("/api/admin/mailboxes", """
                {"address": "helpdesk@x.example\\r\\nBcc: all@x.example", "host": "imap.example; rm -rf /", "port": 70000,
                 "username": "", "team": "no-such-team", "pollSeconds": 1}""");
        ProblemAssert.assertProblem(bad, 400);
        assertThat(fields(bad)).contains("address", "host", "port", "username", "pollSeconds");
        var noPassword = admin.post("/api/admin/mailboxes", """
                {"address": "nopass@x.example", "host": "127.0.0.1", "username": "u", "team": "no-such-team"}""");
        ProblemAssert.assertProblem(noPassword, 400);
        assertThat(fields(noPassword)).containsExactlyInAnyOrder("password", "team");
        var badChoice = admin.post("/api/admin/mailboxes", """
                {"address": "choice@x.example", "host": "127.0.0.1", "username": "u", "password": "p", "unknownSenders": "WELCOME_ALL"}""");
        ProblemAssert.assertProblem(badChoice, 400);
        assertThat(badChoice.body()).contains("unknownSenders");

        assertThat(signedIn("agent").get("/api/admin/mailboxes").status()).isEqualTo(403);
        assertThat(signedIn("agent").post("/api/admin/mailboxes/" + box.id + "/poll", "{}").status()).isEqualTo(403);
        assertThat(anonymous().get("/api/admin/mailboxes").status()).isEqualTo(401);

        // A server that does not answer: the poll says why, in words, and the mailbox keeps it for the screen.
        var etag = read.header("ETag");
        var moved = admin.put("/api/admin/mailboxes/" + box.id, settings(box.address, 1, null, "CREATE_REQUESTER", null), etag);
        assertThat(moved.status()).isEqualTo(200);
        var failed = box.poll();
        assertThat(failed.getString("error")).startsWith("Cannot connect to the IMAP server");
        assertThat(admin.get("/api/admin/mailboxes/" + box.id).json().getString("lastError")).startsWith("Cannot connect");
        assertThat(admin.put("/api/admin/mailboxes/" + box.id, settings(box.address, 1, null, "CREATE_REQUESTER", null), etag).status())
                .as("a stale If-Match").isEqualTo(412);
        assertThat(admin.delete("/api/admin/mailboxes/" + box.id).status()).isEqualTo(204);
        assertThat(admin.get("/api/admin/mailboxes/" + box.id).status()).isEqualTo(404);
    }

    // ---- fixtures

    /**
     * A mailbox of its own for each test, in the test mail server, read by Bilet when the test says
     * ("check now"): its interval is an hour and it does not listen with IDLE.
     */
    private Box mailbox(String team, String unknownSenders) {
        return mailbox(team, unknownSenders, false);
    }

    private Box mailbox(String team, String unknownSenders, boolean idle) {
        var address = "desk-" + UUID.randomUUID().toString().substring(0, 8) + "@acme-logistics.example";
        var created = signedIn("admin").post("/api/admin/mailboxes",
                settings(address, TestMailExtension.imapPort(), team, unknownSenders, "s3cret-Passw0rd", idle));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return new Box(created.json().getJsonNumber("id").longValue(), address);
    }

    private static String settings(String address, int port, String team, String unknownSenders, String password) {
        return settings(address, port, team, unknownSenders, password, false);
    }

    private static String settings(String address, int port, String team, String unknownSenders, String password, boolean idle) {
        return "{\"address\": \"" + address + "\", \"host\": \"127.0.0.1\", \"port\": " + port + ", \"username\": \"" + address + "\""
                + (password == null ? "" : ", \"password\": \"" + password + "\"") + ", \"folder\": \"INBOX\", \"ssl\": false"
                + (team == null ? "" : ", \"team\": \"" + team + "\"") + ", \"pollSeconds\": 3600, \"unknownSenders\": \"" + unknownSenders + "\""
                + ", \"idle\": " + idle + "}";
    }

    private final class Box {
        final long id;
        final String address;

        Box(long id, String address) {
            this.id = id;
            this.address = address;
        }

        JsonObject deliverAndPoll(MimeMessage... letters) throws Exception {
            for (var letter : letters) {
                TestMailExtension.mail().deliver(address, bytes(letter));
            }
            return poll();
        }

        JsonObject poll() {
            var poll = signedIn("admin").post("/api/admin/mailboxes/" + id + "/poll", "{}");
            assertThat(poll.status()).as(poll.body()).isEqualTo(200);
            assertThat(poll.json().getBoolean("ran")).isTrue();
            return poll.json();
        }

        List<JsonObject> log() {
            return signedIn("admin").get("/api/admin/mailboxes/" + id + "/log").json().getJsonArray("items").getValuesAs(JsonObject.class);
        }

        String idleState() {
            return signedIn("admin").get("/api/admin/mailboxes/" + id).json().getString("idleState");
        }

        void await(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
            var deadline = Instant.now().plus(LISTENING);
            while (!condition.getAsBoolean()) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError(what + ": not within " + LISTENING);
                }
                Thread.sleep(200);
            }
        }

        String lastTicket() {
            return log().get(0).getString("ticket");
        }

        void markAllUnseen() throws Exception {
            try (var store = SESSION.getStore("imap")) {
                store.connect("127.0.0.1", TestMailExtension.imapPort(), address, "secret");
                var inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_WRITE);
                inbox.setFlags(inbox.getMessages(), new Flags(Flags.Flag.SEEN), false);
                inbox.close(false);
            }
        }
    }

    private static List<String> fields(Api.Response problem) {
        return problem.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList();
    }

    private static MimeMessage letter(String from, String to, String subject, String text) throws Exception {
        var message = new MimeMessage(SESSION);
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, to);
        message.setSubject(subject, "UTF-8");
        message.setSentDate(new java.util.Date());
        message.setText(text, "UTF-8");
        return message;
    }

    private static void attach(MimeMessage message, String fileName, String content) throws Exception {
        var text = new MimeBodyPart();
        text.setText((String) message.getContent(), "UTF-8");
        var file = new MimeBodyPart();
        file.setText(content, "UTF-8");
        file.setFileName(jakarta.mail.internet.MimeUtility.encodeText(fileName, "UTF-8", "B"));
        file.setDisposition("attachment");
        message.setContent(new MimeMultipart(text, file));
    }

    private static byte[] bytes(MimeMessage message) throws Exception {
        var out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }

    private static List<MimeMessage> mailTo(String address) {
        return TestMailExtension.mail().received().stream().filter(m -> MailParts.to(m).equalsIgnoreCase(address)).toList();
    }

    /** The mail that tells agent2 (in Lithuanian) of a mention in the ticket, waiting for it a while. */
    private static MimeMessage mentionOf(String number) throws InterruptedException {
        var deadline = Instant.now().plus(ARRIVAL);
        while (Instant.now().isBefore(deadline)) {
            var found = mailTo(AGENT2).stream().filter(m -> subject(m).startsWith("[" + number + "]") && subject(m).contains("paminėjo"))
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no mention of agent2 about " + number + " within " + ARRIVAL);
    }

    /** The mails about the ticket to {@code address} (staff's notices about it go to others), once there are {@code count}. */
    private static List<MimeMessage> arrivals(String number, String address, int count) throws InterruptedException {
        var deadline = Instant.now().plus(ARRIVAL);
        while (Instant.now().isBefore(deadline)) {
            var found = mailTo(address).stream().filter(m -> subject(m).startsWith("[" + number + "]")).toList();
            if (found.size() >= count) {
                return found;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(count + " mails about " + number + " did not arrive within " + ARRIVAL);
    }
}

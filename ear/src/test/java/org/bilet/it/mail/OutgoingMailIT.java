package org.bilet.it.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.bilet.it.Api;
import org.bilet.it.Deployments;
import org.bilet.server.TestMailExtension;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Outgoing mail through the deployed EAR to the SMTP server of this JVM: a committed message
 * arrives once with its headers and file, a rolled-back one never; an outage is retried with
 * backoff (time moved by the movable clock) and the message delivered once when the server is
 * back; the administrators' outbox API and who may use it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OutgoingMailIT {

    private static final Duration ARRIVAL = Duration.ofSeconds(20);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.withWebClasses(Deployments.withMovableClock(Deployments.bilet()),
                OutboxTestResource.class, OutboxTestResource.Draft.class);
    }

    @ArquillianResource
    URL base;

    private Api admin;

    @AfterEach
    void serverAndClockAsBefore() {
        TestMailExtension.start();
        admin().post("/api/test/mail/clock/reset", "");
    }

    @Test
    void a_committed_message_arrives_once_with_its_headers_and_its_file() throws Exception {
        var to = unique("emma") + "@acme-logistics.example";
        var queued = queue(true, """
                {"recipients": ["Łucja Żółkiewska <%s>"], "subject": "Raport miesięczny: zażółć gęślą jaźń",
                 "text": "Raport w załączniku.", "html": "<p>Raport w <b>załączniku</b>.</p>",
                 "replyTo": "Service Desk <helpdesk@acme-logistics.example>", "fileName": "Ataskaita_šį_mėnesį – ąčęėįšųūž.pdf",
                 "inReplyTo": "<root-1@acme-logistics.example>", "references": ["<root-1@acme-logistics.example>"]}""".formatted(to));

        var message = arrived(queued);
        pass();
        Thread.sleep(1000);

        assertThat(received(m -> queued.equals(messageId(m)))).as("sent exactly once").hasSize(1);
        assertThat(message.getSubject()).isEqualTo("Raport miesięczny: zażółć gęślą jaźń");
        assertThat(message.getHeader("Subject")[0]).startsWith("=?UTF-8?");
        var recipient = (InternetAddress) message.getRecipients(Message.RecipientType.TO)[0];
        assertThat(recipient.getAddress()).isEqualTo(to);
        assertThat(recipient.getPersonal()).isEqualTo("Łucja Żółkiewska");
        assertThat(((InternetAddress) message.getFrom()[0]).getAddress()).isEqualTo("helpdesk@acme-logistics.example");
        assertThat(((InternetAddress) message.getReplyTo()[0]).getAddress()).isEqualTo("helpdesk@acme-logistics.example");
        assertThat(message.getHeader("In-Reply-To")).containsExactly("<root-1@acme-logistics.example>");
        assertThat(message.getHeader("References")).containsExactly("<root-1@acme-logistics.example>");
        assertThat(messageId(message)).endsWith("@acme-logistics.example>");
        var parts = (Multipart) message.getContent();
        var file = parts.getBodyPart(1);
        assertThat(file.getFileName()).isEqualTo("Ataskaita_šį_mėnesį – ąčęėįšųūž.pdf");
        assertThat(file.getHeader("Content-Disposition")[0]).contains("filename*=UTF-8''");
        assertThat(file.getInputStream().readAllBytes()).isEqualTo(OutboxTestResource.PDF);

        var entry = outboxEntry(queued, "SENT");
        assertThat(entry.getInt("attempts")).isZero();
        assertThat(entry.getJsonArray("deliveryLog")).hasSize(1);
        assertThat(absent(entry.getJsonArray("deliveryLog").getJsonObject(0), "error")).isTrue();
        assertThat(entry.getJsonArray("attachments").getJsonObject(0).getInt("size")).isEqualTo(OutboxTestResource.PDF.length);
    }

    @Test
    void a_message_queued_in_a_transaction_that_rolls_back_never_leaves() throws Exception {
        var queued = queue(false, """
                {"recipients": ["%s@acme-logistics.example"], "subject": "Never sent", "text": "Rolled back."}"""
                .formatted(unique("nobody")));

        pass();
        Thread.sleep(2000);

        assertThat(received(m -> queued.equals(messageId(m)))).isEmpty();
        assertThat(find(queued)).as("not in the outbox at all").isNull();
    }

    @Test
    void while_the_smtp_server_is_down_the_message_waits_longer_each_time_and_is_sent_once_when_it_is_back() throws Exception {
        TestMailExtension.stop();
        var to = unique("olena") + "@acme-logistics.example";
        var queued = queue(true, """
                {"recipients": ["Олена Шевчук <%s>"], "subject": "Звіт за жовтень: їжак і ґанок",
                 "text": "Звіт у вкладенні.", "fileName": "Звіт_за_жовтень.pdf"}""".formatted(to));

        var first = waitFor(queued, e -> e.getJsonArray("deliveryLog").size() == 1);
        assertThat(first.getString("state")).isEqualTo("QUEUED");
        assertThat(first.getString("lastError")).containsIgnoringCase("connect");
        assertThat(waitBetween(first, 0)).as("after the first failure").isEqualTo(Duration.ofMinutes(1));

        advance(1);
        pass();
        var second = waitFor(queued, e -> e.getJsonArray("deliveryLog").size() == 2);
        assertThat(second.getInt("attempts")).isEqualTo(2);
        assertThat(waitBetween(second, 1)).as("after the second failure").isEqualTo(Duration.ofMinutes(2));

        TestMailExtension.start();
        pass();
        assertThat(outboxEntry(queued, "QUEUED").getJsonArray("deliveryLog")).as("not due yet: nothing tried").hasSize(2);

        advance(2);
        pass();
        var message = arrived(queued);
        pass();
        Thread.sleep(1000);

        assertThat(received(m -> queued.equals(messageId(m)))).as("sent exactly once").hasSize(1);
        assertThat(message.getSubject()).isEqualTo("Звіт за жовтень: їжак і ґанок");
        assertThat(((Multipart) message.getContent()).getBodyPart(1).getFileName()).isEqualTo("Звіт_за_жовтень.pdf");
        var sent = outboxEntry(queued, "SENT");
        assertThat(sent.getJsonArray("deliveryLog").getValuesAs(JsonObject.class))
                .extracting(a -> absent(a, "error")).containsExactly(false, false, true);
    }

    @Test
    void a_message_given_up_is_sent_when_an_administrator_retries_it() throws Exception {
        TestMailExtension.stop();
        var queued = queue(true, """
                {"recipients": ["%s@acme-logistics.example"], "subject": "Given up", "text": "Try again."}"""
                .formatted(unique("retry")));
        waitFor(queued, e -> e.getJsonArray("deliveryLog").size() == 1);
        for (int attempt = 2; attempt <= 10; attempt++) {
            advance(60);
            pass();
            int made = attempt;
            waitFor(queued, e -> e.getJsonArray("deliveryLog").size() == made);
        }
        var failed = outboxEntry(queued, "FAILED");
        assertThat(failed.getInt("attempts")).isEqualTo(10);
        assertThat(absent(failed, "nextAttemptAt")).isTrue();
        advance(600);
        pass();
        assertThat(outboxEntry(queued, "FAILED").getJsonArray("deliveryLog")).as("given up: not tried again").hasSize(10);

        TestMailExtension.start();
        var retried = admin().post("/api/admin/mail/outbox/" + failed.getInt("id") + "/retry", "");
        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        assertThat(retried.json().getString("state")).isEqualTo("QUEUED");
        arrived(queued);

        assertThat(outboxEntry(queued, "SENT").getJsonArray("deliveryLog")).hasSize(11);
        var again = admin().post("/api/admin/mail/outbox/" + failed.getInt("id") + "/retry", "");
        assertThat(again.status()).as("a sent message is not sent again").isEqualTo(409);
    }

    @Test
    void only_administrators_read_the_outbox_and_bad_parameters_are_named() {
        assertThat(api("agent").get("/api/admin/mail/outbox").status()).isEqualTo(403);
        assertThat(api("employee").get("/api/admin/mail/outbox").status()).isEqualTo(403);
        assertThat(api("agent").post("/api/admin/mail/outbox/1/retry", "").status()).isEqualTo(403);
        assertThat(Api.at(base).get("/api/admin/mail/outbox").status()).isEqualTo(401);

        var ok = admin().get("/api/admin/mail/outbox?state=sent&page=0&size=5");
        assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
        assertThat(ok.json().getInt("size")).isEqualTo(5);
        assertThat(ok.body()).doesNotContainIgnoringCase("password");

        assertProblem(admin().get("/api/admin/mail/outbox?state=BOGUS"), "state");
        assertProblem(admin().get("/api/admin/mail/outbox?state=" + encode("SENT' OR '1'='1")), "state");
        assertProblem(admin().get("/api/admin/mail/outbox?page=-1"), "page");
        assertProblem(admin().get("/api/admin/mail/outbox?page=abc"), "page");
        assertProblem(admin().get("/api/admin/mail/outbox?page=99999999999999999999"), "page");
        assertProblem(admin().get("/api/admin/mail/outbox?page=2147483647&size=200"), "page");
        assertProblem(admin().get("/api/admin/mail/outbox?size=0"), "size");
        assertProblem(admin().get("/api/admin/mail/outbox?size=100000"), "size");
        assertProblem(admin().get("/api/admin/mail/outbox?size=" + encode("1; drop table outgoing_mail")), "size");

        assertThat(admin().post("/api/admin/mail/outbox/999999999/retry", "").status()).isEqualTo(404);
        assertThat(admin().post("/api/admin/mail/outbox/abc/retry", "").status()).isEqualTo(404);
    }

    @Test
    void a_bad_address_is_refused_naming_the_field_and_nothing_is_queued() {
        var refused = admin().post("/api/test/mail/queue?commit=true", """
                {"recipients": ["ok@acme-logistics.example", "x@acme.example\\r\\nBcc: victim@elsewhere.example"],
                 "subject": "Bad", "text": "Bad.", "replyTo": "not an address"}""");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().getJsonArray("errors").getValuesAs(JsonObject.class)).extracting(e -> e.getString("field"))
                .containsExactly("recipients[1]", "replyTo");
    }

    private String queue(boolean commit, String draft) {
        var response = admin().post("/api/test/mail/queue?commit=" + commit, draft);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().getString("messageId");
    }

    private void pass() {
        var response = admin().post("/api/test/mail/pass", "");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    private void advance(long minutes) {
        assertThat(admin().post("/api/test/mail/clock?minutes=" + minutes, "").status()).isEqualTo(204);
    }

    /** The message as the SMTP server received it, waiting for it a while. */
    private MimeMessage arrived(String messageId) throws InterruptedException {
        var deadline = Instant.now().plus(ARRIVAL);
        while (Instant.now().isBefore(deadline)) {
            var found = received(m -> messageId.equals(messageId(m)));
            if (!found.isEmpty()) {
                return found.get(0);
            }
            Thread.sleep(200);
        }
        throw new AssertionError(messageId + " did not arrive within " + ARRIVAL);
    }

    private static List<MimeMessage> received(Predicate<MimeMessage> which) {
        return TestMailExtension.mail().received().stream().filter(which).toList();
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The outbox entry of the message once it satisfies {@code condition}. */
    private JsonObject waitFor(String messageId, Predicate<JsonObject> condition) throws InterruptedException {
        var deadline = Instant.now().plus(ARRIVAL);
        JsonObject entry = null;
        while (Instant.now().isBefore(deadline)) {
            entry = find(messageId);
            if (entry != null && condition.test(entry)) {
                return entry;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(messageId + " did not get there within " + ARRIVAL + "; last seen: " + entry);
    }

    private JsonObject outboxEntry(String messageId, String state) {
        var entry = find(messageId);
        assertThat(entry).as(messageId + " in the outbox").isNotNull();
        assertThat(entry.getString("state")).as(entry.toString()).isEqualTo(state);
        return entry;
    }

    /**
     * The message's outbox entry, looked for page by page: tests that move the clock leave mail
     * "newer" than this one, so it need not be on the first page.
     */
    private JsonObject find(String messageId) {
        for (int number = 0; ; number++) {
            var page = admin().get("/api/admin/mail/outbox?size=200&page=" + number);
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            var items = page.json().getJsonArray("items").getValuesAs(JsonObject.class);
            var found = items.stream().filter(m -> m.getString("messageId").equals(messageId)).findFirst();
            if (found.isPresent() || items.isEmpty()) {
                return found.orElse(null);
            }
        }
    }

    /** How long the backoff waits after the attempt at {@code index} of the delivery log. */
    private static Duration waitBetween(JsonObject entry, int index) {
        var attempted = Instant.parse(entry.getJsonArray("deliveryLog").getJsonObject(index).getString("at"));
        return Duration.between(attempted, Instant.parse(entry.getString("nextAttemptAt")));
    }

    private static void assertProblem(Api.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().getJsonArray("errors").getValuesAs(JsonObject.class)).extracting(e -> e.getString("field"))
                .containsExactly(field);
    }

    /** JSON-B leaves out what is null. */
    private static boolean absent(JsonObject json, String member) {
        return !json.containsKey(member) || json.isNull(member);
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private Api admin() {
        if (admin == null) {
            admin = Api.at(base).asWithToken("admin");
        }
        return admin;
    }

    private Api api(String username) {
        return Api.at(base).asWithToken(username);
    }
}

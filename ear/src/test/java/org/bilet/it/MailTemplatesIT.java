package org.bilet.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bilet.it.MailParts.html;
import static org.bilet.it.MailParts.subject;
import static org.bilet.it.MailParts.text;
import static org.bilet.it.ProblemAssert.assertProblem;
import static org.bilet.it.ProblemAssert.detailOf;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bilet.server.TestMailExtension;
import org.junit.jupiter.api.Test;

/**
 * Administrators' wording of Bilet's mails through the API, as requesters then receive it: an
 * edited Polish acknowledgment reaches Polish requesters in both parts while English ones keep
 * Bilet's wording, until it is restored; every mistake named, hostile text escaped, a stale save
 * refused, staff and requesters kept out.
 */
class MailTemplatesIT extends ApiTestCase {

    private static final String PATH = "/api/admin/mail-templates/";
    private static final Duration ARRIVAL = Duration.ofSeconds(20);

    @Test
    void an_edited_polish_acknowledgment_reaches_polish_requesters_english_ones_keep_bilets_wording_until_it_is_restored() throws Exception {
        var admin = signedIn("admin");
        var edited = admin.put(PATH + "RECEIVED/pl", wording("[{{number}}] Mamy Twoje zgłoszenie: {{subject}}",
                "Cześć {{name}},\n\nzgłoszenie {{number}} jest już u nas <b>(tekst zmieniony)</b>.\n\nŚledź je tutaj: {{link}}\n\n-- \nZespół IT", 0L));
        try {
            assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
            assertThat(edited.json().getBoolean("edited")).isTrue();
            assertThat(edited.json().getString("changedBy")).isEqualTo("admin");
            assertThat(edited.json().getString("standardSubject")).isEqualTo("[{{number}}] Przyjęto zgłoszenie: {{subject}}");

            var polish = open("employee2", "Skaner – zażółć gęślą jaźń");
            var ack = arrivals(polish, 1).get(0);
            assertThat(ack.getSubject()).isEqualTo("[" + polish + "] Mamy Twoje zgłoszenie: Skaner – zażółć gęślą jaźń");
            assertThat(text(ack)).startsWith("Cześć Katarzyna,").contains("zgłoszenie " + polish + " jest już u nas <b>(tekst zmieniony)</b>.")
                    .contains("/portal/ticket.xhtml?number=" + polish).contains("Zespół IT");
            assertThat(html(ack)).contains("jest już u nas &lt;b&gt;(tekst zmieniony)&lt;/b&gt;.").doesNotContain("<b>")
                    .contains("<a href=\"").contains("number=" + polish);

            var english = open("employee", "Scanner on floor 2");
            var englishAck = arrivals(english, 1).get(0);
            assertThat(englishAck.getSubject()).isEqualTo("[" + english + "] Received: Scanner on floor 2");
            assertThat(text(englishAck)).contains("we have received your request").doesNotContain("tekst zmieniony");

            var list = admin.get(PATH).array().getValuesAs(JsonObject.class);
            assertThat(list).hasSize(14 * 6);
            assertThat(list).filteredOn(t -> t.getString("topic").equals("RECEIVED"))
                    .extracting(t -> t.getString("language") + "=" + t.getBoolean("edited"))
                    .containsExactly("en=false", "pl=true", "lt=false", "uk=false", "ru=false", "it=false");

            var reset = admin.delete(PATH + "RECEIVED/pl");
            assertThat(reset.status()).isEqualTo(200);
            assertThat(reset.json().getBoolean("edited")).isFalse();
            assertThat(reset.json().getString("subject")).isEqualTo("[{{number}}] Przyjęto zgłoszenie: {{subject}}");
            var again = open("employee2", "Drukarka");
            assertThat(arrivals(again, 1).get(0).getSubject()).isEqualTo("[" + again + "] Przyjęto zgłoszenie: Drukarka");

            var audit = admin.get("/api/admin/audit?kind=MAIL_TEMPLATE_CHANGED&size=50").json().getJsonArray("items").getValuesAs(JsonObject.class);
            assertThat(audit).anySatisfy(entry -> {
                assertThat(entry.getString("subject")).isEqualTo("RECEIVED pl");
                assertThat(entry.getString("summary")).contains("Mamy Twoje zgłoszenie").contains("text changed");
            });
            assertThat(admin.get("/api/admin/audit?kind=MAIL_TEMPLATE_RESET&size=50").json().getJsonArray("items").getValuesAs(JsonObject.class))
                    .anySatisfy(entry -> assertThat(entry.getString("subject")).isEqualTo("RECEIVED pl"));
        } finally {
            admin.delete(PATH + "RECEIVED/pl");
        }
    }

    @Test
    void every_mistake_is_named_at_once_in_the_callers_terms() {
        var admin = signedIn("admin");
        var wrong = admin.put(PATH + "REPLIED/en", wording("Re: {{subject}}", "Hello {{nmae}},\n\n{{content\n{{link}}", null));
        assertThat(fieldsOf(wrong)).containsEntry("subject", "The subject must keep {{number}}: Bilet matches answers to this mail back to "
                        + "their ticket by the number in the subject.")
                .containsEntry("body", "A {{ is not closed in “{{content”: write a placeholder as {{name}}, with two braces on each side. "
                        + "{{nmae}} is not a placeholder of this mail; it may use {{name}}, {{number}}, {{subject}}, {{link}}, {{by}}, {{content}}.");
        assertThat(fieldsOf(admin.put(PATH + "REPLIED/en", wording(" ", "", null)))).containsOnlyKeys("subject", "body");
        assertThat(fieldsOf(admin.put(PATH + "REPLIED/en", wording("[{{number}}]\r\nBcc: all@example.com", "{{link}}", null))))
                .containsOnlyKeys("subject");
        assertThat(fieldsOf(admin.post(PATH + "REPLIED/en/preview", wording("[{{number}}] {{promise}}", "{{link}}", null))))
                .containsOnlyKeys("subject");
        assertThat(admin.get(PATH + "REPLIED/en").json().getBoolean("edited")).as("nothing refused was saved").isFalse();

        assertThat(detailOf(admin.get(PATH + "NO_SUCH_MAIL/en"), 404)).contains("NO_SUCH_MAIL").contains("RECEIVED");
        assertThat(detailOf(admin.get(PATH + "RECEIVED/de"), 404)).contains("'de'").contains("en, pl, lt, uk, ru, it");
        assertProblem(admin.put(PATH + "RECEIVED/xx", wording("[{{number}}]", "{{link}}", null)), 404);
        assertProblem(admin.delete(PATH + "RECEIVED/xx"), 404);
    }

    @Test
    void hostile_text_comes_out_escaped_and_hostile_requests_are_refused_cleanly() {
        var admin = signedIn("admin");
        var preview = admin.post(PATH + "REPLIED/en/preview", wording("[{{number}}] <script>alert(1)</script> {{subject}}",
                "Hello {{name}} <script>alert(2)</script><img src=x onerror=alert(3)>\n\n{{content}}\n\n<a href=\"javascript:alert(4)\">{{link}}</a>", null));
        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        var letter = preview.json();
        assertThat(letter.getString("subject")).isEqualTo("[BIL-000123] <script>alert(1)</script> The printer on floor 3 jams");
        assertThat(letter.getString("html")).doesNotContain("<script").doesNotContain("<img").doesNotContain("<a href=\"javascript")
                .contains("&lt;script&gt;alert(2)&lt;/script&gt;&lt;img src=x onerror=alert(3)&gt;")
                .contains("Please restart the printer");
        assertThat(letter.getString("text")).contains("Hello Rita <script>alert(2)</script>");

        var sqlish = "[{{number}}] '; drop table mail_template; -- \" OR 1=1 {{subject}}";
        var saved = admin.put(PATH + "WAITING/lt", wording(sqlish, "{{name}}: ' OR '1'='1\n{{link}}", null));
        try {
            assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
            assertThat(admin.get(PATH + "WAITING/lt").json().getString("subject")).isEqualTo(sqlish);
        } finally {
            admin.delete(PATH + "WAITING/lt");
        }
        assertProblem(admin.get(PATH + "RECEIVED'%20OR%20'1'='1/en"), 404);
        assertProblem(admin.get(PATH + "RECEIVED/en'%3B--"), 404);

        assertThat(fieldsOf(admin.put(PATH + "WAITING/lt", wording("[{{number}}] " + "x".repeat(5_000), "y".repeat(200_000), null))))
                .containsOnlyKeys("subject", "body");
        var huge = admin.put(PATH + "WAITING/lt", wording("[{{number}}]", "z".repeat(3_000_000), null));
        assertThat(huge.status()).as(huge.toString()).isIn(400, 413);
        ProblemAssert.assertIsProblem(huge);
        assertProblem(admin.put(PATH + "WAITING/lt", "{\"subject\": \"[{{number}}]\", \"body\": "), 400);
        assertProblem(admin.put(PATH + "WAITING/lt", "{\"subject\": \"[{{number}}]\", \"body\": \"{{link}}\", \"version\": \"one\"}"), 400);
        assertProblem(admin.put(PATH + "WAITING/lt", "{\"subject\": [\"[{{number}}]\"], \"body\": \"{{link}}\"}"), 400);
        assertThat(admin.get(PATH + "WAITING/lt").json().getBoolean("edited")).isFalse();
    }

    @Test
    void a_save_over_a_version_someone_else_changed_is_refused_with_409() {
        var admin = signedIn("admin");
        try {
            assertThat(admin.get(PATH + "RESOLVED/uk").json().getInt("version")).isZero();
            var first = admin.put(PATH + "RESOLVED/uk", wording("[{{number}}] Готово: {{subject}}", "{{name}}\n\n{{content}}\n\n{{link}}", 0L));
            assertThat(first.json().getInt("version")).isEqualTo(1);
            var stale = admin.put(PATH + "RESOLVED/uk", wording("[{{number}}] Вирішено!: {{subject}}", "{{name}}\n{{link}}", 0L));
            assertThat(detailOf(stale, 409)).contains("Someone else changed this mail").contains("version 1").contains("you had version 0");
            assertThat(admin.get(PATH + "RESOLVED/uk").json().getString("subject")).isEqualTo("[{{number}}] Готово: {{subject}}");
            assertThat(admin.put(PATH + "RESOLVED/uk", wording("[{{number}}] Вирішено!: {{subject}}", "{{name}}\n{{link}}", 1L))
                    .json().getInt("version")).isEqualTo(2);
            admin.delete(PATH + "RESOLVED/uk");
            assertThat(detailOf(admin.put(PATH + "RESOLVED/uk", wording("[{{number}}] x {{subject}}", "{{link}}", 2L)), 409))
                    .contains("restored Bilet's wording");
        } finally {
            admin.delete(PATH + "RESOLVED/uk");
        }
    }

    @Test
    void only_administrators_see_or_change_the_wording() {
        for (var who : List.of("agent", "manager", "employee")) {
            var user = signedIn(who);
            assertProblem(user.get(PATH), 403);
            assertProblem(user.get(PATH + "RECEIVED/en"), 403);
            assertProblem(user.put(PATH + "RECEIVED/en", wording("[{{number}}] x", "{{link}}", null)), 403);
            assertProblem(user.delete(PATH + "RECEIVED/en"), 403);
            assertProblem(user.post(PATH + "RECEIVED/en/preview", wording("[{{number}}] x", "{{link}}", null)), 403);
        }
        assertThat(anonymous().get(PATH).status()).isEqualTo(401);
        assertThat(signedIn("admin").get(PATH + "RECEIVED/en").json().getBoolean("edited")).isFalse();
    }

    private static String wording(String subject, String body, Long version) {
        return "{\"subject\": " + Json.str(subject) + ", \"body\": " + Json.str(body) + (version == null ? "" : ", \"version\": " + version) + "}";
    }

    /** The problem's message for each field it names (400). */
    private static Map<String, String> fieldsOf(Api.Response problem) {
        assertProblem(problem, 400);
        var fields = new java.util.LinkedHashMap<String, String>();
        problem.json().getJsonArray("errors").getValuesAs(JsonObject.class).forEach(e -> fields.put(e.getString("field"), e.getString("message")));
        return fields;
    }

    private String open(String requester, String subject) {
        var created = signedIn(requester).post("/api/tickets", "{\"subject\": " + Json.str(subject) + ", \"description\": \"Opened by MailTemplatesIT.\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getString("number");
    }

    /** The mails about the ticket in the order they arrived, once there are {@code count}, waiting for them a while. */
    private static List<MimeMessage> arrivals(String number, int count) throws InterruptedException {
        var deadline = Instant.now().plus(ARRIVAL);
        while (Instant.now().isBefore(deadline)) {
            var found = aboutTicket(number);
            if (found.size() >= count) {
                return found;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(count + " mails about " + number + " did not arrive within " + ARRIVAL);
    }

    private static List<MimeMessage> aboutTicket(String number) {
        return TestMailExtension.mail().received().stream().filter(m -> subject(m).startsWith("[" + number + "]")).toList();
    }
}

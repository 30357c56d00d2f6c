package org.bilet.it;

import static org.bilet.it.MailParts.html;
import static org.bilet.it.MailParts.subject;
import static org.bilet.it.MailParts.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.bilet.it.ProblemAssert.assertNothingInternal;
import static org.bilet.it.ProblemAssert.assertProblem;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.bilet.server.TestMailExtension;
import org.junit.jupiter.api.Test;

/**
 * Satisfaction surveys through the deployed EAR: resolving a ticket asks its requester, the
 * resolution mail (through this JVM's SMTP server) carries a link whose token answers that one
 * survey without signing in, staff and the requester read the answer, nobody else answers for the
 * requester, and hostile input is refused or kept as plain text. Time limits are {@code
 * incontainer.SurveyTimesIT}'s, which can move the clock.
 */
class SurveyIT extends ApiTestCase {

    private static final Duration ARRIVAL = Duration.ofSeconds(20);
    private static final Pattern LINK = Pattern.compile("https?://\\S+/survey/([A-Za-z0-9_-]{43})");
    /** All that the token's answer may say: the ticket's number and subject, and the survey. */
    private static final Set<String> SURVEY_MEMBERS = Set.of("ticket", "subject", "rating", "comment", "askedAt", "answeredAt",
            "changeable", "changeableUntil");

    @Test
    void resolving_a_ticket_mails_a_link_whose_token_answers_its_survey_and_staff_see_the_rating() throws Exception {
        var employee = signedIn("employee");
        var agent = signedIn("agent");
        var number = open(employee, "Monitor flickers");
        assertProblem(agent.get("/api/tickets/" + number + "/survey"), 404);

        resolve(agent, number);
        var mail = resolutionMail(number);
        var token = tokenIn(text(mail));
        assertThat(text(mail)).contains("Rate how we did: ");
        assertThat(html(mail)).contains("/survey/" + token + "\">");

        var asked = anonymous().get("/api/surveys/" + token);
        assertThat(asked.status()).as(asked.toString()).isEqualTo(200);
        assertThat(SURVEY_MEMBERS).containsAll(asked.json().keySet());
        assertThat(asked.json().getString("ticket")).isEqualTo(number);
        assertThat(asked.json().getString("subject")).isEqualTo("Monitor flickers");
        assertThat(asked.json().getBoolean("changeable")).isTrue();
        assertThat(isAbsent(asked.json(), "rating")).isTrue();
        assertThat(asked.body()).doesNotContain("employee").doesNotContain("@");

        var answered = anonymous().post("/api/surveys/" + token, "{\"rating\": 4, \"comment\": \"Quick, thanks.\"}");
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        assertThat(answered.json().getInt("rating")).isEqualTo(4);
        assertThat(answered.json().getString("answeredAt")).isNotBlank();

        var seenByAgent = agent.get("/api/tickets/" + number + "/survey");
        assertThat(seenByAgent.status()).as(seenByAgent.toString()).isEqualTo(200);
        assertThat(seenByAgent.json().getInt("rating")).isEqualTo(4);
        assertThat(seenByAgent.json().getString("comment")).isEqualTo("Quick, thanks.");
        assertThat(signedIn("manager").get("/api/tickets/" + number + "/survey").json().getInt("rating")).isEqualTo(4);
        assertThat(employee.get("/api/tickets/" + number + "/survey").json().getInt("rating")).isEqualTo(4);

        // A second answer within 7 days changes the first: through the link, and in the portal's way.
        assertThat(anonymous().post("/api/surveys/" + token, "{\"rating\": 2}").json().getInt("rating")).isEqualTo(2);
        var inPortal = employee.post("/api/tickets/" + number + "/survey", "{\"rating\": 5, \"comment\": \"Works now.\"}");
        assertThat(inPortal.status()).as(inPortal.toString()).isEqualTo(200);
        var latest = agent.get("/api/tickets/" + number + "/survey").json();
        assertThat(latest.getInt("rating")).isEqualTo(5);
        assertThat(latest.getString("comment")).isEqualTo("Works now.");
        assertThat(anonymous().get("/api/surveys/" + token).json().getInt("rating")).isEqualTo(5);
    }

    @Test
    void nobody_answers_for_the_requester_and_others_do_not_see_the_rating() throws Exception {
        var employee = signedIn("employee");
        var agent = signedIn("agent");
        var number = open(employee, "Keyboard missing keys");
        resolve(agent, number);

        assertProblem(agent.post("/api/tickets/" + number + "/survey", "{\"rating\": 5}"), 403);
        assertProblem(signedIn("employee2").post("/api/tickets/" + number + "/survey", "{\"rating\": 5}"), 404);
        assertProblem(signedIn("employee2").get("/api/tickets/" + number + "/survey"), 404);
        assertProblem(anonymous().get("/api/tickets/" + number + "/survey"), 401);
        assertProblem(anonymous().post("/api/tickets/" + number + "/survey", "{\"rating\": 5}"), 401);
        assertThat(isAbsent(agent.get("/api/tickets/" + number + "/survey").json(), "rating")).as("still unanswered").isTrue();

        var unresolved = open(employee, "Mouse is slow");
        assertProblem(employee.post("/api/tickets/" + unresolved + "/survey", "{\"rating\": 5}"), 404);
    }

    @Test
    void a_token_answers_only_its_own_ticket_and_unknown_or_malformed_tokens_find_nothing() throws Exception {
        var agent = signedIn("agent");
        var first = open(signedIn("employee"), "Printer jams");
        var second = open(signedIn("employee2"), "Scanner jams");
        resolve(agent, first);
        resolve(agent, second);
        var firstToken = tokenIn(text(resolutionMail(first)));
        var secondToken = tokenIn(text(resolutionMail(second)));
        assertThat(firstToken).isNotEqualTo(secondToken);

        assertThat(anonymous().post("/api/surveys/" + secondToken, "{\"rating\": 1}").json().getString("ticket")).isEqualTo(second);
        assertThat(isAbsent(agent.get("/api/tickets/" + first + "/survey").json(), "rating")).as("the other ticket untouched").isTrue();
        assertThat(agent.get("/api/tickets/" + second + "/survey").json().getInt("rating")).isEqualTo(1);

        var flipped = (firstToken.charAt(0) == 'A' ? 'B' : 'A') + firstToken.substring(1);
        for (var wrong : List.of(flipped, firstToken.substring(1), firstToken + "A", firstToken.toLowerCase(java.util.Locale.ROOT)
                .equals(firstToken) ? flipped : firstToken.toLowerCase(java.util.Locale.ROOT), "x", "%27%20or%201%3D1--",
                "..%2F..%2Fapi%2Fme", "A".repeat(43), "%00" + firstToken.substring(1))) {
            var found = anonymous().get("/api/surveys/" + wrong);
            assertThat(found.status()).as(wrong + ": " + found).isIn(400, 404);
            assertProblem(found, found.status());
            var answered = anonymous().post("/api/surveys/" + wrong, "{\"rating\": 5}");
            assertThat(answered.status()).as(wrong + ": " + answered).isIn(400, 404);
            assertProblem(answered, answered.status());
        }
        assertThat(isAbsent(agent.get("/api/tickets/" + first + "/survey").json(), "rating")).isTrue();
        assertThat(anonymous().send(anonymous().request("/api/surveys/" + firstToken).DELETE()).status()).isEqualTo(405);
    }

    @Test
    void hostile_answers_are_refused_naming_the_field_or_kept_as_plain_text() throws Exception {
        var agent = signedIn("agent");
        var number = open(signedIn("employee"), "Hostile survey");
        resolve(agent, number);
        var survey = "/api/surveys/" + tokenIn(text(resolutionMail(number)));

        for (var body : List.of("{\"rating\": \"x\"}", "{\"rating\": 0}", "{\"rating\": 6}", "{\"rating\": -1}", "{\"rating\": 1.5}",
                "{\"rating\": 99999999999999999999}", "{\"rating\": [5]}", "{\"comment\": \"no rating\"}", "{\"rating\": null}",
                "{\"rating\": true}")) {
            var refused = anonymous().post(survey, body);
            assertThat(refused.status()).as(body + ": " + refused).isIn(400, 422);
            assertProblem(refused, refused.status());
            assertThat(fields(refused)).as(body).containsExactly("rating");
        }
        var tooLong = anonymous().post(survey, "{\"rating\": 3, \"comment\": " + Json.str("x".repeat(20_000)) + "}");
        assertProblem(tooLong, 400);
        assertThat(fields(tooLong)).containsExactly("comment");
        for (var body : List.of("", "not json", "[]", "{\"rating\": 3", "null")) {
            var refused = anonymous().post(survey, body);
            assertThat(refused.status()).as(body + ": " + refused).isEqualTo(400);
            assertProblem(refused, 400);
        }
        assertThat(isAbsent(agent.get("/api/tickets/" + number + "/survey").json(), "rating")).as("nothing was taken").isTrue();

        var script = "<script>alert(1)</script><img src=x onerror=alert(2)> & \"quotes\"\nsecond line";
        var kept = anonymous().post(survey, "{\"rating\": 3, \"comment\": " + Json.str(script) + "}");
        assertThat(kept.status()).as(kept.toString()).isEqualTo(200);
        assertThat(kept.json().getString("comment")).isEqualTo(script);
        assertThat(agent.get("/api/tickets/" + number + "/survey").json().getString("comment")).isEqualTo(script);
        assertThat(kept.contentType()).startsWith("application/json");
        assertNothingInternal(kept);
    }

    private static String open(Api requester, String subject) {
        var created = requester.post("/api/tickets", "{\"subject\": " + Json.str(subject) + ", \"description\": \"It happens every day.\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getString("number");
    }

    private static void resolve(Api agent, String number) {
        var etag = agent.get("/api/tickets/" + number).header("ETag");
        var resolved = agent.patch("/api/tickets/" + number, "{\"status\": \"RESOLVED\", \"resolution\": \"Replaced it.\"}", etag);
        assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
    }

    private static List<String> fields(Api.Response problem) {
        var errors = problem.json().get("errors");
        return errors == null || errors.getValueType() != JsonValue.ValueType.ARRAY ? List.of()
                : errors.asJsonArray().getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList();
    }

    private static boolean isAbsent(JsonObject json, String member) {
        return !json.containsKey(member) || json.isNull(member);
    }

    private static String tokenIn(String text) {
        var link = LINK.matcher(text);
        assertThat(link.find()).as("a survey link in: " + text).isTrue();
        return link.group(1);
    }

    /** The resolution mail about the ticket (the one with a survey link), waiting for it a while. */
    private static MimeMessage resolutionMail(String number) throws InterruptedException {
        var deadline = Instant.now().plus(ARRIVAL);
        while (Instant.now().isBefore(deadline)) {
            var found = TestMailExtension.mail().received().stream()
                    .filter(m -> subject(m).startsWith("[" + number + "]") && text(m).contains("/survey/")).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The resolution mail about " + number + " did not arrive within " + ARRIVAL);
    }





}

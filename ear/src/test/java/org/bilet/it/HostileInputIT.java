package org.bilet.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bilet.it.ProblemAssert.assertProblem;
import static org.bilet.it.ProblemAssert.detailOf;

import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Requests a client should never send, each answered as a problem in the caller's terms: never a
 * 500, never HTML or an empty body, never a Java name, an exception's text or a parser position.
 */
class HostileInputIT extends ApiTestCase {

    Api agent;
    Api admin;
    String ticket;

    @BeforeEach
    void signIn() {
        agent = signedIn("agent");
        admin = signedIn("admin");
        var opened = agent.post("/api/tickets", "{\"subject\": \"Hostile input\", \"description\": \"d\", \"requester\": \"employee\"}");
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        ticket = "/api/tickets/" + opened.json().getString("number");
    }

    @Test
    void aJsonScalarIsNoBody() {
        for (var scalar : List.of("true", "123", "\"str\"", "null")) {
            for (var path : List.of("/api/tickets", ticket + "/messages", "/api/me/tokens")) {
                assertThat(detailOf(agent.post(path, scalar), 400)).as(path + " " + scalar).isEqualTo("The body must be a JSON object.");
            }
        }
    }

    @Test
    void aNullFlagIsAnAbsentOne() {
        var posted = agent.post(ticket + "/messages", "{\"body\": \"x\", \"internal\": null}");

        assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
        assertThat(posted.json().getBoolean("internal")).isFalse();
    }

    @Test
    void aPatchWithAGoodIfMatchAndABadBodyIsA400() {
        var bodies = List.of("", "{", "[", "[]", "null", "\"str\"", "{\"priority\":NaN}", "{\"priority\":\"HIGH\"\u0000}",
                "[".repeat(5000) + "]".repeat(5000), "{\"a\":".repeat(5000) + "1" + "}".repeat(5000), "{\"priority\":\"HIGH\"} x");
        for (var body : bodies) {
            var refused = agent.patch(ticket, body, etag());
            assertProblem(refused, 400);
        }
        assertThat(detailOf(agent.patch(ticket, "[".repeat(5000) + "]".repeat(5000), etag()), 400))
                .isEqualTo("The body nests objects and arrays more than 64 deep.");
        assertThat(detailOf(agent.patch(ticket, "{\"priority\":NaN}", etag()), 400)).isEqualTo("The body is not valid JSON.");
    }

    @Test
    void onlyUtf8IsRead() {
        for (var charset : List.of("bogus", "UTF-16", "ISO-8859-1")) {
            var refused = patch("{\"priority\": \"HIGH\"}".getBytes(StandardCharsets.UTF_8), "application/json; charset=" + charset, etag());
            assertThat(detailOf(refused, 415)).contains("UTF-8");
        }
        var utf16 = patch("{\"priority\": \"HIGH\"}".getBytes(StandardCharsets.UTF_16), "application/json", etag());
        assertThat(detailOf(utf16, 400)).isEqualTo("The body is not UTF-8 text.");
        assertThat(patch("{\"priority\": \"HIGH\"}".getBytes(StandardCharsets.UTF_8), "application/json; charset=UTF-8", etag()).status())
                .isEqualTo(200);
    }

    @Test
    void aMergePatchIsAcceptedLikeJson() {
        var patched = patch("{\"priority\": \"LOW\", \"tags\": [\"merge\"]}".getBytes(StandardCharsets.UTF_8),
                "application/merge-patch+json", etag());

        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        assertThat(patched.json().getString("priority")).isEqualTo("LOW");
    }

    @Test
    void aSnoozeBeyondTheYear9999IsRefused() {
        var refused = agent.patch(ticket, "{\"status\": \"ON_HOLD\", \"snoozeUntil\": \"+10000-01-01T00:00:00Z\"}", etag());

        assertThat(detailOf(refused, 400)).isEqualTo("snoozeUntil must be a time like 2026-12-24T08:00:00Z.");
    }

    @Test
    void aHolidayBeyondTheYear9999IsRefused() {
        var refused = admin.post("/api/admin/calendars", """
                {"key": "far-future", "name": "Far future", "zone": "Europe/Warsaw",
                 "hours": [{"day": "MONDAY", "opens": "08:00", "closes": "16:00"}],
                 "holidays": [{"day": "+10000-01-01", "name": "Far away"}]}""");

        assertThat(detailOf(refused, 400)).isEqualTo("'+10000-01-01' is not a date such as 2026-05-03.");
    }

    @Test
    void refusalsSayWhatIsWrongInTheCallersTerms() {
        assertThat(detailOf(agent.post("/api/tickets", "{\"subject\": \"s\", \"description\": \"d\", \"channel\": \"FAX\"}"), 400))
                .isEqualTo("channel must be one of WEB, EMAIL, PHONE, CHAT, API, SYSTEM, IMPORT.");
        assertThat(detailOf(agent.post("/api/me/tokens", "{\"name\": {}}"), 400)).isEqualTo("name must be a string.");
        assertThat(detailOf(agent.post("/api/tickets", "{\"subject\": \"s\", \"description\": "), 400))
                .isEqualTo("The body is not valid JSON.");
        assertThat(detailOf(admin.put("/api/admin/teams/none/routing", "{\"mode\": \"x\", \"assignmentTimeoutMinutes\": 1.5}"), 400))
                .isEqualTo("assignmentTimeoutMinutes must be a whole number.");
    }

    @Test
    void lenientParsingIsOver() {
        assertThat(detailOf(agent.post("/api/tickets", "{\"subject\": \"s\", \"description\": \"d\"} garbage"), 400))
                .isEqualTo("The body goes on after its JSON value; send one value only.");
        for (var notABoolean : List.of("\"true\"", "123")) {
            assertThat(detailOf(agent.post(ticket + "/messages", "{\"body\": \"x\", \"internal\": " + notABoolean + "}"), 400))
                    .isEqualTo("internal must be true or false.");
        }
        assertThat(detailOf(agent.post("/api/me/tokens", "{\"name\": 5}"), 400)).isEqualTo("name must be a string.");
        assertThat(detailOf(agent.post(ticket + "/messages", "{\"body\": \"x\", \"body\": \"y\"}"), 400))
                .isEqualTo("The body names 'body' twice in one object.");
        assertThat(agent.get(ticket + "/messages").array()).isEmpty();
    }

    @Test
    void ifMatchIsComparedStrongly() {
        var current = etag();
        var version = current.replace("\"", "");

        assertThat(detailOf(agent.patch(ticket, "{\"priority\": \"HIGH\"}", "W/" + current), 412)).contains("weak ETag");
        assertProblem(agent.patch(ticket, "{\"priority\": \"HIGH\"}", version), 400);
        assertThat(detailOf(agent.patch(ticket, "{\"priority\": \"HIGH\"}", "\"abc\""), 412)).contains("not an ETag of this ticket");
        var changed = agent.patch(ticket, "{\"priority\": \"HIGH\"}", current);
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        var stale = agent.patch(ticket, "{\"priority\": \"LOW\"}", current);
        assertThat(detailOf(stale, 412)).contains("changed by someone else");
        assertThat(stale.header("ETag")).isEqualTo(changed.header("ETag"));
    }

    @Test
    void aBrokenPercentEncodingInTheAddressIsAProblemAndAScreenSaysSoToo() throws IOException {
        // Sent over a socket: HTTP clients refuse to send such an address at all.
        for (var target : List.of("/api/tickets?q=%zz", "/api/tickets/BIL-%z1", "/api/search?q=100%")) {
            var answer = rawGet(target);
            assertThat(answer).as(target).startsWith("HTTP/1.0 400").containsIgnoringCase("Content-Type: application/problem+json")
                    .contains("\"status\":400", "is not followed by two hexadecimal digits").doesNotContain("Exception");
        }
        assertThat(rawGet("/kb/index.xhtml?q=%zz")).startsWith("HTTP/1.0 400").contains("is not followed by two hexadecimal digits");
        // Well-formed escapes are still decoded, in the API (RESTEasy) and in the screens (the servlet's parameters).
        assertThat(rawGet("/kb/index.xhtml?q=drukarka%20offline%C5%BC")).startsWith("HTTP/1.0 200").contains("drukarka offlineż");
    }

    private String rawGet(String target) throws IOException {
        try (var socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            // HTTP/1.0: the answer comes unchunked, so its text can be searched as it is.
            var request = "GET " + target + " HTTP/1.0\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nAccept: text/html\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyErrorUnderTheApiIsAProblem() {
        assertProblem(send(agent.request("/api/tickets/BIL-%ff").GET()), 400);
        assertProblem(send(agent.request("/api/tickets").header("Content-Type", "foo")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))), 400);
        assertProblem(send(agent.request("/api/tickets").header("Content-Type", "")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))), 400);
        assertProblem(send(agent.request("/api/tickets").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))), 415);
        assertProblem(admin.send(admin.request("/api/admin/rules/order").header("Content-Type", "*/*")
                .PUT(HttpRequest.BodyPublishers.ofString("[\"x\"]"))), 415);
        assertProblem(send(agent.request("/api/me").setHeader("Accept", "foo").GET()), 400);
        assertThat(detailOf(send(agent.request("/api/tickets").setHeader("Accept", "application/json;q=x")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))), 400)).contains("Accept");
        assertProblem(send(agent.request("/api/me").setHeader("Accept", "application/xml").GET()), 406);
        assertProblem(send(agent.request("/api/nothing-here").setHeader("Accept", "text/html").GET()), 404);
        var notAllowed = send(agent.request("/api/tickets").DELETE());
        assertProblem(notAllowed, 405);
        assertThat(notAllowed.header("Allow")).contains("GET", "POST");
    }

    private String etag() {
        return agent.get(ticket).header("ETag");
    }

    private Api.Response patch(byte[] body, String contentType, String ifMatch) {
        return send(agent.request(ticket).header("Content-Type", contentType).header("If-Match", ifMatch)
                .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private Api.Response send(HttpRequest.Builder request) {
        return agent.send(request);
    }
}

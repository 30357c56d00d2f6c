package org.bilet.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Generated hostile requests to every endpoint that writes ({@link HostileRequests}, seeded, so each
 * run sends the same ones), administration included: whatever is sent, the answer is never a 5xx,
 * every 4xx is a problem, and no answer names Java, the server's classes, an exception or a parser
 * position. Bodies for the administrators' endpoints keep one member invalid (or address a key that
 * does not exist, or send no If-Match), so that nothing they send changes how the server treats
 * other tests' tickets, users or catalog.
 */
class ApiFuzzIT extends ApiTestCase {

    private static final long SEED = 13L;
    /** Requests per endpoint. */
    private static final int ROUNDS = 200;
    /** Requests in flight at once in {@link #fuzzRefused}. */
    private static final int AT_ONCE = 4;

    Api agent;
    Api admin;
    String ticket;
    final List<String> failures = new CopyOnWriteArrayList<>();
    boolean wasAvailable;

    @BeforeEach
    void prepare() {
        agent = signedIn("agent");
        admin = signedIn("admin");
        var opened = agent.post("/api/tickets", """
                {"subject": "Generated input", "description": "d", "requester": "employee", "tags": ["fuzz"]}""");
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        ticket = "/api/tickets/" + opened.json().getString("number");
        wasAvailable = admin.get("/api/me/availability").json().getBoolean("available");
    }

    /** The administrator's availability as it was, whatever the generated requests made of it. */
    @AfterEach
    void restoreAvailability() {
        admin.put("/api/me/availability", "{\"available\": " + wasAvailable + "}");
    }

    @Test
    void openingTickets() {
        fuzz("POST", "/api/tickets", agent, """
                {"subject": "Generated", "description": "Generated input", "priority": "LOW", "category": "hardware.printer",
                 "tags": ["fuzz"], "channel": "PHONE", "customFields": {"affected-users": "3"}, "requester": "employee"}""", Set.of());
    }

    @Test
    void postingMessages() {
        fuzz("POST", ticket + "/messages", agent, "{\"body\": \"A note\", \"internal\": true}", Set.of());
    }

    @Test
    void patchingATicket() {
        var hostile = new HostileRequests(SEED ^ "PATCH".hashCode());
        var valid = json("""
                {"status": "OPEN", "priority": "HIGH", "tags": ["fuzz", "patched"], "category": null, "team": null,
                 "assignee": "agent", "snoozeUntil": null, "customFields": {"affected-users": "4"}}""");
        var etag = agent.get(ticket).header("ETag");
        for (int i = 0; i < ROUNDS; i++) {
            var request = agent.request(ticket).method("PATCH", HttpRequest.BodyPublishers.ofByteArray(hostile.body(valid, Set.of())));
            var ifMatch = hostile.ifMatch(etag);
            if (ifMatch != null) {
                request.header("If-Match", ifMatch);
            }
            var response = send(request, hostile, "PATCH " + ticket + " If-Match: " + ifMatch);
            if (response != null && response.header("ETag") != null) {
                etag = response.header("ETag");
            }
        }
        assertNoFailures();
    }

    @Test
    void loggingCallsAndChats() {
        fuzz("POST", ticket + "/events", agent, """
                {"type": "call", "direction": "inbound", "phone": "+48 22 555-01-73", "durationSeconds": 90, "missed": false,
                 "summary": "Generated", "internal": true, "occurredAt": "2026-01-02T03:04:05Z"}""", Set.of());
        fuzz("POST", ticket + "/events", agent, """
                {"type": "chat", "transcript": "Generated", "chatReference": "fuzz-1", "internal": true}""", Set.of());
        // An unknown number kept as it is: no generated call opens a ticket for anyone.
        fuzz("POST", "/api/calls", agent, """
                {"type": "call", "direction": "inbound", "phone": "+1 555 0100 999", "missed": true}""", Set.of("phone"));
    }

    @Test
    void administeringWebhooks() {
        var hook = """
                {"url": "ftp://example.com/never", "events": ["created", "message"], "secret": "generated-secret-of-length",
                 "active": false, "includeInternal": false}""";
        fuzz("POST", "/api/admin/webhooks", admin, hook, Set.of("url"));
        fuzz("PUT", "/api/admin/webhooks/999999999", admin, hook, Set.of());
    }

    @Test
    void issuingTokens() {
        fuzz("POST", "/api/me/tokens", agent, "{\"name\": \"generated\"}", Set.of());
    }

    @Test
    void transferringAndLoggingTime() {
        fuzz("POST", ticket + "/transfer", agent, "{\"team\": \"service-desk\", \"assignee\": null, \"reason\": \"Generated\", \"version\": 0}",
                Set.of());
        fuzz("POST", ticket + "/time-entries", agent, "{\"minutes\": 5, \"note\": \"Generated\"}", Set.of());
    }

    @Test
    void settingAvailability() {
        fuzz("PUT", "/api/me/availability", admin, "{\"available\": true}", Set.of());
    }

    @Test
    void administeringCalendarsAndPolicies() {
        var calendar = """
                {"key": "generated", "name": "Generated", "zone": "Mars/Olympus",
                 "hours": [{"day": "MONDAY", "opens": "08:00", "closes": "16:00"}, {"day": "TUESDAY", "opens": "08:00", "closes": "16:00"}],
                 "holidays": [{"day": "2026-05-03", "name": "Holiday"}]}""";
        fuzz("POST", "/api/admin/calendars", admin, calendar, Set.of("zone"));
        fuzz("PUT", "/api/admin/calendars/generated-none", admin, calendar, Set.of());
        var policy = """
                {"key": "generated", "name": "Generated", "position": 1, "fallback": false, "calendar": "no-such-calendar",
                 "priority": "HIGH", "category": "hardware.printer", "team": "service-desk", "organization": "IT", "channel": "API",
                 "firstResponseMinutes": 60, "nextResponseMinutes": 120, "resolutionMinutes": 480, "warningPercent": 80,
                 "autoCloseDays": 5}""";
        fuzz("POST", "/api/admin/sla-policies", admin, policy, Set.of("calendar"));
        fuzz("PUT", "/api/admin/sla-policies/generated-none", admin, policy, Set.of());
    }

    @Test
    void administeringRulesAndRouting() {
        var rule = """
                {"key": "generated", "name": "Generated", "active": false, "position": 1,
                 "trigger": {"type": "NEVER", "hours": 2, "status": "OPEN"},
                 "conditions": [{"field": "subject", "operator": "contains", "value": "printer"}],
                 "actions": [{"type": "setPriority", "value": "HIGH", "field": null}], "stopProcessing": false}""";
        fuzz("POST", "/api/admin/rules", admin, rule, Set.of("trigger"));
        fuzz("PUT", "/api/admin/rules/generated-none", admin, rule, Set.of());
        var dryRun = rule.replace("\"NEVER\"", "\"UPDATED\"");
        fuzz("POST", "/api/admin/rules/test?ticket=" + ticket.substring(ticket.lastIndexOf('/') + 1), admin, dryRun, Set.of());
        fuzz("PUT", "/api/admin/rules/order", admin, "[\"no-such-rule\", \"another-missing-rule\"]", Set.of());
        fuzz("PUT", "/api/admin/teams/generated-none/routing", admin, """
                {"mode": "ROUND_ROBIN", "assignmentTimeoutMinutes": 30,
                 "skills": [{"agent": "agent", "categories": ["hardware.printer"], "languages": ["pl", "en"]}]}""", Set.of());
    }

    @Test
    void writingKnowledgeBaseArticles() {
        var editor = signedIn("editor");
        var category = editor.get("/api/kb/categories").array().getJsonObject(0).getJsonNumber("id");
        var created = editor.post("/api/kb/articles", "{\"category\": " + category + ", \"visibility\": \"STAFF\","
                + " \"language\": \"en\", \"title\": \"Generated input\", \"body\": \"<p>Generated</p>\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var article = "/api/kb/articles/" + created.json().getJsonNumber("id");
        // One member stays invalid (a language Bilet does not write, a missing parent or version), so nothing is created.
        fuzz("POST", "/api/kb/articles", editor, "{\"category\": " + category + ", \"visibility\": \"STAFF\", \"language\": \"xx\","
                + " \"title\": \"Generated\", \"body\": \"<p>Generated</p>\", \"changeNote\": \"n\", \"tags\": [\"fuzz\"]}",
                Set.of("language"));
        fuzz("POST", article + "/versions", editor, "{\"language\": \"xx\", \"title\": \"t\", \"body\": \"b\", \"changeNote\": \"n\"}",
                Set.of("language"));
        fuzz("PUT", article + "/versions/1", editor, "{\"title\": \"Generated input\", \"body\": \"<p>Generated</p>\"}", Set.of());
        fuzz("PUT", article + "/translations/xx", editor, "{\"title\": \"t\", \"body\": \"b\"}", Set.of());
        fuzz("POST", article + "/publish", editor, "{\"language\": \"en\", \"version\": 999}", Set.of("version"));
        fuzz("POST", article + "/feedback", agent, "{\"helpful\": true, \"comment\": \"c\", \"language\": \"xx\"}", Set.of("language"));
        fuzz("POST", article + "/tickets", editor, "{\"tickets\": [\"BIL-999999999\"]}", Set.of("tickets"));
        fuzz("PATCH", article, editor, "{\"visibility\": \"STAFF\", \"tags\": [\"fuzz\"], \"related\": [], \"category\": 999999999}",
                Set.of("category"));
        fuzz("POST", "/api/kb/categories", editor, "{\"name\": \"Generated\", \"parent\": 999999999, \"position\": 1}", Set.of("parent"));
        fuzz("PUT", "/api/admin/kb/settings", editor, "{\"editorsPublish\": false, \"selfApproval\": false}", Set.of());
        var hostile = new HostileRequests(SEED ^ "kb".hashCode());
        for (int i = 0; i < ROUNDS; i++) {
            var segment = hostile.segment();
            var path = hostile.pick(List.of(article + "/versions/" + segment + "/submit", article + "/versions/" + segment + "/approve",
                    article + "/versions/" + segment + "/send-back?note=" + segment, "/api/kb/articles/" + segment + "/deflections",
                    "/api/kb/articles/" + segment + "?lang=" + segment, "/api/kb/categories/" + segment,
                    "/api/kb/articles?q=" + segment + "&state=" + segment + "&size=" + segment));
            var method = hostile.pick(List.of("POST", "POST", "GET", "PUT", "PATCH", "HEAD", "OPTIONS"));
            var body = hostile.chance(50) ? HttpRequest.BodyPublishers.ofByteArray(hostile.body(json("{\"a\": 1}"), Set.of()))
                    : HttpRequest.BodyPublishers.noBody();
            send(withHeaders(editor.request(path).method(method, body), hostile), hostile, method + " " + path);
        }
        assertNoFailures();
    }

    @Test
    void administeringUsersAndOrganizations() {
        fuzz("POST", "/api/admin/users", admin, """
                {"username": "generated", "firstName": "Gen", "lastName": "Erated", "email": "generated@example.com",
                 "roles": ["AGENT"], "organizationId": 1, "language": "pl", "timeZone": "Mars/Olympus", "password": "generated-secret"}""",
                Set.of("timeZone"));
        var hostile = new HostileRequests(SEED ^ "PATCH user".hashCode());
        var valid = json("""
                {"firstName": "Gen", "lastName": "Erated", "email": "generated@example.com", "roles": ["AGENT"], "organizationId": null,
                 "language": "pl", "timeZone": "Mars/Olympus", "active": false}""");
        var user = "/api/admin/users/employee2";
        var etag = admin.get(user).header("ETag");
        for (int i = 0; i < ROUNDS; i++) {
            var request = admin.request(user).method("PATCH", HttpRequest.BodyPublishers.ofByteArray(hostile.body(valid, Set.of("timeZone"))));
            var ifMatch = hostile.ifMatch(etag);
            if (ifMatch != null) {
                request.header("If-Match", ifMatch);
            }
            send(withHeaders(request, hostile), hostile, "PATCH " + user + " If-Match: " + ifMatch);
        }
        assertNoFailures();
        assertThat(admin.get(user).header("ETag")).as("every change refused").isEqualTo(etag);
        fuzz("POST", "/api/admin/users/generated-none/password", admin, "{\"password\": \"generated-secret\"}", Set.of());
        fuzz("POST", "/api/admin/organizations", admin, "{\"name\": \"Generated\", \"parentId\": 999999999999}", Set.of("parentId"));
        fuzz("PUT", "/api/admin/organizations/999999999999", admin, "{\"name\": \"Generated\", \"parentId\": null}", Set.of());
    }

    @Test
    void administeringTeamsAndTheCatalog() {
        fuzzRefused("POST", "/api/admin/teams", admin, "{\"key\": \"generated\", \"name\": \"Generated\", \"email\": \"not-an-address\"}",
                Set.of("email"));
        fuzzRefused("PUT", "/api/admin/teams/generated-none", admin, "{\"name\": \"Generated\", \"email\": null}", Set.of());
        fuzzRefused("PUT", "/api/admin/teams/generated-none/members", admin, "[\"agent\", \"agent2\"]", Set.of());
        fuzzRefused("POST", "/api/admin/teams/generated-none/members", admin, "{\"username\": \"agent\"}", Set.of());
        fuzzRefused("POST", "/api/admin/categories", admin, """
                {"key": "generated", "name": "Generated", "parent": "hardware", "team": "no-such-team", "fields": ["affected-users"]}""",
                Set.of("team"));
        fuzzRefused("PUT", "/api/admin/categories/generated-none", admin, """
                {"name": "Generated", "parent": null, "team": null, "fields": []}""", Set.of());
        fuzzRefused("POST", "/api/admin/priorities", admin, """
                {"code": "bad code", "name": "Generated", "rank": 77, "resolutionHours": 8, "isDefault": false}""", Set.of("code"));
        fuzzRefused("PUT", "/api/admin/priorities/GENERATED_NONE", admin, """
                {"name": "Generated", "rank": 77, "resolutionHours": 8, "isDefault": false}""", Set.of());
        fuzzRefused("POST", "/api/admin/custom-fields", admin, """
                {"key": "generated", "label": "Generated", "type": "COLOUR", "choices": ["a", "b"], "required": false, "active": true}""",
                Set.of("type"));
        fuzzRefused("PUT", "/api/admin/custom-fields/generated-none", admin, """
                {"label": "Generated", "type": "TEXT", "choices": [], "required": false, "active": false}""", Set.of());
        fuzzRefused("POST", "/api/admin/canned-responses", admin, "{\"title\": \"Generated\", \"body\": \"Hi {no.such.placeholder}\"}",
                Set.of("body"));
        fuzzRefused("PUT", "/api/admin/canned-responses/999999999999", admin, "{\"title\": \"Generated\", \"body\": \"Hi\", \"active\": false}",
                Set.of());
    }

    @Test
    void uploadingFiles() {
        var hostile = new HostileRequests(SEED ^ "attachments".hashCode());
        for (int i = 0; i < ROUNDS; i++) {
            var name = hostile.pick(List.of("a.txt", "", "..\\..\\boot.ini", "../../etc/passwd", "%E2%80%AEgnp.exe", "x".repeat(300),
                    "a\"b.txt", "%ff.txt", "nul", "report.pdf"));
            var query = hostile.chance(30) ? "?message=" + hostile.pick(List.of("abc", "-1", "99999999999999999999", "1.5", ""))
                    : hostile.chance(30) ? "?fileName=" + hostile.pick(List.of("%ff", "a%00b", "ok.txt", "")) : "";
            var request = agent.request(ticket + "/attachments" + query)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(hostile.body(json("{\"a\": 1}"), Set.of())));
            if (hostile.chance(80)) {
                request.header("Content-Disposition", hostile.pick(List.of("attachment; filename=\"" + name + "\"",
                        "attachment; filename=" + name, "attachment; filename*=UTF-8''%ff", "attachment", "form-data; name=")));
            }
            send(withHeaders(request, hostile), hostile, "POST " + ticket + "/attachments" + query + " " + name);
        }
        assertNoFailures();
    }

    /** A preview changes nothing, so every member may be generated. */
    @Test
    void previewingMailTemplates() {
        fuzz("POST", "/api/admin/mail-templates/REPLIED/pl/preview", admin, """
                {"subject": "[{{number}}] {{subject}}", "body": "Cześć {{name}},\\n\\n{{content}}\\n\\n{{link}}"}""", Set.of());
    }

    @Test
    void postingWithoutBodiesAndOddAddresses() {
        var hostile = new HostileRequests(SEED ^ "addresses".hashCode());
        for (int i = 0; i < ROUNDS; i++) {
            var segment = hostile.segment();
            var path = hostile.pick(List.of("/api/me/notifications/" + segment + "/read", "/api/me/notifications/read-all",
                    "/api/admin/mail/outbox/" + segment + "/retry", "/api/admin/sla/watch", "/api/admin/rules/" + segment + "/test?ticket=" + segment,
                    "/api/tickets/" + segment + "/messages", "/api/tickets/" + segment, "/api/me/tokens/" + segment,
                    "/api/tickets?status=" + segment + "&size=" + segment, "/api/admin/mail/outbox?state=" + segment,
                    "/api/admin/users/" + segment, "/api/admin/users?active=" + segment + "&role=" + segment + "&organization=" + segment,
                    "/api/admin/organizations/" + segment, "/api/admin/teams/" + segment + "/members/" + segment,
                    "/api/admin/categories/" + segment, "/api/admin/priorities/" + segment, "/api/admin/audit?kind=" + segment));
            var method = hostile.pick(List.of("POST", "POST", "GET", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"));
            if (method.equals("DELETE") && path.startsWith("/api/me/tokens/") && segment.matches("\\d{1,9}")) {
                continue; // a real token of the caller's could be revoked
            }
            var body = hostile.chance(50) ? HttpRequest.BodyPublishers.ofByteArray(hostile.body(json("{\"a\": 1}"), Set.of()))
                    : HttpRequest.BodyPublishers.noBody();
            send(withHeaders(admin.request(path).method(method, body), hostile), hostile, method + " " + path);
        }
        assertNoFailures();
    }

    private void fuzz(String method, String path, Api api, String validBody, Set<String> fixed) {
        var hostile = new HostileRequests(SEED ^ (method + path).hashCode());
        var valid = json(validBody);
        for (int i = 0; i < ROUNDS; i++) {
            var body = hostile.body(valid, fixed);
            var request = api.request(path).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
            send(withHeaders(request, hostile), hostile, method + " " + path + " " + preview(body));
        }
        assertNoFailures();
    }

    /**
     * The same requests as {@link #fuzz} sends, generated in the same order, sent {@value #AT_ONCE} at a
     * time: only for endpoints that refuse every one of them (a member kept invalid, a key that does
     * not exist), where the order they arrive in cannot matter. The server answers some while the test
     * reads the others' answers, instead of one side waiting for the other.
     */
    private void fuzzRefused(String method, String path, Api api, String validBody, Set<String> fixed) {
        var hostile = new HostileRequests(SEED ^ (method + path).hashCode());
        var valid = json(validBody);
        var senders = Executors.newFixedThreadPool(AT_ONCE);
        try {
            var sent = new ArrayList<Future<?>>();
            for (int i = 0; i < ROUNDS; i++) {
                var body = hostile.body(valid, fixed);
                var request = withHeaders(api.request(path).method(method, HttpRequest.BodyPublishers.ofByteArray(body)), hostile);
                var what = method + " " + path + " " + preview(body);
                sent.add(senders.submit(() -> send(request, hostile, what)));
            }
            for (var each : sent) {
                each.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (ExecutionException e) {
            throw new AssertionError(e.getCause());
        } finally {
            senders.shutdownNow();
        }
        assertNoFailures();
    }

    private HttpRequest.Builder withHeaders(HttpRequest.Builder request, HostileRequests hostile) {
        var contentType = hostile.contentType();
        request.setHeader("Content-Type", contentType);
        var accept = hostile.accept();
        if (accept != null) {
            request.setHeader("Accept", accept);
        }
        return request;
    }

    /** Sends the request and records what is wrong with the answer; null when it failed to arrive at all. */
    private Api.Response send(HttpRequest.Builder request, HostileRequests hostile, String what) {
        var built = request.build();
        var described = what + " [Content-Type: " + built.headers().firstValue("Content-Type").orElse("-")
                + ", Accept: " + built.headers().firstValue("Accept").orElse("-") + "]";
        Api.Response response;
        try {
            response = agent.send(request);
        } catch (RuntimeException e) {
            failures.add(described + " → no answer: " + e);
            return null;
        }
        var status = response.status();
        var body = response.body();
        if (status >= 500) {
            failures.add(described + " → " + status + " " + preview(body));
        } else if (status >= 400 && !built.method().equals("HEAD") && !isProblem(response)) {
            failures.add(described + " → " + status + " not a problem: " + response.contentType() + " " + preview(body));
        } else if (ProblemAssert.INTERNALS.matcher(body).find()) {
            failures.add(described + " → " + status + " names internals: " + preview(body));
        }
        return response;
    }

    private static boolean isProblem(Api.Response response) {
        if (response.contentType() == null || !response.contentType().startsWith("application/problem+json")) {
            return false;
        }
        try {
            var problem = response.json();
            return problem.containsKey("type") && problem.containsKey("title") && problem.getInt("status") == response.status()
                    && !problem.getString("detail").isBlank();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private void assertNoFailures() {
        assertThat(failures).as(failures.size() + " bad answers, the first: " + failures.stream().limit(10).toList()).isEmpty();
    }

    private static String preview(byte[] body) {
        return preview(new String(body, StandardCharsets.UTF_8));
    }

    private static String preview(String text) {
        var shown = text.length() > 160 ? text.substring(0, 160) + "…(" + text.length() + ")" : text;
        return shown.replace("\u0000", "\\0").replace("\n", "\\n");
    }

    private static JsonStructure json(String text) {
        try (var reader = jakarta.json.Json.createReader(new StringReader(text))) {
            return reader.read();
        }
    }
}

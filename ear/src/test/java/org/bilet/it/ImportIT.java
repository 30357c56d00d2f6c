package org.bilet.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.bilet.it.ProblemAssert.assertProblem;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Imports from other help desks' CSV exports, through the API as a script calls it: a dry run
 * reports every bad row and writes nothing; users, then tickets with their messages, keep their
 * times and authors; a second run imports nothing twice; only administrators import; hostile files
 * are refused with problems. Every name and address carries a tag of its own, so the test runs
 * again on a shared database.
 */
class ImportIT extends ApiTestCase {

    Api admin;
    String tag;
    String agentEmail;

    @BeforeEach
    void signIn() {
        admin = signedIn("admin");
        tag = Json.uniqueTag();
        agentEmail = admin.get("/api/admin/users/agent").json().getString("email");
    }

    @Test
    void a_dry_run_reports_every_bad_row_and_writes_nothing() {
        var users = """
                Name,EmailAddress,RealName,Organization,Disabled
                %1$s-ok,%1$s-ok@example.com,Zofia Wiśniewska,,0
                %1$s-bad-mail,not-an-address,Jonas Petraitis,,0
                %1$s-bad-flag,%1$s-flag@example.com,Anna Bianchi,,maybe
                %1$s-no-org,%1$s-org@example.com,Іван Франко,No Such Org %1$s,0
                """.formatted(tag);
        var job = finished(start("rt", "users", true, Map.of("users", csv(users))));

        assertThat(job.getString("state")).isEqualTo("DONE");
        assertThat(job.getInt("total")).isEqualTo(4);
        assertThat(job.getInt("bad")).isEqualTo(3);
        assertThat(job.getInt("imported")).as("would be imported").isEqualTo(1);
        assertThat(job.getJsonArray("badRows").getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("file"), r -> r.getInt("line"), r -> r.getString("column"))
                .containsExactlyInAnyOrder(tuple("users.csv", 3, "EmailAddress"), tuple("users.csv", 4, "Disabled"),
                        tuple("users.csv", 5, "Organization"));
        assertThat(admin.get("/api/admin/users?q=" + tag).json().getInt("total")).as("nothing written").isZero();

        var tickets = """
                id,Subject,Status,Priority,Queue,Requestors,Owner,Created,LastUpdated,Resolved
                %1$s-1,Printer,open,50,,%1$s-r@example.com,Nobody,2023-05-02 08:00:00,,
                %1$s-2,Deleted,deleted,50,,%1$s-r@example.com,Nobody,2023-05-02 08:00:00,,
                %1$s-3,Queue,open,50,No Queue %1$s,%1$s-r@example.com,Nobody,2023-05-02 08:00:00,,
                """.formatted(tag);
        var messages = """
                Ticket,Transaction,Created,CreatorEmail,Content,Type
                %1$s-1,1,2023-05-02 08:00:00,%1$s-r@example.com,It does not print.,Create
                %1$s-1,2,2023-05-02 09:00:00,%1$s-stranger@example.com,Who am I?,Correspond
                %1$s-9,3,2023-05-02 09:00:00,%1$s-r@example.com,Lost,Correspond
                """.formatted(tag);
        var ticketsJob = finished(start("rt", "tickets", true,
                Map.of("tickets", csv(tickets), "messages", csv(messages))));

        assertThat(ticketsJob.getString("state")).isEqualTo("DONE");
        assertThat(ticketsJob.getJsonArray("badRows").getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("file"), r -> r.getInt("line"))
                .containsExactlyInAnyOrder(tuple("tickets.csv", 2), tuple("tickets.csv", 3), tuple("tickets.csv", 4),
                        tuple("messages.csv", 2), tuple("messages.csv", 3), tuple("messages.csv", 4));
        assertThat(ticketsJob.getInt("bad")).isEqualTo(6);
        assertThat(admin.get("/api/admin/users?q=" + tag).json().getInt("total")).as("no requester created").isZero();
    }

    @Test
    void users_then_tickets_with_messages_keep_their_times_and_a_rerun_imports_nothing_twice() {
        var users = """
                id,login,firstname,lastname,email,organization,active
                1,%1$s-ona,Ona,Jonaitė,%1$s-ona@example.lt,,true
                2,%1$s-olena,Олена,Коваль,%1$s-olena@example.ua,,false
                """.formatted(tag);
        var usersJob = finished(start("zammad", "users", false, Map.of("users", csv(users))));
        assertThat(usersJob.getInt("imported")).as(usersJob.toString()).isEqualTo(2);
        var ona = admin.get("/api/admin/users/" + tag + "-ona");
        assertThat(ona.status()).as(ona.toString()).isEqualTo(200);
        assertThat(ona.json().getString("lastName")).isEqualTo("Jonaitė");
        assertThat(ona.json().getJsonArray("roles").getString(0)).isEqualTo("REQUESTER");

        var tickets = """
                number,title,state,priority,group,customer,owner,created at,updated at,close at
                %1$s-100,Kompiuteris neįsijungia,closed,3 high,,%1$s-ona@example.lt,,2023-03-01T08:00:00Z,2023-03-02T10:00:00Z,2023-03-02T10:00:00Z
                %1$s-101,Принтер,open,1 low,,%1$s-new@example.ua,%2$s,2023-04-01T08:00:00Z,,
                %1$s-102,Відпустка,closed,,,%1$s-olena@example.ua,,2022-12-01T08:00:00Z,2022-12-05T08:00:00Z,
                """.formatted(tag, agentEmail);
        var articles = """
                ticket number,id,created at,from,body,internal
                %1$s-100,1,2023-03-01T08:00:00Z,%1$s-ona@example.lt,"Laba diena,
                kompiuteris neįsijungia.",false
                %1$s-100,2,2023-03-01T09:30:00Z,%2$s,"<p>Please hold the <b>power</b> button.</p><script>alert(1)</script>",false
                %1$s-100,3,2023-03-01T09:40:00Z,%2$s,Checked the warranty.,true
                %1$s-101,4,2023-04-01T08:00:00Z,%1$s-new@example.ua,Не печатает,false
                """.formatted(tag, agentEmail);
        var files = Map.of("tickets", csv(tickets), "messages", csv(articles));
        var ticketsJob = finished(start("zammad", "tickets", false, files));
        assertThat(ticketsJob.getInt("bad")).as(ticketsJob.toString()).isZero();
        assertThat(ticketsJob.getInt("imported")).isEqualTo(7);

        var closed = onlyTicketOf(tag + "-ona");
        assertThat(closed.getString("subject")).isEqualTo("Kompiuteris neįsijungia");
        assertThat(closed.getString("status")).isEqualTo("CLOSED");
        assertThat(closed.getString("priority")).isEqualTo("HIGH");
        assertThat(closed.getString("channel")).isEqualTo("IMPORT");
        assertThat(Instant.parse(closed.getString("createdAt"))).isEqualTo(Instant.parse("2023-03-01T08:00:00Z"));
        assertThat(Instant.parse(closed.getString("closedAt"))).isEqualTo(Instant.parse("2023-03-02T10:00:00Z"));
        assertThat(closed.getString("description")).isEqualTo("Laba diena,\nkompiuteris neįsijungia.");
        var messages = admin.get("/api/tickets/" + closed.getString("number") + "/messages").array().getValuesAs(JsonObject.class);
        assertThat(messages).extracting(m -> Instant.parse(m.getString("createdAt")), m -> m.getJsonObject("author").getString("username"),
                        m -> m.getBoolean("internal"))
                .contains(tuple(Instant.parse("2023-03-01T09:30:00Z"), "agent", false),
                        tuple(Instant.parse("2023-03-01T09:40:00Z"), "agent", true));
        var reply = messages.stream().filter(m -> m.getString("body").contains("power")).findFirst().orElseThrow();
        assertThat(reply.getString("body")).contains("<b>power</b>").doesNotContain("script");

        var open = onlyTicketOf(tag + "-new@example.ua");
        assertThat(open.getString("status")).isEqualTo("OPEN");
        assertThat(open.getJsonObject("assignee").getString("username")).isEqualTo("agent");
        assertThat(open.getJsonObject("requester").getString("name")).contains(tag + "-new");

        var ofSomeoneWhoLeft = onlyTicketOf(tag + "-olena");
        assertThat(ofSomeoneWhoLeft.getString("status")).as("deactivated in the users file, their ticket still comes in").isEqualTo("CLOSED");
        assertThat(ofSomeoneWhoLeft.getString("description")).isEqualTo("Відпустка");
        assertThat(Instant.parse(ofSomeoneWhoLeft.getString("closedAt"))).isEqualTo(Instant.parse("2022-12-05T08:00:00Z"));

        var again = finished(start("zammad", "tickets", false, files));
        assertThat(again.getInt("imported")).as(again.toString()).isZero();
        assertThat(again.getInt("skipped")).isEqualTo(7);
        var usersAgain = finished(start("zammad", "users", false, Map.of("users", csv(users))));
        assertThat(usersAgain.getInt("imported")).isZero();
        assertThat(usersAgain.getInt("skipped")).isEqualTo(2);
        assertThat(admin.get("/api/tickets?requester=" + tag + "-ona").json().getInt("total")).isEqualTo(1);
        assertThat(admin.get("/api/tickets/" + closed.getString("number") + "/messages").array()).hasSameSizeAs(messages);

        var audit = admin.get("/api/admin/audit?kind=IMPORT_FINISHED&actor=admin&size=200");
        assertThat(audit.status()).as(audit.toString()).isEqualTo(200);
        assertThat(audit.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .filteredOn(e -> e.getString("subject").equals("import " + ticketsJob.getInt("id")))
                .singleElement().satisfies(e -> assertThat(e.getString("summary")).contains("Zammad").contains("imported"));

        var listed = admin.get("/api/admin/imports");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.array().getValuesAs(JsonObject.class)).extracting(j -> j.getInt("id"))
                .contains(ticketsJob.getInt("id"), again.getInt("id"));
    }

    @Test
    void only_administrators_import() {
        var employee = signedIn("employee");
        var refused = employee.send(multipart(employee, "/api/admin/imports?source=rt&kind=users",
                Map.of("users", csv("Name,EmailAddress\nx,x@example.com\n"))));
        assertProblem(refused, 403);
        assertProblem(employee.get("/api/admin/imports"), 403);
        assertProblem(signedIn("agent").get("/api/admin/imports"), 403);
    }

    @Test
    void hostile_files_and_parameters_are_refused_with_problems() {
        var users = csv("Name,EmailAddress\nx,x@example.com\n");
        assertThat(detail(start("jira", "users", true, Map.of("users", users)), 400)).contains("rt, osticket, zammad");
        assertThat(detail(start("rt", "groups", true, Map.of("users", users)), 400)).contains("users or tickets");
        assertThat(detail(start("rt", "users", true, Map.of("users", csv("Name,RealName\nx,X\n"))), 400))
                .contains("'EmailAddress'", "users.csv");
        assertThat(detail(start("rt", "users", true, Map.of("users", csv(""))), 400)).contains("empty");
        var png = new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThat(detail(start("rt", "users", true, Map.of("users", png)), 400)).contains("image.csv");
        var longLine = ("Name,EmailAddress\nx," + "a".repeat(10 * 1024 * 1024) + "@example.com\n").getBytes(StandardCharsets.UTF_8);
        assertThat(detail(start("rt", "users", true, Map.of("users", longLine)), 400)).contains("Line 2");
        var body = admin.send(admin.request("/api/admin/imports?source=rt&kind=users&dryRun=true&fileName=b.csv")
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofByteArray(png)));
        assertProblem(body, 400);
        assertProblem(admin.get("/api/admin/imports/abc"), 400);
        assertProblem(admin.get("/api/admin/imports/999999999"), 404);

        var formulas = """
                Name,EmailAddress,RealName
                %1$s-f,%1$s-f@example.com,"=HYPERLINK(""http://evil.example"",""x"")"
                %1$s-s,%1$s-s@example.com,<script>alert(1)</script> <img src=x onerror=alert(2)>
                """.formatted(tag);
        var job = finished(start("rt", "users", true, Map.of("users", csv(formulas))));
        assertThat(job.getInt("bad")).as(job.toString()).isZero();
        assertThat(job.getInt("imported")).isEqualTo(2);
    }

    // ---- helpers

    private JsonObject onlyTicketOf(String requester) {
        var page = admin.get("/api/tickets?requester=" + requester);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.json().getInt("total")).as(page.toString()).isEqualTo(1);
        var number = page.json().getJsonArray("items").getJsonObject(0).getString("number");
        return admin.get("/api/tickets/" + number).json();
    }

    private String detail(Api.Response response, int status) {
        assertProblem(response, status);
        return response.json().getString("detail");
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private Api.Response start(String source, String kind, boolean dryRun, Map<String, byte[]> files) {
        return admin.send(multipart(admin, "/api/admin/imports?source=" + source + "&kind=" + kind + "&dryRun=" + dryRun, files));
    }

    private JsonObject finished(Api.Response started) {
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        var location = started.header("Location");
        assertThat(location).contains("/api/admin/imports/");
        var deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            var job = admin.get(location);
            assertThat(job.status()).as(job.toString()).isEqualTo(200);
            var state = job.json().getString("state");
            if (state.equals("DONE") || state.equals("FAILED")) {
                assertThat(state).as(job.toString()).isEqualTo("DONE");
                return job.json();
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("The import did not finish: " + admin.get(location));
    }

    /** A multipart form with one file part per entry, named for what it holds. */
    private static HttpRequest.Builder multipart(Api api, String path, Map<String, byte[]> files) {
        var boundary = "----bilet-" + Json.uniqueTag();
        var body = new ByteArrayOutputStream();
        for (var part : List.copyOf(files.entrySet())) {
            var fileName = part.getValue().length > 0 && part.getValue()[0] == (byte) 0x89 ? "image.csv"
                    : part.getKey() + ".csv";
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.getKey()
                    + "\"; filename=\"" + fileName + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(part.getValue());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }
}

package org.bilet.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bilet.it.MailParts.subject;
import static org.bilet.it.MailParts.text;
import static org.bilet.it.ProblemAssert.assertProblem;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bilet.server.TestMailExtension;
import org.junit.jupiter.api.Test;

/**
 * Conversations across tickets through the API: merge, split, links, watchers and @mentions, with
 * hostile input and the requester's side (other requesters' tickets, internal notes) checked on each.
 * Demo people: employee, a.zielinska and r.kazlauskiene are colleagues in Finance; employee2 is in
 * the Warehouse; agent and agent2 are staff.
 */
class ConversationsIT extends ApiTestCase {

    private static final Duration ARRIVAL = Duration.ofSeconds(20);
    private static final List<String> CONVERSATION_KINDS = List.of("MENTIONED", "WATCHED_REPLY", "WATCHED_NOTE", "WATCHED_STATUS");

    private String open(Api api, String subject, String description) {
        var created = api.post("/api/tickets", "{\"subject\": " + Json.str(subject) + ", \"description\": " + Json.str(description) + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getString("number");
    }

    private static long post(Api api, String number, String body, boolean internal) {
        var posted = api.post("/api/tickets/" + number + "/messages", "{\"body\": " + Json.str(body) + ", \"internal\": " + internal + "}");
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        return posted.json().getJsonNumber("id").longValue();
    }

    private static List<String> fieldsOf(Api.Response problem) {
        return problem.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")).toList();
    }

    private static List<String> historyFields(Api api, String number) {
        return api.get("/api/tickets/" + number + "/history").array().stream()
                .map(v -> v.asJsonObject().getString("field", "")).toList();
    }

    // ---- merge

    @Test
    void merging_moves_the_conversation_closes_the_source_and_tells_its_requester() throws Exception {
        var employee = signedIn("employee");
        var warehouse = signedIn("employee2");
        var agent = signedIn("agent");
        var tag = Json.uniqueTag();
        var source = open(employee, "VPN drops " + tag, "The VPN drops every hour.");
        var target = open(warehouse, "VPN unstable " + tag, "The VPN is unstable for everyone.");
        var word = "zebu" + tag.substring(3).replace("-", "");
        var early = post(employee, source, "It dropped at nine again " + word, false);
        var note = post(agent, source, "Concentrator logs show resets " + tag, true);
        var file = agent.upload("/api/tickets/" + source + "/attachments?message=" + early,
                "log".getBytes(StandardCharsets.UTF_8), "text/plain", "vpn-" + tag + ".log");
        assertThat(file.status()).as(file.body()).isEqualTo(201);
        var later = post(warehouse, target, "Mine dropped too " + tag, false);
        var version = agent.get("/api/tickets/" + source).json().getJsonNumber("version").longValue();

        var merged = agent.post("/api/tickets/" + source + "/merge", "{\"into\": \"" + target.toLowerCase() + "\", \"version\": " + version + "}");

        assertThat(merged.status()).as(merged.body()).isEqualTo(200);
        assertThat(merged.json().getString("number")).isEqualTo(target);
        var closed = agent.get("/api/tickets/" + source).json();
        assertThat(closed.getString("status")).isEqualTo("CLOSED");
        assertThat(closed.getString("mergedInto")).isEqualTo(target);
        assertThat(closed.getString("resolution")).contains(target);
        assertThat(agent.get("/api/tickets/" + source + "/messages").array()).as("the source keeps no message").isEmpty();
        var moved = agent.get("/api/tickets/" + target + "/messages").array();
        assertThat(moved.stream().map(m -> m.asJsonObject().getJsonNumber("id").longValue()).toList())
                .as("messages in the order they were written").containsExactly(early, note, later);
        assertThat(agent.get("/api/tickets/" + target + "/attachments").body()).contains("vpn-" + tag + ".log");
        assertThat(historyFields(agent, target)).contains("mergedFrom");
        var found = IndexWait.until(agent, "/api/search?q=" + word, r -> hits(r).contains(target));
        assertThat(hits(found)).as("the index follows the moved message").contains(target).doesNotContain(source);
        assertThat(historyFields(agent, source)).contains("mergedInto", "status");

        // The source's requester follows the target now, but never reads its notes.
        assertThat(employee.get("/api/tickets/" + source).json().getString("mergedInto")).isEqualTo(target);
        assertThat(employee.get("/api/tickets/" + target).status()).isEqualTo(200);
        assertThat(employee.get("/api/tickets/" + target + "/messages").body()).contains("nine again").doesNotContain("Concentrator");
        assertThat(employee.get("/api/tickets/" + target + "/timeline").body()).doesNotContain("Concentrator");
        assertThat(warehouse.get("/api/tickets/" + target + "/messages").body()).contains("nine again").doesNotContain("Concentrator");

        var mail = arrival(source, "Merged into " + target);
        assertThat(text(mail)).contains(target).contains("/portal/ticket.xhtml?number=" + target).doesNotContain("Concentrator");
    }

    @Test
    void a_merge_is_refused_into_itself_a_closed_or_merged_ticket_unknown_numbers_and_for_requesters() {
        var employee = signedIn("employee");
        var agent = signedIn("agent");
        var a = open(employee, "Printer A " + Json.uniqueTag(), "Jams.");
        var b = open(employee, "Printer B " + Json.uniqueTag(), "Jams too.");
        var c = open(employee, "Printer C " + Json.uniqueTag(), "Jams as well.");

        var itself = agent.post("/api/tickets/" + a + "/merge", "{\"into\": \"" + a + "\"}");
        assertProblem(itself, 422);
        assertThat(fieldsOf(itself)).containsExactly("into");
        assertProblem(agent.post("/api/tickets/" + a + "/merge", "{\"into\": \"BIL-999999\"}"), 404);
        var hostile = agent.post("/api/tickets/" + a + "/merge", "{\"into\": \"<script>alert(1)</script>\"}");
        assertProblem(hostile, 404);
        assertThat(hostile.body()).doesNotContain("<script>");
        assertProblem(agent.post("/api/tickets/" + a + "/merge", "{}"), 400);
        assertProblem(agent.post("/api/tickets/" + a + "/merge", "{\"into\": \"" + b + "\", \"version\": 999}"), 412);
        assertProblem(employee.post("/api/tickets/" + a + "/merge", "{\"into\": \"" + b + "\"}"), 403);

        assertThat(agent.post("/api/tickets/" + a + "/merge", "{\"into\": \"" + b + "\"}").status()).isEqualTo(200);
        var intoMerged = agent.post("/api/tickets/" + c + "/merge", "{\"into\": \"" + a + "\"}");
        assertProblem(intoMerged, 422);
        assertThat(intoMerged.json().getString("detail")).contains(b);
        assertProblem(agent.post("/api/tickets/" + b + "/merge", "{\"into\": \"" + a + "\"}"), 422);
        assertThat(agent.get("/api/tickets/" + b).json().getString("status")).as("a refused merge changes nothing").isNotEqualTo("CLOSED");
    }

    // ---- split

    @Test
    void a_public_message_splits_into_a_linked_ticket_for_the_same_requester_and_a_note_never() {
        var employee = signedIn("employee");
        var agent = signedIn("agent");
        var tag = Json.uniqueTag();
        var original = open(employee, "Laptop and phone " + tag, "My laptop is slow.");
        var reply = post(employee, original, "Also my phone does not sync mail " + tag, false);
        var file = employee.upload("/api/tickets/" + original + "/attachments?message=" + reply,
                "png".getBytes(StandardCharsets.UTF_8), "text/plain", "phone-" + tag + ".txt");
        assertThat(file.status()).as(file.body()).isEqualTo(201);
        var note = post(agent, original, "Secret triage " + tag, true);

        var split = agent.post("/api/tickets/" + original + "/messages/" + reply + "/split", "{\"subject\": \"Phone mail sync " + tag + "\"}");

        assertThat(split.status()).as(split.body()).isEqualTo(201);
        var created = split.json();
        var number = created.getString("number");
        assertThat(created.getString("subject")).isEqualTo("Phone mail sync " + tag);
        assertThat(created.getString("description")).contains("does not sync mail");
        assertThat(created.getJsonObject("requester").getString("username")).isEqualTo("employee");
        assertThat(agent.get("/api/tickets/" + number + "/attachments").body()).contains("phone-" + tag + ".txt");
        assertThat(historyFields(agent, number)).contains("splitFrom", "link");
        assertThat(historyFields(agent, original)).contains("splitInto", "link");
        assertThat(links(agent, original)).containsExactly("RELATED " + number);
        assertThat(links(employee, number)).containsExactly("RELATED " + original);
        assertThat(employee.get("/api/tickets/" + number).status()).isEqualTo(200);

        var ofNote = agent.post("/api/tickets/" + original + "/messages/" + note + "/split", "{}");
        assertProblem(ofNote, 422);
        assertThat(fieldsOf(ofNote)).containsExactly("message");
        assertProblem(agent.post("/api/tickets/" + number + "/messages/" + reply + "/split", "{}"), 404);
        assertProblem(agent.post("/api/tickets/" + original + "/messages/abc/split", "{}"), 404);
        assertProblem(employee.post("/api/tickets/" + original + "/messages/" + reply + "/split", "{}"), 403);
    }

    // ---- links

    @Test
    void links_show_on_both_tickets_with_inverse_names_and_requesters_see_only_tickets_they_may_see() {
        var employee = signedIn("employee");
        var warehouse = signedIn("employee2");
        var agent = signedIn("agent");
        var mine = open(employee, "Monitor flickers " + Json.uniqueTag(), "Flickers.");
        var theirs = open(warehouse, "Monitor flickers too " + Json.uniqueTag(), "Flickers here too.");
        var parent = open(employee, "Office move " + Json.uniqueTag(), "We move on Monday.");

        var linked = agent.post("/api/tickets/" + mine + "/links", "{\"type\": \"DUPLICATE_OF\", \"number\": \"" + theirs + "\"}");
        assertThat(linked.status()).as(linked.body()).isEqualTo(200);
        assertThat(agent.post("/api/tickets/" + mine + "/links", "{\"type\": \"CHILD_OF\", \"number\": \"" + parent + "\"}").status())
                .isEqualTo(200);

        assertThat(links(agent, mine)).containsExactly("DUPLICATE_OF " + theirs, "CHILD_OF " + parent);
        assertThat(links(agent, theirs)).containsExactly("HAS_DUPLICATE " + mine);
        assertThat(links(agent, parent)).containsExactly("PARENT_OF " + mine);
        assertThat(links(employee, mine)).as("the other requester's ticket is not shown").containsExactly("CHILD_OF " + parent);
        assertThat(employee.get("/api/tickets/" + mine + "/links").body()).doesNotContain(theirs);
        assertProblem(employee.get("/api/tickets/" + theirs + "/links"), 404);
        assertThat(employee.get("/api/tickets/" + mine + "/history").body()).as("links are staff's history").doesNotContain(theirs);

        var twice = agent.post("/api/tickets/" + theirs + "/links", "{\"type\": \"RELATED\", \"number\": \"" + mine + "\"}");
        assertProblem(twice, 409);
        var self = agent.post("/api/tickets/" + mine + "/links", "{\"type\": \"RELATED\", \"number\": \"" + mine + "\"}");
        assertProblem(self, 422);
        var badType = agent.post("/api/tickets/" + mine + "/links", "{\"type\": \"<img src=x onerror=alert(1)>\", \"number\": \"" + theirs + "\"}");
        assertProblem(badType, 400);
        assertThat(badType.body()).doesNotContain("onerror");
        assertProblem(agent.post("/api/tickets/" + mine + "/links", "{\"type\": \"RELATED\", \"number\": \"BIL-999999\"}"), 404);
        assertProblem(employee.post("/api/tickets/" + mine + "/links", "{\"type\": \"RELATED\", \"number\": \"" + parent + "\"}"), 403);

        var removed = agent.delete("/api/tickets/" + theirs + "/links/" + mine);
        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        assertThat(links(agent, mine)).containsExactly("CHILD_OF " + parent);
        assertThat(links(agent, theirs)).isEmpty();
        assertProblem(agent.delete("/api/tickets/" + theirs + "/links/" + mine), 404);
        assertThat(historyFields(agent, theirs)).filteredOn("link"::equals).hasSize(2);
    }

    private static List<String> links(Api api, String number) {
        var answer = api.get("/api/tickets/" + number + "/links");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.array().stream().map(JsonObject.class::cast)
                .map(l -> l.getString("type") + " " + l.getString("number")).toList();
    }

    // ---- watchers

    @Test
    void a_colleague_who_watches_sees_the_public_side_and_is_told_a_colleague_who_does_not_sees_nothing() throws Exception {
        var employee = signedIn("employee");
        var agent = signedIn("agent");
        var watcher = signedIn("a.zielinska");
        var colleague = signedIn("r.kazlauskiene");
        var tag = Json.uniqueTag();
        var number = open(employee, "Budget sheet locked " + tag, "The budget sheet is locked.");
        var ticket = "/api/tickets/" + number;
        assertProblem(watcher.get(ticket), 404);

        var added = agent.post(ticket + "/watchers", "{\"username\": \"a.zielinska\"}");
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        assertThat(added.array().stream().map(w -> w.asJsonObject().getString("username")).toList()).containsExactly("a.zielinska");
        assertThat(employee.post(ticket + "/watchers", "{\"username\": \"agent2\"}").status()).as("requesters add no staff").isEqualTo(400);
        assertThat(agent.post(ticket + "/watchers", "{\"username\": \"agent2\"}").status()).isEqualTo(200);

        post(agent, number, "Internal: the file server quota " + tag, true);
        post(agent, number, "We unlocked the sheet " + tag, false);

        assertThat(watcher.get(ticket).status()).isEqualTo(200);
        for (var path : List.of(ticket, ticket + "/messages", ticket + "/timeline", ticket + "/history", ticket + "/watchers",
                "/api/tickets?size=100", "/api/me/notifications?size=100")) {
            var answer = watcher.get(path);
            assertThat(answer.status()).as(path).isEqualTo(200);
            assertThat(answer.body()).as(path).doesNotContain("file server quota");
        }
        assertThat(watcher.get(ticket + "/messages").body()).contains("We unlocked the sheet");
        assertThat(watcher.get(ticket + "/watchers").body()).as("requesters see no staff watchers").doesNotContain("agent2");
        assertThat(agent.get(ticket + "/watchers").body()).contains("agent2");
        assertThat(numbersIn(watcher.get("/api/tickets?size=100").json())).contains(number);
        assertThat(numbersIn(colleague.get("/api/tickets?size=100").json())).doesNotContain(number);
        assertProblem(colleague.get(ticket), 404);
        assertProblem(colleague.get(ticket + "/messages"), 404);

        var told = notificationsAbout(watcher, number, 1);
        assertThat(told).extracting(n -> n.getString("kind")).containsExactly("WATCHED_REPLY");
        assertThat(notificationsAbout(signedIn("agent2"), number, 2)).extracting(n -> n.getString("kind"))
                .containsExactlyInAnyOrder("WATCHED_NOTE", "WATCHED_REPLY");

        assertProblem(agent.post(ticket + "/watchers", "{\"username\": \"a.zielinska\"}"), 409);
        var outsider = agent.post(ticket + "/watchers", "{\"username\": \"employee2\"}");
        assertProblem(outsider, 400);
        assertThat(fieldsOf(outsider)).containsExactly("username");
        var hostile = agent.post(ticket + "/watchers", "{\"username\": \"<script>x</script>\"}");
        assertProblem(hostile, 400);
        assertThat(hostile.body()).doesNotContain("<script>");
        assertProblem(colleague.post(ticket + "/watchers", "{\"username\": \"r.kazlauskiene\"}"), 404);

        assertThat(watcher.delete(ticket + "/watchers/a.zielinska").status()).as("a watcher may leave").isEqualTo(200);
        assertProblem(watcher.get(ticket), 404);
    }

    // ---- mentions

    @Test
    void a_mention_in_a_note_tells_the_staff_member_and_is_recorded_a_mention_in_a_reply_tells_nobody() throws Exception {
        var employee = signedIn("employee");
        var agent = signedIn("agent");
        var agent2 = signedIn("agent2");
        var number = open(employee, "Shared drive " + Json.uniqueTag(), "The shared drive is gone.");

        post(agent, number, "@agent2 can you check the <b>mapping</b>? @employee @nobody", true);
        post(agent, number, "Hello, @agent2 will look at it.", false);

        var told = notificationsAbout(agent2, number, 1);
        assertThat(told).extracting(n -> n.getString("kind")).containsExactly("MENTIONED");
        assertThat(told.get(0).getString("text")).doesNotContain("<b>");
        var mentions = agent.get("/api/tickets/" + number + "/history").array().stream().map(JsonObject.class::cast)
                .filter(e -> "mentioned".equals(e.getString("field", ""))).toList();
        assertThat(mentions).extracting(e -> e.getString("newValue")).containsExactly("agent2");
        assertThat(employee.get("/api/tickets/" + number + "/history").body()).doesNotContain("mentioned");
        Thread.sleep(500);
        assertThat(employee.get("/api/me/notifications?size=100").body()).doesNotContain(number);
    }

    private static List<String> hits(JsonObject results) {
        return results.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("number")).toList();
    }

    private static List<String> numbersIn(JsonObject page) {
        return page.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("number")).toList();
    }

    /**
     * The notifications about the ticket that mentions and watching sent (routing may assign the
     * ticket to someone, which tells them too), once there are at least {@code count}, waiting a
     * little for those sent after commit.
     */
    private static List<JsonObject> notificationsAbout(Api api, String number, int count) throws InterruptedException {
        var deadline = Instant.now().plusSeconds(10);
        List<JsonObject> found = List.of();
        while (Instant.now().isBefore(deadline)) {
            JsonArray items = api.get("/api/me/notifications?size=100").json().getJsonArray("items");
            found = items.stream().map(JsonObject.class::cast).filter(n -> number.equals(n.getString("ticket")) && CONVERSATION_KINDS.contains(n.getString("kind"))).toList();
            if (found.size() >= count) {
                Thread.sleep(300);
                return items.stream().map(JsonObject.class::cast).filter(n -> number.equals(n.getString("ticket")) && CONVERSATION_KINDS.contains(n.getString("kind"))).toList();
            }
            Thread.sleep(200);
        }
        return found;
    }

    private static MimeMessage arrival(String number, String subjectPart) throws InterruptedException {
        var deadline = Instant.now().plus(ARRIVAL);
        while (Instant.now().isBefore(deadline)) {
            var found = TestMailExtension.mail().received().stream()
                    .filter(m -> subject(m).startsWith("[" + number + "]") && subject(m).contains(subjectPart)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no mail '" + subjectPart + "' about " + number + " within " + ARRIVAL);
    }
}

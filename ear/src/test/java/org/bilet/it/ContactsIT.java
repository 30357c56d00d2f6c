package org.bilet.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bilet.it.ProblemAssert.assertProblem;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Phone calls and chat transcripts as ticket events, through the API as phone systems and chat
 * widgets use it: staff log them, the timeline and history show them, the requester reads the
 * public ones only, hostile or wrong input is refused or made harmless, and a missed call from a
 * known number opens a ticket.
 */
class ContactsIT extends ApiTestCase {

    private Api agent;
    private Api employee;

    @BeforeEach
    void signIn() {
        agent = signedIn("agent");
        employee = signedIn("employee");
    }

    @Test
    void staff_log_calls_and_chats_which_the_timeline_shows_and_the_requester_reads_unless_internal() {
        var secret = "wombat" + Json.uniqueTag().substring(3);
        var number = openAsEmployee("Laptop will not dock " + Json.uniqueTag());
        var events = "/api/tickets/" + number + "/events";

        var call = agent.post(events, """
                {"type": "call", "direction": "inbound", "phone": "+48 (22) 555-01-73", "durationSeconds": 190,
                 "summary": "Docking fails <script>alert('x')</script>after the <b>update</b>"}""");
        var chat = agent.post(events, "{\"type\": \"chat\", \"chatReference\": \"web-77\", \"internal\": true, \"transcript\": "
                + Json.str("Agent: vendor case " + secret + "\nAgent: waiting on RMA") + "}");

        assertThat(call.status()).as(call.body()).isEqualTo(201);
        assertThat(call.header("Location")).endsWith(events + "/" + call.json().getJsonNumber("id"));
        var logged = call.json();
        assertThat(logged.keySet()).as("the agreed members only").isSubsetOf(List.of("id", "type", "direction", "phone",
                "durationSeconds", "missed", "text", "chatReference", "internal", "occurredAt", "loggedAt", "loggedBy"));
        assertThat(logged.getString("type")).isEqualTo("call");
        assertThat(logged.getString("direction")).isEqualTo("inbound");
        assertThat(logged.getString("phone")).as("normalised").isEqualTo("+48225550173");
        assertThat(logged.getJsonNumber("durationSeconds").longValue()).isEqualTo(190);
        assertThat(logged.getBoolean("missed")).isFalse();
        assertThat(logged.getString("text")).as("markup read as text, the script dropped")
                .isEqualTo("Docking fails after the update").doesNotContain("<", "alert");
        assertThat(logged.getJsonObject("loggedBy").getString("username")).isEqualTo("agent");
        assertThat(chat.status()).as(chat.body()).isEqualTo(201);
        assertThat(chat.json().getBoolean("internal")).isTrue();

        assertThat(types(agent.get(events).array().getValuesAs(JsonObject.class))).containsExactly("call", "chat");
        var staffTimeline = agent.get("/api/tickets/" + number + "/timeline").array().getValuesAs(JsonObject.class);
        assertThat(types(contactsOf(staffTimeline))).containsExactly("call", "chat");
        assertThat(agent.get("/api/tickets/" + number + "/history").body())
                .as("history records both").contains("\"kind\":\"CONTACT\"", "\"field\":\"call\"", "\"field\":\"chat\"");

        var theirs = employee.get(events);
        assertThat(theirs.status()).isEqualTo(200);
        assertThat(types(theirs.array().getValuesAs(JsonObject.class))).containsExactly("call");
        assertThat(types(contactsOf(employee.get("/api/tickets/" + number + "/timeline").array().getValuesAs(JsonObject.class))))
                .containsExactly("call");
        for (var path : List.of(events, "/api/tickets/" + number + "/timeline", "/api/tickets/" + number + "/history")) {
            assertThat(employee.get(path).body()).as(path).doesNotContain(secret, "web-77");
        }
        var portal = FormSession.signedIn(base, "employee").get("/portal/ticket.xhtml?number=" + number);
        assertThat(portal.body()).contains("Docking fails after the update").doesNotContain(secret);
    }

    @Test
    void wrong_members_are_named_in_a_problem_and_nothing_is_logged() {
        var number = openAsEmployee("Headset crackles " + Json.uniqueTag());
        var events = "/api/tickets/" + number + "/events";

        var wrongCall = agent.post(events, """
                {"type": "call", "direction": "sideways", "phone": "call me maybe", "durationSeconds": -3}""");
        var wrongType = agent.post(events, "{\"type\": \"fax\"}");
        var notANumber = agent.post(events, "{\"type\": \"call\", \"direction\": \"inbound\", \"phone\": \"+4420\", \"durationSeconds\": \"ten\"}");
        var hugeTranscript = agent.post(events, "{\"type\": \"chat\", \"transcript\": " + Json.str("x".repeat(100_001)) + "}");
        var emptyChat = agent.post(events, "{\"type\": \"chat\", \"transcript\": \"<script>alert(1)</script>\"}");
        var future = agent.post(events, """
                {"type": "call", "direction": "outbound", "phone": "+442079460321", "occurredAt": "2999-01-01T00:00:00Z"}""");

        assertThat(fields(wrongCall, 400)).containsExactly("direction", "phone", "durationSeconds");
        assertThat(fields(wrongType, 400)).containsExactly("type");
        assertThat(fields(notANumber, 400)).containsExactly("durationSeconds");
        assertThat(fields(hugeTranscript, 400)).containsExactly("transcript");
        assertThat(fields(emptyChat, 400)).as("a transcript of nothing but a script is empty").containsExactly("transcript");
        assertThat(fields(future, 400)).containsExactly("occurredAt");
        assertThat(agent.get(events).array()).isEmpty();
        assertProblem(agent.post("/api/tickets/BIL-999999999/events", "{\"type\": \"chat\", \"transcript\": \"hi\"}"), 404);
    }

    @Test
    void requesters_read_but_never_log_calls_or_chats() {
        var number = openAsEmployee("Monitor flickers " + Json.uniqueTag());

        assertProblem(employee.post("/api/tickets/" + number + "/events", "{\"type\": \"chat\", \"transcript\": \"hi\"}"), 403);
        assertProblem(employee.post("/api/calls", """
                {"type": "call", "direction": "inbound", "phone": "+442079460321", "missed": true}"""), 403);
        assertThat(agent.get("/api/tickets/" + number + "/events").array()).isEmpty();
        assertProblem(signedIn("employee2").get("/api/tickets/" + number + "/events"), 404);
    }

    @Test
    void staff_open_tickets_that_came_by_phone_or_chat_and_requesters_cannot_claim_a_channel() {
        var byPhone = agent.post("/api/tickets", """
                {"subject": "Called about VPN", "description": "Caller cannot connect.", "requester": "employee", "channel": "PHONE"}""");
        var byChat = agent.post("/api/tickets", """
                {"subject": "Chat about e-mail", "description": "Mailbox full.", "requester": "employee", "channel": "CHAT"}""");
        var claimed = employee.post("/api/tickets", """
                {"subject": "Pretend phone", "description": "d", "channel": "PHONE"}""");

        assertThat(byPhone.status()).as(byPhone.body()).isEqualTo(201);
        assertThat(byPhone.json().getString("channel")).isEqualTo("PHONE");
        assertThat(byChat.json().getString("channel")).isEqualTo("CHAT");
        assertThat(fields(claimed, 400)).containsExactly("channel");
    }

    @Test
    void a_missed_call_from_a_known_number_opens_a_ticket_for_that_person_with_the_call_first() {
        var opened = agent.post("/api/calls", """
                {"type": "call", "direction": "inbound", "phone": "+44 (20) 7946-0321", "missed": true}""");

        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        var number = opened.json().getString("ticket");
        assertThat(opened.header("Location")).endsWith("/api/tickets/" + number);
        assertThat(opened.json().getJsonObject("call").getBoolean("missed")).isTrue();
        var ticket = agent.get("/api/tickets/" + number).json();
        assertThat(ticket.getJsonObject("requester").getString("username")).isEqualTo("employee");
        assertThat(ticket.getString("channel")).isEqualTo("PHONE");
        assertThat(ticket.getString("subject")).isEqualTo("Missed call from Emma Wilson");
        var calls = employee.get("/api/tickets/" + number + "/events").array().getValuesAs(JsonObject.class);
        assertThat(calls).singleElement().satisfies(call -> {
            assertThat(call.getString("phone")).isEqualTo("+442079460321");
            assertThat(call.getString("direction")).isEqualTo("inbound");
            assertThat(call.containsKey("durationSeconds")).isFalse();
        });
    }

    @Test
    void a_call_that_cannot_open_a_ticket_is_refused_and_records_nothing() {
        var before = agent.get("/api/tickets?size=1").json().getInt("total");

        var unknown = agent.post("/api/calls", """
                {"type": "call", "direction": "inbound", "phone": "+1 555 0100 999", "missed": true}""");
        var answered = agent.post("/api/calls", """
                {"type": "call", "direction": "inbound", "phone": "+442079460321", "durationSeconds": 60}""");
        var chat = agent.post("/api/calls", "{\"type\": \"chat\", \"transcript\": \"hi\"}");

        assertThat(fields(unknown, 422)).containsExactly("phone");
        assertThat(unknown.json().getString("detail")).isEqualTo("No person has the number +15550100999; nothing was recorded.");
        assertThat(fields(answered, 422)).containsExactly("missed");
        assertThat(fields(chat, 400)).containsExactly("type");
        assertThat(agent.get("/api/tickets?size=1").json().getInt("total")).isEqualTo(before);
    }

    @Test
    void the_customer_view_pages_a_persons_tickets_and_merges_their_activity_across_channels() {
        var employee2 = signedIn("employee2");
        var first = Json.number(employee2.post("/api/tickets", "{\"subject\": " + Json.str("Forklift tablet " + Json.uniqueTag())
                + ", \"description\": \"Frozen.\"}").json());
        var second = Json.number(employee2.post("/api/tickets", "{\"subject\": " + Json.str("Label printer " + Json.uniqueTag())
                + ", \"description\": \"Smudges.\"}").json());
        agent.post("/api/tickets/" + first + "/messages", "{\"body\": \"Restart it, please.\"}");
        agent.post("/api/tickets/" + second + "/events", """
                {"type": "call", "direction": "outbound", "phone": "+48 22 555 01 73", "durationSeconds": 42,
                 "summary": "Walked through cleaning the head"}""");

        var profile = agent.get("/api/customers/people/employee2").json();
        assertThat(profile.getString("phone")).as("the demo number, normalised").isEqualTo("+48225550173");
        var page = agent.get("/api/customers/people/employee2/tickets?size=1").json();
        assertThat(page.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(2);
        assertThat(page.getJsonArray("items")).hasSize(1);
        assertThat(page.getJsonArray("items").getJsonObject(0).getString("number")).as("newest first").isEqualTo(second);
        var activity = agent.get("/api/customers/people/employee2/activity?limit=3").array().getValuesAs(JsonObject.class);
        assertThat(activity).extracting(a -> a.getString("kind") + " " + a.getString("ticket"))
                .contains("call " + second, "message " + first);
        assertThat(activity.get(0).getString("kind")).as("newest first").isEqualTo("call");
        var organization = profile.getJsonNumber("organizationId").longValue();
        assertThat(agent.get("/api/customers/organizations/" + organization + "/tickets?size=50").body()).contains(first, second);
        assertProblem(employee.get("/api/customers/people/employee2/activity"), 403);
        assertProblem(agent.get("/api/customers/people/nobody-" + Json.uniqueTag()), 404);
        assertThat(fields(agent.get("/api/customers/people/employee2/activity?limit=500"), 400)).containsExactly("limit");
    }

    private String openAsEmployee(String subject) {
        var created = employee.post("/api/tickets", "{\"subject\": " + Json.str(subject) + ", \"description\": \"It does not work.\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return Json.number(created.json());
    }

    private static List<String> fields(Api.Response response, int status) {
        assertProblem(response, status);
        return response.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field")).toList();
    }

    private static List<JsonObject> contactsOf(List<JsonObject> timeline) {
        return timeline.stream().filter(entry -> entry.containsKey("contact"))
                .map(entry -> entry.getJsonObject("contact")).toList();
    }

    private static List<String> types(List<JsonObject> contacts) {
        return contacts.stream().map(contact -> contact.getString("type")).toList();
    }
}

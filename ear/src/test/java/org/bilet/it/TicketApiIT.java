package org.bilet.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bilet.it.Json.str;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Opening, reading and listing tickets, and every way a request can be wrong. */
class TicketApiIT extends ApiTestCase {

    Api agent;
    Api employee;

    @BeforeEach
    void signIn() {
        agent = signedIn("agent");
        employee = signedIn("employee");
    }

    @Test
    void anEmployeeOpensATicketAndReadsItBack() {
        var created = employee.post("/api/tickets", """
                {"subject": "Drukarka na 3. piętrze zacina papier",
                 "description": "Od rana każda kartka się zacina.",
                 "priority": "HIGH", "category": "hardware.printer", "tags": ["Printer", "floor-3"],
                 "customFields": {"affected-users": "12"}}""");

        assertThat(created.status()).isEqualTo(201);
        var ticket = created.json();
        var number = ticket.getString("number");
        assertThat(number).matches("BIL-\\d{6,}");
        assertThat(created.header("Location")).endsWith("/api/tickets/" + number);
        assertThat(created.header("ETag")).isEqualTo("\"" + ticket.getJsonNumber("version").longValue() + "\"");

        var read = employee.get("/api/tickets/" + number);
        assertThat(read.status()).isEqualTo(200);
        var t = read.json();
        assertThat(t.getString("subject")).isEqualTo("Drukarka na 3. piętrze zacina papier");
        assertThat(t.getString("description")).isEqualTo("Od rana każda kartka się zacina.");
        assertThat(t.getString("status")).isEqualTo("NEW");
        assertThat(t.getString("priority")).isEqualTo("HIGH");
        assertThat(t.getString("category")).isEqualTo("hardware.printer");
        assertThat(t.getJsonArray("tags")).extracting(v -> ((jakarta.json.JsonString) v).getString())
                .containsExactlyInAnyOrder("printer", "floor-3");
        assertThat(t.getString("channel")).isEqualTo("API");
        assertThat(t.getJsonObject("requester").getString("username")).isEqualTo("employee");
        assertThat(t.getString("team")).isNotBlank();
        assertThat(t.get("assignee")).isIn(null, JsonValue.NULL);
        assertThat(t.getJsonObject("customFields").getString("affected-users")).isEqualTo("12");
        assertThat(t.getString("createdAt")).isNotBlank();
        assertThat(t.getString("updatedAt")).isNotBlank();
        assertThat(t.getString("dueAt")).isNotBlank();
        assertThat(read.header("ETag")).isEqualTo(created.header("ETag"));
    }

    @Test
    void staffOpenATicketOnBehalfOfARequesterWithTheChannelItCameThrough() {
        var created = agent.post("/api/tickets", """
                {"subject": "Phoned in: VPN drops every hour", "description": "Caller says the VPN drops.",
                 "requester": "employee2", "channel": "PHONE"}""");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().getJsonObject("requester").getString("username")).isEqualTo("employee2");
        assertThat(created.json().getString("channel")).isEqualTo("PHONE");
        assertThat(created.json().getString("priority")).isEqualTo("NORMAL");
    }

    @Test
    void aRequesterCannotOpenOnSomeoneElsesBehalf() {
        var refused = employee.post("/api/tickets", """
                {"subject": "x", "description": "y", "requester": "employee2"}""");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().getString("detail")).contains("on someone else's behalf");
    }

    @Test
    void missingSubjectAndDescriptionAreBothReported() {
        var refused = employee.post("/api/tickets", "{}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(fieldErrors(refused.json())).containsExactlyInAnyOrder(
                "subject: Give the ticket a subject.", "description: Describe the problem.");
    }

    @Test
    void aSubjectOver200CharactersIsRefused() {
        var refused = employee.post("/api/tickets", "{\"subject\": " + str("x".repeat(201)) + ", \"description\": \"d\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(fieldErrors(refused.json())).containsExactly("subject: The subject has 200 characters at most.");
    }

    @Test
    void unknownReferencesAndBadValuesAreAllListedAtOnce() {
        var refused = agent.post("/api/tickets", """
                {"subject": "s", "description": "d", "priority": "SOMEDAY", "category": "no.such",
                 "tags": ["two words"], "customFields": {"affected-users": "many", "nonsense": "1"},
                 "requester": "nobody@nowhere"}""");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(fieldErrors(refused.json())).containsExactlyInAnyOrder(
                "priority: There is no priority 'SOMEDAY'.",
                "category: There is no category 'no.such'.",
                "tags: 'two words' is not a valid tag: use up to 60 letters, digits, '-', '_' or '.'.",
                "customFields.affected-users: Affected users must be a number, not 'many'.",
                "customFields.nonsense: There is no custom field 'nonsense'; known fields: [affected-users, asset-tag, impact, needed-by].",
                "requester: There is no active user 'nobody@nowhere'.");
    }

    @Test
    void malformedOrMistypedJsonIsA400NotA500() {
        var malformed = employee.post("/api/tickets", "{\"subject\": ");
        var mistyped = employee.post("/api/tickets", "{\"subject\": \"s\", \"description\": \"d\", \"tags\": \"not-a-list\"}");
        var badChannel = employee.post("/api/tickets", "{\"subject\": \"s\", \"description\": \"d\", \"channel\": \"FAX\"}");

        assertThat(List.of(malformed.status(), mistyped.status(), badChannel.status())).containsOnly(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        assertThat(malformed.json().getString("detail")).isEqualTo("The body is not valid JSON.");
        assertThat(mistyped.json().getString("detail")).isEqualTo("tags must be an array.");
        assertThat(badChannel.json().getString("detail")).isEqualTo("channel must be one of WEB, EMAIL, PHONE, CHAT, API, SYSTEM, IMPORT.");
    }

    @Test
    void anUnknownTicketIs404() {
        assertThat(agent.get("/api/tickets/BIL-999999999").status()).isEqualTo(404);
        assertThat(agent.get("/api/tickets/garbage").status()).isEqualTo(404);
    }

    @Test
    void listsArePagedInTheDatabaseAndSorted() {
        var tag = Json.uniqueTag();
        var numbers = new ArrayList<String>();
        for (int i = 0; i < 5; i++) {
            numbers.add(open(employee, "{\"subject\": \"Paging " + i + "\", \"description\": \"d\", \"tags\": [" + str(tag) + "]}"));
        }

        var first = agent.get("/api/tickets?tag=" + tag + "&size=2&page=0&sort=number,asc").json();
        var third = agent.get("/api/tickets?tag=" + tag + "&size=2&page=2&sort=number,asc").json();
        var newestFirst = agent.get("/api/tickets?tag=" + tag + "&size=5&sort=createdAt,desc").json();

        assertThat(first.getJsonNumber("total").longValue()).isEqualTo(5);
        assertThat(first.getInt("page")).isZero();
        assertThat(first.getInt("size")).isEqualTo(2);
        assertThat(numbersOf(first)).containsExactly(numbers.get(0), numbers.get(1));
        assertThat(numbersOf(third)).containsExactly(numbers.get(4));
        assertThat(numbersOf(newestFirst)).containsExactly(numbers.get(4), numbers.get(3), numbers.get(2), numbers.get(1), numbers.get(0));
    }

    @Test
    void eachFilterNarrowsTheList() {
        var tag = Json.uniqueTag();
        var printer = open(employee, "{\"subject\": \"Printer\", \"description\": \"d\", \"priority\": \"URGENT\", "
                + "\"category\": \"hardware.printer\", \"tags\": [" + str(tag) + ", \"paper\"]}");
        var vpn = open(agent, "{\"subject\": \"VPN\", \"description\": \"d\", \"requester\": \"employee2\", "
                + "\"category\": \"software.vpn\", \"tags\": [" + str(tag) + "]}");
        var assigned = agent.get("/api/tickets/" + vpn);
        assertThat(agent.patch("/api/tickets/" + vpn, "{\"assignee\": \"agent2\", \"team\": \"it-infra\", \"status\": \"OPEN\"}",
                assigned.header("ETag")).status()).isEqualTo(200);

        assertThat(list("tag=" + tag)).containsExactlyInAnyOrder(printer, vpn);
        assertThat(list("tag=" + tag + "&status=OPEN")).containsExactly(vpn);
        assertThat(list("tag=" + tag + "&status=NEW")).containsExactly(printer);
        assertThat(list("tag=" + tag + "&team=it-infra")).containsExactly(vpn);
        assertThat(list("tag=" + tag + "&assignee=agent2")).containsExactly(vpn);
        assertThat(list("tag=" + tag + "&requester=employee")).containsExactly(printer);
        assertThat(list("tag=" + tag + "&requester=employee2")).containsExactly(vpn);
        assertThat(list("tag=" + tag + "&priority=URGENT")).containsExactly(printer);
        assertThat(list("tag=" + tag + "&category=software.vpn")).containsExactly(vpn);
        assertThat(list("tag=paper&requester=employee")).contains(printer).doesNotContain(vpn);
    }

    @Test
    void badListParametersAreExplained() {
        var badStatus = agent.get("/api/tickets?status=DONE");
        var badSort = agent.get("/api/tickets?sort=colour,asc");
        var badSize = agent.get("/api/tickets?size=1000");
        var unknownTeam = agent.get("/api/tickets?team=nope");
        var notANumber = agent.get("/api/tickets?page=first");

        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.json().getString("detail")).contains("There is no status 'DONE'");
        assertThat(badSort.status()).isEqualTo(400);
        assertThat(fieldErrors(badSort.json())).anyMatch(e -> e.startsWith("sort: Sort by number"));
        assertThat(badSize.status()).isEqualTo(400);
        assertThat(fieldErrors(badSize.json())).anyMatch(e -> e.equals("size: A page has at most 200 items."));
        assertThat(unknownTeam.status()).isEqualTo(400);
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(fieldErrors(notANumber.json())).containsExactly("page: page must be a whole number, not 'first'.");
    }

    /**
     * The API's JSON is a contract: a field that services add (SLA, search) must not appear in it
     * without a decision. Null members are left out, so each representation may show at most these.
     */
    @Test
    void theJsonOfTicketsMessagesAndHistoryHoldsTheAgreedMembersOnly() {
        var number = open(agent, """
                {"subject": "Contract", "description": "d", "requester": "employee", "tags": ["contract"]}""");
        agent.post("/api/tickets/" + number + "/messages", "{\"body\": \"A reply\"}");

        assertThat(agent.get("/api/tickets/" + number).json().keySet()).isSubsetOf(TICKET).contains("number", "version", "status");
        var page = agent.get("/api/tickets?tag=contract&size=1").json();
        assertThat(page.keySet()).isSubsetOf("items", "total", "page", "size").contains("items", "total");
        assertThat(page.getJsonArray("items").get(0).asJsonObject().keySet()).isSubsetOf(SUMMARY).contains("number", "version");
        var message = agent.get("/api/tickets/" + number + "/messages").array().get(0).asJsonObject();
        assertThat(message.keySet()).isSubsetOf(MESSAGE).contains("id", "body");
        var event = agent.get("/api/tickets/" + number + "/history").array().get(0).asJsonObject();
        assertThat(event.keySet()).isSubsetOf(HISTORY).contains("id", "kind", "occurredAt");
        var entry = agent.get("/api/tickets/" + number + "/timeline").array().get(0).asJsonObject();
        assertThat(entry.keySet()).isSubsetOf("at", "message", "event", "contact").contains("at");
    }

    private static final List<String> TICKET = List.of("number", "subject", "description", "descriptionFormat", "status",
            "priority", "category", "tags", "channel", "language", "requester", "organization", "team", "assignee", "answered",
            "resolution", "resolutionFormat", "snoozedUntil", "customFields", "createdAt", "updatedAt", "firstResponseAt",
            "resolvedAt", "closedAt", "dueAt", "firstResponseDueAt", "nextResponseDueAt", "resolutionDueAt", "slaState",
            "slaPolicy", "mergedInto", "version");
    private static final List<String> SUMMARY = List.of("number", "subject", "status", "priority", "category", "tags",
            "channel", "requester", "team", "assignee", "answered", "createdAt", "updatedAt", "dueAt", "slaState", "version",
            "answeredAt");
    private static final List<String> MESSAGE = List.of("id", "author", "internal", "body", "format", "createdAt",
            "attachments");
    private static final List<String> HISTORY = List.of("id", "occurredAt", "actor", "channel", "clientAddress", "kind",
            "field", "oldValue", "newValue");

    private String open(Api api, String json) {
        var created = api.post("/api/tickets", json);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getString("number");
    }

    private List<String> list(String query) {
        var response = agent.get("/api/tickets?size=50&" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return numbersOf(response.json());
    }

    private static List<String> numbersOf(JsonObject page) {
        return page.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("number")).toList();
    }

    static List<String> fieldErrors(JsonObject problem) {
        return problem.getJsonArray("errors").stream()
                .map(v -> v.asJsonObject().getString("field") + ": " + v.asJsonObject().getString("message"))
                .toList();
    }
}

package org.bilet.it.incontainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bilet.admin.PriorityDefinition;
import org.bilet.audit.AuditKind;
import org.bilet.audit.AuditLog;
import org.bilet.it.Api;
import org.bilet.it.Deployments;
import org.bilet.it.time.MovableClock;
import org.bilet.routing.AssignmentTimeouts;
import org.bilet.routing.RoutingSettings;
import org.bilet.routing.TeamRoutingSettings;
import org.bilet.tickets.NewTicket;
import org.bilet.tickets.TicketChanges;
import org.bilet.tickets.TicketDesk;
import org.bilet.tickets.TicketDetails;
import org.bilet.tickets.TicketField;
import org.bilet.tickets.TicketFinder;
import org.bilet.tickets.TicketHistory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Routing on a real database: each mode hands tickets to the agent it should, assignments nobody
 * takes return to the queue when the clock moves past their timeout, and the new endpoints refuse
 * what they should. Every test makes its own team, agents and categories.
 */
@ExtendWith(ArquillianExtension.class)
class RoutingIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inContainer();
    }

    @ArquillianResource
    URL base;

    @EJB
    TestData testData;

    @EJB
    AsAgent asAgent;

    @EJB
    AsAdmin asAdmin;

    @EJB
    AsBilet asBilet;

    @EJB
    TicketDesk desk;

    @EJB
    TicketFinder finder;

    @EJB
    TicketHistory history;

    @EJB
    TeamRoutingSettings routing;

    @EJB
    AssignmentTimeouts timeouts;

    @EJB
    AuditLog auditLog;

    @Inject
    MovableClock clock;

    // ---- modes

    @Test
    void round_robin_spreads_tickets_evenly_and_skips_an_away_agent() throws Exception {
        var ann = testData.agent("Ann", "Round");
        var bob = testData.agent("Bob", "Round");
        var cid = testData.agent("Cid", "Round");
        var dan = testData.agent("Dan", "Away");
        var team = testData.team("Round robin", ann, bob, cid, dan);
        var category = testData.category("Round robin", team);
        configure(team, "ROUND_ROBIN", null);
        assertThat(setAvailability(dan, false).status()).isEqualTo(200);

        var requester = testData.requester("Rita", "Round");
        var counts = new HashMap<String, Integer>();
        for (int i = 0; i < 30; i++) {
            var ticket = open("Round " + i, requester, category);
            counts.merge(ticket.assignee().username(), 1, Integer::sum);
        }

        assertThat(counts).containsOnly(Map.entry(ann, 10), Map.entry(bob, 10), Map.entry(cid, 10));
    }

    @Test
    void least_loaded_weighs_open_work_by_priority() throws Exception {
        var ann = testData.agent("Ann", "Load");
        var bob = testData.agent("Bob", "Load");
        var team = testData.team("Least loaded", ann, bob);
        var category = testData.category("Least loaded", team);
        var requester = testData.requester("Rita", "Load");
        var scale = testData.priorities();
        var lowest = scale.get(0);
        var highest = scale.get(scale.size() - 1);
        var normal = scale.stream().filter(PriorityDefinition::isDefault).findFirst().orElseThrow();
        // The weights this test relies on: 3 lowest < 1 highest < 3 lowest + 1 default.
        assertThat(3 * lowest.rank()).isLessThan(highest.rank());
        assertThat(highest.rank()).isLessThan(3 * lowest.rank() + normal.rank());

        // Ann has one ticket of the highest priority, Bob three of the lowest: by count Ann is less
        // busy, by weight Bob is.
        assignDirectly(open("Urgent work", requester, null, highest), ann);
        for (int i = 0; i < 3; i++) {
            assignDirectly(open("Small work " + i, requester, null, lowest), bob);
        }
        configure(team, "LEAST_LOADED", null);

        var first = open("Who is free?", requester, category);
        assertThat(first.assignee().username()).isEqualTo(bob);
        // Bob now carries three of the lowest and one of the default priority, more than Ann's one.
        var second = open("And now?", requester, category);
        assertThat(second.assignee().username()).isEqualTo(ann);
    }

    @Test
    void skill_based_prefers_the_skilled_agent_and_falls_back_to_the_least_loaded() throws Exception {
        var ann = testData.agent("Ann", "Skill");
        var bob = testData.agent("Bob", "Skill");
        var team = testData.team("Skill based", ann, bob);
        var printers = testData.category("Printers", team);
        var phones = testData.category("Phones", team);
        var requester = testData.requester("Rita", "Skill");
        assignDirectly(open("Bob is busy", requester, null), bob);
        asAdmin.call(() -> routing.configure(team, new RoutingSettings("SKILL_BASED", null,
                List.of(new RoutingSettings.Skills(bob, List.of(printers), List.of("pl", "uk"))))));

        assertThat(open("Paper jam", requester, printers).assignee().username()).isEqualTo(bob);
        assertThat(open("No dial tone", requester, phones).assignee().username()).isEqualTo(ann);
    }

    @Test
    void a_manual_team_and_a_team_without_available_agents_keep_tickets_in_the_queue() throws Exception {
        var ann = testData.agent("Ann", "Manual");
        var manualTeam = testData.team("Manual", ann);
        var manual = testData.category("Manual", manualTeam);
        var bob = testData.agent("Bob", "Gone");
        var emptyTeam = testData.team("Nobody there", bob);
        var empty = testData.category("Nobody there", emptyTeam);
        configure(emptyTeam, "ROUND_ROBIN", null);
        setAvailability(bob, false);
        var requester = testData.requester("Rita", "Manual");

        assertThat(open("Manual", requester, manual).assignee()).isNull();
        assertThat(open("Nobody", requester, empty).assignee()).isNull();
    }

    @Test
    void moving_an_unassigned_ticket_to_a_routing_team_assigns_it() throws Exception {
        var ann = testData.agent("Ann", "Move");
        var team = testData.team("Moved to", ann);
        configure(team, "ROUND_ROBIN", null);
        var ticket = open("Moved", testData.requester("Rita", "Move"), null);

        var moved = asAgent.call(() -> desk.change(ticket.number(), ticket.version(),
                TicketChanges.none().withTeam(java.util.Optional.of(team))));

        assertThat(moved.assignee().username()).isEqualTo(ann);
    }

    @Test
    void a_ticket_opened_through_the_api_answers_with_its_assignee() throws Exception {
        var ann = testData.agent("Ann", "Api");
        var team = testData.team("Api routing", ann);
        var category = testData.category("Api routing", team);
        configure(team, "LEAST_LOADED", null);
        var requester = testData.requester("Rita", "Api");

        var created = as(requester).post("/api/tickets",
                "{\"subject\":\"Through the API\",\"description\":\"d\",\"category\":\"" + category + "\"}");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().getJsonObject("assignee").getString("username")).isEqualTo(ann);
    }

    // ---- assignment timeout

    @Test
    void an_assignment_not_taken_in_time_returns_to_the_queue_and_goes_to_the_next_agent() throws Exception {
        var ann = testData.agent("Ann", "Timeout");
        var bob = testData.agent("Bob", "Timeout");
        var team = testData.team("Timeout", ann, bob);
        var category = testData.category("Timeout", team);
        configure(team, "ROUND_ROBIN", 10);
        try {
            var ticket = open("Nobody looks", testData.requester("Rita", "Timeout"), category);
            var first = ticket.assignee().username();
            var next = first.equals(ann) ? bob : ann;

            clock.advance(Duration.ofMinutes(9));
            asBilet.call(() -> timeouts.expireDue());
            assertThat(reread(ticket).assignee().username()).as("not due yet").isEqualTo(first);

            clock.advance(Duration.ofMinutes(2));
            asBilet.call(() -> timeouts.expireDue());
            var returned = reread(ticket);
            assertThat(returned.assignee().username()).isEqualTo(next);
            assertThat(assigneeHistory(ticket)).containsExactly(
                    tuple("@bilet", null, first),
                    tuple("@bilet", first, null),
                    tuple("@bilet", null, next));

            asBilet.call(() -> timeouts.expireDue());
            assertThat(reread(ticket).version()).as("a second pass changes nothing").isEqualTo(returned.version());
            assertThat(assigneeHistory(ticket)).hasSize(3);

            // The next agent takes it with a note: it stays theirs after the timeout.
            var note = as(next).post("/api/tickets/" + ticket.number() + "/messages", "{\"body\":\"Looking\",\"internal\":true}");
            assertThat(note.status()).as(note.toString()).isEqualTo(201);
            clock.advance(Duration.ofMinutes(11));
            asBilet.call(() -> timeouts.expireDue());
            assertThat(reread(ticket).assignee().username()).isEqualTo(next);
            assertThat(assigneeHistory(ticket)).hasSize(3);
        } finally {
            clock.reset();
        }
    }

    @Test
    void three_timeouts_in_a_row_set_the_agent_away() throws Exception {
        var ann = testData.agent("Ann", "Sleepy");
        var team = testData.team("Sleepy", ann);
        var category = testData.category("Sleepy", team);
        configure(team, "ROUND_ROBIN", 5);
        var requester = testData.requester("Rita", "Sleepy");
        try {
            for (int i = 0; i < 3; i++) {
                var ticket = open("Unseen " + i, requester, category);
                assertThat(ticket.assignee().username()).isEqualTo(ann);
                clock.advance(Duration.ofMinutes(6));
                asBilet.call(() -> timeouts.expireDue());
                assertThat(reread(ticket).assignee()).as("back in the queue, nobody else to offer it to").isNull();
            }

            var availability = as(ann).get("/api/me/availability").json();
            assertThat(availability.getBoolean("available")).isFalse();
            assertThat(availability.getString("awayReason")).isEqualTo("TIMEOUTS");
            assertThat(open("After", requester, category).assignee()).isNull();
        } finally {
            clock.reset();
        }
    }

    // ---- the API's refusals

    @Test
    void availability_is_for_staff_and_refuses_what_is_not_a_yes_or_no() throws Exception {
        var agent = testData.agent("Ava", "Available");
        var requester = testData.requester("Rita", "Available");

        assertThat(setAvailability(requester, false).status()).isEqualTo(403);
        assertThat(as(requester).get("/api/me/availability").status()).isEqualTo(403);
        assertThat(as(agent).get("/api/me/availability").json().getBoolean("available")).isTrue();

        var unreadable = put(agent, "/api/me/availability", "{\"available\": \"maybe\"");
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.contentType()).startsWith("application/problem+json");
        var missing = put(agent, "/api/me/availability", "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(fields(missing.json())).containsExactly("available");

        assertThat(setAvailability(agent, false).json().getString("awayReason")).isEqualTo("CHOSEN");
        assertThat(as(agent).get("/api/me/availability").json().getBoolean("available")).isFalse();
        assertThat(setAvailability(agent, true).json().getBoolean("available")).isTrue();
    }

    @Test
    void team_routing_is_for_administrators_names_every_bad_field_and_is_audited() throws Exception {
        var ann = testData.agent("Ann", "Admin");
        var outsider = testData.agent("Otto", "Outside");
        var team = testData.team("Configured", ann);
        var category = testData.category("Configured", team);
        var admin = Api.at(base).as("admin");
        var path = "/api/admin/teams/" + team + "/routing";

        assertThat(as(ann).get(path).status()).isEqualTo(403);
        assertThat(put(ann, path, "{\"mode\":\"ROUND_ROBIN\"}").status()).isEqualTo(403);
        assertThat(admin.get("/api/admin/teams/no-such-team/routing").status()).isEqualTo(404);
        assertThat(admin.get(path).json().getString("mode")).isEqualTo("MANUAL");
        assertThat(send(admin, path, "{\"mode\":").status()).isEqualTo(400);

        var refused = send(admin, path, """
                {"mode":"FASTEST","assignmentTimeoutMinutes":0,
                 "skills":[{"agent":"%s","categories":["no-such-category"],"languages":["xx"]}]}""".formatted(outsider));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(fields(refused.json())).containsExactlyInAnyOrder("mode", "assignmentTimeoutMinutes",
                "skills[0].agent", "skills[0].categories", "skills[0].languages");
        assertThat(send(admin, path, "{\"mode\":\"LEAST_LOADED\",\"assignmentTimeoutMinutes\":1441}").status()).isEqualTo(400);

        var saved = send(admin, path, """
                {"mode":"skill_based","assignmentTimeoutMinutes":20,
                 "skills":[{"agent":"%s","categories":["%s"],"languages":["pl","EN"]}]}""".formatted(ann, category));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        var read = admin.get(path).json();
        assertThat(read.getString("mode")).isEqualTo("SKILL_BASED");
        assertThat(read.getInt("assignmentTimeoutMinutes")).isEqualTo(20);
        var skills = read.getJsonArray("skills").getJsonObject(0);
        assertThat(skills.getString("agent")).isEqualTo(ann);
        assertThat(skills.getJsonArray("languages").getValuesAs(jakarta.json.JsonString::getString)).containsExactly("en", "pl");

        var audited = asAdmin.call(() -> auditLog.page(null, AuditKind.ROUTING_CHANGED, 0, 50)).items();
        assertThat(audited).filteredOn(e -> e.subject().equals(team)).singleElement()
                .satisfies(e -> assertThat(e.summary()).contains("mode: MANUAL → SKILL_BASED", "timeout: none → 20"));
    }

    @Test
    void a_transfer_changes_team_and_assignee_and_keeps_the_reason_as_an_internal_note() throws Exception {
        var ann = testData.agent("Ann", "Transfer");
        var bob = testData.agent("Bob", "Transfer");
        var from = testData.team("Transfer from", ann);
        var to = testData.team("Transfer to", bob);
        var requester = testData.requester("Rita", "Transfer");
        var ticket = open("Wrong desk", requester, null);
        var path = "/api/tickets/" + ticket.number() + "/transfer";

        assertThat(as(requester).post(path, "{\"team\":\"" + to + "\",\"reason\":\"r\",\"version\":" + ticket.version() + "}")
                .status()).isEqualTo(403);
        var refused = as(ann).post(path, "{\"team\":\"no-such-team\",\"assignee\":\"nobody-at-all\",\"reason\":\"  \"}");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(fields(refused.json())).containsExactlyInAnyOrder("team", "assignee", "reason", "version");
        assertThat(as(ann).post(path, "{\"team\":").status()).isEqualTo(400);

        var transferred = as(ann).post(path, """
                {"team":"%s","assignee":"%s","reason":"Needs the network team <script>alert(1)</script>","version":%d}"""
                .formatted(to, bob, ticket.version()));
        assertThat(transferred.status()).as(transferred.toString()).isEqualTo(200);
        assertThat(transferred.json().getString("team")).isEqualTo(to);
        assertThat(transferred.json().getJsonObject("assignee").getString("username")).isEqualTo(bob);
        assertThat(transferred.header("ETag")).contains(Long.toString(transferred.json().getJsonNumber("version").longValue()));

        var notes = as(ann).get("/api/tickets/" + ticket.number() + "/messages").array();
        var note = notes.getJsonObject(notes.size() - 1);
        assertThat(note.getBoolean("internal")).isTrue();
        assertThat(note.getString("body")).startsWith("Transferred to").contains("Needs the network team").doesNotContain("<script");
        assertThat(as(requester).get("/api/tickets/" + ticket.number() + "/messages").body()).doesNotContain("Transferred");
        var stale = as(ann).post(path, "{\"team\":\"" + from + "\",\"reason\":\"back\",\"version\":" + ticket.version() + "}");
        assertThat(stale.status()).isEqualTo(412);
    }

    // ---- helpers

    private void configure(String team, String mode, Integer timeoutMinutes) throws Exception {
        asAdmin.call(() -> routing.configure(team, new RoutingSettings(mode, timeoutMinutes, List.of())));
    }

    private TicketDetails open(String subject, String requester, String category) throws Exception {
        return asAgent.call(() -> desk.open(withCategory(NewTicket.of(subject, "Reported on the phone.").forRequester(requester), category)));
    }

    private TicketDetails open(String subject, String requester, String category, PriorityDefinition priority) throws Exception {
        return asAgent.call(() -> desk.open(withCategory(NewTicket.of(subject, "Reported on the phone.").forRequester(requester)
                .withPriority(priority.code()), category)));
    }

    private static NewTicket withCategory(NewTicket ticket, String category) {
        return category == null ? ticket : ticket.inCategory(category);
    }

    private void assignDirectly(TicketDetails ticket, String agent) throws Exception {
        asAgent.call(() -> desk.change(ticket.number(), ticket.version(), TicketChanges.none().withAssignee(agent)));
    }

    private TicketDetails reread(TicketDetails ticket) throws Exception {
        return asAgent.call(() -> finder.find(ticket.number()));
    }

    private List<org.assertj.core.groups.Tuple> assigneeHistory(TicketDetails ticket) throws Exception {
        return asAgent.call(() -> history.history(ticket.number())).stream()
                .filter(e -> TicketField.ASSIGNEE.equals(e.changedField()))
                .map(e -> tuple(e.actor().username(), e.oldValue(), e.newValue()))
                .toList();
    }

    private Api as(String username) {
        return Api.at(base).as(username, TestData.PASSWORD);
    }

    private Api.Response setAvailability(String username, boolean available) {
        return put(username, "/api/me/availability", "{\"available\":" + available + "}");
    }

    private Api.Response put(String username, String path, String json) {
        return send(as(username), path, json);
    }

    private static Api.Response send(Api api, String path, String json) {
        return api.send(api.request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static List<String> fields(JsonObject problem) {
        return problem.getJsonArray("errors").stream().map(v -> v.asJsonObject().getString("field")).toList();
    }
}

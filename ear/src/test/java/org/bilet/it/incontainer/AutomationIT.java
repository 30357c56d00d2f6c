package org.bilet.it.incontainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.bilet.automation.AutomationRules;
import org.bilet.automation.RuleDefinition;
import org.bilet.automation.TimedRules;
import org.bilet.it.Api;
import org.bilet.it.Deployments;
import org.bilet.it.time.MovableClock;
import org.bilet.routing.RoutingSettings;
import org.bilet.routing.TeamRoutingSettings;
import org.bilet.sla.PolicyDefinition;
import org.bilet.sla.SlaSettings;
import org.bilet.sla.SlaWatch;
import org.bilet.tickets.HistoryEntry;
import org.bilet.tickets.NewTicket;
import org.bilet.tickets.TicketChanges;
import org.bilet.tickets.TicketDesk;
import org.bilet.tickets.TicketDetails;
import org.bilet.tickets.TicketField;
import org.bilet.tickets.TicketFinder;
import org.bilet.tickets.TicketHistory;
import org.bilet.tickets.TicketStatus;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Automation rules on a real database: they classify and route new tickets, never trigger
 * themselves, stop later rules when told, answer SLA breaches and the passing of time once, try
 * themselves on a ticket without changing it, and refuse bad definitions. Every rule here holds
 * only for this test's own category, so the rules left behind touch no other test's tickets.
 */
@ExtendWith(ArquillianExtension.class)
class AutomationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inContainer();
    }

    @ArquillianResource
    URL base;

    @Inject
    MovableClock clock;

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
    AutomationRules rules;

    @EJB
    TimedRules timedRules;

    @EJB
    SlaWatch slaWatch;

    @EJB
    SlaSettings slaSettings;

    @EJB
    TeamRoutingSettings routing;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void a_rule_classifies_prioritises_and_routes_a_new_ticket_and_history_names_it() throws Exception {
        var ann = testData.agent("Ann", "Auto");
        var team = testData.team("Network auto", ann);
        asAdmin.call(() -> routing.configure(team, new RoutingSettings("ROUND_ROBIN", null, List.of())));
        var category = testData.category("Network auto", null);
        var token = "VPN" + Unique.suffix();
        var requester = testData.requester("Rita", "Auto");
        var rule = create(rule(key("classify"), "VPN to the network team", "CREATED", null,
                List.of(condition("subject", "contains", token)),
                List.of(action("setCategory", category), action("setPriority", "HIGH"), action("setTeam", team))));

        var opened = open(token + " drops every hour", requester, null);

        assertThat(opened).extracting(TicketDetails::category, TicketDetails::priority, TicketDetails::team)
                .containsExactly(category, "HIGH", team);
        assertThat(opened.assignee()).as("routing assigns as usual").isNotNull();
        assertThat(opened.assignee().username()).isEqualTo(ann);
        assertThat(changes(opened.number())).containsSubsequence(
                tuple("@bilet", "rule", null, "VPN to the network team (" + rule.key() + ")"),
                tuple("@bilet", "category", null, category),
                tuple("@bilet", "priority", "NORMAL", "HIGH"),
                tuple("@bilet", "team", null, team),
                tuple("@bilet", "assignee", null, ann));
        assertThat(open("Printer jam", requester, null).category()).as("a ticket the rule does not hold for").isNull();
    }

    @Test
    void rules_never_trigger_each_other_but_run_once_for_each_change_a_person_makes() throws Exception {
        var category = testData.category("Ping pong", null);
        var requester = testData.requester("Rita", "Loop");
        var ping = create(rule(key("ping"), "Ping", "UPDATED", null, List.of(condition("category", "is", category)),
                List.of(action("setPriority", "HIGH"))));
        var pong = create(rule(key("pong"), "Pong", "UPDATED", null, List.of(condition("category", "is", category)),
                List.of(action("setPriority", "NORMAL"))));
        var ticket = open("Ping pong", requester, category);

        var changed = asAgent.call(() -> desk.change(ticket.number(), ticket.version(),
                TicketChanges.none().withTags(Set.of("one", "two")).withStatus(TicketStatus.OPEN)));
        assertThat(changed.priority()).isEqualTo("NORMAL");
        asAgent.call(() -> desk.change(changed.number(), changed.version(), TicketChanges.none().withTags(Set.of("three"))));

        assertThat(changes(ticket.number())).filteredOn(c -> c.toList().get(1).equals("rule"))
                .extracting(c -> c.toList().get(3))
                .as("each rule once per change: two fields and a status are one change")
                .containsExactly("Ping (" + ping.key() + ")", "Pong (" + pong.key() + ")", "Ping (" + ping.key() + ")", "Pong (" + pong.key() + ")");
        assertThat(reread(ticket).priority()).isEqualTo("NORMAL");
    }

    @Test
    void a_rule_that_stops_processing_keeps_later_rules_from_running() throws Exception {
        var category = testData.category("Stop", null);
        var requester = testData.requester("Rita", "Stop");
        var first = rule(key("first"), "First", "CREATED", null, List.of(condition("category", "is", category)),
                List.of(action("addTag", "first")));
        create(new RuleDefinition(first.key(), first.name(), true, null, first.trigger(), first.conditions(), first.actions(), true));
        create(rule(key("second"), "Second", "CREATED", null, List.of(condition("category", "is", category)),
                List.of(action("addTag", "second"))));

        assertThat(open("Stop here", requester, category).tags()).containsExactly("first");
    }

    @Test
    void an_sla_breach_raised_by_the_watch_fires_the_rule_as_bilet() throws Exception {
        var ann = testData.agent("Ann", "Breach");
        var team = testData.team("Breach desk", ann);
        var category = testData.category("Breach", team);
        var requester = testData.requester("Rita", "Breach");
        asAdmin.call(() -> slaSettings.createPolicy(new PolicyDefinition(category + "-sla", "Breach test", 0, false, "always",
                null, category, null, null, null, 15, 30, 120, 80, 7)));
        var rule = create(rule(key("breach"), "Escalate breaches", "SLA_BREACHED", null,
                List.of(condition("category", "is", category)),
                List.of(action("setPriority", "URGENT"), action("notifyUser", ann), action("addNote", "Breached: <b>look now</b>"))));
        var ticket = open("Nobody answers", requester, category);

        clock.advance(Duration.ofMinutes(20));
        assertThat(asBilet.call(() -> slaWatch.pass()).alerts()).isPositive();

        assertThat(reread(ticket).priority()).isEqualTo("URGENT");
        assertThat(changes(ticket.number())).containsSubsequence(
                tuple("@bilet", "slaFirstResponse", "OK", "BREACHED"),
                tuple("@bilet", "rule", null, "Escalate breaches (" + rule.key() + ")"),
                tuple("@bilet", "priority", "NORMAL", "URGENT"));
        var inbox = Api.at(base).as(ann, TestData.PASSWORD).get("/api/me/notifications?unread=true");
        assertThat(inbox.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .filteredOn(n -> n.getString("kind").equals("RULE") && n.getString("ticket").equals(ticket.number()))
                .singleElement().satisfies(n -> assertThat(n.getString("text")).contains("Escalate breaches"));
    }

    @Test
    void time_based_rules_fire_once_per_ticket_and_once_per_stay_in_a_status() throws Exception {
        var category = testData.category("Quiet", null);
        var requester = testData.requester("Rita", "Quiet");
        create(rule(key("quiet"), "Quiet for four hours", "HOURS_SINCE_UPDATE", 4, List.of(condition("category", "is", category)),
                List.of(action("addNote", "Nobody has touched this for four hours."))));
        var close = rule(key("close"), "Close resolved after five days", "HOURS_IN_STATUS", 120,
                List.of(condition("category", "is", category)), List.of(action("close", null)));
        create(new RuleDefinition(close.key(), close.name(), true, null, new RuleDefinition.Trigger("HOURS_IN_STATUS", 120, "RESOLVED"),
                close.conditions(), close.actions(), false));
        var quiet = open("Quiet one", requester, category);
        var resolved = open("Solved one", requester, category);
        asAgent.call(() -> desk.change(resolved.number(), resolved.version(),
                TicketChanges.none().withStatus(TicketStatus.RESOLVED).withResolution("Restarted the router.")));

        clock.advance(Duration.ofHours(3));
        asBilet.call(() -> timedRules.pass());
        assertThat(ruleFirings(quiet)).isZero();

        clock.advance(Duration.ofHours(2));
        asBilet.call(() -> timedRules.pass());
        asBilet.call(() -> timedRules.pass());
        clock.advance(Duration.ofHours(5));
        asBilet.call(() -> timedRules.pass());
        assertThat(ruleFirings(quiet)).as("once per ticket and rule").isEqualTo(1);
        assertThat(asAgent.call(() -> history.messages(quiet.number()))).filteredOn(m -> m.internal()).hasSize(1);
        assertThat(reread(resolved).status()).isEqualTo(TicketStatus.RESOLVED);

        clock.advance(Duration.ofHours(111));
        asBilet.call(() -> timedRules.pass());
        assertThat(reread(resolved).status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(reread(resolved).resolution()).isEqualTo("Restarted the router.");
        assertThat(ruleFirings(resolved)).isEqualTo(1);
    }

    @Test
    void a_dry_run_answers_per_condition_and_action_without_changing_the_ticket() throws Exception {
        var category = testData.category("Dry run", null);
        var requester = testData.requester("Rita", "Dry");
        var rule = create(rule(key("dry"), "Dry run", "UPDATED", null,
                List.of(condition("category", "is", category), condition("subject", "matches", "print(er)?"),
                        condition("priority", "is", "URGENT")),
                List.of(action("setPriority", "HIGH"), action("addTag", "dry"), action("close", null))));
        var ticket = open("Printer on fire", requester, category);

        var result = asAdmin.call(() -> rules.test(rule.key(), ticket.number()));

        assertThat(result.matches()).isFalse();
        assertThat(result.conditions()).extracting(v -> v.field(), v -> v.actual(), v -> v.holds())
                .containsExactly(tuple("category", category, true), tuple("subject", "Printer on fire", true),
                        tuple("priority", "NORMAL", false));
        assertThat(result.changes()).extracting(c -> c.field(), c -> c.from(), c -> c.to(), c -> c.changes())
                .containsExactly(tuple("priority", "NORMAL", "HIGH", true), tuple("tags", "", "dry", true),
                        tuple("status", "NEW", "NEW", false));
        var after = reread(ticket);
        assertThat(after.version()).isEqualTo(ticket.version());
        assertThat(after.priority()).isEqualTo("NORMAL");
        assertThat(changes(ticket.number())).noneMatch(c -> c.toList().get(1).equals("rule"));

        var unsaved = admin().post("/api/admin/rules/test?ticket=" + ticket.number(), """
                {"name":"Unsaved","trigger":{"type":"CREATED"},"conditions":[{"field":"subject","operator":"contains","value":"fire"}],
                 "actions":[{"type":"addTag","value":"hot"}]}""");
        assertThat(unsaved.status()).as(unsaved.toString()).isEqualTo(200);
        assertThat(unsaved.json().getBoolean("matches")).isTrue();
        assertThat(admin().post("/api/admin/rules/" + rule.key() + "/test?ticket=BIL-999999", "").status()).isEqualTo(404);
    }

    @Test
    void the_admin_api_refuses_agents_and_bad_rules_naming_each_field_and_keeps_script_as_text() throws Exception {
        var ann = testData.agent("Ann", "Api");
        var category = testData.category("Api rules", null);
        var agent = Api.at(base).as(ann, TestData.PASSWORD);
        assertThat(agent.get("/api/admin/rules").status()).isEqualTo(403);
        assertThat(agent.post("/api/admin/rules", "{}").status()).isEqualTo(403);

        var refused = admin().post("/api/admin/rules", """
                {"key":"Bad Key!","name":"","trigger":{"type":"WHENEVER"},
                 "conditions":[{"field":"subject","operator":"matches","value":"(unclosed"},{"field":"colour","operator":"is","value":"red"}],
                 "actions":[{"type":"setTeam","value":"no-such-team"},{"type":"setPriority","value":"SOMEDAY"},
                            {"type":"setCategory","value":"no-such-category"},{"type":"notifyUser","value":"nobody-at-all"},
                            {"type":"explode"}]}""");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(fields(refused.json())).containsExactlyInAnyOrder("key", "name", "trigger.type", "conditions[0].value",
                "conditions[1].field", "actions[0].value", "actions[1].value", "actions[2].value", "actions[3].value", "actions[4].type");
        var noHours = admin().post("/api/admin/rules", """
                {"key":"%s","name":"n","trigger":{"type":"HOURS_SINCE_UPDATE","hours":0},"actions":[{"type":"addTag","value":"x"}]}"""
                .formatted(key("hours")));
        assertThat(fields(noHours.json())).containsExactly("trigger.hours");
        assertThat(admin().post("/api/admin/rules", "{\"key\":").status()).isEqualTo(400);

        var key = key("script");
        var created = admin().post("/api/admin/rules", """
                {"key":"%s","name":"<script>alert(1)</script>","trigger":{"type":"created"},
                 "conditions":[{"field":"category","operator":"is","value":"%s"}],
                 "actions":[{"type":"addNote","value":"<img src=x onerror=alert(1)>Look"}]}""".formatted(key, category));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var read = admin().get("/api/admin/rules/" + key).json();
        assertThat(read.getString("name")).isEqualTo("<script>alert(1)</script>");
        assertThat(read.getJsonObject("trigger").getString("type")).isEqualTo("CREATED");
        var ticket = open("Scripted", testData.requester("Rita", "Api"), category);
        assertThat(asAgent.call(() -> history.messages(ticket.number()))).filteredOn(m -> m.internal()).singleElement()
                .satisfies(note -> assertThat(note.body()).contains("Look").doesNotContain("onerror"));

        var renamed = send(admin(), "/api/admin/rules/" + key, read.toString().replace("<script>alert(1)</script>", "Renamed"));
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        var order = send(admin(), "/api/admin/rules/order", "[\"" + key + "\", \"no-such-rule\"]");
        assertThat(order.status()).isEqualTo(400);
        assertThat(fields(order.json())).containsExactly("keys[1]");
        var reordered = send(admin(), "/api/admin/rules/order", "[\"" + key + "\"]");
        assertThat(reordered.status()).as(reordered.toString()).isEqualTo(200);
        assertThat(reordered.array().getJsonObject(0).getString("key")).isEqualTo(key);
        assertThat(admin().delete("/api/admin/rules/" + key).status()).isEqualTo(204);
        assertThat(admin().get("/api/admin/rules/" + key).status()).isEqualTo(404);
    }

    // ---- helpers

    private static String key(String prefix) {
        return prefix + "-" + Unique.suffix();
    }

    private static RuleDefinition rule(String key, String name, String trigger, Integer hours,
                                       List<RuleDefinition.Condition> conditions, List<RuleDefinition.Action> actions) {
        return new RuleDefinition(key, name, true, null, new RuleDefinition.Trigger(trigger, hours, null), conditions, actions, false);
    }

    private static RuleDefinition.Condition condition(String field, String operator, String value) {
        return new RuleDefinition.Condition(field, operator, value);
    }

    private static RuleDefinition.Action action(String type, String value) {
        return new RuleDefinition.Action(type, value, null);
    }

    private RuleDefinition create(RuleDefinition rule) throws Exception {
        return asAdmin.call(() -> rules.create(rule));
    }

    private TicketDetails open(String subject, String requester, String category) throws Exception {
        var request = NewTicket.of(subject, "Reported on the phone.").forRequester(requester);
        return asAgent.call(() -> desk.open(category == null ? request : request.inCategory(category)));
    }

    private TicketDetails reread(TicketDetails ticket) throws Exception {
        return asAgent.call(() -> finder.find(ticket.number()));
    }

    private List<org.assertj.core.groups.Tuple> changes(String number) throws Exception {
        return asAgent.call(() -> history.history(number)).stream()
                .filter(e -> e.changedField() != null)
                .map(e -> tuple(e.actor().username(), e.field(), e.oldValue(), e.newValue()))
                .toList();
    }

    private long ruleFirings(TicketDetails ticket) throws Exception {
        return asAgent.call(() -> history.history(ticket.number())).stream()
                .filter(e -> TicketField.RULE.equals(e.changedField())).map(HistoryEntry::id).count();
    }

    private Api admin() {
        return Api.at(base).as("admin");
    }

    private static Api.Response send(Api api, String path, String json) {
        return api.send(api.request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static List<String> fields(JsonObject problem) {
        return problem.getJsonArray("errors").stream().map(v -> v.asJsonObject().getString("field")).toList();
    }
}

package org.bilet.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * SLA calendars and policies through the administrators' API, and the watch across a restart.
 */
class SlaAdministrationIT extends ApiTestCase {

    /**
     * Promises a first response within a minute and warns at 1 % of it, so the warning is due within
     * a second; it applies to LOW tickets that came by chat, which no other test opens, and to none
     * once the test is done.
     */
    private static final String POLICY = "restart-test";

    @ArquillianResource
    ManagementClient management;

    @AfterEach
    void policyForNoTicket() {
        admin().put("/api/admin/sla-policies/" + POLICY, policy("SYSTEM"));
    }

    @Test
    void a_calendar_and_a_policy_are_created_read_changed_and_deleted() {
        var calendar = admin().post("/api/admin/calendars", """
                {"key": "kaunas-it", "name": "Kaunas <b>office</b>", "zone": "Europe/Vilnius",
                 "hours": [{"day": "MONDAY", "opens": "08:00", "closes": "12:00"}, {"day": "MONDAY", "opens": "13:00", "closes": "17:00"},
                           {"day": "friday", "opens": "08:00", "closes": "15:00"}],
                 "holidays": [{"day": "2026-02-16", "name": "Valstybės atkūrimo diena"}]}""");
        assertThat(calendar.status()).as(calendar.toString()).isEqualTo(201);
        assertThat(calendar.header("Location")).endsWith("/api/admin/calendars/kaunas-it");
        assertThat(calendar.json().getString("name")).as("kept as text").isEqualTo("Kaunas <b>office</b>");
        assertThat(calendar.json().getJsonArray("hours")).hasSize(3);

        var policy = admin().post("/api/admin/sla-policies", """
                {"key": "kaunas-high", "name": "High in Kaunas", "position": 50, "calendar": "kaunas-it", "priority": "HIGH",
                 "organization": "Nordline Freight", "channel": "PHONE", "firstResponseMinutes": 60, "resolutionMinutes": 480}""");
        assertThat(policy.status()).as(policy.toString()).isEqualTo(201);
        assertThat(policy.json().getInt("warningPercent")).isEqualTo(80);
        assertThat(policy.json().getInt("autoCloseDays")).isEqualTo(7);
        assertThat(admin().get("/api/admin/sla-policies").array().getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("key")).contains("kaunas-high");

        assertThat(admin().delete("/api/admin/calendars/kaunas-it").status()).as("a policy uses it").isEqualTo(409);
        var changed = admin().put("/api/admin/sla-policies/kaunas-high", """
                {"name": "High in Kaunas", "position": 50, "calendar": "always", "priority": "HIGH", "resolutionMinutes": 240}""");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().getString("calendar")).isEqualTo("always");
        assertThat(admin().delete("/api/admin/sla-policies/kaunas-high").status()).isEqualTo(204);
        assertThat(admin().delete("/api/admin/calendars/kaunas-it").status()).isEqualTo(204);
        assertThat(admin().get("/api/admin/calendars/kaunas-it").status()).isEqualTo(404);
    }

    @Test
    void every_mistake_in_a_calendar_or_a_policy_is_named_and_nothing_is_saved() {
        var calendar = admin().post("/api/admin/calendars", """
                {"key": "Bad Key!", "name": "", "zone": "Mars/Olympus",
                 "hours": [{"day": "FUNDAY", "opens": "08:00", "closes": "16:00"}, {"day": "MONDAY", "opens": "16:00", "closes": "08:00"},
                           {"day": "TUESDAY", "opens": "8 am", "closes": "16:00"}],
                 "holidays": [{"day": "2026-05-03", "name": "Constitution Day"}, {"day": "2026-05-03", "name": "Again"},
                              {"day": "2026-02-30", "name": "No such day"}]}""");
        assertThat(calendar.status()).as(calendar.toString()).isEqualTo(400);
        assertThat(calendar.contentType()).startsWith("application/problem+json");
        assertThat(fields(calendar)).containsExactlyInAnyOrder("key", "name", "zone", "hours[0].day", "hours[1].closes",
                "hours[2].opens", "holidays[1].day", "holidays[2].day");

        var policy = admin().post("/api/admin/sla-policies", """
                {"key": "no-calendar", "name": "Nothing right", "team": "no-such-team", "priority": "SOMETIMES",
                 "channel": "PIGEON", "firstResponseMinutes": 0, "warningPercent": 120, "autoCloseDays": 0}""");
        assertThat(policy.status()).as(policy.toString()).isEqualTo(400);
        assertThat(fields(policy)).containsExactlyInAnyOrder("calendar", "team", "priority", "channel",
                "firstResponseMinutes", "warningPercent", "autoCloseDays");
        assertThat(admin().get("/api/admin/sla-policies/no-calendar").status()).isEqualTo(404);

        assertThat(admin().post("/api/admin/calendars", "{not json").status()).isEqualTo(400);
        assertThat(admin().post("/api/admin/sla-policies", "null").status()).isEqualTo(400);
    }

    @Test
    void only_administrators_manage_calendars_and_policies_and_only_staff_read_a_tickets_sla() {
        assertThat(signedIn("agent").get("/api/admin/calendars").status()).isEqualTo(403);
        assertThat(signedIn("manager").post("/api/admin/sla-policies", policy("CHAT")).status()).isEqualTo(403);
        assertThat(signedIn("employee").post("/api/admin/sla/watch", "{}").status()).isEqualTo(403);
        assertThat(anonymous().get("/api/admin/calendars").status()).isEqualTo(401);
        var mine = signedIn("employee").post("/api/tickets", "{\"subject\": \"Where is my SLA?\", \"description\": \"d\"}");
        assertThat(signedIn("employee").get("/api/tickets/" + mine.json().getString("number") + "/sla").status()).isEqualTo(403);
        assertThat(signedIn("agent").get("/api/tickets/" + mine.json().getString("number") + "/sla").status()).isEqualTo(200);
    }

    private static List<String> fields(Api.Response problem) {
        return problem.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList();
    }

    @Test
    void a_warning_raised_before_a_restart_is_not_raised_again_after_it() throws Exception {
        var created = admin().post("/api/admin/sla-policies", policy("CHAT"));
        assertThat(created.status()).as(created.toString()).isIn(201, 400);
        if (created.status() == 400) {
            // Left from an earlier run on the same database: make it apply again.
            assertThat(admin().put("/api/admin/sla-policies/" + POLICY, policy("CHAT")).status()).isEqualTo(200);
        }
        var opened = signedIn("agent").post("/api/tickets", """
                {"subject": "Chat: the label printer is offline", "description": "Reported in the chat.",
                 "requester": "employee", "channel": "CHAT", "priority": "LOW"}""");
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        var number = opened.json().getString("number");
        assertThat(opened.json().getString("slaPolicy")).isEqualTo(POLICY);

        Thread.sleep(1_500);
        assertThat(runWatch().getInt("alerts")).isPositive();
        assertThat(slaAlerts(number)).containsExactly("OK→WARNING");

        restartServer();

        runWatch();
        runWatch();
        assertThat(slaAlerts(number)).as("the same alert after the restart").containsExactly("OK→WARNING");
        assertThat(signedIn("agent").get("/api/tickets/" + number).json().getString("slaState")).isEqualTo("WARNING");
    }

    private Api admin() {
        return anonymous().as("admin");
    }

    private static String policy(String channel) {
        return """
                {"key": "%s", "name": "Chat, low priority (restart test)", "position": 0, "calendar": "always",
                 "priority": "LOW", "channel": "%s", "firstResponseMinutes": 1, "resolutionMinutes": 600, "warningPercent": 1}"""
                .formatted(POLICY, channel);
    }

    private JsonObject runWatch() {
        var pass = admin().post("/api/admin/sla/watch", "{}");
        assertThat(pass.status()).as(pass.toString()).isEqualTo(200);
        return pass.json();
    }

    /** The ticket's SLA alerts in history, as "before→after". */
    private List<String> slaAlerts(String number) {
        return signedIn("agent").get("/api/tickets/" + number + "/history").array().getValuesAs(JsonObject.class).stream()
                .filter(e -> "slaFirstResponse".equals(e.getString("field", null)))
                .map(e -> e.getString("oldValue") + "→" + e.getString("newValue"))
                .toList();
    }

    private void restartServer() throws Exception {
        ServerReload.reload(management, anonymous());
    }
}

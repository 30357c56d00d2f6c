package org.bilet.it.incontainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bilet.it.Api;
import org.bilet.it.Deployments;
import org.bilet.it.time.MovableClock;
import org.bilet.people.Role;
import org.bilet.sla.PolicyDefinition;
import org.bilet.sla.SlaSettings;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The KPIs of a hand-built day with known answers, through the API on MariaDB: three tickets of
 * a team of their own on 3 March 2031 (the server's clock moved there), answered, paused,
 * resolved, reopened as the comments say, so that every figure can be worked out by hand. The
 * team's policy counts round the clock, so business time is wall-clock time less the pauses.
 */
@ExtendWith(ArquillianExtension.class)
class KpiIT {

    private static final Instant NINE = Instant.parse("2031-03-03T09:00:00Z");
    /** Real seconds pass between the test's calls, and the clocks count them too. */
    private static final double MINUTE = 1 / 60.0;

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
    AsAdmin asAdmin;

    @EJB
    SlaSettings settings;

    @EJB
    TicketTimes times;

    private String team;
    private String category;
    private String agent;
    private Api agentApi;
    private Api requesterApi;
    private Api manager;
    private String requester;

    @BeforeEach
    void desk() throws Exception {
        clock.reset();
        agent = testData.agent("Kai", "Metric");
        team = testData.team("KPI desk", agent);
        category = testData.category("KPI printers", team);
        requester = testData.requester("Rita", "Counts");
        agentApi = Api.at(base).as(agent, TestData.PASSWORD);
        requesterApi = Api.at(base).as(requester, TestData.PASSWORD);
        manager = Api.at(base).as(testData.user("manager", "Mia", "Numbers", Role.MANAGER), TestData.PASSWORD);
        asAdmin.call(() -> settings.createPolicy(new PolicyDefinition(category + "-kpi", "KPI printers", 0, false, "always",
                null, category, null, null, null, 60, 120, 480, 80, 7)));
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void a_day_of_three_tickets_adds_up_to_the_figures_worked_out_by_hand() {
        clock.jumpTo(NINE);
        var a = open("Printer A jams", "kpi-jam");
        var b = open("Printer B is offline", "kpi-jam");
        // A: answered after 30 minutes, waits on the requester 2 hours, resolved 20 minutes after her reply.
        at(9, 30);
        reply(agentApi, a, "Which tray?");
        at(9, 40);
        change(a, "{\"status\":\"WAITING\"}");
        at(11, 0);
        // B: answered late (2 hours, the promise is 1), resolved 10 minutes later.
        reply(agentApi, b, "Restarted the print server.");
        at(11, 10);
        change(b, "{\"status\":\"RESOLVED\",\"resolution\":\"Print server restarted.\"}");
        at(11, 40);
        reply(requesterApi, a, "Tray 2.");
        at(12, 0);
        change(a, "{\"status\":\"RESOLVED\",\"resolution\":\"Cleared tray 2.\"}");
        // B is reopened by its requester at 13:00 and resolved again after one more reply.
        at(13, 0);
        reply(requesterApi, b, "Offline again.");
        at(13, 20);
        reply(agentApi, b, "Replaced the network cable.");
        at(13, 30);
        change(b, "{\"status\":\"RESOLVED\",\"resolution\":\"Cable replaced.\"}");
        // C: opened late in the evening (UTC), still open; already 4 March in Warsaw.
        at(23, 30);
        var c = open("Printer C smells", null);

        var kpi = kpi("from=2031-03-03&to=2031-03-03&zone=UTC&team=" + team);
        assertThat(kpi.getString("basis")).isEqualTo("BUSINESS_HOURS");
        assertThat(kpi.getBoolean("empty")).isFalse();
        var volume = kpi.getJsonObject("volume");
        assertThat(longs(volume, "created", "resolved", "closed", "reopened")).containsExactly(3L, 2L, 0L, 1L);
        var day = volume.getJsonArray("days").getJsonObject(0);
        assertThat(day.getString("day")).isEqualTo("2031-03-03");
        assertThat(longs(day, "created", "resolved", "backlog")).containsExactly(3L, 2L, 1L);
        assertThat(volume.getJsonArray("byCategory").getJsonObject(0).getString("key")).isEqualTo(category);
        assertThat(volume.getJsonArray("byTeam").getJsonObject(0).getJsonNumber("count").longValue()).isEqualTo(3);

        // First responses: A 0.5 h, B 2 h.
        var first = kpi.getJsonObject("firstResponse");
        assertThat(first.getJsonNumber("count").longValue()).isEqualTo(2);
        assertThat(hours(first, "medianHours")).isCloseTo(1.25, within(MINUTE));
        assertThat(hours(first, "meanHours")).isCloseTo(1.25, within(MINUTE));
        assertThat(hours(first, "p90Hours")).isCloseTo(1.85, within(MINUTE));
        // Resolutions, business time: A 40 + 20 minutes (the wait left out), B 130 + 30 minutes (the reopened part added).
        var resolution = kpi.getJsonObject("resolution");
        assertThat(hours(resolution, "medianHours")).isCloseTo((1 + 160 / 60.0) / 2, within(MINUTE));
        assertThat(resolution.getJsonArray("distribution").getValuesAs(JsonObject.class))
                .extracting(bucket -> bucket.getJsonNumber("count").longValue()).containsExactly(0L, 2L, 0L, 0L, 0L, 0L, 0L);

        var sla = kpi.getJsonObject("sla");
        assertThat(longs(sla, "firstResponseMeasured", "firstResponseMet", "resolutionMeasured", "resolutionMet"))
                .containsExactly(2L, 1L, 2L, 2L);
        assertThat(sla.getJsonNumber("firstResponseCompliance").doubleValue()).isEqualTo(0.5);
        var breaches = sla.getJsonArray("byTeam").getJsonObject(0);
        assertThat(breaches.getString("key")).isEqualTo(team);
        assertThat(longs(breaches, "measured", "breached")).containsExactly(2L, 1L);

        // One of two resolved tickets reopened; replies 1 (A) and 2 (B); only A resolved with one touch.
        var quality = kpi.getJsonObject("quality");
        assertThat(quality.getJsonNumber("reopenRate").doubleValue()).isEqualTo(0.5);
        assertThat(quality.getJsonNumber("repliesPerTicket").doubleValue()).isEqualTo(1.5);
        assertThat(quality.getJsonNumber("oneTouchRate").doubleValue()).isEqualTo(0.5);

        var agents = kpi.getJsonArray("agents").getValuesAs(JsonObject.class);
        assertThat(agents).extracting(x -> x.getString("username")).containsExactly(agent);
        assertThat(longs(agents.get(0), "handled", "replies")).containsExactly(2L, 3L);
        assertThat(agents.get(0).getJsonNumber("slaCompliance").doubleValue()).isEqualTo(1.0);
        assertThat(kpi.getJsonArray("best").getValuesAs(JsonObject.class)).extracting(x -> x.getString("username")).containsExactly(agent);
        assertThat(kpi.getJsonObject("recurring").getJsonArray("topTags").getJsonObject(0).getString("key")).isEqualTo("kpi-jam");

        // Without a filter the tags are counted from their own copy, which follows a retagging.
        change(c, "{\"tags\":[\"kpi-smell\"]}");
        var tags = kpi("from=2031-03-03&to=2031-03-03&zone=UTC").getJsonObject("recurring").getJsonArray("topTags")
                .getValuesAs(JsonObject.class);
        assertThat(tags).filteredOn(t -> t.getString("key").startsWith("kpi-"))
                .extracting(t -> t.getString("key"), t -> t.getJsonNumber("count").longValue())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("kpi-jam", 2L), org.assertj.core.groups.Tuple.tuple("kpi-smell", 1L));

        // In Warsaw, C was opened on 4 March: the 3rd holds two tickets, both resolved.
        var warsaw = kpi("from=2031-03-03&to=2031-03-03&zone=Europe/Warsaw&team=" + team).getJsonObject("volume");
        assertThat(longs(warsaw, "created", "resolved")).containsExactly(2L, 2L);
        var next = kpi("from=2031-03-04&to=2031-03-05&zone=Europe/Warsaw&team=" + team).getJsonObject("volume");
        assertThat(next.getJsonArray("days").getValuesAs(JsonObject.class))
                .extracting(d -> d.getJsonNumber("created").longValue(), d -> d.getJsonNumber("backlog").longValue())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, 1L), org.assertj.core.groups.Tuple.tuple(0L, 1L));
        assertThat(c).isNotBlank();
    }

    @Test
    void tickets_without_sla_clocks_are_measured_on_the_wall_clock() {
        clock.jumpTo(NINE.plus(Duration.ofDays(10)));
        var ticket = open("Printer D is slow", null);
        clock.advance(Duration.ofHours(3));
        reply(agentApi, ticket, "Updated the driver.");
        change(ticket, "{\"status\":\"RESOLVED\",\"resolution\":\"Driver updated.\"}");
        times.asBeforeSla(ticket, null);

        var kpi = kpi("from=2031-03-13&to=2031-03-13&zone=UTC&team=" + team);
        assertThat(kpi.getString("basis")).isEqualTo("WALL_CLOCK");
        assertThat(hours(kpi.getJsonObject("resolution"), "medianHours")).isCloseTo(3, within(MINUTE));
        assertThat(kpi.getJsonObject("sla").getJsonNumber("resolutionMeasured").longValue()).isZero();
    }

    @Test
    void a_period_without_tickets_is_a_valid_report_that_says_so() {
        var kpi = kpi("from=2031-01-01&to=2031-01-31&team=" + team);
        assertThat(kpi.getBoolean("empty")).isTrue();
        assertThat(kpi.getJsonObject("volume").getJsonArray("days")).hasSize(31);
        assertThat(kpi.getJsonObject("firstResponse").get("medianHours")).isIn(null, JsonValue.NULL);
    }

    @Test
    void bad_parameters_are_refused_naming_them() {
        for (var refused : List.of(
                new String[]{"from=2031-03-05&to=2031-03-01", "to"},
                new String[]{"from=2020-01-01&to=2026-01-02", "to"},
                new String[]{"from=2031-13-01&to=2031-03-01", "from"},
                new String[]{"to=2031-03-01", "from"},
                new String[]{"from=2031-03-01&to=2031-03-02&team=no-such-team", "team"},
                new String[]{"from=2031-03-01&to=2031-03-02&category=%3Cscript%3E", "category"},
                new String[]{"from=2031-03-01&to=2031-03-02&channel=PIGEON", "channel"},
                new String[]{"from=2031-03-01&to=2031-03-02&zone=Mars/Olympus", "zone"},
                new String[]{"from=2031-03-01&to=2031-03-02&agent=" + requester, "agent"})) {
            var response = manager.get("/api/reports/kpi?" + refused[0]);
            assertThat(response.status()).as(refused[0]).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                    .as(refused[0]).extracting(e -> e.getString("field")).containsExactly(refused[1]);
        }
    }

    @Test
    void only_managers_and_administrators_read_the_figures() {
        assertThat(agentApi.get("/api/reports/kpi?from=2031-03-01&to=2031-03-02").status()).isEqualTo(403);
        assertThat(requesterApi.get("/api/reports/kpi?from=2031-03-01&to=2031-03-02").status()).isEqualTo(403);
        assertThat(Api.at(base).get("/api/reports/kpi?from=2031-03-01&to=2031-03-02").status()).isEqualTo(401);
        assertThat(Api.at(base).as("admin").get("/api/reports/kpi?from=2031-03-01&to=2031-03-02").status()).isEqualTo(200);
    }

    private void at(int hour, int minute) {
        clock.jumpTo(NINE.plus(Duration.ofHours(hour - 9).plusMinutes(minute)));
    }

    private JsonObject kpi(String query) {
        var response = manager.get("/api/reports/kpi?" + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private String open(String subject, String tag) {
        var created = agentApi.post("/api/tickets", "{\"subject\":\"" + subject + "\",\"description\":\"On floor 2.\","
                + "\"requester\":\"" + requester + "\",\"category\":\"" + category + "\""
                + (tag == null ? "" : ",\"tags\":[\"" + tag + "\"]") + "}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var number = created.json().getString("number");
        change(number, "{\"assignee\":\"" + agent + "\"}");
        return number;
    }

    private void change(String number, String json) {
        var read = agentApi.get("/api/tickets/" + number);
        var changed = agentApi.patch("/api/tickets/" + number, json, "\"" + read.json().getJsonNumber("version").longValue() + "\"");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    }

    private static void reply(Api api, String number, String text) {
        var posted = api.post("/api/tickets/" + number + "/messages", "{\"body\":\"" + text + "\"}");
        assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
    }

    private static double hours(JsonObject figures, String name) {
        return ((JsonNumber) figures.get(name)).doubleValue();
    }

    private static List<Long> longs(JsonObject object, String... names) {
        return java.util.Arrays.stream(names).map(n -> object.getJsonNumber(n).longValue()).toList();
    }
}

package org.bilet.it.incontainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
        var c = aDayOfThreeTickets()[2];

        var kpi = kpi("from=2031-03-03&to=2031-03-03&zone=UTC&team=" + team);
        assertThat(kpi.getString("basis")).isEqualTo("BUSINESS_HOURS");
        assertThat(kpi.getBoolean("empty")).isFalse();
        assertThat(kpi.getJsonObject("faqSuggestions").getJsonArray("items")).isNotNull();
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
        var retag = "kpi-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        change(c, "{\"tags\":[\"" + retag + "\"]}");
        var tags = kpi("from=2031-03-03&to=2031-03-03&zone=UTC").getJsonObject("recurring").getJsonArray("topTags")
                .getValuesAs(JsonObject.class);
        assertThat(tags).filteredOn(t -> t.getString("key").equals(retag))
                .extracting(t -> t.getJsonNumber("count").longValue()).containsExactly(1L);

        // In Warsaw, C was opened on 4 March: the 3rd holds two tickets, both resolved.
        var warsaw = kpi("from=2031-03-03&to=2031-03-03&zone=Europe/Warsaw&team=" + team).getJsonObject("volume");
        assertThat(longs(warsaw, "created", "resolved")).containsExactly(2L, 2L);
        var next = kpi("from=2031-03-04&to=2031-03-05&zone=Europe/Warsaw&team=" + team).getJsonObject("volume");
        assertThat(next.getJsonArray("days").getValuesAs(JsonObject.class))
                .extracting(d -> d.getJsonNumber("created").longValue(), d -> d.getJsonNumber("backlog").longValue())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, 1L), org.assertj.core.groups.Tuple.tuple(0L, 1L));
        assertThat(c).isNotBlank();
    }

    /**
     * Each bar and row a manager clicks lists exactly as many tickets as it shows: the days of the volume chart, the split by
     * channel, category, priority and team, the breaches by team and category, each agent's handled tickets, the low
     * ratings and the top tags and categories; and with the known answers of the day worked out by hand.
     */
    @Test
    void every_bar_and_row_lists_as_many_tickets_as_it_counts() {
        var tickets = aDayOfThreeTickets();
        at(23, 40);
        answer(tickets[0], 2);
        answer(tickets[1], 5);
        var period = "from=2031-03-03&to=2031-03-03&zone=UTC&team=" + team;
        var kpi = kpi(period);
        var volume = kpi.getJsonObject("volume");

        var day = volume.getJsonArray("days").getJsonObject(0);
        assertThat(drilled(period, "CREATED", "day=2031-03-03").getJsonNumber("total").longValue()).isEqualTo(3)
                .isEqualTo(day.getJsonNumber("created").longValue());
        assertThat(total(period, "RESOLVED", "day=2031-03-03")).isEqualTo(day.getJsonNumber("resolved").longValue());
        // In Warsaw C belongs to the 4th: the day's bounds are the zone's.
        var warsaw = period.replace("zone=UTC", "zone=Europe/Warsaw").replace("to=2031-03-03", "to=2031-03-04");
        assertThat(total(warsaw, "CREATED", "day=2031-03-03")).isEqualTo(2);
        assertThat(total(warsaw, "CREATED", "day=2031-03-04")).isEqualTo(1);

        for (var split : List.of("Channel", "Category", "Priority", "Team")) {
            var counts = volume.getJsonArray("by" + split).getValuesAs(JsonObject.class);
            assertThat(counts).as(split).isNotEmpty();
            for (var count : counts) {
                assertThat(total(period, "CREATED", "dimension=" + split.toLowerCase() + keyOf(count)))
                        .as(split + " " + count).isEqualTo(count.getJsonNumber("count").longValue());
            }
        }
        var sla = kpi.getJsonObject("sla");
        for (var split : List.of("Team", "Category")) {
            for (var breaches : sla.getJsonArray("by" + split).getValuesAs(JsonObject.class)) {
                assertThat(total(period, "BREACHED", "dimension=" + split.toLowerCase() + keyOf(breaches)))
                        .as(split + " " + breaches).isEqualTo(breaches.getJsonNumber("breached").longValue());
            }
        }
        var breached = drilled(period, "BREACHED", "dimension=team&key=" + team);
        assertThat(breached.getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(breached.getJsonArray("rows").getValuesAs(JsonObject.class)).extracting(r -> r.getString("number"))
                .containsExactly(tickets[1]);

        for (var agentRow : kpi.getJsonArray("agents").getValuesAs(JsonObject.class)) {
            assertThat(total(period, "RESOLVED", "dimension=agent&key=" + agentRow.getString("username")))
                    .as(agentRow.toString()).isEqualTo(agentRow.getJsonNumber("handled").longValue());
        }
        assertThat(total(period, "RESOLVED", "dimension=agent&key=" + agent)).isEqualTo(2);

        var scores = kpi.getJsonObject("csat").getJsonArray("scores").getValuesAs(JsonNumber.class);
        var low = drilled(period, "LOW_CSAT", null);
        assertThat(low.getJsonNumber("total").longValue())
                .isEqualTo(scores.get(0).longValue() + scores.get(1).longValue() + scores.get(2).longValue()).isEqualTo(1);
        assertThat(low.getJsonArray("rows").getValuesAs(JsonObject.class)).extracting(r -> r.getString("number"))
                .containsExactly(tickets[0]);

        var recurring = kpi.getJsonObject("recurring");
        for (var tag : recurring.getJsonArray("topTags").getValuesAs(JsonObject.class)) {
            assertThat(total(period, "CREATED", "dimension=tag" + keyOf(tag))).as(tag.toString())
                    .isEqualTo(tag.getJsonNumber("count").longValue());
        }
        assertThat(total(period, "CREATED", "dimension=tag&key=kpi-jam")).isEqualTo(2);
        for (var category : recurring.getJsonArray("topCategories").getValuesAs(JsonObject.class)) {
            assertThat(total(period, "CREATED", "dimension=category" + keyOf(category))).as(category.toString())
                    .isEqualTo(category.getJsonNumber("count").longValue());
        }
        // Narrowed to a value no ticket of the filter has: none, and a page of the list is a page.
        assertThat(total(period, "CREATED", "dimension=channel&key=PHONE")).isZero();
        assertThat(drilled(period, "CREATED", "first=1&size=1").getJsonArray("rows")).hasSize(1);
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
    void a_drill_down_with_a_bad_or_unknown_narrowing_is_refused_naming_it() {
        var period = "from=2031-03-01&to=2031-03-02";
        for (var refused : List.of(
                new String[]{"figure=CREATED&dimension=team&key=no-such-team", "key"},
                new String[]{"figure=CREATED&dimension=category&key=no-such-category", "key"},
                new String[]{"figure=CREATED&dimension=priority&key=NOPE", "key"},
                new String[]{"figure=CREATED&dimension=channel&key=PIGEON", "key"},
                new String[]{"figure=RESOLVED&dimension=agent&key=" + requester, "key"},
                new String[]{"figure=CREATED&dimension=tag&key=no-such-tag-anywhere", "key"},
                new String[]{"figure=CREATED&dimension=tag", "key"},
                new String[]{"figure=CREATED&dimension=planet&key=mars", "dimension"},
                new String[]{"figure=CREATED&key=" + team, "dimension"},
                new String[]{"figure=CREATED&day=2031-04-01", "day"},
                new String[]{"figure=CREATED&day=yesterday", "day"},
                new String[]{"figure=CREATED&day=2031-03-01&dimension=team&key=" + team, "day"},
                new String[]{"figure=NOT_A_FIGURE", "figure"},
                new String[]{"dimension=team&key=" + team, "figure"},
                new String[]{"figure=CREATED&first=abc", "first"})) {
            var response = manager.get("/api/reports/kpi/tickets?" + period + "&" + refused[0]);
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
        var drill = "/api/reports/kpi/tickets?figure=CREATED&from=2031-03-01&to=2031-03-02&dimension=team&key=" + team;
        assertThat(agentApi.get(drill).status()).isEqualTo(403);
        assertThat(requesterApi.get(drill).status()).isEqualTo(403);
        assertThat(Api.at(base).get(drill).status()).isEqualTo(401);
        assertThat(manager.get(drill).status()).isEqualTo(200);
        assertThat(Api.at(base).as("admin").get(drill).status()).isEqualTo(200);
    }

    /**
     * A day of three tickets of the team, on 3 March 2031 (UTC): A and B in the morning, both answered and resolved, B
     * reopened and resolved again; C opened at 23:30, still open. Answers A, B and C's numbers.
     */
    private String[] aDayOfThreeTickets() {
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
        return new String[]{a, b, c};
    }


    private void at(int hour, int minute) {
        clock.jumpTo(NINE.plus(Duration.ofHours(hour - 9).plusMinutes(minute)));
    }

    /** The first page of the tickets behind a figure of the period, narrowed (or not: null). */
    private JsonObject drilled(String period, String figure, String narrowing) {
        var response = manager.get("/api/reports/kpi/tickets?" + period + "&figure=" + figure + (narrowing == null ? "" : "&" + narrowing));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private long total(String period, String figure, String narrowing) {
        return drilled(period, figure, narrowing).getJsonNumber("total").longValue();
    }

    /** A bar's key as a query parameter; the bar of tickets without a value has none. */
    private static String keyOf(JsonObject count) {
        var key = count.get("key");
        return key == null || key == JsonValue.NULL ? "" : "&key=" + URLEncoder.encode(count.getString("key"), StandardCharsets.UTF_8);
    }

    private void answer(String number, int rating) {
        var answered = requesterApi.post("/api/tickets/" + number + "/survey", "{\"rating\": " + rating + "}");
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
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

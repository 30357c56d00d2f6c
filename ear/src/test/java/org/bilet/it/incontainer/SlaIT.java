package org.bilet.it.incontainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bilet.it.Api;
import org.bilet.it.Deployments;
import org.bilet.it.time.MovableClock;
import org.bilet.sla.PolicyDefinition;
import org.bilet.sla.SlaSettings;
import org.bilet.sla.SlaWatch;
import org.bilet.tickets.HistoryEntry;
import org.bilet.tickets.TicketField;
import org.bilet.tickets.TicketHistory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A ticket's SLA through its whole life, through the API, with the server's clock moved forward:
 * the promises of its policy, paused while waiting, resumed by the requester's reply, retargeted
 * by a new priority, warned and breached once by the watch, resumed on reopening, and closed by
 * Bilet when the requester leaves a resolution unanswered. The policies here apply only to this
 * test's category and count round the clock, so minutes of business time are minutes.
 */
@ExtendWith(ArquillianExtension.class)
class SlaIT {

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
    AsAgent asAgent;

    @EJB
    AsBilet asBilet;

    @EJB
    SlaSettings settings;

    @EJB
    SlaWatch watch;

    @EJB
    TicketHistory history;

    private String category;
    private String requester;
    private Api agentApi;
    private Api requesterApi;

    @BeforeEach
    void policies() throws Exception {
        clock.reset();
        testData.ensureAgent();
        var team = testData.team("SLA desk", TestData.AGENT);
        category = testData.category("SLA hardware", team);
        requester = testData.requester("Sara", "Lamport");
        agentApi = Api.at(base).as(TestData.AGENT, TestData.PASSWORD);
        requesterApi = Api.at(base).as(requester, TestData.PASSWORD);
        // Before every other policy; urgent first, being created first.
        asAdmin.call(() -> settings.createPolicy(new PolicyDefinition(category + "-urgent", "Urgent hardware", 0, false, "always",
                "URGENT", category, null, null, null, 15, 30, 120, 80, 7)));
        asAdmin.call(() -> settings.createPolicy(new PolicyDefinition(category + "-normal", "Hardware", 0, false, "always",
                null, category, null, null, null, 60, 120, 480, 80, 7)));
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void a_ticket_keeps_its_promises_through_waiting_reprioritising_reopening_and_auto_close() throws Exception {
        var opened = open("The docking station is dead");
        var number = opened.getString("number");
        var t0 = Instant.parse(opened.getString("createdAt"));
        assertThat(opened.getString("slaPolicy")).isEqualTo(category + "-normal");
        assertThat(opened.getString("slaState")).isEqualTo("OK");
        assertThat(instant(opened, "firstResponseDueAt")).isEqualTo(t0.plus(Duration.ofMinutes(60)));
        assertThat(instant(opened, "resolutionDueAt")).isEqualTo(t0.plus(Duration.ofMinutes(480)));
        assertThat(opened.get("nextResponseDueAt")).as("absent: nothing to answer yet").isNull();

        // Answered after 30 minutes, then waiting on the requester for two hours.
        clock.advance(Duration.ofMinutes(30));
        reply(agentApi, number, "Which model is it?");
        clock.advance(Duration.ofMinutes(10));
        var waiting = change(number, "{\"status\":\"WAITING\"}");
        assertThat(waiting.getString("slaState")).isEqualTo("PAUSED");
        assertThat(waiting.get("resolutionDueAt")).as("absent while paused").isNull();

        clock.advance(Duration.ofMinutes(120));
        var resumedAt = clock.instant();
        reply(requesterApi, number, "It is the USB-C dock, model D6000.");
        var resumed = ticket(number);
        assertThat(resumed.getString("status")).isEqualTo("OPEN");
        // 40 of 480 minutes used before the pause; the two hours of waiting do not count.
        assertAbout(instant(resumed, "resolutionDueAt"), resumedAt.plus(Duration.ofMinutes(440)));
        assertAbout(instant(resumed, "nextResponseDueAt"), resumedAt.plus(Duration.ofMinutes(120)));

        // Urgent now: 60 minutes used of 120 for the resolution, 20 of 30 for the next response.
        clock.advance(Duration.ofMinutes(20));
        var urgentAt = clock.instant();
        var urgent = change(number, "{\"priority\":\"URGENT\"}");
        assertThat(urgent.getString("slaPolicy")).isEqualTo(category + "-urgent");
        assertAbout(instant(urgent, "resolutionDueAt"), urgentAt.plus(Duration.ofMinutes(60)));
        assertAbout(instant(urgent, "nextResponseDueAt"), urgentAt.plus(Duration.ofMinutes(10)));

        // Fifteen minutes later the next response is late; the watch says so once.
        clock.advance(Duration.ofMinutes(15));
        assertThat(asBilet.call(() -> watch.pass()).alerts()).isPositive();
        assertThat(ticket(number).getString("slaState")).isEqualTo("BREACHED");
        assertThat(asBilet.call(() -> watch.pass()).alerts()).isZero();
        assertThat(slaHistory(number)).containsExactly(
                tuple("slaPolicy", category + "-normal", category + "-urgent"),
                tuple("slaNextResponse", "OK", "BREACHED"));

        // Answered late and resolved in time; the requester reopens; the resolution clock resumes.
        reply(agentApi, number, "A new dock is on its way.");
        var resolved = change(number, "{\"status\":\"RESOLVED\",\"resolution\":\"Replaced the dock.\"}");
        assertThat(resolved.getString("slaState")).isEqualTo("BREACHED");
        clock.advance(Duration.ofHours(2));
        var reopenedAt = clock.instant();
        var reopened = requesterApi.patch("/api/tickets/" + number, "{\"status\":\"OPEN\"}",
                "\"" + ticket(number).getJsonNumber("version").longValue() + "\"");
        assertThat(reopened.status()).as(reopened.toString()).isEqualTo(200);
        // 75 of 120 minutes were used when it was resolved.
        assertAbout(instant(ticket(number), "resolutionDueAt"), reopenedAt.plus(Duration.ofMinutes(45)));

        // Resolved again and left unanswered for a week: Bilet closes it, keeping the resolution.
        reply(agentApi, number, "Swapped the cable as well.");
        change(number, "{\"status\":\"RESOLVED\",\"resolution\":\"Replaced the dock and its cable.\"}");
        clock.advance(Duration.ofDays(7).plusMinutes(1));
        assertThat(asBilet.call(() -> watch.pass()).closed()).isPositive();
        var closed = ticket(number);
        assertThat(closed.getString("status")).isEqualTo("CLOSED");
        assertThat(closed.getString("resolution")).isEqualTo("Replaced the dock and its cable.");
        assertThat(asAgent.call(() -> history.history(number))).filteredOn(e -> TicketField.STATUS.equals(e.changedField()))
                .last().extracting(e -> e.actor().username(), HistoryEntry::newValue).containsExactly("@bilet", "CLOSED");

        // The explanation shows each clock's moves and why.
        var explained = agentApi.get("/api/tickets/" + number + "/sla");
        assertThat(explained.status()).as(explained.toString()).isEqualTo(200);
        var resolution = explained.json().getJsonArray("promises").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("kind").equals("RESOLUTION")).findFirst().orElseThrow();
        assertThat(resolution.getJsonArray("timeline").getValuesAs(JsonObject.class))
                .extracting(s -> s.getString("move"), s -> s.containsKey("reason") ? s.getString("reason") : null)
                .containsExactly(tuple("STARTED", category + "-normal"), tuple("PAUSED", "WAITING"), tuple("RESUMED", "OPEN"),
                        tuple("RETARGETED", category + "-urgent"), tuple("STOPPED", "RESOLVED"), tuple("REOPENED", "OPEN"),
                        tuple("STOPPED", "RESOLVED"));
        assertThat(resolution.getString("state")).isEqualTo("MET");
        assertThat(explained.json().getJsonObject("calendar").getString("key")).isEqualTo("always");
        assertThat(requesterApi.get("/api/tickets/" + number + "/sla").status()).isEqualTo(403);
    }

    @Test
    void a_snoozed_ticket_wakes_when_its_snooze_ends_and_its_clocks_run_again() throws Exception {
        var number = open("The projector needs a new lamp").getString("number");
        var until = clock.instant().plus(Duration.ofHours(1));
        var held = change(number, "{\"status\":\"ON_HOLD\",\"snoozeUntil\":\"" + until + "\"}");
        assertThat(held.getString("slaState")).isEqualTo("PAUSED");

        clock.advance(Duration.ofMinutes(90));
        var wokenAt = clock.instant();
        assertThat(asBilet.call(() -> watch.pass()).woken()).isPositive();

        var woken = ticket(number);
        assertThat(woken.getString("status")).isEqualTo("OPEN");
        assertThat(woken.getString("slaState")).isEqualTo("OK");
        // Put on hold as soon as it was opened: the whole hour for the first response is left.
        assertAbout(instant(woken, "firstResponseDueAt"), wokenAt.plus(Duration.ofMinutes(60)));
    }

    @Test
    void the_at_risk_queue_holds_the_tickets_whose_promises_warn_or_are_breached() throws Exception {
        var warned = open("The scanner is slow").getString("number");
        var paused = open("The plotter needs paper").getString("number");
        var answered = open("The mouse is missing").getString("number");
        change(paused, "{\"status\":\"WAITING\"}");
        reply(agentApi, answered, "A new mouse is on your desk.");

        // 80 % of the hour for the first response has passed.
        clock.advance(Duration.ofMinutes(50));
        asBilet.call(() -> watch.pass());

        var page = agentApi.get("/api/tickets?queue=AT_RISK&category=" + category + "&size=50");
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(t -> t.getString("number"), t -> t.getString("slaState"))
                .containsExactly(tuple(warned, "WARNING"));
        assertThat(ticket(paused).getString("slaState")).isEqualTo("PAUSED");
        assertThat(ticket(answered).getString("slaState")).isEqualTo("OK");
    }

    @Test
    void closing_without_a_note_is_refused_unless_the_ticket_was_resolved() throws Exception {
        var number = open("The badge reader beeps").getString("number");
        var version = ticket(number).getJsonNumber("version").longValue();

        var refused = agentApi.patch("/api/tickets/" + number, "{\"status\":\"CLOSED\"}", "\"" + version + "\"");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body()).contains("resolution").contains("closing note");
        assertThat(ticket(number).getString("status")).isEqualTo("NEW");

        var closed = change(number, "{\"status\":\"CLOSED\",\"resolution\":\"Reported twice; see the earlier ticket.\"}");
        assertThat(closed.getString("status")).isEqualTo("CLOSED");
        assertThat(closed.getString("resolution")).isEqualTo("Reported twice; see the earlier ticket.");
    }

    private JsonObject open(String subject) {
        var created = agentApi.post("/api/tickets", "{\"subject\":\"" + subject + "\",\"description\":\"Reported on the phone.\","
                + "\"requester\":\"" + requester + "\",\"category\":\"" + category + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    private JsonObject ticket(String number) {
        var read = agentApi.get("/api/tickets/" + number);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        return read.json();
    }

    private JsonObject change(String number, String json) {
        var version = ticket(number).getJsonNumber("version").longValue();
        var changed = agentApi.patch("/api/tickets/" + number, json, "\"" + version + "\"");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        return changed.json();
    }

    private static void reply(Api api, String number, String text) {
        var posted = api.post("/api/tickets/" + number + "/messages", "{\"body\":\"" + text + "\"}");
        assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
    }

    /** Real seconds pass between the test's calls, and the clocks count them too. */
    private static void assertAbout(Instant actual, Instant expected) {
        assertThat(actual).isBetween(expected.minusSeconds(15), expected.plusSeconds(15));
    }

    private static Instant instant(JsonObject ticket, String field) {
        return Instant.parse(ticket.getString(field));
    }

    private List<org.assertj.core.groups.Tuple> slaHistory(String number) throws Exception {
        return asAgent.call(() -> history.history(number)).stream()
                .filter(e -> e.changedField() != null && e.changedField().storedName().startsWith("sla"))
                .map(e -> tuple(e.changedField().storedName(), e.oldValue(), e.newValue()))
                .toList();
    }
}

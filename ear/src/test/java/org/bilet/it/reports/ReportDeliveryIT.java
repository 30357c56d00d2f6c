package org.bilet.it.reports;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.bilet.it.Api;
import org.bilet.it.Deployments;
import org.bilet.it.MailParts;
import org.bilet.it.ServerReload;
import org.bilet.server.TestMailExtension;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A manager's daily KPI report, end to end: subscribed through the API, delivered by the watch
 * once its day has ended as a PDF attached to a mail in the subscriber's language, never twice for
 * a day (also when the server restarts between two passes), and the days missed while nobody
 * looked delivered when the watch runs again. Mail is read from the in-process GreenMail server.
 */
@ExtendWith(ArquillianExtension.class)
class ReportDeliveryIT {

    private static final Duration ARRIVAL = Duration.ofSeconds(20);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.withWebClasses(Deployments.withMovableClock(Deployments.bilet()), ReportWatchResource.class);
    }

    @ArquillianResource
    URL base;

    @ArquillianResource
    ManagementClient management;

    @AfterEach
    void backToNow() {
        Api.at(base).as("admin").post("/api/test/reports/clock/reset", "{}");
    }

    @Test
    void each_day_is_delivered_once_as_a_pdf_also_across_a_restart_and_missed_days_are_caught_up() throws Exception {
        var manager = Api.at(base).as("manager");
        var recipient = "raportai." + System.nanoTime() + "@example.lt";
        var created = manager.post("/api/reports/subscriptions", """
                {"report": "kpi", "format": "PDF", "frequency": "DAILY", "zone": "UTC", "locale": "pl", "sendHour": 6,
                 "recipients": ["Ona Žukaitė <%s>"]}""".formatted(recipient));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var subscription = created.json();
        var today = LocalDate.parse(subscription.getString("nextPeriodStart"));
        assertThat(Instant.parse(subscription.getString("nextDueAt"))).isEqualTo(today.plusDays(1).atTime(6, 0).toInstant(ZoneOffset.UTC));

        var id = subscription.getJsonNumber("id").longValue();
        // Nothing before the day has ended and the hour has come. (The watch's own timer may run a
        // pass between the test's steps too: what counts is what was delivered, not who delivered it.)
        pass();
        assertThat(deliveries(manager, id)).isEmpty();
        jumpTo(today.plusDays(1), 6, 1);
        pass();
        assertThat(deliveries(manager, id)).containsExactly(today.toString());
        var first = awaitMail(recipient, 1).get(0);
        assertThat(first.getSubject()).contains("raport KPI").contains(today.getYear() + "");
        var pdf = MailParts.attachment(first);
        assertThat(pdf.getFileName()).startsWith("bilet-kpi-" + today).endsWith(".pdf");
        assertThat(pdf.getContentType()).startsWith("application/pdf");
        assertThat(new String(pdf.getInputStream().readNBytes(5))).isEqualTo("%PDF-");
        pass();
        assertThat(deliveries(manager, id)).as("the same day again").containsExactly(today.toString());

        // A restart between two passes changes nothing: the day stays delivered once.
        ServerReload.reload(management, Api.at(base));
        jumpTo(today.plusDays(1), 6, 30);
        pass();
        assertThat(deliveries(manager, id)).containsExactly(today.toString());

        // Two more days pass unwatched: both are delivered by the next pass, in order, and no more.
        jumpTo(today.plusDays(3), 6, 1);
        pass();
        pass();
        assertThat(deliveries(manager, id))
                .containsExactly(today.plusDays(2).toString(), today.plusDays(1).toString(), today.toString());
        awaitMail(recipient, 3);
        var log = manager.get("/api/reports/deliveries?subscription=" + id).array().getValuesAs(JsonObject.class);
        assertThat(log).allSatisfy(d -> assertThat(d.getString("state")).isIn("QUEUED", "SENT"));
    }

    @Test
    void a_subscription_that_breaks_the_rules_is_refused_naming_each_field() {
        var manager = Api.at(base).as("manager");
        var refused = manager.post("/api/reports/subscriptions", """
                {"report": "kpi", "frequency": "WEEKLY", "sendHour": 25, "team": "no-such-team", "zone": "UTC",
                 "recipients": ["boss@example.com", "not an address", "x@y.example\\r\\nBcc: all@example.com"]}""");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().getJsonArray("errors").getValuesAs(JsonObject.class)).extracting(e -> e.getString("field"))
                .containsExactlyInAnyOrder("sendHour", "recipients[1]", "recipients[2]", "team");
        var unknown = manager.post("/api/reports/subscriptions", """
                {"report": "<script>", "frequency": "HOURLY", "recipients": ["boss@example.com"]}""");
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
        assertThat(unknown.json().getJsonArray("errors").getValuesAs(JsonObject.class)).extracting(e -> e.getString("field"))
                .contains("report", "frequency");
        assertThat(Api.at(base).as("agent").get("/api/reports/subscriptions").status()).isEqualTo(403);
        assertThat(Api.at(base).as("employee").post("/api/reports/subscriptions",
                "{\"report\": \"kpi\", \"frequency\": \"DAILY\", \"recipients\": [\"a@b.example\"]}").status()).isEqualTo(403);
    }

    @Test
    void administrators_see_every_subscription_and_a_change_needs_its_current_version() {
        var created = Api.at(base).as("manager").post("/api/reports/subscriptions",
                "{\"report\": \"sla\", \"frequency\": \"MONTHLY\", \"recipients\": [\"sla@example.com\"]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var path = "/api/reports/subscriptions/" + created.json().getJsonNumber("id");
        assertThat(Api.at(base).as("admin").get(path).status()).isEqualTo(200);
        var version = created.header("ETag");
        var stale = Api.at(base).as("manager").put(path, "{\"report\": \"sla\", \"frequency\": \"MONTHLY\", \"recipients\": [\"sla@example.com\"]}", "\"99\"");
        assertThat(stale.status()).as("a stale version").isEqualTo(412);
        var changed = Api.at(base).as("manager").put(path, "{\"report\": \"csat\", \"frequency\": \"WEEKLY\", \"recipients\": [\"sla@example.com\"]}", version);
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().getString("report")).isEqualTo("CSAT");
        assertThat(Api.at(base).as("manager").delete(path).status()).isEqualTo(204);
        assertThat(Api.at(base).as("admin").get(path).status()).isEqualTo(404);
    }

    @Test
    void a_report_downloads_as_pdf_xlsx_and_csv_and_bad_requests_are_refused() throws Exception {
        var manager = Api.at(base).as("manager");
        var pdf = manager.get("/api/reports/kpi.pdf?from=2026-01-01&to=2026-01-31");
        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(pdf.header("Content-Disposition")).contains("bilet-kpi-2026-01.pdf");
        assertThat(new String(pdf.raw().body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        var xlsx = manager.get("/api/reports/agents.xlsx?from=2026-01-01&to=2026-12-31");
        assertThat(xlsx.status()).as(xlsx.toString()).isEqualTo(200);
        assertThat(new String(xlsx.raw().body(), 0, 2, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PK");
        var csv = manager.get("/api/reports/sla.csv?from=2026-01-01&to=2026-01-31");
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).isNotBlank();

        assertThat(manager.get("/api/reports/nope.pdf?from=2026-01-01&to=2026-01-31").status()).isEqualTo(404);
        assertThat(manager.get("/api/reports/kpi.docx?from=2026-01-01&to=2026-01-31").status()).isEqualTo(404);
        var refused = manager.get("/api/reports/kpi.pdf?from=2026-02-01&to=2026-01-01");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(Api.at(base).as("agent").get("/api/reports/kpi.pdf?from=2026-01-01&to=2026-01-31").status()).isEqualTo(403);
    }

    private void pass() {
        var response = Api.at(base).as("admin").post("/api/test/reports/pass", "{}");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    /** The periods delivered for the subscription, newest first. */
    private static List<String> deliveries(Api manager, long subscription) {
        return manager.get("/api/reports/deliveries?subscription=" + subscription).array().getValuesAs(JsonObject.class).stream()
                .map(d -> d.getString("periodStart")).toList();
    }

    private void jumpTo(LocalDate day, int hour, int minute) {
        var response = Api.at(base).as("admin").post("/api/test/reports/clock?to=" + day.atTime(hour, minute).toInstant(ZoneOffset.UTC), "{}");
        assertThat(response.status()).as(response.toString()).isIn(200, 204);
    }

    private static List<MimeMessage> awaitMail(String recipient, int count) throws Exception {
        var deadline = Instant.now().plus(ARRIVAL);
        while (true) {
            var found = new ArrayList<MimeMessage>();
            for (var message : TestMailExtension.mail().received()) {
                if (List.of(message.getAllRecipients()).toString().contains(recipient)) {
                    found.add(message);
                }
            }
            if (found.size() >= count || Instant.now().isAfter(deadline)) {
                assertThat(found).as("mail for " + recipient).hasSize(count);
                return found;
            }
            Thread.sleep(200);
        }
    }

}

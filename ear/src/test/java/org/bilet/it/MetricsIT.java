package org.bilet.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The application's metrics, in the Prometheus format on the management interface next to
 * WildFly's own, read as a scraper does: each counts what happened, and no label names a person, an
 * address or anything a ticket says.
 */
class MetricsIT extends ApiTestCase {

    private static final String OPENED = "bilet_tickets_opened_total";
    private static final String LATENCY = "bilet_api_request_seconds";

    @Test
    void the_endpoint_serves_the_prometheus_text_format_without_an_application_sign_in() {
        var response = Scrape.fetch();

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Scrape.parse(response.body()).samples()).extracting(Scrape.Sample::name)
                .anyMatch(name -> !name.startsWith("bilet_"));
    }

    @Test
    void a_ticket_opened_by_phone_counts_once_under_its_channel() {
        var before = Scrape.now();

        var created = signedIn("agent").post("/api/tickets", """
                {"subject": "Metrics: a call about the scanner", "description": "Logged by phone.",
                 "requester": "employee2", "channel": "PHONE"}""");
        assertThat(created.status()).isEqualTo(201);

        var after = Scrape.now();
        assertThat(after.sum(OPENED, "channel", "phone") - before.sum(OPENED, "channel", "phone")).isEqualTo(1.0);
        assertThat(after.sum(OPENED, "channel", "email")).isEqualTo(before.sum(OPENED, "channel", "email"));
    }

    @Test
    void api_latency_is_labelled_by_the_matched_template_never_the_address() {
        var subject = "Metrics subject " + UUID.randomUUID();
        var employee = signedIn("employee");
        var number = Json.number(employee.post("/api/tickets", "{\"subject\":\"" + subject + "\",\"description\":\"d\"}").json());
        assertThat(employee.get("/api/tickets/" + number).status()).isEqualTo(200);
        assertThat(employee.get("/api/tickets/BIL-999999").status()).isEqualTo(404);

        var scrape = Scrape.now();
        assertThat(scrape.sum(LATENCY + "_count", "method", "GET", "endpoint", "/api/tickets/{number}", "status", "200")).isGreaterThanOrEqualTo(1);
        assertThat(scrape.sum(LATENCY + "_count", "method", "GET", "endpoint", "/api/tickets/{number}", "status", "404")).isGreaterThanOrEqualTo(1);
        assertThat(scrape.sum(LATENCY + "_count", "method", "POST", "endpoint", "/api/tickets", "status", "201")).isGreaterThanOrEqualTo(1);
        assertThat(scrape.sum(LATENCY + "_sum", "method", "GET", "endpoint", "/api/tickets/{number}", "status", "200")).isGreaterThan(0);
        assertThat(scrape.of(LATENCY + "_max", "method", "GET", "endpoint", "/api/tickets/{number}", "status", "200")).hasSize(1);
        assertThat(scrape.samples()).filteredOn(s -> s.name().startsWith("bilet_"))
                .flatExtracting(s -> s.labels().values())
                .noneMatch(value -> value.contains(number) || value.contains(subject) || value.contains("@")
                        || value.contains("employee") || value.contains("BIL-"));
    }

    @Test
    void a_wrong_password_counts_as_a_failed_sign_in_by_basic() {
        var before = Scrape.now();

        var refused = Api.at(base).as("metrics-" + UUID.randomUUID().toString().substring(0, 8), "wrong").get("/api/me");
        assertThat(refused.status()).isEqualTo(401);

        var after = Scrape.now();
        assertThat(after.sum("bilet_signin_failures_total", "channel", "basic") - before.sum("bilet_signin_failures_total", "channel", "basic"))
                .isEqualTo(1.0);
        assertThat(after.samples()).filteredOn(s -> s.name().startsWith("bilet_signin"))
                .flatExtracting(s -> s.labels().keySet()).doesNotContain("user", "username", "address");
    }

    @Test
    void backlogs_are_gauges_per_queue_and_outbox() throws InterruptedException {
        // Read every 30 seconds by the server: the first reading may still be coming.
        var deadline = Instant.now().plus(Duration.ofSeconds(45));
        var scrape = Scrape.now();
        while (scrape.of("bilet_tickets_open").isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(1000);
            scrape = Scrape.now();
        }

        assertThat(scrape.of("bilet_tickets_open")).isNotEmpty().allSatisfy(s -> {
            assertThat(s.labels().get("queue")).matches("[A-Za-z0-9_.-]+");
            assertThat(s.value()).isGreaterThanOrEqualTo(0);
        });
        assertThat(scrape.of("bilet_tickets_open").stream().mapToDouble(Scrape.Sample::value).sum()).isGreaterThan(0);
        assertThat(scrape.of("bilet_outbox_depth", "outbox", "mail")).hasSize(1);
    }
}

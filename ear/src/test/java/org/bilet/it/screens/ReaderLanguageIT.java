package org.bilet.it.screens;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bilet.it.Api;
import org.bilet.it.Json;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The screens in the reader's language: counts in the language's plural forms, history with names
 * instead of keys, and times that others read on other clocks carrying their zone.
 */
class ReaderLanguageIT extends ScreenTestCase {

    private static final String PASSWORD = "correct-horse-battery";

    @Test
    void times_ago_take_the_plural_form_and_the_case_of_polish_ukrainian_and_lithuanian() {
        var number = importedTicketWithRepliesAgo(Duration.ofDays(5), Duration.ofDays(2), Duration.ofDays(1), Duration.ofHours(2));

        try (var browser = signedIn(newAgent("pl", "UTC"), "pl-PL,pl")) {
            browser.open("/desk/ticket.xhtml?number=" + number);
            assertThat(whens(browser)).containsExactly("5 dni temu", "2 dni temu", "1 dzień temu", "2 godziny temu");
            browser.screenshot("reader-language-days-ago-pl");
        }
        try (var browser = signedIn(newAgent("uk", "UTC"), "uk-UA,uk")) {
            browser.open("/desk/ticket.xhtml?number=" + number);
            assertThat(whens(browser)).containsExactly("5 днів тому", "2 дні тому", "1 день тому", "2 години тому");
        }
        try (var browser = signedIn(newAgent("lt", "UTC"), "lt-LT,lt")) {
            browser.open("/desk/ticket.xhtml?number=" + number);
            assertThat(whens(browser)).containsExactly("prieš 5 dienas", "prieš 2 dienas", "prieš 1 dieną", "prieš 2 valandas");
        }
    }

    @Test
    void history_shows_the_names_of_teams_people_and_fields_in_polish_not_their_keys() {
        var number = openTicket("employee", unique("Drukarka w magazynie drukuje puste strony"), "hardware.printer");
        // The manager changes it, so that the agent's name can only come from the assignee's username.
        var manager = api("manager");
        var changed = manager.patch("/api/tickets/" + number,
                "{\"team\": \"it-infra\", \"assignee\": \"agent\", \"customFields\": {\"affected-users\": \"3\"}}",
                manager.get("/api/tickets/" + number).header("ETag"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);

        try (var browser = signedIn(newAgent("pl", "UTC"), "pl-PL,pl")) {
            browser.open("/desk/ticket.xhtml?number=" + number);
            var history = String.join("\n", browser.all(By.cssSelector("#timeline .event")).stream().map(WebElement::getText).toList());
            assertThat(history).contains("Zespół: ").contains("→ IT Infrastructure")
                    .contains("Osoba przypisana: ").contains("→ Marek Kowalski")
                    .contains("Affected users: — → 3")
                    .doesNotContain("it-infra").doesNotContain("affected-users").doesNotContain("→ agent");
            // By name, in Polish: the demo's administrators named the priorities in Polish too.
            assertThat(browser.text(By.cssSelector(".ticket-number .priority"))).as("the priority by name").isEqualTo("Normalny");
            browser.screenshot("reader-language-history-pl");
        }
        var events = manager.get("/api/tickets/" + number + "/history").body();
        assertThat(events).as("the API keeps the keys").contains("it-infra").contains("affected-users");
    }

    @Test
    void a_reader_on_another_clock_sees_times_with_their_zone_and_everyone_gets_the_exact_time_in_a_tooltip() {
        var number = openTicket("employee", unique("Skaner nie bachyt' etykietok"), "hardware.printer");
        var created = Instant.parse(api("agent").get("/api/tickets/" + number).json().getString("createdAt"));
        var replied = api("agent").post("/api/tickets/" + number + "/messages", "{\"body\": \"Sprawdzamy skaner.\"}");
        assertThat(replied.status()).as(replied.toString()).isEqualTo(201);
        var ukrainian = Locale.forLanguageTag("uk");
        var newYork = ZoneId.of("America/New_York");
        var zoneName = DateTimeFormatter.ofPattern("zzz", ukrainian).withZone(newYork).format(created);
        var clock = DateTimeFormatter.ofPattern("HH:mm");

        try (var browser = signedIn(newAgent("uk", "America/New_York"), "uk-UA,uk")) {
            browser.open("/desk/ticket.xhtml?number=" + number);
            var when = browser.find(By.id("ticket-created"));
            assertThat(when.getText()).as("in the reader's own time, with its zone")
                    .contains(clock.withZone(newYork).format(created)).endsWith(" " + zoneName);
            assertThat(when.getAttribute("title")).contains("(UTC" + newYork.getRules().getOffset(created).getId() + ")");
            assertThat(Instant.parse(when.getAttribute("datetime")).truncatedTo(ChronoUnit.SECONDS))
                    .isEqualTo(created.truncatedTo(ChronoUnit.SECONDS));
            var reply = browser.find(By.cssSelector("#timeline time.when"));
            assertThat(reply.getAttribute("title")).contains("(UTC" + newYork.getRules().getOffset(created).getId() + ")");
            browser.screenshot("reader-language-zone-new-york");
        }
        try (var browser = signedIn(newAgent("uk", "UTC"), "uk-UA,uk")) {
            browser.open("/desk/ticket.xhtml?number=" + number);
            var when = browser.find(By.id("ticket-created"));
            assertThat(when.getText()).as("on the desk's own clock no zone is needed")
                    .contains(clock.withZone(ZoneId.of("UTC")).format(created)).doesNotContain(zoneName).doesNotContain("UTC");
            assertThat(when.getAttribute("title")).contains("(UTC)");
        }
    }

    /** A new agent who reads in the language and the time zone; returns the username. */
    private String newAgent(String language, String timeZone) {
        var username = "reader-" + language + "-" + Json.uniqueTag();
        var created = api("admin").post("/api/admin/users", """
                {"username": "%s", "firstName": "Czytelnik", "lastName": "Testowy", "email": "%s@example.com", "roles": ["AGENT"],
                 "language": "%s", "timeZone": "%s", "password": "%s"}""".formatted(username, username, language, timeZone, PASSWORD));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return username;
    }

    private Browser signedIn(String username, String acceptLanguage) {
        return Browser.speaking(base, acceptLanguage).open("/login.xhtml").signIn(username, PASSWORD).waitForPath("/desk/queue.xhtml");
    }

    /** The "… ago" of each reply in the timeline, oldest first. */
    private static List<String> whens(Browser browser) {
        return browser.all(By.cssSelector("#timeline .message .when")).stream().map(WebElement::getText).toList();
    }

    /**
     * A ticket brought over from another help desk: asked a little before {@code ago[0]}, with a
     * reply of the requester's at each of {@code ago} (and a few minutes) before now.
     */
    private String importedTicketWithRepliesAgo(Duration... ago) {
        var tag = "plural-" + Json.uniqueTag();
        var requester = tag + "@example.pl";
        var now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        var opened = now.minus(ago[0].plusMinutes(20));
        var tickets = """
                number,title,state,priority,group,customer,owner,created at,updated at,close at
                %1$s-1,Monitor migocze,open,2 normal,,%2$s,,%3$s,%3$s,
                """.formatted(tag, requester, opened);
        var messages = new StringBuilder("ticket number,id,created at,from,body,internal\n")
                .append("%s-1,1,%s,%s,Monitor migocze od rana.,false\n".formatted(tag, opened, requester));
        for (int i = 0; i < ago.length; i++) {
            var at = now.minus(ago[i].plusMinutes(10));
            messages.append("%s-1,%d,%s,%s,Nadal migocze (%d).,false\n".formatted(tag, i + 2, at, requester, i + 1));
        }
        var admin = api("admin");
        var started = admin.send(multipart(admin, "/api/admin/imports?source=zammad&kind=tickets&dryRun=false",
                Map.of("tickets", tickets.getBytes(StandardCharsets.UTF_8), "messages", messages.toString().getBytes(StandardCharsets.UTF_8))));
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        var location = started.header("Location");
        var deadline = Instant.now().plusSeconds(90);
        while (Instant.now().isBefore(deadline)) {
            var job = admin.get(location).json();
            if (job.getString("state").equals("DONE") || job.getString("state").equals("FAILED")) {
                assertThat(job.getString("state")).as(job.toString()).isEqualTo("DONE");
                assertThat(job.getInt("bad")).as(job.toString()).isZero();
                var page = admin.get("/api/tickets?requester=" + requester).json();
                assertThat(page.getInt("total")).as(page.toString()).isEqualTo(1);
                return page.getJsonArray("items").getJsonObject(0).getString("number");
            }
            pause();
        }
        throw new AssertionError("The import did not finish: " + admin.get(location));
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A multipart form with one CSV file per entry, named for what it holds. */
    private static HttpRequest.Builder multipart(Api api, String path, Map<String, byte[]> files) {
        var boundary = "----bilet-" + Json.uniqueTag();
        var body = new ByteArrayOutputStream();
        for (var part : files.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.getKey()
                    + "\"; filename=\"" + part.getKey() + ".csv\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(part.getValue());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }
}

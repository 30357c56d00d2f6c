package org.bilet.it.screens;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.bilet.it.Api;
import org.bilet.it.Json;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;

/**
 * The managers' dashboard on the demo data: its figures are the API's, its charts are drawn, and
 * a figure and a bar of the volume chart both open the tickets behind them; so do a bar of the
 * split, a team's or category's breaches, an agent's row, the low ratings and a top tag, each
 * listing as many tickets as it shows. The open FAQ suggestions stand beside the recurring
 * problems, without their tickets or notes; only editors get a link to their drafts.
 */
class DashboardIT extends ScreenTestCase {

    @Test
    void the_figures_match_the_api_the_charts_render_and_drill_down_opens_the_tickets() {
        var subject = unique("Dashboard drill-down");
        var number = openTicket("employee", subject, "hardware");
        var manager = api("manager");
        var zone = ZoneId.of(manager.get("/api/me").json().getString("timeZone"));
        var today = LocalDate.now(zone);
        var kpi = manager.get("/api/reports/kpi?from=" + today.minusDays(29) + "&to=" + today).json();
        var created = kpi.getJsonObject("volume").getJsonNumber("created").longValue();
        assertThat(created).isPositive();
        // The demo's history was written unpublished; its replies are counted all the same.
        assertThat(kpi.getJsonObject("quality").getJsonNumber("repliesPerTicket").doubleValue()).isPositive();
        // The demo's requesters were asked when their tickets were resolved, and many answered.
        assertThat(kpi.getJsonObject("csat").getJsonNumber("answers").longValue()).isPositive();

        try (var browser = atDesk("manager")) {
            browser.click(By.id("nav-dashboard"));
            browser.waitForPath("/desk/dashboard.xhtml");
            // Tickets may be opened meanwhile by other tests: the screen shows at least what the API counted.
            assertThat(Long.parseLong(browser.text(By.cssSelector("#card-created .kpi-value")))).isGreaterThanOrEqualTo(created);
            assertThat(browser.text(By.id("figures:agents"))).isNotBlank();
            assertThat(browser.text(By.cssSelector("#card-csat .kpi-value"))).matches("[1-5][.,]\\d\\d");
            browser.settle();
            for (var chart : new String[]{"figures:volume", "figures:resolutionChart", "figures:breaches", "figures:csatChart"}) {
                assertThat((Boolean) browser.script("var c = document.getElementById(arguments[0]).querySelector('canvas');"
                        + " return c != null && c.width > 0 && Chart.getChart(c) != null;", chart)).as(chart).isTrue();
            }
            browser.screenshot("desk-dashboard");

            browser.click(By.id("figures:createdTickets"));
            browser.waitForText(By.id("figures:drill"), subject);
            assertThat(browser.text(By.id("figures:drill"))).contains("Tickets created").contains(number);
            browser.driver().findElement(By.cssSelector("#figures\\:drill .ui-dialog-titlebar-close")).click();

            // Today's bar of tickets created, as a person clicks it.
            var canvas = browser.find(By.cssSelector("#figures\\:volume canvas"));
            var point = (java.util.List<?>) browser.script("var c = arguments[0]; var bar = Chart.getChart(c).getDatasetMeta(0).data;"
                    + " var last = bar[bar.length - 1]; var r = c.getBoundingClientRect();"
                    + " return [Math.round(last.x - r.width / 2), Math.round((last.y + last.base) / 2 - r.height / 2)];", canvas);
            new Actions(browser.driver()).moveToElement(canvas, ((Number) point.get(0)).intValue(), ((Number) point.get(1)).intValue())
                    .click().perform();
            browser.waitForText(By.id("figures:drill"), subject);
            assertThat(browser.text(By.id("figures:drill"))).contains(today + " – " + today);
            browser.screenshot("desk-dashboard-drill");
            browser.assertNoJavaScriptErrors();
        }
    }

    @Test
    void every_bar_and_row_opens_as_many_tickets_as_it_shows_and_faq_suggestions_stand_beside_the_recurring_problems() {
        // A recurring problem told alike four times (a topic no other test has), with an internal note managers never read.
        var device = uniqueWord() + "scanner";
        var secret = device + "vendorsecret";
        var employee = api("employee");
        var numbers = new ArrayList<String>();
        for (var subject : List.of("The " + device + " jams on every page", "The " + device + " jams on every page since Monday",
                device + " jams on every page", "Our " + device + " jams on every page")) {
            var created = employee.post("/api/tickets", "{\"subject\": " + Json.str(subject) + ", \"description\": "
                    + Json.str("The " + device + " on the third floor. " + subject + ".") + ", \"language\": \"en\"}");
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            numbers.add(Json.number(created.json()));
        }
        var note = api("agent").post("/api/tickets/" + numbers.get(0) + "/messages",
                "{\"body\": " + Json.str("Vendor " + secret) + ", \"internal\": true}");
        assertThat(note.status()).as(note.toString()).isEqualTo(201);
        var refreshed = api("admin").post("/api/kb/faq-suggestions/refresh", "");
        assertThat(refreshed.status()).as(refreshed.toString()).isEqualTo(200);
        var title = refreshed.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getJsonArray("ticketNumbers").getValuesAs(jakarta.json.JsonString::getString).contains(numbers.get(0)))
                .map(i -> i.getString("title")).findFirst().orElseThrow();

        var manager = api("manager");
        var zone = ZoneId.of(manager.get("/api/me").json().getString("timeZone"));
        var today = LocalDate.now(zone);
        var period = "from=" + today.minusDays(29) + "&to=" + today;
        var kpi = manager.get("/api/reports/kpi?" + period).json();
        var faq = kpi.getJsonObject("faqSuggestions");
        assertThat(faq.getJsonArray("items").getValuesAs(JsonObject.class)).extracting(i -> i.getString("title")).contains(title);
        assertThat(faq.getJsonArray("items").getValuesAs(JsonObject.class)).allSatisfy(i ->
                assertThat(i.keySet()).containsExactlyInAnyOrder("id", "title", "size", "trend"));
        assertThat(faq.toString()).doesNotContain(secret);
        numbers.forEach(n -> assertThat(faq.toString()).doesNotContain(n));

        try (var browser = atDesk("manager")) {
            browser.open("/desk/dashboard.xhtml");
            browser.settle();

            var suggestions = browser.text(By.id("figures:faqSuggestions"));
            assertThat(suggestions).contains(title).doesNotContain(secret);
            numbers.forEach(n -> assertThat(suggestions).doesNotContain(n));
            assertThat(browser.all(By.cssSelector("[id='figures:faqSuggestions'] a"))).as("drafts are for editors").isEmpty();

            var team = kpi.getJsonObject("volume").getJsonArray("byTeam").getJsonObject(0);
            assertDrill(browser, manager, By.id("figures:byTeamList:0:drill"), period + "&figure=CREATED&dimension=team" + key(team),
                    team.getJsonNumber("count").longValue());
            var category = kpi.getJsonObject("volume").getJsonArray("byCategory").getJsonObject(0);
            assertDrill(browser, manager, By.id("figures:byCategoryList:0:drill"),
                    period + "&figure=CREATED&dimension=category" + key(category), category.getJsonNumber("count").longValue());
            var breaches = kpi.getJsonObject("sla").getJsonArray("byCategory").getJsonObject(0);
            assertDrill(browser, manager, By.id("figures:breachesByCategory:0:drill"),
                    period + "&figure=BREACHED&dimension=category" + key(breaches), breaches.getJsonNumber("breached").longValue());
            var agent = kpi.getJsonArray("agents").getJsonObject(0);
            assertDrill(browser, manager, By.id("figures:agents:0:handledTickets"),
                    period + "&figure=RESOLVED&dimension=agent" + key(agent.getString("username")), agent.getJsonNumber("handled").longValue());
            var scores = kpi.getJsonObject("csat").getJsonArray("scores").getValuesAs(JsonNumber.class);
            assertDrill(browser, manager, By.id("figures:lowCsatTickets"), period + "&figure=LOW_CSAT",
                    scores.get(0).longValue() + scores.get(1).longValue() + scores.get(2).longValue(), false);
            var tag = kpi.getJsonObject("recurring").getJsonArray("topTags").getJsonObject(0);
            assertDrill(browser, manager, By.id("figures:topTags:0:drill"), period + "&figure=CREATED&dimension=tag" + key(tag),
                    tag.getJsonNumber("count").longValue());

            // The first bar of the split by team, as a person clicks it: bars lie across.
            clearDrill(browser);
            var canvas = browser.find(By.cssSelector("#figures\\:byTeam canvas"));
            var point = (List<?>) browser.script("var c = arguments[0]; var bar = Chart.getChart(c).getDatasetMeta(0).data[0];"
                    + " var r = c.getBoundingClientRect();"
                    + " return [Math.round((bar.x + bar.base) / 2 - r.width / 2), Math.round(bar.y - r.height / 2)];", canvas);
            new Actions(browser.driver()).moveToElement(canvas, ((Number) point.get(0)).intValue(), ((Number) point.get(1)).intValue())
                    .click().perform();
            // Tickets without a team may be the most (the suite opens many without a category): "No team".
            browser.waitForText(By.id("figures:narrowedTo"), team.getString("name", "No team"));
            assertThat(total(browser)).isEqualTo(team.getJsonNumber("count").longValue());
            browser.screenshot("desk-dashboard-split-drill");
            browser.driver().findElement(By.cssSelector("#figures\\:drill .ui-dialog-titlebar-close")).click();
            browser.driver().executeScript("document.getElementById('figures:faqSuggestions').scrollIntoView()");
            browser.screenshot("desk-dashboard-faq");
            browser.assertNoJavaScriptErrors();
        }
        // Editors (an administrator is one) may open the drafts from there.
        try (var browser = browser()) {
            browser.open("/login.xhtml").signIn("admin").waitForPath("/desk/queue.xhtml");
            browser.open("/desk/dashboard.xhtml");
            browser.waitForText(By.id("figures:faqSuggestions"), title);
            assertThat(browser.all(By.cssSelector("[id='figures:faqSuggestions'] a[href*='/kb/edit/faq']"))).isNotEmpty();
        }
    }

    /** A link's drill-down lists as many tickets as the report counts, the same the API lists. */
    private static void assertDrill(Browser browser, Api manager, By link, String query, long figure) {
        assertDrill(browser, manager, link, query, figure, true);
    }

    private static void assertDrill(Browser browser, Api manager, By link, String query, long figure, boolean showsCount) {
        var listed = manager.get("/api/reports/kpi/tickets?" + query);
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        assertThat(listed.json().getJsonNumber("total").longValue()).as(query).isEqualTo(figure);
        if (showsCount) {
            var shown = Pattern.compile("(\\d+)\\s*$").matcher(browser.find(link).getText());
            assertThat(shown.find()).as(query).isTrue();
            assertThat(Long.parseLong(shown.group(1))).as(query).isEqualTo(figure);
        }
        clearDrill(browser);
        browser.click(link);
        var rows = listed.json().getJsonArray("rows").getValuesAs(JsonObject.class);
        browser.waitForText(By.id("figures:drill"), rows.isEmpty() ? "0" : rows.get(0).getString("number"));
        assertThat(total(browser)).as(query).isEqualTo(figure);
        browser.driver().findElement(By.cssSelector("#figures\\:drill .ui-dialog-titlebar-close")).click();
    }

    /** Empties the dialog, so that the next drill-down's answer is not mistaken for the last one's. */
    private static void clearDrill(Browser browser) {
        browser.driver().executeScript("var d = document.getElementById('figures:drilled'); if (d) { d.innerHTML = ''; }");
    }

    private static long total(Browser browser) {
        var matcher = Pattern.compile("(\\d+)").matcher(browser.text(By.id("drillSummary")));
        assertThat(matcher.find()).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private static String key(JsonObject count) {
        return !count.containsKey("key") || count.isNull("key") ? "" : key(count.getString("key"));
    }

    private static String key(String key) {
        return "&key=" + URLEncoder.encode(key, StandardCharsets.UTF_8);
    }

    /** A word of letters only (so that no tokenizer splits it) that no other ticket uses. */
    private static String uniqueWord() {
        var word = new StringBuilder();
        for (char c : Json.uniqueTag().substring(3).toCharArray()) {
            word.append(Character.isDigit(c) ? (char) ('g' + c - '0') : c);
        }
        return word.toString();
    }

    @Test
    void agents_are_refused_the_dashboard() {
        try (var browser = browser()) {
            browser.open("/login.xhtml").signIn("agent").waitForPath("/desk/queue.xhtml");
            assertThat(browser.all(By.id("nav-dashboard"))).isEmpty();
            browser.open("/desk/dashboard.xhtml");
            assertThat(browser.pageText()).doesNotContain("Tickets per day");
        }
    }
}

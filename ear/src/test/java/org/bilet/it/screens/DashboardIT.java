package org.bilet.it.screens;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;

/**
 * The managers' dashboard on the demo data: its figures are the API's, its charts are drawn, and
 * a figure and a bar of the volume chart both open the tickets behind them.
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

        try (var browser = browser()) {
            browser.open("/login.xhtml").signIn("manager").waitForPath("/desk/queue.xhtml");
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
    void agents_are_refused_the_dashboard() {
        try (var browser = browser()) {
            browser.open("/login.xhtml").signIn("agent").waitForPath("/desk/queue.xhtml");
            assertThat(browser.all(By.id("nav-dashboard"))).isEmpty();
            browser.open("/desk/dashboard.xhtml");
            assertThat(browser.pageText()).doesNotContain("Tickets per day");
        }
    }
}

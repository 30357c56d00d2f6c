package org.bilet.it.screens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * The queue on a 1366 px wide screen, the most common laptop width, in each of Bilet's six
 * languages: longer words must not push the tickets down (a filter panel or bulk bar wrapping to
 * more rows), make rows taller (a due date on three lines) or wrap a queue's name in the sidebar.
 * English is the measure; every language's first ticket row starts where English's does.
 */
class ScreenLayoutIT extends ScreenTestCase {

    private static final List<String> LANGUAGES = List.of("en", "pl", "lt", "uk", "ru", "it");

    /** Where things stand on the page, in CSS pixels. */
    record Layout(double firstRowTop, double firstRowHeight, double tallestQueueLink, double pageWidth, double tableOverflow, Object columns) {
    }

    @Test
    void the_queue_fits_at_1366_px_in_every_language() {
        var layouts = new LinkedHashMap<String, Layout>();
        var admin = api("admin");
        for (var language : LANGUAGES) {
            // The browser's language decides for a person who has not chosen one on a screen.
            var username = "layout-" + language + "-" + unique("a").replaceAll("[^A-Za-z0-9]", "").toLowerCase();
            var created = admin.post("/api/admin/users", """
                    {"username": "%s", "firstName": "Łucja", "lastName": "Żółkiewska-Wiśniewska", "email": "%s@acme-logistics.example",
                     "roles": ["AGENT"], "language": "en", "timeZone": "Europe/Warsaw", "password": "correct-horse-battery"}"""
                    .formatted(username, username));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            layouts.put(language, measure(username, language));
        }
        var english = layouts.get("en");
        System.out.println("Queue layout at 1366 px: " + layouts);
        layouts.forEach((language, layout) -> {
            assertThat(layout.pageWidth()).as(language + ": no sideways scrolling " + layout).isLessThanOrEqualTo(1366);
            assertThat(layout.tableOverflow()).as(language + ": every column of the table in view " + layout).isLessThanOrEqualTo(1);
            assertThat(layout.firstRowTop()).as(language + ": the first ticket starts where it does in English " + layout).isCloseTo(english.firstRowTop(), within(4.0));
            assertThat(layout.firstRowHeight()).as(language + ": a row is as tall as in English").isCloseTo(english.firstRowHeight(), within(4.0));
            assertThat(layout.tallestQueueLink()).as(language + ": every queue's name on one line").isCloseTo(english.tallestQueueLink(), within(2.0));
        });
    }

    private Layout measure(String username, String language) {
        try (var browser = Browser.speaking(base, language)) {
            browser.driver().manage().window().setSize(new Dimension(1366, 768));
            browser.open("/login.xhtml").signIn(username, "correct-horse-battery").waitForPath("/desk/queue.xhtml");
            browser.open("/desk/queue.xhtml?queue=OPEN");
            assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
            browser.find(By.cssSelector("#list\\:tickets_data tr"));
            browser.screenshot("layout-queue-1366-" + language);
            @SuppressWarnings("unchecked")
            var measured = (Map<String, Object>) browser.script("""
                    var row = document.querySelector('#list\\\\:tickets_data tr').getBoundingClientRect();
                    var wrapper = document.querySelector('#list\\\\:tickets .ui-datatable-tablewrapper');
                    var links = Array.from(document.querySelectorAll('.queue-link')).map(a => a.getBoundingClientRect().height);
                    return {top: row.top + window.scrollY, height: row.height, link: Math.max.apply(null, links),
                            width: document.documentElement.scrollWidth, overflow: wrapper.scrollWidth - wrapper.clientWidth,
                            columns: Array.from(wrapper.querySelectorAll('thead th')).map(th => Math.round(th.getBoundingClientRect().width)).join(' ')};""");
            return new Layout(number(measured, "top"), number(measured, "height"), number(measured, "link"), number(measured, "width"),
                    number(measured, "overflow"), measured.get("columns"));
        }
    }

    private static double number(Map<String, Object> measured, String name) {
        return ((Number) measured.get(name)).doubleValue();
    }
}

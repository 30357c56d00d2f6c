package org.bilet.it.screens;

import static org.assertj.core.api.Assertions.assertThat;

import org.bilet.it.Json;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** Merging on the agent's ticket screen: asked by number, shown, confirmed, with a wrong number refused at the field. */
class MergeScreenIT extends ScreenTestCase {

    @Test
    void an_agent_merges_a_ticket_into_another_by_keyboard_after_a_wrong_number_is_refused_at_the_field() {
        var sourceSubject = unique("Forklift charger in bay 2 is dead");
        var targetSubject = unique("Forklift chargers keep failing");
        var source = openTicket("employee", sourceSubject, "hardware.scanner");
        var target = openTicket("employee2", targetSubject, "hardware.scanner");
        var posted = api("employee").post("/api/tickets/" + source + "/messages",
                "{\"body\": " + Json.str("The charger light stays red.") + "}");
        assertThat(posted.status()).isEqualTo(201);

        try (var browser = browser()) {
            browser.open("/login.xhtml").signIn("agent").waitForPath("/desk/queue.xhtml");
            browser.open("/desk/ticket.xhtml?number=" + source);
            browser.click(By.id("assign:mergeOpen"));
            browser.find(By.id("merge:into"));

            // A number nobody can see is refused at the field, and what was typed stays.
            browser.find(By.id("merge:into")).sendKeys("BIL-999999", Keys.ENTER);
            browser.waitForText(By.id("merge:intoMessage"), "There is no ticket BIL-999999");
            assertThat(browser.find(By.id("merge:into")).getAttribute("value")).isEqualTo("BIL-999999");

            var into = browser.find(By.id("merge:into"));
            into.clear();
            into.sendKeys(target.toLowerCase(), Keys.ENTER);
            browser.waitForText(By.id("merge:mergeConfirm"), targetSubject);
            assertThat(browser.text(By.id("merge:mergeConfirm"))).contains(source, target);
            browser.screenshot("desk-merge-confirm");
            browser.click(By.id("merge:confirm"));

            browser.waitForText(By.id("ticket-subject"), targetSubject);
            assertThat(browser.text(By.id("timeline"))).contains("The charger light stays red.").contains("Merged in");
            browser.screenshot("desk-merged-target");

            browser.open("/desk/ticket.xhtml?number=" + source);
            assertThat(browser.text(By.id("merged"))).contains("Merged into " + target);
            assertThat(browser.all(By.id("assign:mergeOpen"))).as("a merged ticket merges no more").isEmpty();
            browser.assertNoJavaScriptErrors();
        }
        var merged = api("agent").get("/api/tickets/" + source).json();
        assertThat(merged.getString("status")).isEqualTo("CLOSED");
        assertThat(merged.getString("mergedInto")).isEqualTo(target);
        assertThat(api("employee").get("/api/tickets/" + target + "/messages").body()).contains("The charger light stays red.");
    }
}

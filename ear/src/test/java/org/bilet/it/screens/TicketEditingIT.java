package org.bilet.it.screens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bilet.it.screens.DeskIT.choose;
import static org.bilet.it.screens.DeskIT.write;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Nothing an agent typed on the ticket screen is lost: field edits outlive a reply, leaving the page
 * with unsaved work asks first, and a change made meanwhile by someone else is shown without dropping
 * the draft, or merged into a save that touches other fields.
 */
class TicketEditingIT extends ScreenTestCase {

    @Test
    void a_reply_keeps_the_unsaved_field_edits_and_says_so_and_leaving_with_unsaved_work_asks_first() {
        var number = openTicket("employee", unique("Monitor on desk 12 flickers"), "hardware.printer");
        var savedPriority = priorityOf(number);
        try (var browser = atDesk("agent")) {
            browser.open("/desk/ticket.xhtml?number=" + number);
            recordLeaving(browser);
            assertThat(browser.text(By.id("fields:category_label"))).as("the ticket's own category").isEqualTo("Hardware / Printer");
            var header = browser.text(By.cssSelector(".ticket-head .priority"));
            assertThat(browser.all(By.cssSelector("#fields .unsaved-marker"))).isEmpty();

            choose(browser, "fields:priority", "Urgent");
            browser.waitForText(By.id("fields:unsaved"), "Unsaved changes");
            write(browser, "We are looking at the monitor today.");
            browser.click(By.id("reply:send")).waitForText("Reply sent.");

            assertThat(browser.text(By.id("fields:priority_label"))).as("the unsaved edit stays").isEqualTo("Urgent");
            assertThat(browser.text(By.id("fields:unsaved"))).isEqualTo("Unsaved changes");
            assertThat(browser.pageText()).contains("The fields you changed are not saved yet");
            assertThat(browser.text(By.cssSelector(".ticket-head .priority"))).as("the header shows what is saved").isEqualTo(header);
            assertThat(priorityOf(number)).isEqualTo(savedPriority);
            assertThat(browser.script("return sessionStorage.getItem('left-asking');")).as("the page's own updates never ask").isNull();
            assertThat(leaveAndTellWhetherAsked(browser)).as("unsaved field edits").isEqualTo("true");

            browser.open("/desk/ticket.xhtml?number=" + number);
            choose(browser, "fields:priority", "Urgent");
            browser.click(By.id("fields:save")).waitForText("Saved.");
            assertThat(browser.all(By.cssSelector("#fields .unsaved-marker"))).isEmpty();
            assertThat(browser.text(By.cssSelector(".ticket-head .priority"))).as("by name").isEqualTo("Urgent");
            assertThat(leaveAndTellWhetherAsked(browser)).as("everything saved").isEqualTo("false");

            // A reply being written is unsaved work too, until it is sent.
            browser.open("/desk/ticket.xhtml?number=" + number);
            write(browser, "One more thing:");
            assertThat(leaveAndTellWhetherAsked(browser)).as("a reply being written").isEqualTo("true");
            browser.open("/desk/ticket.xhtml?number=" + number);
            write(browser, "The new monitor arrives on Monday.");
            browser.click(By.id("reply:send")).waitForText("Reply sent.");
            assertThat(leaveAndTellWhetherAsked(browser)).as("the reply sent").isEqualTo("false");
        }
        var ticket = api("agent").get("/api/tickets/" + number).json();
        assertThat(ticket.getString("priority")).isEqualTo("URGENT");
        assertThat(ticket.getString("category")).as("saving one field leaves the others").isEqualTo("hardware.printer");
    }

    @Test
    void showing_the_changes_another_agent_made_keeps_the_draft_and_marks_what_changed() {
        var number = openTicket("employee", unique("Radiator in room 5 is cold"), "facilities.heating");
        var team = "facilities".equals(api("agent").get("/api/tickets/" + number).json().getString("team", null))
                ? "IT Infrastructure" : "Facilities";
        try (var first = atDesk("agent"); var second = browser()) {
            second.open("/login.xhtml").signIn("agent2").waitForPath("/desk/queue.xhtml");
            first.open("/desk/ticket.xhtml?number=" + number);
            second.open("/desk/ticket.xhtml?number=" + number);

            choose(first, "fields:team", team);
            write(first, "The caretaker is on");

            choose(second, "fields:priority", "High");
            second.click(By.id("fields:save")).waitForText("Saved.");

            first.click(By.id("live:refresh"));
            first.waitForText(By.cssSelector(".ticket-head .priority"), "High");
            assertThat(first.text(By.cssSelector("#reply .ql-editor"))).as("the reply being written").isEqualTo("The caretaker is on");
            assertThat(first.text(By.id("fields:team_label"))).as("the unsaved field edit").isEqualTo(team);
            assertThat(first.text(By.id("fields:unsaved"))).isEqualTo("Unsaved changes");
            assertThat(first.text(By.id("fields:priority_label"))).isEqualTo("High");
            assertThat(first.find(By.id("fields:priority")).getAttribute("class")).contains("changed-meanwhile");
            assertThat(first.find(By.id("fields:team")).getAttribute("class")).doesNotContain("changed-meanwhile");
            assertThat(first.all(By.cssSelector("#timeline .new-entry"))).as("the other agent's change in the timeline")
                    .allSatisfy(entry -> assertThat(entry.getText()).startsWith("New"))
                    .anySatisfy(entry -> assertThat(entry.getText()).contains("Aistė Jonaitienė"));
            first.screenshot("desk-ticket-changes-shown");

            first.click(By.id("reply:send")).waitForText("Reply sent.");
        }
        var ticket = api("agent").get("/api/tickets/" + number).json();
        assertThat(ticket.getString("priority")).isEqualTo("HIGH");
        assertThat(api("employee").get("/api/tickets/" + number + "/messages").body()).contains("The caretaker is on");
    }

    @Test
    void a_stale_save_of_other_fields_goes_through_and_a_real_clash_is_refused_naming_the_field() {
        // In the service desk's team at first (the category's).
        var number = openTicket("employee", unique("Label printer in room 7 squeaks"), "hardware.printer");
        try (var first = atDesk("agent"); var second = Browser.speaking(base, "pl-PL,pl")) {
            second.open("/login.xhtml").signIn("agent2").waitForPath("/desk/queue.xhtml");
            first.open("/desk/ticket.xhtml?number=" + number);
            second.open("/desk/ticket.xhtml?number=" + number);

            choose(first, "fields:priority", "High");
            first.click(By.id("fields:save")).waitForText("Saved.");

            // The second agent saw the ticket before that and changes another field: it goes, and says what else changed.
            choose(second, "fields:team", "Facilities");
            second.click(By.id("fields:save")).waitForText("Zapisano. W międzyczasie ktoś inny zmienił: Priorytet");
            assertThat(second.text(By.id("fields:priority_label"))).as("in Polish, as the demo names it").isEqualTo("Wysoki");
            assertThat(second.find(By.id("fields:priority")).getAttribute("class")).contains("changed-meanwhile");
            var ticket = api("agent").get("/api/tickets/" + number).json();
            assertThat(ticket.getString("priority")).isEqualTo("HIGH");
            assertThat(ticket.getString("team")).isEqualTo("facilities");

            // The first agent, now behind, changes the same field to something else: a real clash, refused by name.
            choose(first, "fields:team", "IT Infrastructure");
            first.click(By.id("fields:save"))
                    .waitForText("Someone changed this ticket while you were looking at it. Nothing was saved, because the same"
                            + " fields were changed meanwhile: Team.");
            assertThat(first.text(By.id("fields:team_label"))).as("the current value, to decide on").isEqualTo("Facilities");
            assertThat(first.find(By.id("fields:team")).getAttribute("class")).contains("changed-meanwhile");
            first.screenshot("desk-ticket-clash");
        }
        assertThat(api("agent").get("/api/tickets/" + number).json().getString("team")).isEqualTo("facilities");
    }

    private String priorityOf(String number) {
        return api("agent").get("/api/tickets/" + number).json().getString("priority");
    }

    /**
     * Notes in the tab's session storage whether the page, when left, asked the browser to keep the
     * visitor: the prompt itself is answered by the driver (headless Chromium under chromedriver goes
     * on without showing it), so the test reads the verdict the page gave, after the real handler ran.
     */
    private static void recordLeaving(Browser browser) {
        browser.script("sessionStorage.removeItem('left-asking'); window.addEventListener('beforeunload',"
                + " function (e) { sessionStorage.setItem('left-asking', String(e.defaultPrevented)); });");
    }

    /** Follows the screen's link back to the queue; whether leaving asked first. */
    private static String leaveAndTellWhetherAsked(Browser browser) {
        recordLeaving(browser);
        browser.click(By.cssSelector("#assign a[href*='/desk/queue']"));
        browser.waitForPath("/desk/queue.xhtml");
        return (String) browser.script("return sessionStorage.getItem('left-asking');");
    }
}

package org.bilet.it.screens;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.bilet.it.Api;
import org.bilet.it.Json;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The helpdesk workspace: queues, the ticket screen, working on a ticket together. */
class DeskIT extends ScreenTestCase {

    @Test
    void an_agent_finds_a_new_ticket_in_unassigned_takes_it_replies_and_notes() {
        var subject = unique("Scanner in bay 4 does not read labels");
        var number = openTicket("employee", subject, "hardware.scanner");
        try (var browser = atDesk("agent")) {
            browser.find(By.cssSelector(".queue-count"));
            browser.screenshot("desk-queue");

            browser.open("/desk/queue.xhtml?queue=UNASSIGNED&q=" + subject.substring(subject.lastIndexOf(' ') + 1));
            assertThat(rowNumbers(browser)).containsExactly(number);
            browser.click(By.linkText(subject)).waitForPath("/desk/ticket.xhtml");
            assertThat(browser.text(By.id("ticket-subject"))).isEqualTo(subject);

            browser.click(By.id("assign:take")).waitForText("The ticket is yours now.");
            assertThat(browser.all(By.id("assign:release"))).hasSize(1);
            assertThat(overlaps(browser, ".ui-growl-item-container", "#ticket-subject")).as("the message covers the title").isFalse();
            assertThat(overlaps(browser, ".ui-growl-item-container", "#assign")).as("the message covers the buttons").isFalse();

            write(browser, "We are sending a technician to bay 4 today.");
            browser.click(By.id("reply:send")).waitForText("Reply sent.");
            assertThat(browser.all(By.cssSelector("#timeline .when")).stream().map(WebElement::getText))
                    .as("a reply of seconds ago").contains("just now");
            browser.click(By.cssSelector("#reply\\:kind .ui-button:nth-child(2)"));
            write(browser, "Replaced scanners are in the store room, shelf B.");
            browser.driver().findElement(By.id("reply:files_input")).sendKeys(storeRoomMap().toString());
            browser.waitForText(By.id("reply:pending"), "store-room.txt");
            browser.click(By.id("reply:send")).waitForText("Note added.");
            assertThat(browser.text(By.cssSelector("#timeline .message.note"))).contains("store-room.txt");

            var messages = browser.all(By.cssSelector("#timeline .message"));
            assertThat(messages).extracting(WebElement::getText)
                    .anySatisfy(text -> assertThat(text).contains("We are sending a technician to bay 4 today."))
                    .anySatisfy(text -> assertThat(text).contains("Replaced scanners are in the store room"));
            assertThat(browser.all(By.cssSelector("#timeline .message.note"))).hasSize(1);
            assertThat(browser.text(By.id("ticket-status"))).isEqualTo("Open");
            browser.screenshot("desk-ticket");
        }
        var seenByEmployee = api("employee").get("/api/tickets/" + number + "/messages").body();
        assertThat(seenByEmployee).contains("We are sending a technician").doesNotContain("shelf B");
        assertThat(api("agent").get("/api/tickets/" + number + "/attachments").body()).contains("store-room.txt");
        assertThat(api("employee").get("/api/tickets/" + number + "/attachments").body())
                .as("a file on an internal note stays internal").doesNotContain("store-room.txt");
        assertThat(api("agent").get("/api/tickets/" + number).json().getJsonObject("assignee").getString("username"))
                .isEqualTo("agent");
    }

    @Test
    void ctrl_enter_sends_the_reply_just_typed_in_the_editor() {
        var subject = unique("Label printer prints half labels");
        var number = openTicket("employee", subject, "hardware.printer");
        try (var browser = atDesk("agent")) {
            browser.open("/desk/ticket.xhtml?number=" + number);
            write(browser, "Please send a photo of a printed label.");
            browser.find(By.cssSelector("#reply .ql-editor")).sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
            browser.waitForText("Reply sent.");
            assertThat(browser.pageText()).doesNotContain("Write something first.");
            assertThat(browser.text(By.id("timeline"))).contains("Please send a photo of a printed label.");
        }
        assertThat(api("employee").get("/api/tickets/" + number + "/messages").body()).contains("Please send a photo of a printed label.");
    }

    @Test
    void resolving_without_a_note_is_refused_at_the_note_and_ctrl_s_in_it_saves_the_fields() {
        var number = openTicket("employee", unique("Label printer smears ink"), "hardware.printer");
        try (var browser = atDesk("agent")) {
            browser.open("/desk/ticket.xhtml?number=" + number);
            choose(browser, "fields:status", "Resolved");
            // Without a note the refusal is at the note, outlined, and nothing is saved.
            browser.click(By.id("fields:save"));
            browser.waitForClass(By.id("fields:resolution"), "ui-state-error");
            assertThat(browser.text(By.cssSelector("#fields .ui-message-error"))).contains("Resolving a ticket needs a resolution note.");
            assertThat(api("agent").get("/api/tickets/" + number).json().getString("status")).isNotEqualTo("RESOLVED");
            browser.type(By.id("fields:resolution"), "Cleaned the print head.");
            browser.find(By.id("fields:resolution")).sendKeys(Keys.chord(Keys.CONTROL, "s"));
            browser.waitForText("Saved.");
        }
        var ticket = api("agent").get("/api/tickets/" + number).json();
        assertThat(ticket.getString("status")).isEqualTo("RESOLVED");
        assertThat(ticket.getString("resolution")).isEqualTo("Cleaned the print head.");
    }

    @Test
    void an_agent_logs_a_phone_call_from_the_keyboard_and_sees_it_in_the_timeline() {
        var number = openTicket("employee", unique("Scanner drops pages"), "hardware.printer");
        try (var browser = atDesk("agent")) {
            browser.open("/desk/ticket.xhtml?number=" + number);
            // "c" opens the dialog with the cursor in the number.
            browser.find(By.tagName("body")).sendKeys("c");
            var phone = browser.find(By.id("call:phone"));
            eventually(() -> "call:phone".equals(browser.driver().switchTo().activeElement().getAttribute("id")));
            phone.sendKeys("call the desk");
            browser.find(By.id("call:duration")).sendKeys("3:07");
            browser.find(By.id("call:summary")).sendKeys("Scanner <script>alert(1)</script>drops every second page");
            // A wrong number is refused at the number; the dialog stays open with everything typed.
            browser.click(By.id("call:save"));
            browser.waitForClass(By.id("call:phone"), "ui-state-error");
            assertThat(browser.text(By.cssSelector("#call .ui-message-error"))).contains("is not a phone number");
            assertThat(browser.find(By.id("call:summary")).getAttribute("value")).contains("drops every second page");
            assertThat(browser.find(By.id("call:duration")).getAttribute("value")).isEqualTo("3:07");
            assertThat(api("agent").get("/api/tickets/" + number + "/events").array()).isEmpty();

            browser.type(By.id("call:phone"), "+48 22 555-01-73");
            browser.click(By.id("call:save"));
            browser.waitForText(By.cssSelector("#timeline .contact-call"), "drops every second page");
            var logged = browser.text(By.cssSelector("#timeline .contact-call"));
            assertThat(logged).contains("Inbound call", "+48225550173", "3:07", "Scanner drops every second page")
                    .doesNotContain("script");
            eventually(() -> browser.all(By.id("callDialog")).stream().noneMatch(WebElement::isDisplayed));
            browser.screenshot("desk-ticket-phone-call");
            browser.assertNoJavaScriptErrors();

            // The customer box leads to everything of the requester, the call among it.
            browser.click(By.id("customerPerson"));
            browser.waitForPath("/desk/customer.xhtml");
            browser.waitForText(By.id("activity"), "Scanner drops every second page");
            assertThat(browser.text(By.id("tickets:list"))).contains(number);
            browser.screenshot("desk-customer");
            browser.assertNoJavaScriptErrors();
        }
        var calls = api("agent").get("/api/tickets/" + number + "/events").array();
        assertThat(calls).hasSize(1);
        assertThat(calls.getJsonObject(0).getJsonNumber("durationSeconds").longValue()).isEqualTo(187);
    }

    @Test
    void two_agents_on_one_ticket_see_each_other_and_the_stale_save_is_refused() {
        var number = openTicket("employee", unique("Heating in meeting room Vilnius"), "facilities.heating");
        try (var first = atDesk("agent"); var second = browser()) {
            second.open("/login.xhtml").signIn("agent2").waitForPath("/desk/queue.xhtml");
            first.open("/desk/ticket.xhtml?number=" + number);
            second.open("/desk/ticket.xhtml?number=" + number);

            first.waitForText(By.id("live:presence"), "Aistė Jonaitienė");
            second.waitForText(By.id("live:presence"), "Marek Kowalski");

            choose(first, "fields:priority", "High");
            first.click(By.id("fields:save")).waitForText("Saved.");

            choose(second, "fields:priority", "Urgent");
            second.click(By.id("fields:save"))
                    .waitForText("Someone changed this ticket while you were looking at it. Nothing was saved");
            assertThat(second.text(By.cssSelector("#fields\\:priority_label"))).isEqualTo("High");
            second.screenshot("desk-collision");
        }
        assertThat(api("agent").get("/api/tickets/" + number).json().getString("priority")).isEqualTo("HIGH");
    }

    @Test
    void a_reply_refused_because_the_ticket_changed_keeps_its_text_and_files_and_then_goes_with_them() {
        var number = openTicket("employee", unique("Projector in room 2 hums"), "hardware.printer");
        try (var browser = atDesk("agent")) {
            browser.open("/desk/ticket.xhtml?number=" + number);
            write(browser, "Please send a photo of the label.");
            browser.driver().findElement(By.id("reply:files_input")).sendKeys(storeRoomMap().toString());
            browser.waitForText(By.id("reply:pending"), "store-room.txt");

            // Meanwhile another agent raises the priority.
            var etag = api("agent2").get("/api/tickets/" + number).header("ETag");
            assertThat(api("agent2").patch("/api/tickets/" + number, "{\"priority\": \"HIGH\"}", etag).status()).isEqualTo(200);
            // The screen notices by itself and puts a notice above the page; sending only after it is in
            // place keeps the click from landing where the button was before the notice moved it.
            browser.waitForText("This ticket has changed since you opened it.");

            browser.click(By.id("reply:send")).waitForText("The ticket changed while you were writing");
            assertThat(browser.text(By.cssSelector("#reply .ql-editor"))).isEqualTo("Please send a photo of the label.");
            assertThat(browser.text(By.id("reply:pending"))).contains("store-room.txt");
            assertThat(api("agent").get("/api/tickets/" + number + "/messages").body()).doesNotContain("photo of the label");
            browser.screenshot("desk-reply-stale");

            browser.click(By.id("reply:send")).waitForText("Reply sent.");
            assertThat(browser.all(By.cssSelector("#reply\\:pending .pending-file"))).as("sent files leave the draft").isEmpty();
        }
        var messages = api("employee").get("/api/tickets/" + number + "/messages").array();
        var reply = messages.getJsonObject(messages.size() - 1);
        assertThat(reply.getString("body")).contains("Please send a photo of the label.");
        assertThat(reply.getJsonArray("attachments")).extracting(a -> a.asJsonObject().getString("fileName"))
                .containsExactly("store-room.txt");
    }

    @Test
    void bulk_actions_change_every_selected_ticket() {
        var marker = Long.toString(System.nanoTime(), 36);
        var one = openTicket("employee", "Bulk test one " + marker, "software.email");
        var two = openTicket("employee", "Bulk test two " + marker, "software.email");
        try (var browser = atDesk("agent")) {
            browser.open("/desk/queue.xhtml?queue=SEARCH&q=" + marker);
            assertThat(rowNumbers(browser)).containsExactlyInAnyOrder(one, two);
            assertThat(browser.text(By.id("list:selectedCount"))).isEqualTo("0");
            browser.click(By.cssSelector("#list\\:tickets thead .ui-chkbox-box"));
            browser.waitForText(By.id("list:selectedCount"), "2");
            browser.type(By.id("list:bulkTag"), "mailbox-" + marker);
            choose(browser, "list:bulkPriority", "High");
            browser.click(By.id("list:bulkApply")).waitForText("Changed 2 tickets.");
        }
        for (var number : List.of(one, two)) {
            var ticket = api("agent").get("/api/tickets/" + number).json();
            assertThat(ticket.getString("priority")).isEqualTo("HIGH");
            assertThat(ticket.getJsonArray("tags").getString(0)).isEqualTo("mailbox-" + marker);
        }
    }

    @Test
    void sorting_by_priority_shows_the_most_urgent_first_and_within_a_priority_the_most_overdue() {
        var tag = "prio-" + Long.toString(System.nanoTime(), 36);
        var low = openTagged("Low " + tag, "LOW", tag);
        var urgentSooner = openTagged("Urgent sooner " + tag, "URGENT", tag);
        var urgentLater = openTagged("Urgent later " + tag, "URGENT", tag);
        try (var browser = atDesk("agent")) {
            browser.open("/desk/queue.xhtml?queue=OPEN&tag=" + tag);
            var priorityHeader = By.xpath("//table//th[.//span[normalize-space()='Priority']]");

            browser.click(priorityHeader);
            assertThat(rowNumbers(browser)).as("first click").containsExactly(urgentSooner, urgentLater, low);
            browser.click(priorityHeader);
            assertThat(rowNumbers(browser)).as("second click").containsExactly(low, urgentSooner, urgentLater);
        }
    }

    @Test
    void the_awaiting_answer_mark_shows_on_tickets_being_worked_and_not_on_resolved_ones() {
        var tag = "await-" + Long.toString(System.nanoTime(), 36);
        var open = openTicket("employee", "Still waits " + tag, "software.email");
        var resolved = openTicket("employee", "Resolved without a reply " + tag, "software.email");
        change(open, "{\"status\": \"OPEN\", \"tags\": [\"" + tag + "\"]}");
        change(resolved, "{\"status\": \"RESOLVED\", \"resolution\": \"Fixed on site.\", \"tags\": [\"" + tag + "\"]}");
        try (var browser = atDesk("agent")) {
            browser.open("/desk/queue.xhtml?queue=RECENT&tag=" + tag);
            assertThat(rowNumbers(browser)).containsExactlyInAnyOrder(open, resolved);
            assertThat(browser.all(By.xpath("//tr[.//a[normalize-space()='" + open + "']]//*[contains(@class,'awaiting')]"))).hasSize(1);
            assertThat(browser.all(By.xpath("//tr[.//a[normalize-space()='" + resolved + "']]//*[contains(@class,'awaiting')]")))
                    .as("a resolved ticket awaits nothing").isEmpty();
        }
    }

    /** Whether the first elements the two selectors find overlap on the screen. */
    private static boolean overlaps(Browser browser, String one, String other) {
        return (Boolean) browser.script("""
                var a = document.querySelector(arguments[0]).getBoundingClientRect();
                var b = document.querySelector(arguments[1]).getBoundingClientRect();
                return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;""", one, other);
    }

    private static void answered(int status, Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
    }

    private void change(String number, String json) {
        var agent = api("agent");
        var changed = agent.patch("/api/tickets/" + number, json, agent.get("/api/tickets/" + number).header("ETag"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    }

    /** A ticket of employee's opened by the agent with a priority and a tag; the due date follows the creation. */
    private String openTagged(String subject, String priority, String tag) {
        var created = api("agent").post("/api/tickets", "{\"subject\": " + Json.str(subject)
                + ", \"description\": \"Opened for a sorting test.\", \"requester\": \"employee\", \"priority\": "
                + Json.str(priority) + ", \"tags\": [" + Json.str(tag) + "]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return Json.number(created.json());
    }

    @Test
    void a_saved_filter_and_the_chosen_columns_are_kept_for_the_agent() {
        var name = unique("Infra urgent");
        var query = "queue=OPEN&team=it-infra&priority=URGENT";
        var saved = By.xpath("//a[contains(@class,'saved-link')][span[@class='queue-name' and text()='" + name + "']]");
        try (var browser = browser()) {
            browser.open("/login.xhtml").signIn("manager").waitForPath("/desk/queue.xhtml");
            browser.open("/desk/queue.xhtml?" + query);
            browser.type(By.id("filters:filterName"), name);
            browser.click(By.id("filters:save")).waitForText("saved.");
            assertThat(browser.all(saved)).hasSize(1);

            browser.open("/desk/queue.xhtml?queue=MINE");
            assertThat(browser.find(saved).getAttribute("class")).doesNotContain("current");
            // Its count comes with the queues' counts, and is what the filter lists.
            long total = Api.at(base).asWithToken("manager").get("/api/tickets?size=1&" + query).json().getJsonNumber("total").longValue();
            var count = By.xpath("//a[contains(@class,'saved-link')][span[@class='queue-name' and text()='" + name + "']]"
                    + "/span[contains(@class,'queue-count')]");
            browser.waitForText(count, Long.toString(total));
            assertThat(browser.text(count)).isEqualTo(Long.toString(total));
            browser.click(saved).waitForPath("/desk/queue.xhtml?" + query);
            assertThat(browser.find(saved).getAttribute("class")).as("the active saved filter is marked").contains("current");

            assertThat(headers(browser)).contains("Priority");
            browser.click(By.id("list:columns"));
            browser.click(By.xpath("//div[@id='list:columns_panel']//li[.//label[text()='Priority']]//div[contains(@class,'ui-chkbox-box')]"));
            browser.settle();
            browser.open("/desk/queue.xhtml?queue=OPEN");
            assertThat(headers(browser)).doesNotContain("Priority").contains("Subject");
        }
    }

    @Test
    void the_search_box_opens_a_ticket_by_number_and_finds_others_by_their_words() {
        var marker = Long.toString(System.nanoTime(), 36);
        var number = openTicket("employee", "Badge reader " + marker + " blinks red", "access.badges");
        var other = openTicket("employee", "Badge readers " + marker + " in the car park", "access.badges");
        var agent = api("agent");
        assertThat(agent.patch("/api/tickets/" + other, "{\"priority\": \"URGENT\"}",
                agent.get("/api/tickets/" + other).header("ETag")).status()).isEqualTo(200);
        try (var browser = atDesk("agent")) {
            browser.find(By.id("jump:q")).sendKeys(number.replace("BIL-", "").replaceFirst("^0+", ""), Keys.ENTER);
            browser.waitForPath("/desk/ticket.xhtml?number=" + number);

            // Other forms of the words find both, the words in any order.
            browser.find(By.id("jump:q")).sendKeys("red blinking badge " + marker, Keys.ENTER);
            browser.waitForPath("/desk/search.xhtml");
            assertThat(hitNumbers(browser)).startsWith(number);
            browser.open("/desk/search.xhtml?q=badge%20" + marker);
            assertThat(hitNumbers(browser)).containsExactlyInAnyOrder(number, other);
            assertThat(browser.all(By.cssSelector("#results .hit-title mark")).stream().map(WebElement::getText))
                    .contains("Badge", marker);
            assertThat(browser.text(By.id("facet-priority"))).contains("Urgent");
            browser.screenshot("desk-search");

            browser.click(By.partialLinkText("Urgent")).waitForPath("/desk/search.xhtml?q=badge+" + marker + "&priority=URGENT");
            assertThat(hitNumbers(browser)).containsExactly(other);
            browser.click(By.cssSelector("#results a")).waitForPath("/desk/ticket.xhtml?number=" + other);
        }
    }

    @Test
    void the_ticket_screen_shows_similar_solved_tickets_with_their_resolutions() {
        var marker = Long.toString(System.nanoTime(), 36);
        var solved = openTicket("employee", "Docking station " + marker + " does not charge the laptop", "hardware.printer");
        var agent = api("agent");
        assertThat(agent.patch("/api/tickets/" + solved, "{\"status\": \"RESOLVED\", \"resolution\": \"Firmware of the dock "
                + marker + " updated.\"}", agent.get("/api/tickets/" + solved).header("ETag")).status()).isEqualTo(200);
        var open = openTicket("employee2", "Laptop not charging on the docking station " + marker, "hardware.printer");
        try (var browser = atDesk("agent")) {
            browser.open("/desk/ticket.xhtml?number=" + open);
            browser.waitForText(By.id("similar"), solved);
            assertThat(browser.text(By.id("similar"))).contains("Firmware of the dock " + marker + " updated.").doesNotContain(open);
        }
    }

    private static List<String> hitNumbers(Browser browser) {
        return browser.all(By.cssSelector("#results .number")).stream().map(WebElement::getText).toList();
    }

    @Test
    void an_agent_uses_the_team_and_the_canned_response_an_admin_just_created() {
        var suffix = AdminScreens.unique();
        var teamName = "Warehouse devices " + suffix;
        var title = "Technician on the way " + suffix;
        // Made through the API, as quick as an administrator is: AdministrationIT tests the screens that make them.
        var admin = api("admin");
        answered(201, admin.post("/api/admin/teams", "{\"key\": " + Json.str("wh-" + suffix) + ", \"name\": " + Json.str(teamName) + "}"));
        answered(200, admin.post("/api/admin/teams/wh-" + suffix + "/members", "{\"username\": \"agent\"}"));
        answered(201, admin.post("/api/admin/canned-responses", "{\"title\": " + Json.str(title) + ", \"body\": "
                + Json.str("Hello {requester.firstName}, a technician takes care of {ticket.number} today.") + "}"));
        var number = openTicket("employee", unique("Label printer offline"), "hardware.printer");
        try (var agent = atDesk("agent")) {
            agent.open("/desk/ticket.xhtml?number=" + number);

            pick(agent, "reply:canned", title);
            agent.waitForText(By.cssSelector("#reply .ql-editor"), "Hello Emma, a technician takes care of " + number + " today.");
            agent.click(By.id("reply:send")).waitForText("Reply sent.");

            choose(agent, "fields:team", teamName);
            agent.click(By.id("fields:save")).waitForText("Saved.");
        }
        assertThat(api("employee").get("/api/tickets/" + number + "/messages").body())
                .contains("Hello Emma, a technician takes care of " + number + " today.");
        assertThat(api("agent").get("/api/tickets/" + number).json().getString("team")).isEqualTo("wh-" + suffix);
    }

    @Test
    void the_sla_badge_shows_in_the_queue_and_the_panel_explains_each_promise() {
        var marker = Long.toString(System.nanoTime(), 36);
        var number = openTicket("employee", "Docking station " + marker + " flickers", "hardware.scanner");
        try (var browser = atDesk("agent")) {
            browser.open("/desk/queue.xhtml?queue=SEARCH&q=" + marker);
            assertThat(rowNumbers(browser)).containsExactly(number);
            var badge = browser.find(By.cssSelector("#list\\:tickets tbody .sla-badge"));
            assertThat(badge.getText()).isEqualTo("On track");
            assertThat(badge.getAttribute("title")).as("colour is not the only sign").isEqualTo("Within the promised time");
            assertThat(browser.text(By.cssSelector("#list\\:tickets tbody .sla-countdown"))).startsWith("in ");

            browser.open("/desk/ticket.xhtml?number=" + number);
            assertThat(browser.text(By.cssSelector("#ticket-sla .sla-badge"))).isEqualTo("On track");
            assertThat(browser.all(By.cssSelector(".sla-promises"))).as("read only once opened").isEmpty();

            browser.click(By.cssSelector("#sla\\:panel .ui-panel-titlebar-icon"));
            browser.find(By.cssSelector(".sla-promises"));
            assertThat(browser.all(By.cssSelector(".sla-promises tbody > tr:first-child > th")))
                    .extracting(WebElement::getText).containsExactly("First response", "Next response", "Resolution");
            assertThat(browser.text(By.cssSelector(".sla-promise-FIRST_RESPONSE .sla-step"))).contains("Started — policy ");
            assertThat(browser.text(By.id("sla-calendar"))).contains("(Europe/");

            write(browser, "A new docking station is on its way.");
            browser.click(By.id("reply:send")).waitForText("Reply sent.");
            browser.waitForText(By.cssSelector(".sla-promise-FIRST_RESPONSE"), "Stopped — staff replied");
            assertThat(browser.text(By.cssSelector(".sla-promise-FIRST_RESPONSE .sla-badge"))).isEqualTo("Met");
            // The picture is of the panel: the confirmation would cover the header's buttons.
            browser.script("window.scrollTo(0, 0); document.querySelectorAll('.ui-growl-item-container').forEach(e => e.remove())");
            browser.screenshot("desk-ticket-sla");
        }
    }

    @Test
    void a_breached_ticket_says_so_in_the_at_risk_queue_and_on_its_screen() {
        var atRisk = api("agent").get("/api/tickets?queue=AT_RISK&size=100").json().getJsonArray("items");
        var breached = atRisk.stream().map(JsonValue::asJsonObject)
                .filter(t -> "BREACHED".equals(t.getString("slaState", null))).findFirst()
                .orElseThrow(() -> new AssertionError("the demo data has a breached ticket in the at-risk queue"));
        var number = breached.getString("number");
        try (var browser = atDesk("agent")) {
            browser.open("/desk/queue.xhtml?queue=AT_RISK");
            assertThat(browser.all(By.cssSelector("#list\\:tickets tbody .sla-BREACHED"))).isNotEmpty()
                    .allSatisfy(b -> assertThat(b.getText()).isEqualTo("Breached"));
            browser.screenshot("desk-queue-sla");

            browser.open("/desk/ticket.xhtml?number=" + number);
            assertThat(browser.text(By.cssSelector("#ticket-sla .sla-badge"))).isEqualTo("Breached");
            assertThat(browser.text(By.cssSelector("#ticket-sla .sla-countdown"))).endsWith("overdue");
        }
        try (var polish = Browser.speaking(base, "pl-PL,pl")) {
            polish.open("/login.xhtml").signIn("agent").waitForPath("/desk/queue.xhtml");
            polish.open("/desk/ticket.xhtml?number=" + number);
            assertThat(polish.text(By.cssSelector("#ticket-sla .sla-badge"))).isEqualTo("Przekroczone");
            polish.click(By.cssSelector("#sla\\:panel .ui-panel-titlebar-icon"));
            polish.find(By.cssSelector(".sla-promises"));
            polish.screenshot("desk-ticket-sla-pl");
        }
    }

    private static Path storeRoomMap() {
        try {
            var directory = Files.createDirectories(Path.of("target", "desk-it"));
            return Files.writeString(directory.resolve("store-room.txt"), "Shelf B, second row.").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> rowNumbers(Browser browser) {
        browser.find(By.id("list:tickets"));
        return browser.all(By.cssSelector("#list\\:tickets tbody a.ticket-link")).stream().map(WebElement::getText).toList();
    }

    private static List<String> headers(Browser browser) {
        return browser.all(By.cssSelector("#list\\:tickets thead th")).stream().map(WebElement::getText).map(String::strip).toList();
    }

    @Test
    void the_ticket_screen_shows_the_fields_its_category_asks_for_and_any_filled_not_every_field() {
        var tag = Json.uniqueTag();
        var admin = api("admin");
        var asked = tag + "-room";
        var other = tag + "-vendor";
        assertThat(admin.post("/api/admin/custom-fields", "{\"key\": " + Json.str(asked) + ", \"label\": \"Meeting room " + tag
                + "\", \"type\": \"TEXT\", \"required\": false, \"active\": true}").status()).isEqualTo(201);
        assertThat(admin.post("/api/admin/custom-fields", "{\"key\": " + Json.str(other) + ", \"label\": \"Vendor case " + tag
                + "\", \"type\": \"TEXT\", \"required\": false, \"active\": true}").status()).isEqualTo(201);
        var category = tag + "-projector";
        assertThat(admin.post("/api/admin/categories", "{\"key\": " + Json.str(category) + ", \"name\": \"Projectors " + tag
                + "\", \"fields\": [" + Json.str(asked) + "]}").status()).isEqualTo(201);
        var inCategory = openTicket("employee", unique("Projector in room 2 is dim"), category);
        var filled = api("agent").post("/api/tickets", "{\"subject\": " + Json.str(unique("Vendor swap")) + ", \"description\": \"x\", "
                + "\"requester\": \"employee\", \"customFields\": {" + Json.str(other) + ": \"VC-7781\"}}");
        assertThat(filled.status()).as(filled.body()).isEqualTo(201);
        try (var browser = atDesk("agent")) {
            browser.open("/desk/ticket.xhtml?number=" + inCategory);
            assertThat(browser.text(By.id("fields"))).contains("Meeting room " + tag).doesNotContain("Vendor case " + tag);
            browser.open("/desk/ticket.xhtml?number=" + filled.json().getString("number"));
            assertThat(browser.text(By.id("fields"))).contains("Vendor case " + tag).doesNotContain("Meeting room " + tag);
            assertThat(browser.find(By.xpath("//form[@id='fields']//input[@aria-label='Vendor case " + tag + "']")).getAttribute("value"))
                    .isEqualTo("VC-7781");
        } finally {
            for (var key : new String[] {asked, other}) {
                var current = admin.get("/api/admin/custom-fields/" + key);
                admin.put("/api/admin/custom-fields/" + key, "{\"label\": " + Json.str(current.json().getString("label"))
                        + ", \"type\": \"TEXT\", \"required\": false, \"active\": false}", current.header("ETag"));
            }
        }
    }

    /** Waits up to five seconds for something a script does after the request (focus, a closing animation). */
    private static void eventually(BooleanSupplier condition) {
        var deadline = System.nanoTime() + 5_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("did not happen within five seconds");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    static void write(Browser browser, String text) {
        var editor = browser.find(By.cssSelector("#reply .ql-editor"));
        editor.click();
        editor.sendKeys(text);
    }

    /** Picks an option of a PrimeFaces select menu by its label. */
    static void choose(Browser browser, String menuId, String label) {
        pick(browser, menuId, label);
        browser.waitForText(By.id(menuId + "_label"), label);
    }

    /** Picks an option of a select menu that acts at once and then resets, like the canned responses. */
    static void pick(Browser browser, String menuId, String label) {
        browser.click(By.id(menuId));
        // The panel slides open; wait until it stands still before picking. Its "enter-done" class is
        // not a sign to rely on: a panel re-rendered by an earlier request opens without it.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20), Duration.ofMillis(100)).until(driver -> (Boolean) browser.script(
                "var p = document.getElementById(arguments[0]); return !!p && p.getClientRects().length > 0"
                        + " && getComputedStyle(p).opacity === '1' && p.className.indexOf('enter-active') < 0;", menuId + "_panel"));
        browser.click(By.xpath("//*[@id='" + menuId + "_items']//li[@data-label='" + label + "']"));
    }
}

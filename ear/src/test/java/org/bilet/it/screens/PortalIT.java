package org.bilet.it.screens;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.bilet.it.Api;
import org.bilet.it.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The employee portal in a browser: submitting a ticket with fields and files, following it in My
 * tickets, the public conversation, replying, confirming or reopening a resolution. Each test makes
 * its own tickets through the API or the screens, so that none depends on another.
 */
class PortalIT extends ScreenTestCase {

    /** The integration test server's attachment limit (BILET_ATTACHMENTS_MAX_BYTES). */
    private static final int LIMIT = 1024 * 1024;

    Api employee;
    Api agent;

    @BeforeEach
    void signIn() {
        employee = Api.at(base).asWithToken("employee");
        agent = Api.at(base).asWithToken("agent");
    }

    @Test
    void an_employee_submits_a_ticket_with_a_required_field_and_a_file_and_finds_it_in_my_tickets() throws Exception {
        var tag = Json.uniqueTag();
        var category = tag + "-dock";
        var field = tag + "-serial";
        requiredField(category, "Docking stations " + tag, field, "Serial number");
        var log = file("dock-log.txt", "flicker at 09:12\n".getBytes(StandardCharsets.UTF_8));
        var subject = "Docking station flickers " + tag;
        try (var browser = inPortal("employee")) {
            browser.click(By.id("nav-new")).waitForPath("/portal/new.xhtml");
            browser.type(By.id("ticket:subject"), subject);
            browser.type(By.id("ticket:description"), "The second screen goes dark every few minutes.");
            chooseCategory(browser, "Docking stations " + tag);
            var serial = input(browser, "Serial number").getAttribute("id");
            fileInput(browser, "ticket").sendKeys(log.toString());
            waitForText(browser, By.id("ticket:pending"), "dock-log.txt");
            browser.screenshot("portal-new");

            browser.click(By.id("ticket:submit"));

            assertThat(browser.path()).startsWith("/portal/new.xhtml");
            assertThat(browser.pageText()).contains("Serial number: a value is required.");
            assertThat(browser.text(By.id("ticket:pending"))).as("the file waits for the next try").contains("dock-log.txt");
            browser.screenshot("portal-new-required");

            browser.type(By.id(serial), "DS-4471");
            browser.click(By.id("ticket:submit")).waitForPath("/portal/ticket.xhtml?number=BIL-");

            var number = browser.text(By.cssSelector("#ticket-title .portal-number"));
            assertThat(browser.text(By.id("submitted"))).contains("Your ticket " + number + " has been submitted.");
            assertThat(browser.text(By.id("ticket-title"))).contains(subject);
            assertThat(browser.text(By.id("conversation"))).as("what it was opened with is no news")
                    .doesNotContain("changed the category");
            assertThat(browser.pageText()).contains("Serial number", "DS-4471", "Docking stations " + tag);
            var link = browser.find(By.cssSelector("#files a.attachment-link"));
            assertThat(link.getText()).isEqualTo("dock-log.txt");
            // The link works in the browser: the session signs the API call.
            assertThat(fetch(browser, link.getAttribute("href"))).isEqualTo("200 flicker at 09:12\n");
            browser.screenshot("portal-ticket-submitted");

            browser.click(By.id("nav-my")).waitForPath("/portal/tickets.xhtml");
            var row = browser.find(By.xpath("//tr[.//a[normalize-space()='" + number + "']]"));
            assertThat(row.getText()).contains(subject, "New", "Docking stations " + tag);
            assertThat(row.findElement(By.tagName("time")).getAttribute("title")).isNotBlank();
            browser.screenshot("portal-tickets");
            row.findElement(By.cssSelector(".col-status")).click();
            browser.waitForPath("/portal/ticket.xhtml?number=" + number);
        } finally {
            retire(field);
        }
        var saved = employee.get("/api/tickets?sort=createdAt,desc&size=5").json().getJsonArray("items").stream()
                .map(item -> item.asJsonObject()).filter(item -> item.getString("subject").equals(subject)).findFirst().orElseThrow();
        var details = employee.get("/api/tickets/" + saved.getString("number")).json();
        assertThat(details.getJsonObject("customFields").getString(field)).isEqualTo("DS-4471");
        assertThat(details.getString("category")).isEqualTo(category);
    }

    @Test
    void the_fields_of_the_chosen_category_come_and_go_and_are_saved_typed() {
        var subject = "ERP posting fails " + Json.uniqueTag();
        try (var browser = inPortal("employee")) {
            browser.open("/portal/new.xhtml");
            browser.type(By.id("ticket:subject"), subject);
            browser.type(By.id("ticket:description"), "Posting an invoice ends with error 0x17.");
            chooseCategory(browser, "Hardware / Laptop");
            browser.type(By.id(input(browser, "Asset tag").getAttribute("id")), "LT-0042");

            chooseCategory(browser, "Software / ERP");
            assertThat(browser.all(By.xpath(labelled("Asset tag")))).as("hardware's field is gone").isEmpty();
            browser.type(By.id(input(browser, "Affected users").getAttribute("id")), "12");
            chooseFrom(browser, input(browser, "Impact").getAttribute("id"), "high");

            chooseCategory(browser, "Access / Accounts");
            var neededBy = input(browser, "Needed by").getAttribute("id");
            browser.type(By.id(neededBy), "3/15/2031");
            browser.find(By.id(neededBy)).sendKeys(Keys.ESCAPE);
            browser.screenshot("portal-new-date");
            chooseCategory(browser, "Software / ERP");
            browser.type(By.id(input(browser, "Affected users").getAttribute("id")), "12");
            chooseFrom(browser, input(browser, "Impact").getAttribute("id"), "high");

            assertThat(browser.find(By.id("ticket:subject")).getAttribute("value")).isEqualTo(subject);
            browser.click(By.id("ticket:submit")).waitForPath("/portal/ticket.xhtml?number=BIL-");
            assertThat(browser.text(By.id("ticket-category"))).isEqualTo("Software / ERP");

            var number = browser.text(By.cssSelector("#ticket-title .portal-number"));
            var fields = employee.get("/api/tickets/" + number).json().getJsonObject("customFields");
            assertThat(fields.getString("affected-users")).isEqualTo("12");
            assertThat(fields.getString("impact")).isEqualTo("high");
            assertThat(fields.containsKey("asset-tag")).as("a field the final category does not ask for").isFalse();
        }
    }

    @Test
    void a_date_field_is_read_in_the_users_language() {
        var subject = "Konto dla nowego pracownika " + Json.uniqueTag();
        try (var browser = Browser.speaking(base, "pl-PL,pl")) {
            browser.open("/login.xhtml").signIn("p.wisniewski").waitForPath("/portal/tickets.xhtml");
            browser.open("/portal/new.xhtml");
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("Zgłoś problem");
            browser.type(By.id("ticket:subject"), subject);
            // The demo names its categories in Polish too.
            chooseCategory(browser, "Dostęp / Konta");
            var neededBy = input(browser, "Needed by").getAttribute("id");
            browser.type(By.id(neededBy), "15.03.2031");
            assertThat(browser.text(By.cssSelector("[id='" + neededBy.replace("_input", "_panel") + "'] .ui-datepicker-title"))).contains("2031")
                    .containsIgnoringCase("marzec");
            browser.screenshot("portal-new-datepicker-pl");
            browser.find(By.id(neededBy)).sendKeys(Keys.ESCAPE);
            browser.click(By.id("ticket:submit"));
            assertThat(browser.pageText()).contains("Opisz problem.");
            browser.screenshot("portal-new-pl");

            browser.type(By.id("ticket:description"), "Nowy pracownik potrzebuje konta od połowy marca.");
            browser.click(By.id("ticket:submit")).waitForPath("/portal/ticket.xhtml?number=BIL-");
            var number = browser.text(By.cssSelector("#ticket-title .portal-number"));
            assertThat(browser.text(By.id("submitted"))).contains("Zgłoszenie " + number + " zostało wysłane.");
            assertThat(agent.get("/api/tickets/" + number).json().getJsonObject("customFields").getString("needed-by"))
                    .isEqualTo("2031-03-15");
            assertThat(browser.pageText()).contains("Needed by", "15 mar 2031");

            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.open("/portal/tickets.xhtml");
            browser.screenshot("portal-tickets-phone-pl");
        }
    }

    @Test
    void a_file_over_the_limit_is_refused_before_anything_is_saved() {
        var tooBig = file("scan.pdf", new byte[LIMIT + 1]);
        var small = file("note.txt", "ok".getBytes(StandardCharsets.UTF_8));
        var subject = "Scanner output " + Json.uniqueTag();
        try (var browser = inPortal("employee")) {
            browser.open("/portal/new.xhtml");
            assertThat(browser.text(By.id("ticket:uploadBox"))).contains("Up to 1 MB per file.");

            fileInput(browser, "ticket").sendKeys(tooBig.toString());
            waitForText(browser, By.id("ticket:uploadBox"), "scan.pdf is larger than 1 MB and was not added.");
            fileInput(browser, "ticket").sendKeys(small.toString());
            waitForText(browser, By.id("ticket:pending"), "note.txt");
            assertThat(browser.text(By.id("ticket:pending"))).doesNotContain("scan.pdf");
            browser.screenshot("portal-new-too-large");

            browser.type(By.id("ticket:subject"), subject);
            browser.type(By.id("ticket:description"), "The scan is too big to send.");
            browser.click(By.id("ticket:submit")).waitForPath("/portal/ticket.xhtml?number=BIL-");
            var number = browser.text(By.cssSelector("#ticket-title .portal-number"));
            assertThat(employee.get("/api/tickets/" + number + "/attachments").array())
                    .extracting(a -> a.asJsonObject().getString("fileName")).containsExactly("note.txt");
        }
    }

    @Test
    void the_conversation_shows_public_replies_but_never_internal_notes_and_takes_a_reply_with_a_file() {
        var number = openTicket("employee", "Monitor cable " + Json.uniqueTag());
        agent.post("/api/tickets/" + number + "/messages", "{\"body\": \"Which port do you use?\"}");
        agent.post("/api/tickets/" + number + "/messages", "{\"body\": \"Vendor ticket 5561\", \"internal\": true}");
        var photo = file("port.txt", "HDMI 2".getBytes(StandardCharsets.UTF_8));
        try (var browser = inPortal("employee")) {
            browser.open("/portal/ticket.xhtml?number=" + number);

            assertThat(browser.text(By.id("conversation"))).contains("Which port do you use?", "Marek Kowalski")
                    .doesNotContain("Vendor ticket 5561");
            assertThat(browser.text(By.id("conversation"))).contains("changed the status: New → Open");

            browser.click(By.id("reply:send"));
            assertThat(browser.pageText()).contains("Write your reply first.");

            browser.type(By.id("reply:body"), "The left one, HDMI 2.");
            fileInput(browser, "reply").sendKeys(photo.toString());
            waitForText(browser, By.id("reply:pending"), "port.txt");
            browser.click(By.id("reply:send"));
            waitForText(browser, By.id("conversation"), "The left one, HDMI 2.");
            assertThat(browser.text(By.id("conversation"))).contains("port.txt");
            assertThat(browser.text(By.id("files"))).contains("port.txt");
            browser.screenshot("portal-ticket-conversation");
        }
        var messages = agent.get("/api/tickets/" + number + "/messages").array();
        var reply = messages.getJsonObject(messages.size() - 1);
        assertThat(reply.getString("body")).isEqualTo("The left one, HDMI 2.");
        assertThat(reply.getJsonArray("attachments")).extracting(a -> a.asJsonObject().getString("fileName"))
                .containsExactly("port.txt");
    }

    @Test
    void a_resolved_ticket_is_reopened_with_a_reason_that_joins_the_conversation() {
        var number = resolvedTicket("Printer prints blank pages " + Json.uniqueTag());
        try (var browser = inPortal("employee")) {
            browser.open("/portal/ticket.xhtml?number=" + number);
            assertThat(browser.text(By.id("decision"))).contains("Replaced the toner cartridge.");
            assertThat(browser.all(By.id("reply:body"))).as("a resolution is answered, not replied to").isEmpty();
            browser.screenshot("portal-ticket-resolved");

            browser.click(By.id("decision:reopen"));
            assertThat(browser.text(By.id("decision"))).contains("Tell us why the problem is not solved.");
            assertThat(browser.text(By.id("ticket-status"))).isEqualTo("Resolved");

            browser.type(By.id("decision:reason"), "Still blank pages after the new toner.");
            browser.click(By.id("decision:reopen"));

            assertThat(browser.text(By.id("ticket-status"))).isEqualTo("Open");
            assertThat(browser.text(By.id("conversation"))).contains("Still blank pages after the new toner.",
                    "changed the status: Resolved → Open");
            assertThat(browser.all(By.id("decision"))).isEmpty();
            assertThat(browser.find(By.id("reply:body")).isDisplayed()).isTrue();
        }
        var ticket = agent.get("/api/tickets/" + number).json();
        assertThat(ticket.getString("status")).isEqualTo("OPEN");
        var messages = agent.get("/api/tickets/" + number + "/messages").array();
        assertThat(messages.getJsonObject(messages.size() - 1).getString("body")).isEqualTo("Still blank pages after the new toner.");
    }

    @Test
    void a_resolved_ticket_is_confirmed_and_closed() {
        var number = resolvedTicket("Badge does not open door " + Json.uniqueTag());
        try (var browser = inPortal("employee")) {
            browser.open("/portal/ticket.xhtml?number=" + number);

            browser.click(By.id("decision:confirm"));

            assertThat(browser.text(By.id("ticket-status"))).isEqualTo("Closed");
            assertThat(browser.text(By.id("closed"))).contains("This ticket is closed.");
            assertThat(browser.text(By.id("resolution"))).contains("Replaced the toner cartridge.");
            assertThat(browser.all(By.id("reply:body"))).isEmpty();
            assertThat(browser.text(By.id("notices"))).contains("Thank you for confirming.");
            browser.screenshot("portal-ticket-closed");

            browser.open("/portal/tickets.xhtml");
            assertThat(browser.pageText()).doesNotContain(number);
            browser.click(By.linkText("Closed")).waitForPath("/portal/tickets.xhtml?show=CLOSED");
            assertThat(browser.find(By.xpath("//tr[.//a[normalize-space()='" + number + "']]")).getText()).contains("Closed");
        }
        assertThat(agent.get("/api/tickets/" + number).json().getString("status")).isEqualTo("CLOSED");
    }

    @Test
    void a_decision_on_a_page_that_went_stale_shows_the_fresh_state_and_changes_nothing() {
        var number = resolvedTicket("Keyboard keys stick " + Json.uniqueTag());
        try (var browser = inPortal("employee")) {
            browser.open("/portal/ticket.xhtml?number=" + number);
            // Meanwhile the agent reopens it and resolves it again with another note.
            move(number, "{\"status\": \"OPEN\"}");
            move(number, "{\"status\": \"RESOLVED\", \"resolution\": \"Sent a new keyboard.\"}");

            browser.click(By.id("decision:confirm"));

            assertThat(browser.text(By.id("notices"))).contains("This ticket was changed while you were reading it.");
            assertThat(browser.text(By.id("decision"))).contains("Sent a new keyboard.");
            assertThat(agent.get("/api/tickets/" + number).json().getString("status")).isEqualTo("RESOLVED");
            browser.screenshot("portal-ticket-stale");

            browser.click(By.id("decision:confirm"));
            assertThat(browser.text(By.id("ticket-status"))).isEqualTo("Closed");
        }
    }

    @Test
    void someone_elses_ticket_and_a_malformed_number_give_the_not_found_page() {
        var theirs = openTicket("s.mitchell", "Sales laptop " + Json.uniqueTag());
        try (var browser = inPortal("employee")) {

            browser.open("/portal/ticket.xhtml?number=" + theirs);
            assertThat(browser.text(By.id("problem-title"))).isEqualTo("Not found");
            assertThat(browser.pageText()).doesNotContain("Sales laptop");

            browser.open("/portal/ticket.xhtml?number=nonsense");
            assertThat(browser.text(By.id("problem-title"))).isEqualTo("Not found");
            browser.open("/portal/ticket.xhtml");
            assertThat(browser.text(By.id("problem-title"))).isEqualTo("Not found");
        }
    }

    @Test
    void a_ticket_waiting_for_the_requester_says_so_in_their_words_and_stands_out() {
        var waiting = openTicket("employee", "Which monitor cable do you need " + Json.uniqueTag());
        var other = openTicket("employee", "Mouse double-clicks " + Json.uniqueTag());
        assertThat(agent.patch("/api/tickets/" + waiting, "{\"status\": \"WAITING\"}",
                agent.get("/api/tickets/" + waiting).header("ETag")).status()).isEqualTo(200);
        try (var browser = inPortal("employee")) {
            var row = browser.find(By.xpath("//tr[.//a[normalize-space()='" + waiting + "']]"));
            assertThat(row.getText()).contains("Waiting for your reply").doesNotContain("Waiting for requester");
            assertThat(row.getAttribute("class")).contains("needs-you");
            assertThat(browser.find(By.xpath("//tr[.//a[normalize-space()='" + other + "']]")).getAttribute("class"))
                    .doesNotContain("needs-you");
        }
    }

    @Test
    void an_answer_the_requester_has_not_opened_is_marked_until_they_open_the_ticket_also_on_a_phone() {
        var tag = Json.uniqueTag();
        var answered = openTicket("employee", "Projector flickers " + tag);
        var noted = openTicket("employee", "Keyboard sticks " + tag);
        agent.post("/api/tickets/" + answered + "/messages", "{\"body\": \"Which room is it in?\"}");
        agent.post("/api/tickets/" + noted + "/messages", "{\"body\": \"Spare keyboards in the store room\", \"internal\": true}");
        var row = By.xpath("//tr[.//a[normalize-space()='" + answered + "']]");
        try (var browser = inPortal("employee")) {
            assertThat(browser.find(row).getAttribute("class")).contains("unread");
            assertThat(browser.find(row).getText()).contains("New reply");
            assertThat(browser.find(By.xpath("//tr[.//a[normalize-space()='" + noted + "']]")).getAttribute("class"))
                    .as("an internal note is no news to the requester").doesNotContain("unread");
            var size = browser.driver().manage().window().getSize();
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.open("/portal/tickets.xhtml");
            assertThat(browser.find(row).findElement(By.cssSelector(".unread-badge")).isDisplayed()).as("on a phone too").isTrue();
            browser.screenshot("portal-unread-phone");
            browser.open("/portal/ticket.xhtml?number=" + noted);
            assertThat(browser.find(By.cssSelector(".ticket-facts")).getRect().getY())
                    .as("on a phone the details come before the reply box").isLessThan(browser.find(By.id("reply")).getRect().getY());
            browser.screenshot("portal-ticket-phone");
            browser.driver().manage().window().setSize(size);

            browser.open("/portal/ticket.xhtml?number=" + answered).waitForText("Which room is it in?");
            browser.open("/portal/tickets.xhtml");
            assertThat(browser.find(row).getAttribute("class")).as("read now").doesNotContain("unread");

            agent.post("/api/tickets/" + answered + "/messages", "{\"body\": \"A technician comes at 14:00.\"}");
            browser.open("/portal/tickets.xhtml");
            assertThat(browser.find(row).getAttribute("class")).as("the next answer is news again").contains("unread");
        }
    }

    @Test
    void my_tickets_filters_and_sorts_in_the_database_and_reflows_on_a_phone() {
        var tag = Json.uniqueTag();
        var open = openTicket("employee", "Aaa first by subject " + tag);
        try (var browser = Browser.at(base)) {
            browser.open("/login.xhtml").signIn("employee").waitForPath("/portal/tickets.xhtml");
            assertThat(browser.find(By.xpath("//tr[.//a[normalize-space()='" + open + "']]")).getText()).contains("New");

            browser.click(By.linkText("All")).waitForPath("/portal/tickets.xhtml?show=ALL");
            browser.click(By.xpath("//th[.//span[normalize-space()='Subject']]"));
            var expected = employee.get("/api/tickets?sort=subject,asc&size=1").json().getJsonArray("items")
                    .getJsonObject(0).getString("number");
            assertThat(browser.text(By.cssSelector("#tickets\\:list_data tr:first-child .ticket-link"))).isEqualTo(expected);

            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.open("/portal/tickets.xhtml");
            assertThat(browser.find(By.cssSelector("#tickets\\:list_data tr:first-child")).getSize().getWidth())
                    .as("rows become cards as wide as the phone").isLessThan(390);
            assertThat(browser.all(By.cssSelector("#tickets\\:list thead th")).stream().noneMatch(WebElement::isDisplayed))
                    .as("column headers give way to labels in each card").isTrue();
            assertThat(browser.script("return document.getElementById('account:signOut').getClientRects().length"))
                    .as("'Sign out' stays on one line").isEqualTo(1L);
            browser.screenshot("portal-tickets-phone");
            browser.open("/portal/ticket.xhtml?number=" + open);
            browser.screenshot("portal-ticket-phone");
            browser.open("/portal/new.xhtml");
            browser.screenshot("portal-new-phone");
            browser.script("document.getElementById('ticket:uploadBox').scrollIntoView()");
            browser.screenshot("portal-new-phone-files");
        }
    }

    @Test
    void staff_submit_for_themselves_through_the_portal() {
        var subject = "Agent's own monitor " + Json.uniqueTag();
        try (var browser = Browser.at(base)) {
            browser.open("/login.xhtml").signIn("agent").waitForPath("/desk/queue.xhtml");
            browser.click(By.id("nav-new")).waitForPath("/portal/new.xhtml");
            browser.type(By.id("ticket:subject"), subject);
            browser.type(By.id("ticket:description"), "Mine flickers too.");
            browser.click(By.id("ticket:submit")).waitForPath("/portal/ticket.xhtml?number=BIL-");
            var number = browser.text(By.cssSelector("#ticket-title .portal-number"));
            assertThat(agent.get("/api/tickets/" + number).json().getJsonObject("requester").getString("username"))
                    .isEqualTo("agent");
        }
    }

    // ---- helpers

    private String openTicket(String requester, String subject) {
        var created = Api.at(base).asWithToken(requester).post("/api/tickets",
                "{\"subject\": " + Json.str(subject) + ", \"description\": \"Opened for a portal test.\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getString("number");
    }

    /** A ticket of the employee that the agent answered and resolved. */
    private String resolvedTicket(String subject) {
        var number = openTicket("employee", subject);
        agent.post("/api/tickets/" + number + "/messages", "{\"body\": \"Looking into it.\"}");
        move(number, "{\"status\": \"RESOLVED\", \"resolution\": \"Replaced the toner cartridge.\"}");
        return number;
    }

    private void move(String number, String change) {
        var etag = agent.get("/api/tickets/" + number).header("ETag");
        var moved = agent.patch("/api/tickets/" + number, change, etag);
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    }

    /**
     * A top-level category that asks for a required text field, made through the administration API
     * (the services the administration screens use too).
     */
    private void requiredField(String category, String name, String field, String label) {
        var admin = Api.at(base).asWithToken("admin");
        var created = admin.post("/api/admin/custom-fields", "{\"key\": " + Json.str(field) + ", \"label\": " + Json.str(label)
                + ", \"type\": \"TEXT\", \"required\": true, \"active\": true}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var asking = admin.post("/api/admin/categories", "{\"key\": " + Json.str(category) + ", \"name\": " + Json.str(name)
                + ", \"fields\": [" + Json.str(field) + "]}");
        assertThat(asking.status()).as(asking.body()).isEqualTo(201);
    }

    /** Switches the field off, so that other tests (which list the active fields) never meet it. */
    private void retire(String field) {
        var admin = Api.at(base).asWithToken("admin");
        var current = admin.get("/api/admin/custom-fields/" + field);
        var retired = admin.put("/api/admin/custom-fields/" + field, "{\"label\": " + Json.str(current.json().getString("label"))
                + ", \"type\": \"TEXT\", \"required\": true, \"active\": false}", current.header("ETag"));
        assertThat(retired.status()).as(retired.body()).isEqualTo(200);
    }

    @Test
    void a_fields_help_text_shows_under_its_label_in_the_readers_language() {
        var tag = Json.uniqueTag();
        var field = tag + "-asset";
        var admin = Api.at(base).asWithToken("admin");
        var created = admin.post("/api/admin/custom-fields", "{\"key\": " + Json.str(field) + ", \"label\": \"Asset tag\", \"type\": \"TEXT\","
                + " \"help\": \"The white sticker under the laptop, e.g. AC-1042.\","
                + " \"helpTranslations\": {\"pl\": \"Biała naklejka pod laptopem, np. AC-1042.\"}}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var category = tag + "-laptops";
        assertThat(admin.post("/api/admin/categories", "{\"key\": " + Json.str(category) + ", \"name\": \"Laptops " + tag
                + "\", \"fields\": [" + Json.str(field) + "]}").status()).isEqualTo(201);
        try {
            try (var browser = inPortal("employee")) {
                browser.click(By.id("nav-new")).waitForPath("/portal/new.xhtml");
                chooseCategory(browser, "Laptops " + tag);
                browser.waitForText(By.id("ticket:fields"), "The white sticker under the laptop, e.g. AC-1042.");
                browser.screenshot("portal-new-field-help");
            }
            try (var browser = Browser.speaking(base, "pl-PL,pl")) {
                browser.open("/login.xhtml").signIn("p.wisniewski").waitForPath("/portal/tickets.xhtml");
                browser.open("/portal/new.xhtml");
                chooseCategory(browser, "Laptops " + tag);
                browser.waitForText(By.id("ticket:fields"), "Biała naklejka pod laptopem, np. AC-1042.");
                assertThat(browser.text(By.id("ticket:fields"))).doesNotContain("The white sticker");
            }
        } finally {
            retire(field);
        }
    }

    @Test
    void an_agent_writes_down_a_call_for_an_employee_and_lands_on_the_ticket_in_the_desk() throws Exception {
        var subject = "Called: laptop does not boot " + Json.uniqueTag();
        try (var browser = atDesk("agent")) {
            browser.click(By.id("nav-new")).waitForPath("/portal/new.xhtml");
            // Someone who is not there: refused at the field, and nothing typed is lost.
            browser.type(By.id("ticket:requester_input"), "<b>nobody</b>");
            browser.type(By.id("ticket:subject"), subject);
            browser.type(By.id("ticket:description"), "Emma called: the laptop shows a black screen.");
            browser.click(By.id("ticket:submit"));
            browser.waitForText(By.id("ticket:requesterMessage"), "There is no active user '<b>nobody</b>'.");
            assertThat(browser.find(By.id("ticket:subject")).getAttribute("value")).isEqualTo(subject);
            assertThat(browser.find(By.id("ticket:requester_input")).getAttribute("class")).contains("ui-state-error");

            browser.find(By.id("ticket:requester_input")).clear();
            browser.type(By.id("ticket:requester_input"), "wilson");
            browser.click(By.cssSelector(".ui-autocomplete-panel li[data-item-value='employee']"));
            assertThat(browser.find(By.id("ticket:requester_input")).getAttribute("value")).startsWith("Emma Wilson <");
            chooseFrom(browser, "ticket:channel", "PHONE");
            browser.screenshot("portal-new-for-someone");
            browser.click(By.id("ticket:submit")).waitForPath("/desk/ticket.xhtml?number=BIL-");

            var number = browser.path().replaceAll(".*number=", "");
            var ticket = agent.get("/api/tickets/" + number).json();
            assertThat(ticket.getString("subject")).isEqualTo(subject);
            assertThat(ticket.getJsonObject("requester").getString("username")).isEqualTo("employee");
            assertThat(ticket.getString("channel")).isEqualTo("PHONE");
            browser.assertNoJavaScriptErrors();
        }
        try (var browser = inPortal("employee")) {
            browser.click(By.id("nav-new")).waitForPath("/portal/new.xhtml");
            assertThat(browser.all(By.id("ticket:requester_input"))).as("an employee writes for themselves").isEmpty();
            assertThat(browser.all(By.id("ticket:channel"))).isEmpty();
        }
    }

    /** Picks a category as a person would: opens the menu, types part of the path, clicks it. */
    private static void chooseCategory(Browser browser, String path) {
        browser.click(By.id("ticket:category"));
        browser.type(By.id("ticket:category_filter"), path);
        pick(browser, "ticket:category", path);
    }

    /** Chooses in a short menu through its widget: its panel's fade-in makes clicks land unreliably. */
    private static void chooseFrom(Browser browser, String menuInputId, String value) {
        var menu = menuInputId.replaceAll("_(focus|input|label)$", "");
        browser.script("PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1])", menu, value);
        browser.settle();
    }

    /** Clicks the item of an open menu and waits until the menu has closed and its Ajax is done. */
    private static void pick(Browser browser, String menu, String label) {
        var escaped = menu.replace(":", "\\:");
        browser.click(By.cssSelector("#" + escaped + "_items li.ui-selectonemenu-item[data-label='" + label + "']"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id(menu + "_panel")));
        browser.settle();
    }

    private static String labelled(String label) {
        return "//label[starts-with(normalize-space(.), '" + label + "')]";
    }

    /** The uploader's file input: transparent over its button, so present but not "displayed". */
    private static WebElement fileInput(Browser browser, String form) {
        browser.settle();
        return browser.driver().findElement(By.id(form + ":files_input"));
    }

    /** The input a label points at. */
    private static WebElement input(Browser browser, String label) {
        var forId = browser.find(By.xpath(labelled(label))).getAttribute("for");
        return browser.driver().findElement(By.id(forId));
    }

    private static void waitForText(Browser browser, By where, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElementLocated(where, text));
        browser.settle();
    }

    /** Fetches a link in the page's session, as a click would: "status body". */
    private static String fetch(Browser browser, String href) {
        return (String) browser.driver().executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.text().then(t => done(r.status + ' ' + t)));", href);
    }

    private static Path file(String name, byte[] content) {
        try {
            var directory = Files.createDirectories(Path.of("target", "portal-it", UUID.randomUUID().toString()));
            return Files.write(directory.resolve(name), content).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

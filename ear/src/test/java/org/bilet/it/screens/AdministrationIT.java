package org.bilet.it.screens;

import static org.assertj.core.api.Assertions.assertThat;

import org.bilet.server.TestMailExtension;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The administration screens, driven as an administrator would; each test makes its own names. */
class AdministrationIT extends ScreenTestCase {

    private static final String PASSWORD = "Correct-Horse-7";

    @Test
    void a_created_user_signs_in_until_deactivated() {
        var username = "pat." + AdminScreens.unique();
        try (var admin = signedInAdmin()) {
            admin.open("/admin/index.xhtml");
            admin.screenshot("admin-index");
            AdminScreens.createUser(admin, username, "Pat", "Quinn", "REQUESTER", PASSWORD);
            assertThat(admin.text(By.id("userHeading"))).isEqualTo("Pat Quinn");

            try (var pat = browser()) {
                pat.open("/login.xhtml").signIn(username, PASSWORD).waitForPath("/portal/tickets.xhtml");
            }

            admin.click(By.id("user:deactivate")).click(By.id("confirmYes"));
            admin.waitForText(username + " can no longer sign in.");
            assertThat(admin.text(By.id("userStatus"))).isEqualTo("Deactivated");
            admin.type(By.id("users:filter"), username).click(By.id("users:search"));
            assertThat(admin.text(By.id("users:list"))).contains(username).contains("Pat Quinn").contains("Deactivated");
            admin.screenshot("admin-users");

            try (var pat = browser()) {
                pat.open("/login.xhtml").signIn(username, PASSWORD);
                assertThat(pat.path()).startsWith("/login.xhtml");
                assertThat(pat.text(By.id("login:messages"))).contains("the account is deactivated");
            }
        }
    }

    @Test
    void a_duplicate_username_is_refused_at_the_field() {
        try (var admin = signedInAdmin()) {
            AdminScreens.createUser(admin, "agent2", "Second", "Agent", "AGENT", PASSWORD);

            assertThat(admin.text(By.id("newUser:usernameMessage"))).isEqualTo("The username 'agent2' is already taken.");
            assertThat(admin.all(By.id("userHeading"))).isEmpty();
        }
    }

    @Test
    void a_generated_password_is_shown_once_and_works() {
        var username = "gen." + AdminScreens.unique();
        try (var admin = signedInAdmin()) {
            AdminScreens.createUser(admin, username, "Gene", "Rated", "AGENT", PASSWORD);
            admin.click(By.id("password:generate"));
            var generated = admin.text(By.id("password:generated"));
            assertThat(generated).hasSize(16);

            try (var gene = browser()) {
                gene.open("/login.xhtml").signIn(username, generated).waitForPath("/desk/queue.xhtml");
            }
        }
    }

    @Test
    void a_team_is_created_and_agent2_joins_it() {
        var suffix = AdminScreens.unique();
        try (var admin = signedInAdmin()) {
            admin.open("/admin/teams.xhtml");
            admin.type(By.id("newTeam:name"), "Zespół nocny Łódź " + suffix);
            assertThat(admin.find(By.id("newTeam:key")).getAttribute("value")).as("the key suggested from the name")
                    .isEqualTo("zespol-nocny-lodz-" + suffix);

            AdminScreens.createTeam(admin, "night-shift-" + suffix, "Night shift " + suffix);
            assertThat(admin.text(By.id("teamHeading"))).isEqualTo("Night shift " + suffix);

            AdminScreens.addMember(admin, "agent2");

            assertThat(admin.text(By.id("members:memberList"))).contains("Aistė Jonaitienė");
            assertThat(admin.text(By.id("teams:list"))).contains("Night shift " + suffix);
            admin.screenshot("admin-teams");

            AdminScreens.createTeam(admin, "night-shift-" + suffix, "Another night shift");
            assertThat(admin.text(By.id("newTeam:keyMessage"))).isEqualTo("There is already a team with the key 'night-shift-" + suffix + "'.");
        }
    }

    @Test
    void a_canned_response_with_placeholders_is_offered_to_agents() {
        var title = "Password reset done " + AdminScreens.unique();
        try (var admin = signedInAdmin()) {
            AdminScreens.createCannedResponse(admin, title,
                    "Hello {requester.firstName}, your ticket {ticket.number} is done. Regards, {agent.name}");

            assertThat(admin.text(By.id("responses:list"))).contains(title).contains("Hello {requester.firstName}, your ticket {ticket.number}");
            admin.screenshot("admin-responses");

            admin.click(By.id("head:newResponse"));
            admin.type(By.id("response:title"), "Unknown " + title);
            var editor = admin.find(By.cssSelector("#response\\:body .ql-editor"));
            editor.click();
            editor.sendKeys("Dear {customer.name}");
            admin.click(By.id("response:save"));
            assertThat(admin.text(By.id("response:bodyMessage")))
                    .startsWith("Unknown placeholder {customer.name}; the known ones are {requester.firstName}, ");
        }
    }

    @Test
    void a_second_default_priority_is_refused_and_a_category_is_not_offered_its_own_subtree() {
        var suffix = AdminScreens.unique();
        try (var admin = signedInAdmin()) {
            admin.open("/admin/priorities.xhtml");
            admin.type(By.id("priority:name"), "Blocking " + suffix);
            admin.type(By.id("priority:code"), "BLOCKING_" + suffix.toUpperCase());
            admin.type(By.id("priority:rank_input"), Integer.toString(100 + (int) (Math.random() * 800)));
            admin.type(By.id("priority:resolutionHours_input"), "2");
            admin.click(By.cssSelector("[id='priority:isDefault'] .ui-chkbox-box"));
            admin.click(By.id("priority:save"));
            assertThat(admin.text(By.id("priority:isDefaultMessage"))).startsWith("Only one priority is the default, and ");
            admin.screenshot("admin-priorities");

            admin.open("/admin/categories.xhtml");
            admin.type(By.id("category:name"), "Devices " + suffix);
            admin.type(By.id("category:key"), "devices-" + suffix);
            admin.click(By.id("category:save")).waitForText("Category Devices " + suffix + " created.");
            admin.click(By.id("head:newCategory"));
            admin.type(By.id("category:name"), "Tablets " + suffix);
            admin.type(By.id("category:key"), "devices-" + suffix + ".tablets");
            admin.script("PF('parentMenu').selectValue(arguments[0])", "devices-" + suffix);
            admin.click(By.id("category:save")).waitForText("Category Devices " + suffix + " / Tablets " + suffix + " created.");

            admin.click(By.xpath("//a[normalize-space()='Devices " + suffix + "']"));
            assertThat(admin.text(By.id("categoryHeading"))).isEqualTo("Devices " + suffix);
            var offeredParents = admin.all(By.cssSelector("[id='category:parent_input'] option")).stream()
                    .map(option -> option.getAttribute("value")).toList();
            assertThat(offeredParents).as("a category is not offered a place in its own subtree")
                    .contains("hardware").doesNotContain("devices-" + suffix, "devices-" + suffix + ".tablets");
            admin.screenshot("admin-categories");
        }
    }

    @Test
    void the_audit_log_lists_changes_with_the_administrator_as_actor() {
        var suffix = AdminScreens.unique();
        var username = "audit." + suffix;
        try (var admin = signedInAdmin()) {
            AdminScreens.createUser(admin, username, "Audrey", "Tor", "REQUESTER", PASSWORD);
            admin.click(By.id("user:deactivate")).click(By.id("confirmYes")).waitForText(username + " can no longer sign in.");
            AdminScreens.createTeam(admin, "audited-" + suffix, "Audited " + suffix);

            admin.open("/admin/audit.xhtml");
            admin.type(By.id("audit:actor"), "admin").click(By.id("audit:apply"));
            var log = admin.text(By.id("audit:list"));
            // Subjects by name, labels and values in the reader's words; the log keeps the keys (the API shows them).
            assertThat(log).contains("Tom Harris").contains("Team created").contains("Audited " + suffix)
                    .contains("User deactivated").contains("Audrey Tor").contains("Active: Yes → No")
                    .contains("User created").contains("Name: Audrey Tor");
            var subjects = admin.all(By.cssSelector("#audit\\:list .audit-subject")).stream().map(WebElement::getText).toList();
            assertThat(subjects).contains("Audited " + suffix, "Audrey Tor").doesNotContain("audited-" + suffix, username);
            assertThat(log).doesNotContain("active: yes → no");
            assertThat(log.indexOf("Audited " + suffix)).as("newest first").isLessThan(log.indexOf("Audrey Tor"));
            assertThat(log).doesNotContain(PASSWORD);
            admin.screenshot("admin-audit");

            admin.script("PF('kindMenu').selectValue('USER_DEACTIVATED')");
            admin.click(By.id("audit:apply"));
            assertThat(admin.text(By.id("audit:list"))).contains("Audrey Tor").doesNotContain("Audited " + suffix);
        }
    }

    @Test
    void the_other_screens_open() {
        try (var admin = signedInAdmin()) {
            admin.open("/admin/organizations.xhtml");
            assertThat(admin.text(By.id("organizations:list"))).contains("Acme Logistics").contains("Finance");
            admin.screenshot("admin-organizations");
            admin.open("/admin/fields.xhtml");
            assertThat(admin.text(By.id("fields:list"))).contains("Asset tag");
            admin.screenshot("admin-fields");
        }
        try (var polish = Browser.speaking(base, "pl-PL,pl")) {
            polish.open("/login.xhtml").signIn("admin").waitForPath("/desk/queue.xhtml");
            polish.open("/admin/users.xhtml");
            assertThat(polish.text(By.tagName("h1"))).isEqualTo("Użytkownicy");
            polish.screenshot("admin-users-pl");
        }
    }

    @Test
    void an_sla_calendar_refused_at_its_rows_keeps_what_was_typed_and_a_policy_then_uses_it() {
        var suffix = AdminScreens.unique();
        var calendar = "Riga office " + suffix;
        try (var admin = signedInAdmin()) {
            admin.open("/admin/sla-calendars.xhtml");
            admin.type(By.id("calendar:name"), calendar);
            admin.type(By.id("calendar:key"), "riga-" + suffix);
            admin.script("PF('zoneMenu').selectValue('Europe/Riga')");
            admin.type(By.id("calendar:hours:1:closes"), "07:00");
            admin.click(By.id("calendar:addHoliday"));
            admin.type(By.id("calendar:holidays:0:day_input"), "2026-11-18");
            admin.type(By.id("calendar:holidays:0:name"), "Proclamation Day");
            admin.click(By.id("calendar:addHoliday"));
            admin.type(By.id("calendar:holidays:1:day_input"), "2026-11-18");
            admin.type(By.id("calendar:holidays:1:name"), "Proclamation Day again");
            admin.click(By.id("calendar:save"));

            assertThat(messageAt(admin, "calendar:hours:1:closes"))
                    .isEqualTo("The hours must open before they close: 08:00-07:00 is empty or reversed.");
            assertThat(messageAt(admin, "calendar:holidays:1:day_input"))
                    .isEqualTo("2026-11-18 is already in the list as Proclamation Day; a date is a holiday once.");
            assertThat(admin.find(By.id("calendar:name")).getAttribute("value")).isEqualTo(calendar);
            assertThat(admin.find(By.id("calendar:hours:1:closes")).getAttribute("value")).isEqualTo("07:00");
            assertThat(admin.find(By.id("calendar:holidays:1:name")).getAttribute("value")).isEqualTo("Proclamation Day again");
            assertThat(admin.text(By.id("calendar:zone_label"))).isEqualTo("Europe/Riga");
            admin.screenshot("admin-sla-calendar-refused");

            admin.type(By.id("calendar:hours:1:closes"), "16:00");
            admin.click(By.id("calendar:holidays:1:remove"));
            admin.click(By.id("calendar:save")).waitForText("Calendar " + calendar + " created.");
            assertThat(admin.text(By.id("calendars:list"))).contains(calendar).contains("Europe/Riga");
            admin.screenshot("admin-sla-calendars");

            var policy = "Riga low " + suffix;
            admin.open("/admin/sla.xhtml");
            admin.type(By.id("policy:name"), policy);
            admin.type(By.id("policy:key"), "riga-low-" + suffix);
            admin.type(By.id("policy:position"), "9000");
            admin.script("PF('calendarMenu').selectValue(arguments[0])", "riga-" + suffix);
            admin.script("PF('priorityMenu').selectValue('LOW')");
            admin.type(By.id("policy:firstResponseHours"), "2");
            admin.type(By.id("policy:resolutionHours"), "0");
            admin.click(By.id("policy:save"));
            assertThat(admin.text(By.id("policy:resolutionMessage"))).startsWith("A target is from 1 minute to a year");
            assertThat(admin.find(By.id("policy:name")).getAttribute("value")).isEqualTo(policy);

            admin.type(By.id("policy:resolutionHours"), "16");
            admin.click(By.id("policy:save")).waitForText("Policy " + policy + " created.");
            var row = admin.find(By.xpath("//*[@id='policies:list']//tr[.//a[normalize-space()='" + policy + "']]")).getText();
            assertThat(row).contains("9000").contains("Priority: Low").contains("First response 2 h").contains("Resolution 16 h")
                    .contains(calendar);
            admin.screenshot("admin-sla-policies");
        }
        try (var polish = Browser.speaking(base, "pl-PL,pl")) {
            polish.open("/login.xhtml").signIn("admin").waitForPath("/desk/queue.xhtml");
            polish.open("/admin/sla.xhtml");
            assertThat(polish.text(By.tagName("h1"))).isEqualTo("Polityki SLA");
            polish.screenshot("admin-sla-policies-pl");
        }
    }

    @Test
    void a_teams_routing_mode_and_skills_are_set_on_the_teams_screen() {
        var suffix = AdminScreens.unique();
        var key = "routed-" + suffix;
        try (var admin = signedInAdmin()) {
            AdminScreens.createTeam(admin, key, "Routed " + suffix);
            AdminScreens.addMember(admin, "agent2");
            admin.script("PF('routingModeMenu').selectValue('LEAST_LOADED')");
            admin.type(By.id("routing:assignmentTimeoutMinutes"), "5000");
            admin.click(By.id("routing:save"));
            assertThat(admin.text(By.id("routing:timeoutMessage"))).startsWith("A timeout is between 1 and 1440 minutes");

            admin.type(By.id("routing:assignmentTimeoutMinutes"), "30");
            admin.click(By.id("routing:save")).waitForText("Routing saved.");
            admin.screenshot("admin-teams-routing");
        }
        var routing = api("admin").get("/api/admin/teams/" + key + "/routing").json();
        assertThat(routing.getString("mode")).isEqualTo("LEAST_LOADED");
        assertThat(routing.getInt("assignmentTimeoutMinutes")).isEqualTo(30);
    }

    /** The message shown beside an input in a row of a form. */
    @Test
    void a_mailbox_refused_at_its_password_keeps_what_was_typed_and_once_added_is_read_on_demand() {
        var address = "desk-" + AdminScreens.unique() + "@acme-logistics.example";
        var password = "Mailbox-Secret-" + AdminScreens.unique();
        try (var admin = signedInAdmin()) {
            admin.open("/admin/mailboxes.xhtml");
            admin.type(By.id("mailbox:address"), address);
            admin.type(By.id("mailbox:host"), "127.0.0.1");
            admin.type(By.id("mailbox:port_input"), Integer.toString(TestMailExtension.imapPort()));
            admin.click(By.cssSelector("#mailbox\\:ssl .ui-chkbox-box"));
            admin.type(By.id("mailbox:username"), address);
            admin.click(By.id("mailbox:save"));

            admin.screenshot("admin-mailboxes-refused");
            assertThat(admin.text(By.id("mailbox:passwordMessage"))).isEqualTo("Enter the password of the mailbox.");
            assertThat(admin.find(By.id("mailbox:address")).getAttribute("value")).isEqualTo(address);
            assertThat(admin.find(By.id("mailbox:port_input")).getAttribute("value")).isEqualTo(Integer.toString(TestMailExtension.imapPort()));

            admin.type(By.id("mailbox:password"), password);
            admin.click(By.id("mailbox:save")).waitForText("Mailbox " + address + " added.");
            admin.screenshot("admin-mailboxes-added");
            assertThat(admin.text(By.id("mailboxes:list"))).contains(address).contains("Not read yet");
            assertThat(admin.find(By.id("mailbox:password")).getAttribute("value")).as("the password is never shown again").isEmpty();
            assertThat(admin.driver().getPageSource()).doesNotContain(password);

            admin.click(By.id("mailbox:poll")).waitForText("Read 0 messages.");
            assertThat(admin.text(By.id("mailboxes:list"))).doesNotContain("Not read yet");
            admin.screenshot("admin-mailboxes");
        }
    }

    private static String messageAt(Browser browser, String inputId) {
        return browser.text(By.xpath("//td[.//input[@id='" + inputId + "']]//*[contains(@class,'ui-message')]"));
    }

    @Test
    void an_administrator_adds_a_webhook_reads_its_delivery_log_and_removes_it() {
        // Port 9 (discard) refuses connections here: every attempt fails fast and is logged.
        var url = "http://127.0.0.1:9/bilet-it-" + AdminScreens.unique();
        try (var admin = signedInAdmin()) {
            admin.open("/admin/webhooks.xhtml");
            admin.type(By.id("add:url"), "ftp://example.com/hook").type(By.id("add:secret"), "short");
            admin.click(By.id("add:save"));
            admin.waitForClass(By.id("add:url"), "ui-state-error");
            assertThat(admin.text(By.cssSelector("#add .ui-message-error"))).contains("http:// or https://");
            assertThat(admin.pageText()).contains("A secret has 16 to 200 characters.");

            admin.type(By.id("add:url"), url).type(By.id("add:secret"), "a-secret-of-twenty-chars");
            admin.click(By.id("add:save"));
            admin.waitForText(By.id("hooks:list"), url);

            var number = openTicket("employee", unique("Webhook screen"), "hardware.printer");
            var row = "//tr[contains(., '" + url + "')]";
            admin.click(By.xpath(row + "//button[contains(@id, ':log')]"));
            admin.waitForText(By.id("log"), number);
            admin.screenshot("admin-webhooks");
            admin.assertNoJavaScriptErrors();

            admin.click(By.xpath(row + "//button[contains(@id, ':remove')]")).click(By.id("confirmYes"));
            admin.waitForText("removed");
            assertThat(admin.text(By.id("hooks:list"))).doesNotContain(url);
        }
    }

    private Browser signedInAdmin() {
        return atDesk("admin");
    }
}

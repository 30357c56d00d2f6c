package org.bilet.it.screens;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.stream.IntStream;
import org.bilet.it.Json;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Names administrators translate, from the administration screens to their readers: a priority and
 * a category named in Polish and Ukrainian on their screens, then read by an agent browsing in
 * Polish (queue and ticket), an employee browsing in Ukrainian (portal) and an agent browsing in
 * Lithuanian, which has no translation and reads the name as entered; a custom field's label and a
 * choice translated on the fields screen, read by an agent in Polish; and a knowledge-base category
 * an editor names in Polish, read by visitors in Polish and in Italian. Names are the test's own.
 */
class TranslatedNamesIT extends ScreenTestCase {

    @Test
    void a_priority_and_a_category_translated_by_an_administrator_read_in_each_readers_language() {
        var suffix = AdminScreens.unique();
        var code = "GRAVE_" + suffix.toUpperCase();
        var categoryKey = "scanners-" + suffix;
        try (var admin = atDesk("admin")) {
            admin.open("/admin/priorities.xhtml");
            admin.type(By.id("priority:name"), "Grave " + suffix);
            admin.type(By.id("priority:code"), code);
            admin.type(By.id("priority:rank_input"), Integer.toString(freeRank()));
            admin.type(By.id("priority:resolutionHours_input"), "6");
            admin.type(By.id("priority:translations_pl"), "Poważny " + suffix);
            admin.type(By.id("priority:translations_uk"), "Серйозний " + suffix);
            // Refused (a second default): what was typed into the translations stays for the next try.
            admin.click(By.cssSelector("[id='priority:isDefault'] .ui-chkbox-box"));
            admin.click(By.id("priority:save"));
            assertThat(admin.text(By.id("priority:isDefaultMessage"))).startsWith("Only one priority is the default");
            assertThat(admin.find(By.id("priority:translations_pl")).getAttribute("value")).isEqualTo("Poważny " + suffix);
            assertThat(admin.find(By.id("priority:translations_uk")).getAttribute("value")).isEqualTo("Серйозний " + suffix);
            assertThat(admin.find(By.id("priority:translations_lt")).getAttribute("lang")).isEqualTo("lt");
            admin.click(By.cssSelector("[id='priority:isDefault'] .ui-chkbox-box"));
            admin.click(By.id("priority:save")).waitForText("Priority Grave " + suffix + " created.");
            assertThat(admin.text(By.id("priorities:list"))).contains("pl").contains("uk");
            admin.screenshot("admin-priority-translations");

            admin.open("/admin/categories.xhtml");
            admin.type(By.id("category:name"), "Scanners " + suffix);
            admin.type(By.id("category:key"), categoryKey);
            admin.type(By.id("category:translations_pl"), "Skanery " + suffix);
            admin.type(By.id("category:translations_uk"), "Сканери " + suffix);
            admin.click(By.id("category:save")).waitForText("Category Scanners " + suffix + " created.");
            admin.screenshot("admin-category-translations");
        }
        assertThat(api("admin").get("/api/admin/categories/" + categoryKey).json().getJsonObject("translations").getString("uk"))
                .isEqualTo("Сканери " + suffix);

        var subject = "Scanner beeps " + suffix;
        var number = openTicket("employee", subject, categoryKey);
        var agent = api("agent");
        var raised = agent.patch("/api/tickets/" + number, "{\"priority\": " + Json.str(code) + "}",
                agent.get("/api/tickets/" + number).header("ETag"));
        assertThat(raised.status()).as(raised.toString()).isEqualTo(200);

        try (var polish = Browser.speaking(base, "pl-PL,pl")) {
            polish.open("/login.xhtml").signIn("agent").waitForPath("/desk/queue.xhtml");
            polish.open("/desk/queue.xhtml?queue=SEARCH&q=" + suffix);
            assertThat(polish.text(By.cssSelector("#list\\:tickets tbody .priority-" + code))).isEqualTo("Poważny " + suffix);
            polish.screenshot("desk-queue-translated-pl");

            polish.open("/desk/ticket.xhtml?number=" + number);
            assertThat(polish.text(By.id("ticket-priority"))).isEqualTo("Poważny " + suffix);
            polish.screenshot("desk-ticket-translated-pl");
            assertThat(polish.text(By.cssSelector("#fields\\:category_label"))).isEqualTo("Skanery " + suffix);
            assertThat(polish.text(By.cssSelector("#fields\\:priority_label"))).isEqualTo("Poważny " + suffix);
        }

        try (var ukrainian = Browser.speaking(base, "uk-UA,uk")) {
            ukrainian.open("/login.xhtml").signIn("employee").waitForPath("/portal/tickets.xhtml");
            assertThat(ukrainian.text(By.id("tickets:list"))).contains("Сканери " + suffix);
            ukrainian.open("/portal/ticket.xhtml?number=" + number);
            assertThat(ukrainian.text(By.id("ticket-category"))).isEqualTo("Сканери " + suffix);
            ukrainian.screenshot("portal-ticket-translated-uk");
        }

        try (var lithuanian = Browser.speaking(base, "lt-LT,lt")) {
            lithuanian.open("/login.xhtml").signIn("agent").waitForPath("/desk/queue.xhtml");
            lithuanian.open("/desk/ticket.xhtml?number=" + number);
            assertThat(lithuanian.text(By.id("ticket-priority"))).as("no Lithuanian name: the name as entered, not the code")
                    .isEqualTo("Grave " + suffix);
            assertThat(lithuanian.text(By.cssSelector("#fields\\:category_label"))).isEqualTo("Scanners " + suffix);
        }
    }

    @Test
    void an_editor_names_a_knowledge_base_category_in_polish_and_visitors_read_it_in_their_language() {
        var suffix = AdminScreens.unique();
        try (var editor = browser()) {
            editor.open("/login.xhtml").signIn("editor").waitForPath("/portal/");
            editor.open("/kb/edit/categories.xhtml");
            editor.type(By.id("category:name"), "Printing " + suffix);
            editor.type(By.id("category:translations_pl"), "Drukowanie " + suffix);
            editor.click(By.id("category:save")).waitForText("Category Printing " + suffix + " created.");
            assertThat(editor.text(By.id("categories:list"))).contains("Printing " + suffix).contains("pl");
            assertThat(editor.find(By.id("category:translations_pl")).getAttribute("value")).isEqualTo("Drukowanie " + suffix);
            editor.screenshot("kb-edit-categories");
        }
        try (var polish = Browser.speaking(base, "pl-PL,pl")) {
            polish.open("/kb/index.xhtml");
            assertThat(polish.text(By.id("topics"))).contains("Drukowanie " + suffix).doesNotContain("Printing " + suffix);
        }
        try (var italian = Browser.speaking(base, "it-IT,it")) {
            italian.open("/kb/index.xhtml");
            assertThat(italian.text(By.id("topics"))).as("no Italian name: the name as entered").contains("Printing " + suffix);
        }
    }

    @Test
    void a_custom_fields_label_and_a_choice_translated_on_the_fields_screen_read_in_polish_on_a_ticket() {
        var suffix = AdminScreens.unique();
        var key = "colour-" + suffix;
        var admin = api("admin");
        assertThat(admin.post("/api/admin/custom-fields", """
                {"key": "%s", "label": "Colour %s", "type": "CHOICE", "choices": ["red", "blue"]}""".formatted(key, suffix)).status())
                .isEqualTo(201);
        try {
            try (var browser = atDesk("admin")) {
                browser.open("/admin/fields.xhtml");
                browser.click(By.xpath("//a[normalize-space()='Colour " + suffix + "']"));
                browser.type(By.id("field:translations_pl"), "Kolor " + suffix);
                browser.click(By.cssSelector("[id='field:choicesPanel'] details summary"));
                // The first saved choice, the first language besides the default: red in Polish.
                browser.type(By.id("field:choiceTranslations:0:languages:0:text"), "czerwony");
                browser.type(By.id("field:help"), "The colour on the casing.");
                browser.type(By.id("field:helpTranslations_pl"), "Kolor obudowy.");
                browser.click(By.id("field:save")).waitForText("Field Colour " + suffix + " saved.");
                browser.screenshot("admin-field-translations");
            }
            var field = admin.get("/api/admin/custom-fields/" + key).json();
            assertThat(field.getJsonObject("translations").getString("pl")).isEqualTo("Kolor " + suffix);
            assertThat(field.getJsonObject("choiceTranslations").getJsonObject("red").getString("pl")).isEqualTo("czerwony");
            assertThat(field.getString("help")).isEqualTo("The colour on the casing.");
            assertThat(field.getJsonObject("helpTranslations").getString("pl")).isEqualTo("Kolor obudowy.");

            var number = openTicket("employee", "Paint " + suffix, null);
            var agent = api("agent");
            assertThat(agent.patch("/api/tickets/" + number, "{\"customFields\": {\"" + key + "\": \"red\"}}",
                    agent.get("/api/tickets/" + number).header("ETag")).status()).isEqualTo(200);
            try (var polish = Browser.speaking(base, "pl-PL,pl")) {
                polish.open("/login.xhtml").signIn("agent").waitForPath("/desk/queue.xhtml");
                polish.open("/desk/ticket.xhtml?number=" + number);
                assertThat(polish.pageText()).contains("Kolor " + suffix + ": — → czerwony").doesNotContain("Colour " + suffix);
                assertThat(polish.find(By.xpath("//form[@id='fields']//label[normalize-space()='Kolor " + suffix + "']")).getAttribute("title"))
                        .as("agents read the help as the field's tooltip").isEqualTo("Kolor obudowy.");
            }
        } finally {
            var now = admin.get("/api/admin/custom-fields/" + key);
            admin.put("/api/admin/custom-fields/" + key, """
                    {"label": "Colour %s", "type": "CHOICE", "choices": ["red", "blue"], "active": false}""".formatted(suffix),
                    now.header("ETag"));
        }
    }

    /** A rank no priority has yet: the test leaves its priority behind, as tickets have it. */
    private int freeRank() {
        var taken = api("admin").get("/api/admin/priorities").array().getValuesAs(JsonObject.class).stream()
                .map(p -> p.getInt("rank")).toList();
        return IntStream.rangeClosed(500, 1000).map(rank -> 1500 - rank).filter(rank -> !taken.contains(rank)).findFirst().orElseThrow();
    }
}

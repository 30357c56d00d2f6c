package org.bilet.it.screens;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** My settings: a person reaches them from their name in the top bar and turns kinds of mail off and on. */
class MailSettingsScreenIT extends ScreenTestCase {

    @Test
    void an_employee_turns_a_kind_of_mail_off_and_it_stays_off() {
        var resolved = switchOf("Your request is resolved");
        try (var browser = browser()) {
            browser.open("/login.xhtml").signIn("j.oconnor").waitForPath("/portal/tickets.xhtml");
            browser.click(By.id("account:settings")).waitForPath("/portal/settings.xhtml");
            assertThat(browser.pageText()).contains("About requests you reported", "About tickets you watch")
                    .doesNotContain("About your work on the desk", "A ticket is assigned to you");
            assertThat(browser.find(resolved).getAttribute("class")).contains("ui-toggleswitch-checked");
            try {
                browser.click(resolved).click(By.id("mail:save")).waitForText("Your mail settings are saved.");
                browser.screenshot("mail-settings-employee");
                browser.open("/portal/settings.xhtml");
                assertThat(browser.find(resolved).getAttribute("class")).as("kept").doesNotContain("ui-toggleswitch-checked");
                assertThat(api("j.oconnor").get("/api/me/mail-preferences").array().stream().map(JsonObject.class::cast)
                        .filter(c -> c.getString("topic").equals("RESOLVED")).findFirst().orElseThrow().getBoolean("mail")).isFalse();
                browser.assertNoJavaScriptErrors();
            } finally {
                api("j.oconnor").put("/api/me/mail-preferences", "{\"RESOLVED\": true}");
            }
        }
    }

    @Test
    void staff_see_their_work_in_their_language() {
        try (var browser = Browser.speaking(base, "pl-PL,pl")) {
            browser.open("/login.xhtml").signIn("agent").waitForPath("/desk/queue.xhtml");
            browser.open("/portal/settings.xhtml");
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("Moje ustawienia");
            assertThat(browser.pageText()).contains("O Twojej pracy w dziale wsparcia", "Przypisano Ci zgłoszenie",
                    "Ktoś wspomina o Tobie w notatce wewnętrznej", "Nowa notatka wewnętrzna");
            browser.screenshot("mail-settings-agent");
        }
    }

    private static By switchOf(String label) {
        return By.xpath("//div[contains(@class,'settings-switch')][.//label[normalize-space()='" + label + "']]"
                + "//div[contains(@class,'ui-toggleswitch')][not(contains(@class,'ui-toggleswitch-slider'))]");
    }
}

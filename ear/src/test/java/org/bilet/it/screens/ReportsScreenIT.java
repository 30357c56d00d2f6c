package org.bilet.it.screens;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The managers' reports screen: a subscription with a bad address is refused at the field and
 * keeps what was typed; corrected, it is listed with its next delivery and can be ended.
 */
class ReportsScreenIT extends ScreenTestCase {

    @Test
    void a_refused_address_keeps_the_typing_and_a_corrected_subscription_is_listed_then_ended() throws InterruptedException {
        var recipient = "reports." + System.nanoTime() + "@example.com";
        try (var browser = browser()) {
            browser.open("/login.xhtml").signIn("manager").waitForPath("/desk/queue.xhtml");
            browser.click(By.id("nav-reports"));
            browser.waitForPath("/desk/reports.xhtml");
            assertThat(browser.find(By.id("report:from_input")).getAttribute("value")).matches("\\d{4}-\\d{2}-01");

            browser.type(By.id("subscribe:recipients"), recipient + "\nnot an address");
            browser.click(By.id("subscribe:subscribeButton"));
            browser.waitForText(By.id("subscribe"), "'not an address' is not an e-mail address.");
            assertThat(browser.find(By.id("subscribe:recipients")).getAttribute("value")).contains(recipient).contains("not an address");
            assertThat(browser.text(By.id("subscriptions:list"))).doesNotContain(recipient);

            browser.type(By.id("subscribe:recipients"), recipient);
            browser.click(By.id("subscribe:subscribeButton"));
            browser.waitForText(By.id("subscriptions:list"), recipient);
            assertThat(browser.text(By.id("subscriptions:list"))).contains("KPI report").contains("Monthly");
            browser.screenshot("desk-reports");

            // Other tests' subscriptions of the same manager may be listed too: this one's row.
            browser.click(By.xpath("//tr[contains(., '" + recipient + "')]//button[contains(@id, 'unsubscribe')]"));
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            for (int i = 0; i < 50 && browser.text(By.id("subscriptions:list")).contains(recipient); i++) {
                Thread.sleep(200);
            }
            assertThat(browser.text(By.id("subscriptions:list"))).doesNotContain(recipient);
            browser.assertNoJavaScriptErrors();
        }
    }
}

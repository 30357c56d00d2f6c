package org.bilet.it.screens;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Administration → Users: an administrator gives a person the phone number calls from them come from. */
class UserPhoneScreenIT extends ScreenTestCase {

    @Test
    void a_number_that_is_not_one_is_named_at_the_field_and_kept_a_good_one_is_saved() {
        var username = "phone-" + AdminScreens.unique();
        try (var browser = browser()) {
            browser.open("/login.xhtml").signIn("admin").waitForPath("/desk/queue.xhtml");
            AdminScreens.createUser(browser, username, "Petra", "Novak", "REQUESTER", "correct-horse-battery");
            browser.waitForText(By.id("userUsername"), username);

            browser.type(By.id("user:phone"), "<script>call me</script>").click(By.id("user:save"));
            assertThat(browser.text(By.cssSelector("#user .ui-message-error"))).contains("is not a phone number");
            assertThat(browser.find(By.id("user:phone")).getAttribute("value")).as("kept as typed").isEqualTo("<script>call me</script>");

            browser.type(By.id("user:phone"), "+48 (22) 555-01-99").click(By.id("user:save"));
            browser.waitForText(username);
            assertThat(browser.find(By.id("user:phone")).getAttribute("value")).isEqualTo("+48225550199");
            assertThat(api("admin").get("/api/admin/users/" + username).json().getString("phone")).isEqualTo("+48225550199");
            browser.screenshot("admin-user-phone");
            browser.assertNoJavaScriptErrors();
        }
    }
}

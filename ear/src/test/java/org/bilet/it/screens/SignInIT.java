package org.bilet.it.screens;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

class SignInIT extends ScreenTestCase {

    @ParameterizedTest
    @CsvSource({
            "employee, /portal/tickets.xhtml, Emma Wilson",
            "agent,    /desk/queue.xhtml,     Marek Kowalski",
            "manager,  /desk/queue.xhtml,     Monika Lewandowska",
            "admin,    /desk/queue.xhtml,     Tom Harris"})
    void each_role_lands_on_its_start_page(String username, String startPage, String name) {
        try (var browser = browser()) {
            browser.open("/").waitForPath("/login.xhtml");
            browser.signIn(username).waitForPath(startPage);
            assertThat(browser.text(By.id("who"))).isEqualTo(name);
            assertThat(browser.all(By.id("nav-admin"))).as("administration link").hasSize(username.equals("admin") ? 1 : 0);
        }
    }

    @Test
    void a_wrong_password_is_refused_with_a_clear_message() {
        try (var browser = browser()) {
            browser.open("/login.xhtml").signIn("agent", "not-the-password");
            assertThat(browser.path()).startsWith("/login.xhtml");
            assertThat(browser.text(By.id("login:messages")))
                    .contains("The username or password is wrong, or the account is deactivated.");
        }
    }

    @Test
    void a_page_asked_for_before_signing_in_opens_right_after() {
        try (var browser = browser()) {
            browser.open("/desk/queue.xhtml?queue=WAITING").waitForPath("/login.xhtml");
            browser.signIn("agent").waitForPath("/desk/queue.xhtml?queue=WAITING");
        }
    }

    @Test
    void an_employee_may_not_open_the_helpdesk() {
        try (var browser = browser()) {
            browser.open("/login.xhtml").signIn("employee").waitForPath("/portal/tickets.xhtml");
            browser.open("/desk/queue.xhtml");
            assertThat(browser.text(By.id("problem-detail"))).isEqualTo("Your role does not allow you to open this page.");
        }
    }

    @Test
    void signing_out_ends_the_session() {
        try (var browser = browser()) {
            browser.open("/login.xhtml").signIn("agent").waitForPath("/desk/queue.xhtml");
            browser.click(By.id("account:signOut")).waitForPath("/login.xhtml");
            assertThat(browser.pageText()).contains("You are signed out.");
            browser.open("/desk/queue.xhtml").waitForPath("/login.xhtml");
        }
    }

    @Test
    void the_browser_language_comes_first_and_a_chosen_language_is_remembered() {
        try (var polish = Browser.speaking(base, "pl-PL,pl,en")) {
            polish.open("/login.xhtml");
            assertThat(polish.text(By.cssSelector("#login h1"))).isEqualTo("Zaloguj się");

            polish.signIn("employee2").waitForPath("/portal/tickets.xhtml");
            assertThat(polish.find(By.tagName("html")).getAttribute("lang")).isEqualTo("pl");
            var subject = unique("Language switch on a ticket");
            var number = openTicket("employee2", subject, "software.email");
            polish.open("/portal/ticket.xhtml?number=" + number);
            // PrimeFaces' selectValue() is silent: the change that submits the menu is fired on purpose.
            polish.driver().executeScript("PF('languageMenu').selectValue('it'); PF('languageMenu').triggerChange();");
            polish.waitForText("I miei ticket");
            assertThat(polish.path()).as("the ticket's address is kept").endsWith("/portal/ticket.xhtml?number=" + number);
            assertThat(polish.pageText()).contains(subject);
        }
        try (var english = Browser.speaking(base, "en-GB,en")) {
            english.open("/login.xhtml");
            assertThat(english.text(By.cssSelector("#login h1"))).isEqualTo("Sign in");
            english.signIn("employee2").waitForPath("/portal/tickets.xhtml");
            assertThat(english.find(By.tagName("html")).getAttribute("lang")).isEqualTo("it");
            assertThat(english.text(By.id("nav-my"))).isEqualTo("I miei ticket");
        }
    }
}

package org.bilet.it.screens;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import org.bilet.it.MailParts;
import org.bilet.it.Json;
import org.bilet.server.TestMailExtension;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * The satisfaction survey in a browser: a requester rates a resolved ticket in the portal (and
 * changes the rating), the agent sees rating and comment on the ticket screen, and the link of
 * the resolution mail opens the survey without signing in.
 */
class SurveyScreensIT extends ScreenTestCase {

    private static final Pattern LINK = Pattern.compile("https?://\\S+(/survey/[A-Za-z0-9_-]{43})");
    private static final String HOSTILE = "<b>bold</b> & <script>alert('rated')</script>";

    @Test
    void a_requester_rates_a_resolved_ticket_in_the_portal_and_the_agent_sees_the_rating() {
        var subject = unique("Laptop fan is loud");
        var number = resolvedTicket(subject);
        try (var browser = browser()) {
            browser.open("/login.xhtml").signIn("employee").waitForPath("/portal/tickets.xhtml");
            browser.open("/portal/ticket.xhtml?number=" + number);
            assertThat(browser.text(By.id("rate"))).contains("Rate how we handled your request", "You can answer until");

            browser.click(By.id("survey:send"));
            assertThat(browser.text(By.id("rate"))).contains("Choose a rating from 1 to 5.");

            browser.click(By.cssSelector("label[for='survey:rating:1']")); // best first: 5, 4, …
            browser.type(By.id("survey:comment"), HOSTILE);
            browser.click(By.id("survey:send"));
            browser.waitForText(By.id("rate"), "Thank you for your rating!");
            assertThat(browser.text(By.id("survey-given"))).contains("Your rating: 4 – Satisfied.").contains(HOSTILE);
            assertThat(browser.text(By.id("survey-until"))).startsWith("You can change it until");
            browser.screenshot("survey-portal-rated");

            // Within 7 days the requester changes it, with the keyboard: into the group, then the arrow keys.
            browser.script("document.getElementById('survey:rating:1').focus();");
            new Actions(browser.driver()).sendKeys(Keys.ARROW_UP).perform();
            browser.click(By.id("survey:send"));
            browser.waitForText(By.id("survey-given"), "Your rating: 5 – Very satisfied.");
        }
        try (var browser = browser()) {
            browser.open("/login.xhtml").signIn("agent").waitForPath("/desk/");
            browser.open("/desk/ticket.xhtml?number=" + number);
            assertThat(browser.text(By.id("csat"))).contains("Satisfaction");
            assertThat(browser.text(By.id("csat-rating"))).contains("5/5").contains("Rated 5 of 5 by the requester");
            assertThat(browser.text(By.id("csat-comment"))).isEqualTo(HOSTILE);
            assertThat(browser.all(By.cssSelector("#csat b"))).as("the comment's markup is text").isEmpty();
            browser.script("document.getElementById('csat').scrollIntoView();");
            browser.screenshot("survey-desk-rating");
        }
        assertThat(api("agent").get("/api/tickets/" + number + "/survey").json().getInt("rating")).isEqualTo(5);
    }

    @Test
    void the_mail_link_opens_the_survey_without_signing_in_and_an_unknown_link_says_so() throws Exception {
        var subject = unique("Phone does not ring");
        var number = resolvedTicket(subject);
        var link = surveyPath(number);
        try (var browser = Browser.speaking(base, "pl-PL,pl")) {
            browser.open(link);
            assertThat(browser.text(By.id("survey-ticket"))).isEqualTo(number + " " + subject);
            assertThat(browser.text(By.id("survey-title"))).isEqualTo("Jak nam poszło?");
            browser.screenshot("survey-link-open");

            browser.click(By.cssSelector("label[for='survey:rating:3']"));
            browser.type(By.id("survey:comment"), "Szybko i sprawnie.");
            browser.click(By.id("survey:send"));
            browser.waitForText(By.id("surveyState"), "Dziękujemy za ocenę!");
            assertThat(browser.text(By.id("survey-given"))).contains("2 – Niezadowolony").contains("Szybko i sprawnie.");
            browser.screenshot("survey-link-thanks");

            browser.open("/survey/" + "A".repeat(43));
            assertThat(browser.text(By.id("survey-unknown"))).contains("Pod tym adresem nie ma ankiety.");
            browser.open("/survey/<script>");
            assertThat(browser.pageText()).doesNotContain("<script>");
        }
        assertThat(api("agent").get("/api/tickets/" + number + "/survey").json().getInt("rating")).isEqualTo(2);
    }

    /** A ticket of the employee that the agent resolved. */
    private String resolvedTicket(String subject) {
        var created = api("employee").post("/api/tickets", "{\"subject\": " + Json.str(subject) + ", \"description\": \"Since Monday.\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var number = Json.number(created.json());
        var agent = api("agent");
        var etag = agent.get("/api/tickets/" + number).header("ETag");
        var moved = agent.patch("/api/tickets/" + number, "{\"status\": \"RESOLVED\", \"resolution\": \"Cleaned it.\"}", etag);
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        return number;
    }

    /** The path of the survey link in the ticket's resolution mail, waiting for the mail a while. */
    private static String surveyPath(String number) throws Exception {
        var deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            for (var mail : TestMailExtension.mail().received()) {
                var subject = mail.getSubject();
                if (subject != null && subject.startsWith("[" + number + "]")) {
                    var link = LINK.matcher(MailParts.part(mail, "text/plain").orElse(""));
                    if (link.find()) {
                        return link.group(1);
                    }
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no survey link for " + number + " arrived");
    }

}

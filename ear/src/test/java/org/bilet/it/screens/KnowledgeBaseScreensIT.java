package org.bilet.it.screens;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The knowledge base on the screens: the reader at /kb for visitors and employees (topics, search
 * with suggestions, an article in one's language or its original, "Did this help?"), the articles
 * offered while an employee describes a problem, and an agent putting an article into a reply. The
 * demo's published articles are the material; counters are compared before and after, so each test
 * stands alone.
 */
class KnowledgeBaseScreensIT extends ScreenTestCase {

    private static final String PRINTER = "The printer is offline – how to bring it back";
    private static final String PASSWORD = "Resetting a forgotten password";
    private static final String VPN = "Connecting to the VPN from home";
    private static final String PHISHING = "Phishing: reporting a suspicious message";
    private static final String GUEST_WIFI = "Wi-Fi for guests";

    @Test
    void a_visitor_browses_searches_and_reads_public_articles_and_is_asked_to_sign_in_for_the_others() {
        try (var browser = browser()) {
            browser.open("/login.xhtml").click(By.id("kb")).waitForPath("/kb/index.xhtml");
            assertThat(browser.text(By.id("kb-title"))).isEqualTo("Knowledge base");
            assertThat(browser.find(By.id("account:signIn")).getText()).isEqualTo("Sign in");
            assertThat(browser.all(By.id("account:signOut"))).isEmpty();
            // The front page lists the newest articles, which other tests may have published; the demo's are in their topics.
            assertThat(browser.text(By.id("articles"))).doesNotContain(VPN);
            browser.screenshot("kb-index");
            browser.click(By.linkText("Printers"));
            assertThat(browser.text(By.id("topic"))).isEqualTo("Printers");
            assertThat(browser.text(By.id("articles"))).contains(PRINTER);

            browser.click(By.linkText("VPN & network"));
            assertThat(browser.text(By.id("topic"))).isEqualTo("VPN & network");
            assertThat(browser.pageText()).as("employees' articles are not listed to visitors").doesNotContain(VPN);
            browser.click(By.linkText("Wi-Fi"));
            assertThat(browser.text(By.id("articles"))).contains(GUEST_WIFI).doesNotContain(PRINTER);

            // Suggestions while typing; Enter with none chosen lists what matches the words.
            browser.type(By.id("kbsearch:q_input"), "printer offline");
            browser.waitForText(By.id("kbsearch:q_panel"), PRINTER);
            browser.find(By.id("kbsearch:q_input")).sendKeys(Keys.ENTER);
            browser.waitForPath("/kb/index.xhtml?q=printer");
            assertThat(browser.text(By.id("found"))).contains("“printer offline”");
            assertThat(browser.text(By.cssSelector("#articles li:first-child .kb-item-title"))).isEqualTo(PRINTER);
            assertThat(browser.text(By.cssSelector("#articles li:first-child .snippet"))).isNotBlank();
            browser.screenshot("kb-search");

            // Choosing a suggestion opens its article.
            browser.type(By.id("kbsearch:q_input"), "forgotten password");
            browser.click(By.xpath("//*[@id='kbsearch:q_panel']//li[contains(normalize-space(.), '" + PASSWORD + "')]"));
            browser.waitForPath("/kb/article.xhtml?id=");
            assertThat(browser.text(By.id("article-title"))).isEqualTo(PASSWORD);
            assertThat(browser.text(By.id("article-body"))).isNotBlank();
            assertThat(browser.text(By.id("languages"))).contains("Polski", "Italiano");
            assertThat(browser.all(By.id("fallback"))).isEmpty();
            assertThat(browser.text(By.id("feedback:signInToRate"))).isEqualTo("Sign in to tell us whether this helped.");
            browser.screenshot("kb-article-visitor");

            // An employees' article: asked to sign in, then shown it.
            browser.open("/kb/article.xhtml?id=" + articleId(VPN));
            assertThat(browser.text(By.id("signInRequired"))).contains("This article is for signed-in employees.");
            assertThat(browser.pageText()).doesNotContain(VPN);
            browser.click(By.id("signInToRead")).waitForPath("/login.xhtml");
            browser.signIn("employee").waitForPath("/kb/article.xhtml?id=" + articleId(VPN));
            assertThat(browser.text(By.id("article-title"))).isEqualTo(VPN);
        }
    }

    @Test
    void hostile_words_searched_are_shown_as_text() {
        var hostile = "<script>alert(1)</script>";
        try (var browser = browser()) {
            browser.open("/kb/index.xhtml?q=" + URLEncoder.encode(hostile, StandardCharsets.UTF_8));
            assertThat(browser.text(By.id("found"))).contains(hostile);
            assertThat(browser.all(By.id("no-articles"))).hasSize(1);
            browser.type(By.id("kbsearch:q_input"), hostile);
            browser.find(By.id("kbsearch:q_input")).sendKeys(Keys.ENTER);
            browser.waitForText(By.id("found"), hostile);
            assertThat((Long) browser.script("return document.querySelectorAll('main script:not([nonce])').length;")).isZero();
        }
    }

    @Test
    void an_employee_reads_in_polish_falls_back_to_the_original_and_says_it_helped() {
        var wifi = articleId(GUEST_WIFI);
        var phishing = articleId(PHISHING);
        var before = feedback(wifi);
        try (var browser = Browser.speaking(base, "pl-PL,pl")) {
            browser.open("/login.xhtml").signIn("a.zielinska").waitForPath("/portal/tickets.xhtml");
            browser.click(By.id("nav-kb")).waitForPath("/kb/index.xhtml");
            assertThat(browser.text(By.id("kb-title"))).isEqualTo("Baza wiedzy");
            browser.click(By.linkText("VPN & network"));
            assertThat(browser.text(By.id("topic"))).isEqualTo("VPN & network");
            assertThat(browser.text(By.id("articles"))).as("titled in Polish").contains("Łączenie z VPN z domu");
            browser.click(By.linkText("Wi-Fi"));
            assertThat(browser.text(By.id("topic"))).isEqualTo("Wi-Fi");
            assertThat(browser.text(By.id("articles"))).as("titled in Polish").contains("Wi-Fi dla gości");

            browser.open("/kb/article.xhtml?id=" + wifi);
            assertThat(browser.text(By.id("article-title"))).isEqualTo("Wi-Fi dla gości");
            assertThat(browser.all(By.id("fallback"))).isEmpty();
            browser.type(By.id("feedback:comment"), "Hasło było na recepcji, dziękuję.");
            browser.click(By.id("feedback:yes"));
            browser.waitForText(By.id("feedback:thanks"), "Dziękujemy za opinię.");
            assertThat(browser.all(By.id("feedback:yes"))).as("one vote per page view").isEmpty();

            browser.open("/kb/article.xhtml?id=" + phishing);
            assertThat(browser.text(By.id("fallback"))).contains("polski", "ukraiński");
            assertThat(browser.find(By.id("article-title")).getAttribute("textContent")).startsWith("Фішинг");
            browser.screenshot("kb-article-fallback");
            browser.click(By.id("lang-en"));
            assertThat(browser.text(By.id("article-title"))).isEqualTo(PHISHING);
            assertThat(browser.all(By.id("fallback"))).isEmpty();
        }
        var after = feedback(wifi);
        assertThat(after.getJsonNumber("helpfulYes").longValue()).isEqualTo(before.getJsonNumber("helpfulYes").longValue() + 1);
        assertThat(after.getJsonArray("comments").toString()).contains("Hasło było na recepcji, dziękuję.");

        try (var browser = browser()) {
            browser.open("/kb/article.xhtml?id=" + phishing + "&lang=pl");
            assertThat(browser.text(By.id("fallback")))
                    .isEqualTo("This article is not yet available in Polish; showing the Ukrainian original.");
        }
    }

    @Test
    void an_employee_describing_a_problem_is_offered_an_article_and_this_solved_it_sends_no_ticket() {
        var printer = articleId(PRINTER);
        var deflections = feedback(printer).getJsonNumber("deflections").longValue();
        var tickets = ticketCount("employee");
        try (var browser = browser()) {
            browser.open("/login.xhtml").signIn("employee").waitForPath("/portal/tickets.xhtml");
            browser.open("/portal/new.xhtml");
            browser.type(By.id("ticket:subject"), "My printer is offline");
            browser.waitForText(By.id("selfHelp:suggestions"), PRINTER);
            browser.type(By.id("ticket:description"), "It shows offline since this morning and nothing prints.");
            suggestionsSettle(browser);
            assertThat(browser.find(By.id("ticket:subject")).getAttribute("value")).as("nothing typed is lost")
                    .isEqualTo("My printer is offline");
            assertThat(browser.text(By.id("ticket:descriptionMessage"))).as("no complaint while typing").isEmpty();
            var link = browser.find(By.xpath("//*[@id='selfHelp:suggestions']//a[contains(normalize-space(.), '" + PRINTER + "')]"));
            assertThat(link.getAttribute("href")).endsWith("/kb/article.xhtml?id=" + printer);
            assertThat(link.getAttribute("target")).isEqualTo("_blank");
            browser.screenshot("portal-suggestions");

            browser.click(By.xpath("//li[contains(@class, 'self-help-article')][.//a[contains(normalize-space(.), '" + PRINTER
                    + "')]]//button"));
            browser.waitForPath("/portal/tickets.xhtml");
            browser.waitForText("Glad it is solved! No ticket was sent.");
        }
        assertThat(feedback(printer).getJsonNumber("deflections").longValue()).isEqualTo(deflections + 1);
        assertThat(ticketCount("employee")).isEqualTo(tickets);
    }

    @Test
    void an_agent_inserts_a_link_to_an_article_into_a_reply() {
        var number = openTicket("employee", unique("The office printer is offline again"), "hardware.printer");
        var printer = articleId(PRINTER);
        try (var browser = browser()) {
            browser.open("/login.xhtml").signIn("agent").waitForPath("/desk/queue.xhtml");
            browser.open("/desk/ticket.xhtml?number=" + number);
            var editor = browser.find(By.cssSelector("#reply .ql-editor"));
            editor.click();
            editor.sendKeys("Please try this: ");
            browser.type(By.id("reply:article_input"), "printer offline");
            browser.click(By.xpath("//*[@id='reply:article_panel']//li[contains(normalize-space(.), '" + PRINTER + "')]"));
            browser.click(By.id("reply:insertLink"));
            browser.waitForText(By.cssSelector("#reply .ql-editor"), PRINTER);
            var inserted = browser.find(By.cssSelector("#reply .ql-editor a"));
            assertThat(inserted.getAttribute("href")).endsWith("/kb/article.xhtml?id=" + printer);
            assertThat(browser.text(By.cssSelector("#reply .ql-editor"))).startsWith("Please try this:");
        }
    }

    /** The suggestions follow the last keystroke after a pause (600 ms), so an Ajax request may not be queued yet. */
    private static void suggestionsSettle(Browser browser) {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        browser.settle();
    }

    private long articleId(String englishTitle) {
        var items = api("editor").get("/api/kb/articles?view=reader&lang=en&size=100").json().getJsonArray("items");
        return items.stream().map(item -> item.asJsonObject()).filter(item -> item.getString("title").equals(englishTitle))
                .findFirst().orElseThrow(() -> new AssertionError("no demo article " + englishTitle + " in " + items))
                .getJsonNumber("id").longValue();
    }

    private JsonObject feedback(long article) {
        var answer = api("editor").get("/api/kb/articles/" + article + "/feedback");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private long ticketCount(String requester) {
        return api(requester).get("/api/tickets?size=1").json().getJsonNumber("total").longValue();
    }
}

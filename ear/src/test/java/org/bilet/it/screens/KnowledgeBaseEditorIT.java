package org.bilet.it.screens;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bilet.it.Json;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The editors' screens of the knowledge base: writing an article through its review (the author
 * cannot approve their own version, an administrator publishes), comparing two versions, and the
 * FAQ suggestions (accept opens the drafted article, dismiss removes one).
 */
class KnowledgeBaseEditorIT extends ScreenTestCase {

    @Test
    void an_article_goes_from_the_editor_through_review_to_readers() {
        var word = uniqueWord();
        var title = "Resetting the " + word + " badge reader";
        long id;
        try (var editor = browser()) {
            editor.open("/login.xhtml").signIn("editor").waitForPath("/portal/");
            editor.click(By.id("nav-kb-edit")).waitForPath("/kb/edit/articles.xhtml");
            editor.click(By.id("new-article")).waitForPath("/kb/edit/new.xhtml");
            DeskIT.choose(editor, "article:category", firstCategory());
            editor.type(By.id("article:title"), title);
            write(editor, "#article", "Hold the reset button for ten seconds until the light blinks green.");
            editor.type(By.id("article:note"), "First version.");
            editor.click(By.id("article:create")).waitForPath("/kb/edit/article.xhtml");
            editor.waitForText("The article is created as a draft.");
            assertThat(editor.text(By.id("kb-article-title"))).contains(title);
            id = Long.parseLong(editor.path().replaceAll(".*[?&]id=(\\d+).*", "$1"));
            editor.screenshot("kb-edit-article");

            editor.click(By.id("editor:submit")).waitForText("Submitted for review.");
            assertThat(editor.find(By.id("editor:approve")).isEnabled()).as("the author's approve button").isFalse();
            assertThat(editor.text(By.id("editor:own-version"))).contains("You wrote this version");
        }
        try (var reviewer = browser()) {
            reviewer.open("/login.xhtml").signIn("editor2").waitForPath("/portal/");
            reviewer.open("/kb/edit/article.xhtml?id=" + id);
            reviewer.click(By.id("editor:approve")).waitForText("Approved.");
            assertThat(reviewer.all(By.id("editor:publish"))).as("editors do not publish by default").isEmpty();
            assertThat(reviewer.text(By.id("editor:publish-reserved"))).contains("An administrator publishes it.");
        }
        try (var admin = browser()) {
            admin.open("/login.xhtml").signIn("admin").waitForPath("/desk/");
            admin.open("/kb/edit/article.xhtml?id=" + id);
            admin.click(By.id("editor:publish")).waitForText("Published: readers see this version now.");
        }
        var read = api("employee").get("/api/kb/articles/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().getString("title")).isEqualTo(title);
    }

    @Test
    void compare_shows_the_words_changed_between_two_versions() {
        var word = uniqueWord();
        long id = createArticle("editor", "Printer " + word + " shows offline", "<p>Turn the printer off and on.</p>");
        try (var editor = browser()) {
            editor.open("/login.xhtml").signIn("editor").waitForPath("/portal/");
            editor.open("/kb/edit/article.xhtml?id=" + id);
            editor.type(By.id("editor:title"), "Printer " + word + " appears offline");
            editor.click(By.id("editor:save")).waitForText("Draft saved.");
            editor.click(By.id("editor:submit")).waitForText("Submitted for review.");
        }
        try (var reviewer = browser()) {
            reviewer.open("/login.xhtml").signIn("editor2").waitForPath("/portal/");
            reviewer.open("/kb/edit/article.xhtml?id=" + id);
            reviewer.type(By.id("editor:sendBackNote"), "Say which printer menu.");
            reviewer.click(By.id("editor:sendBack")).waitForText("Sent back to draft.");
            // Back in draft, the same version; a second version comes with a translation.
            reviewer.click(By.id("translate:start")).waitForPath("/kb/edit/article.xhtml");
            reviewer.waitForText("A draft in Polski is started.");
            assertThat(reviewer.text(By.id("original-title"))).isEqualTo("Printer " + word + " appears offline");
            reviewer.type(By.id("editor:title"), "Drukarka " + word + " jest offline");
            reviewer.click(By.id("editor:save")).waitForText("Draft saved.");

            reviewer.click(By.id("editor:compare")).waitForPath("/kb/edit/compare.xhtml");
            assertThat(reviewer.text(By.cssSelector("#diff-title del.kb-removed"))).contains("Printer");
            assertThat(reviewer.text(By.cssSelector("#diff-title ins.kb-added"))).contains("Drukarka");
            assertThat(reviewer.text(By.id("diff-title"))).contains(word);
            reviewer.screenshot("kb-edit-compare");
        }
    }

    @Test
    void a_hostile_title_is_shown_as_text_in_the_list_and_the_editor() {
        var word = uniqueWord();
        var title = "Toner " + word + " <script>window.kbHacked = 1</script><b>bold</b>";
        long id = createArticle("editor", title, "<p>Replace the toner.</p>");
        try (var editor = browser()) {
            editor.open("/login.xhtml").signIn("editor").waitForPath("/portal/");
            editor.open("/kb/edit/articles.xhtml");
            editor.screenshot("kb-edit-list");
            editor.type(By.id("filter:text"), word);
            editor.click(By.id("filter:apply")).waitForText(By.id("articles:list"), "<script>");
            assertThat(editor.text(By.id("articles:list"))).contains(title);
            editor.open("/kb/edit/article.xhtml?id=" + id);
            assertThat(editor.text(By.id("kb-article-title"))).contains("<script>window.kbHacked = 1</script>");
            assertThat(editor.script("return window.kbHacked === undefined;")).isEqualTo(true);
            assertThat(editor.all(By.cssSelector("#kb-article-title b"))).isEmpty();
        }
    }

    @Test
    void an_editor_accepts_one_faq_suggestion_and_dismisses_another() {
        // Problems of their own (FaqSuggestionsIT decides on others), each told alike, so that they name the
        // same concepts: grouping weighs concepts far above a single word.
        var accepted = uniqueWord() + "espresso";
        var dismissed = uniqueWord() + "projector";
        var acceptedTickets = report(accepted, List.of("The " + accepted + " machine in the kitchen shows error E7",
                "The " + accepted + " machine in the kitchen shows error E7 again", accepted + " machine in the kitchen shows error E7",
                "Our " + accepted + " machine in the kitchen shows error E7"));
        report(dismissed, List.of("The " + dismissed + " fan is very loud in meetings", "The " + dismissed + " fan is very loud in meetings today",
                dismissed + " fan is very loud in meetings", "Our " + dismissed + " fan is very loud in meetings"));
        try (var editor = browser()) {
            editor.open("/login.xhtml").signIn("editor").waitForPath("/portal/");
            editor.open("/kb/edit/faq.xhtml");
            editor.click(By.id("faq:recompute"));
            new WebDriverWait(editor.driver(), Duration.ofSeconds(120))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Recomputed:"));
            editor.settle();
            var first = suggestion(editor, accepted);
            assertThat(first.getText()).contains(acceptedTickets.get(0)).containsPattern("\\d+ tickets");
            editor.screenshot("kb-edit-faq");

            var second = suggestion(editor, dismissed);
            second.findElement(By.cssSelector(".kb-dismiss")).click();
            editor.click(By.id("confirmYes")).waitForText("Dismissed.");
            assertThat(editor.text(By.id("faq:suggestions"))).doesNotContain(dismissed);

            suggestion(editor, accepted).findElement(By.cssSelector(".kb-accept")).click();
            editor.waitForPath("/kb/edit/article.xhtml").waitForText("The draft article is created from the suggestion.");
            assertThat(editor.find(By.id("editor:title")).getAttribute("value")).containsIgnoringCase(accepted);
            assertThat(editor.text(By.cssSelector("#editor\\:body .ql-editor"))).isNotBlank();
        }
    }

    /** The suggestion whose title names the word. */
    private static WebElement suggestion(Browser browser, String word) {
        return browser.all(By.cssSelector(".kb-suggestion")).stream()
                .filter(s -> s.findElement(By.cssSelector(".kb-suggestion-title")).getText().toLowerCase().contains(word))
                .findFirst().orElseThrow(() -> new AssertionError("no suggestion about " + word + " in: " + browser.pageText()));
    }

    private static void write(Browser browser, String form, String text) {
        var editor = browser.find(By.cssSelector(form + " .ql-editor"));
        editor.click();
        editor.sendKeys(text);
    }

    private String firstCategory() {
        return api("editor").get("/api/kb/categories").array().getJsonObject(0).getString("name");
    }

    private long createArticle(String editor, String title, String body) {
        long category = api(editor).get("/api/kb/categories").array().getJsonObject(0).getJsonNumber("id").longValue();
        var created = api(editor).post("/api/kb/articles", "{\"category\": " + category + ", \"visibility\": \"EMPLOYEES\","
                + " \"language\": \"en\", \"title\": " + Json.str(title) + ", \"body\": " + Json.str(body) + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    private List<String> report(String device, List<String> subjects) {
        var numbers = new ArrayList<String>();
        for (var subject : subjects) {
            numbers.add(api("employee").post("/api/tickets", "{\"subject\": " + Json.str(subject) + ", \"description\": \"The "
                    + device + " on the third floor. " + subject + ".\", \"language\": \"en\"}").json().getString("number"));
        }
        return numbers;
    }

    /** Letters only, so that the miner's and the search's analyzers keep it as one word. */
    private static String uniqueWord() {
        var word = new StringBuilder();
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
            word.append(Character.isDigit(c) ? (char) ('g' + c - '0') : c);
        }
        return word.toString();
    }
}

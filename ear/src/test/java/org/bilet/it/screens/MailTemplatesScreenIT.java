package org.bilet.it.screens;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** Administration → Mail templates in the browser: edit a wording, see it refused and previewed, save it with Ctrl+S. */
class MailTemplatesScreenIT extends ScreenTestCase {

    /** The Italian column of the row of WAITING (the third kind of mail). */
    private static final By WAITING_IT = By.id("templates:list:2:open5");

    @Test
    void an_administrator_edits_a_wording_sees_the_preview_saves_it_and_sees_it_marked_edited() {
        try (var admin = browser()) {
            admin.open("/login.xhtml").signIn("admin").waitForPath("/desk/queue.xhtml");
            admin.open("/admin/mail-templates.xhtml");
            assertThat(admin.text(WAITING_IT)).isEqualTo("Bilet’s wording");
            admin.click(WAITING_IT);
            assertThat(admin.text(By.id("templateHeading"))).isEqualTo("Waiting for the requester’s answer · Italiano");
            assertThat(admin.find(By.id("template:body")).getAttribute("value")).startsWith("Ciao {{name}},");
            assertThat(admin.pageText()).contains("{{name}}", "The reader’s first name");

            admin.type(By.id("template:subject"), "[{{number}}] Aspettiamo te: {{subject}}");
            admin.type(By.id("template:body"), "Ciao {{nmae}}, <script>alert(1)</script>\n\nSegui: {{link}}");
            admin.click(By.id("template:previewNow"));
            admin.waitForText(By.id("template:bodyMessage"), "{{nmae}} is not a placeholder of this mail");
            assertThat(admin.find(By.id("template:body")).getAttribute("value")).as("what was typed stays").contains("{{nmae}}");
            admin.screenshot("admin-mail-templates-refused");

            admin.type(By.id("template:body"), "Ciao {{name}}, <script>alert(1)</script>\n\nSegui: {{link}}");
            admin.waitForText(By.id("previewSubject"), "[BIL-000123] Aspettiamo te: La stampante al 3° piano si inceppa");
            assertThat(admin.all(By.id("template:bodyMessage")).get(0).getText()).isEmpty();
            var frame = admin.find(By.id("previewFrame"));
            assertThat(frame.getAttribute("sandbox")).isEmpty();
            admin.driver().switchTo().frame(frame);
            assertThat(admin.pageText()).contains("Ciao Giulia, <script>alert(1)</script>").contains("Segui: http");
            assertThat(admin.all(By.tagName("script"))).as("the template's text never runs").isEmpty();
            admin.driver().switchTo().defaultContent();
            admin.script("document.getElementById('template').scrollIntoView()");
            admin.screenshot("admin-mail-templates-editor");

            admin.find(By.id("template:body")).sendKeys(Keys.chord(Keys.CONTROL, "s"));
            admin.settle();
            admin.waitForText(WAITING_IT, "Edited");
            assertThat(admin.text(By.id("templateState"))).contains("Edited by Tom Harris");
            assertThat(admin.all(By.id("template:restore"))).hasSize(1);
            admin.script("window.scrollTo(0, 0)");
            admin.screenshot("admin-mail-templates");
        } finally {
            api("admin").delete("/api/admin/mail-templates/WAITING/it");
        }
    }
}

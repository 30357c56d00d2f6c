package org.bilet.it.screens;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * One ticket's whole way through both sides of Bilet, in two browsers: an employee reports it with
 * a file, an agent picks it up from the unassigned queue, answers, notes and resolves it, and the
 * employee reads the answer (never the note) and reopens it.
 */
class HelpdeskJourneyIT extends ScreenTestCase {

    @Test
    void an_employees_ticket_goes_to_an_agent_and_back() throws IOException {
        var marker = AdminScreens.unique();
        var subject = "Label printer prints smudged barcodes " + marker;
        var photo = Files.write(Files.createDirectories(Path.of("target", "journey", marker)).resolve("smudge.txt"),
                "smudged from label 40 onwards".getBytes(StandardCharsets.UTF_8));
        try (var employee = browser(); var agent = browser()) {
            employee.open("/login.xhtml").signIn("employee").waitForPath("/portal/tickets.xhtml");
            employee.click(By.id("nav-new")).waitForPath("/portal/new.xhtml");
            employee.type(By.id("ticket:subject"), subject);
            employee.type(By.id("ticket:description"), "Since the new ribbon every barcode is smudged.");
            employee.driver().findElement(By.id("ticket:files_input")).sendKeys(photo.toAbsolutePath().toString());
            employee.waitForText(By.id("ticket:pending"), "smudge.txt");
            employee.click(By.id("ticket:submit")).waitForPath("/portal/ticket.xhtml?number=BIL-");
            var number = employee.text(By.cssSelector("#ticket-title .portal-number"));
            assertThat(employee.text(By.id("files"))).contains("smudge.txt");

            agent.open("/login.xhtml").signIn("agent").waitForPath("/desk/queue.xhtml");
            agent.open("/desk/queue.xhtml?queue=UNASSIGNED&q=" + marker);
            assertThat(agent.all(By.cssSelector("#list\\:tickets tbody a.ticket-link")))
                    .extracting(WebElement::getText).containsExactly(number);
            agent.click(By.linkText(subject)).waitForPath("/desk/ticket.xhtml?number=" + number);
            assertThat(agent.pageText()).contains("smudge.txt");
            agent.click(By.id("assign:take")).waitForText("The ticket is yours now.");
            write(agent, "Please switch the printer to the thermal-transfer profile; I have sent it to the device.");
            agent.click(By.id("reply:send")).waitForText("Reply sent.");
            agent.click(By.cssSelector("#reply\\:kind .ui-button:nth-child(2)"));
            write(agent, "Ribbon batch 2211 is known to smudge; supplier informed.");
            agent.click(By.id("reply:send")).waitForText("Note added.");
            DeskIT.choose(agent, "fields:status", "Resolved");
            agent.type(By.id("fields:resolution"), "Printer profile switched to thermal transfer.");
            agent.click(By.id("fields:save")).waitForText("Saved.");
            assertThat(agent.text(By.id("ticket-status"))).isEqualTo("Resolved");

            employee.open("/portal/ticket.xhtml?number=" + number);
            assertThat(employee.text(By.id("conversation")))
                    .contains("Please switch the printer to the thermal-transfer profile")
                    .doesNotContain("Ribbon batch 2211");
            assertThat(employee.pageText()).doesNotContain("supplier informed");
            assertThat(employee.text(By.id("decision"))).contains("Printer profile switched to thermal transfer.");
            employee.screenshot("portal-ticket-resolved-by-agent");
            employee.click(By.id("decision:reopen"));
            employee.type(By.id("decision:reason"), "Still smudged with the new profile.");
            employee.click(By.id("decision:reopen"));
            employee.waitForText(By.id("ticket-status"), "Open");
            assertThat(employee.text(By.id("conversation"))).contains("Still smudged with the new profile.");

            agent.open("/desk/ticket.xhtml?number=" + number);
            assertThat(agent.text(By.id("ticket-status"))).isEqualTo("Open");
            assertThat(agent.text(By.id("timeline"))).contains("Still smudged with the new profile.");
        } finally {
            deleteQuietly(photo);
        }
    }

    private static void write(Browser browser, String text) {
        var editor = browser.find(By.cssSelector("#reply .ql-editor"));
        editor.click();
        editor.sendKeys(text);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

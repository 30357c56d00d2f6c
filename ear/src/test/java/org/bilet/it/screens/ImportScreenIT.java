package org.bilet.it.screens;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** The imports screen: a file checked by a dry run shows its bad row, then is imported; one short test. */
class ImportScreenIT extends ScreenTestCase {

    @Test
    void a_dry_run_shows_the_bad_rows_and_the_import_brings_the_good_ones_in() {
        var tag = "imp" + AdminScreens.unique();
        var file = usersFile(tag, """
                Name,EmailAddress,RealName,Organization,Disabled
                %1$s-a,%1$s-a@example.com,Rūta Vaitkutė,,0
                %1$s-b,not-an-address,Marek Nowak,,0
                """.formatted(tag));
        try (var admin = browser()) {
            admin.open("/login.xhtml").signIn("admin").waitForPath("/desk/queue.xhtml");
            admin.open("/admin/imports.xhtml");
            admin.driver().findElement(By.id("imports:file_input")).sendKeys(file.toString());
            admin.waitForText(By.id("imports:mainFile"), file.getFileName().toString());

            admin.click(By.id("imports:dryRun"));
            admin.waitForText(By.id("jobHeading"), "· Dry run · done");
            assertThat(admin.text(By.id("job:badRows"))).contains("users.csv").contains("EmailAddress")
                    .contains("'not-an-address' is not an e-mail address.");
            assertThat(api("admin").get("/api/admin/users?q=" + tag).json().getInt("total")).isZero();

            // The import button, from the keyboard.
            admin.find(By.id("imports:import")).sendKeys(Keys.ENTER);
            admin.waitForText(By.id("jobHeading"), "· Import · done");
            assertThat(admin.text(By.id("counts"))).contains("1 imported");
            assertThat(admin.text(By.id("past:list"))).contains(file.getFileName().toString());
            admin.screenshot("admin-imports");
            admin.assertNoJavaScriptErrors();
        }
        assertThat(api("admin").get("/api/admin/users/" + tag + "-a").json().getString("lastName")).isEqualTo("Vaitkutė");
    }

    private static Path usersFile(String tag, String text) {
        try {
            var directory = Files.createDirectories(Path.of("target", "import-screen-it", tag));
            return Files.writeString(directory.resolve("users.csv"), text).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.bilet.it.screens;

import java.util.concurrent.ThreadLocalRandom;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * Steps on the administration screens for browser tests, to reuse in tests of other screens (for
 * example an agent inserting a canned response that an administrator prepared). Each step expects
 * a browser signed in as an administrator and leaves it on the screen it used.
 */
public final class AdminScreens {

    private AdminScreens() {
    }

    /** A suffix that keeps names unique in the database that all tests share. */
    public static String unique() {
        return Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36, 36L * 36 * 36 * 36 * 36 * 36), 36);
    }

    /**
     * Creates an active canned response on /admin/responses.xhtml: {@code body} is typed into the
     * editor as plain text (placeholders such as {requester.firstName} included).
     */
    public static void createCannedResponse(Browser browser, String title, String body) {
        browser.open("/admin/responses.xhtml");
        browser.click(By.id("head:newResponse"));
        browser.type(By.id("response:title"), title);
        var editor = browser.find(By.cssSelector("#response\\:body .ql-editor"));
        editor.click();
        editor.sendKeys(body);
        browser.click(By.id("response:save"));
        browser.waitForText(title);
    }

    /** Creates a user with one role on /admin/users.xhtml; the browser then shows that user. */
    public static void createUser(Browser browser, String username, String firstName, String lastName, String role,
                                  String password) {
        browser.open("/admin/users.xhtml");
        browser.type(By.id("newUser:username"), username);
        browser.type(By.id("newUser:firstName"), firstName);
        browser.type(By.id("newUser:lastName"), lastName);
        browser.type(By.id("newUser:email"), username + "@example.com");
        if (!role.equals("REQUESTER")) {
            check(browser, "newUser:roles", "REQUESTER", false);
            check(browser, "newUser:roles", role, true);
        }
        browser.type(By.id("newUser:password"), password);
        browser.find(By.id("newUser:password")).sendKeys(Keys.ENTER);
        browser.settle();
    }

    /** Creates a team on /admin/teams.xhtml; the browser then shows that team. */
    public static void createTeam(Browser browser, String key, String name) {
        browser.open("/admin/teams.xhtml");
        browser.type(By.id("newTeam:name"), name);
        browser.type(By.id("newTeam:key"), key);
        browser.click(By.id("newTeam:create"));
    }

    /** Adds an agent, picked by username, to the team the browser shows on /admin/teams.xhtml. */
    public static void addMember(Browser browser, String username) {
        browser.type(By.id("members:member_input"), username);
        browser.click(By.cssSelector(".ui-autocomplete-panel li[data-item-value='" + username + "']"));
        browser.click(By.id("members:add"));
    }

    /** Ticks or clears one option of a p:selectManyCheckbox by its value. */
    public static void check(Browser browser, String checkboxesId, String value, boolean checked) {
        var box = browser.find(By.id(checkboxesId)).findElement(By.cssSelector("input[value='" + value + "']"));
        if (box.isSelected() != checked) {
            browser.click(By.cssSelector("label[for='" + box.getAttribute("id") + "']"));
        }
    }
}

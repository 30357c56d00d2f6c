package org.bilet.it.screens;

import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import org.bilet.it.Api;
import org.bilet.it.Deployments;
import org.bilet.it.Json;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/** A browser test of the deployed EAR's screens, in headless Chromium. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class ScreenTestCase {

    /** Browsers signed in once for the tests of the class running, by username: starting one and signing in cost seconds a test. */
    private static final Map<String, Browser> kept = new HashMap<>();

    /** A test that failed may have left its kept browser anywhere: the next test starts afresh. */
    @RegisterExtension
    static final TestWatcher FRESH_BROWSERS_AFTER_A_FAILURE = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            quitKeptBrowsers();
        }
    };

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.bilet();
    }

    /** CI installs them; on a workstation without them these tests are skipped, saying why. */
    @BeforeAll
    static void needsChromium() {
        Assumptions.assumeTrue(Browser.isInstalled(),
                "Browser tests need Debian's Chromium and its driver: apt-get install chromium chromium-driver");
    }

    Browser browser() {
        return Browser.at(base);
    }

    /** A staff member's browser on their queue, where signing in leaves them (see {@link #signedInAt}). */
    Browser atDesk(String username) {
        return signedInAt(username, "/desk/queue.xhtml");
    }

    /** An employee's browser on their tickets, where signing in leaves them (see {@link #signedInAt}). */
    Browser inPortal(String username) {
        return signedInAt(username, "/portal/tickets.xhtml");
    }

    /**
     * A browser signed in as the user, on the start page where signing in leaves them. The class's
     * other tests get the same browser back, on that page again, still signed in: use it for tests
     * that are not about signing in and leave the window as it was. Closing it checks the console
     * and keeps it.
     */
    private Browser signedInAt(String username, String startPage) {
        var browser = kept.get(username);
        if (browser != null) {
            return browser.open(startPage);
        }
        browser = browser().keep();
        kept.put(username, browser);
        return browser.open("/login.xhtml").signIn(username).waitForPath(startPage);
    }

    @AfterAll
    static void quitKeptBrowsers() {
        kept.values().forEach(Browser::quit);
        kept.clear();
    }

    /** For preparing data quickly through the API. */
    Api api(String username) {
        return Api.at(base).asWithToken(username);
    }

    /** A new ticket of the requester in the category, whose subject is unique to the test; returns its number. */
    String openTicket(String requester, String subject, String category) {
        var created = api(requester).post("/api/tickets", "{\"subject\": " + Json.str(subject)
                + ", \"description\": \"Opened for a screen test.\", \"category\": " + Json.str(category) + "}");
        if (created.status() != 201) {
            throw new IllegalStateException("could not open a ticket: " + created.body());
        }
        return Json.number(created.json());
    }

    static String unique(String text) {
        return text + " " + Long.toString(System.nanoTime(), 36);
    }
}

package org.bilet.it.screens;

import java.net.URL;
import org.bilet.it.Api;
import org.bilet.it.Deployments;
import org.bilet.it.Json;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** A browser test of the deployed EAR's screens, in headless Chromium. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class ScreenTestCase {

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

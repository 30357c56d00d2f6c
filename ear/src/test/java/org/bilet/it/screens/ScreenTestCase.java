package org.bilet.it.screens;

import java.net.URL;
import org.bilet.it.Api;
import org.bilet.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
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

    Browser browser() {
        return Browser.at(base);
    }

    /** For preparing data quickly through the API. */
    Api api(String username) {
        return Api.at(base).asWithToken(username);
    }
}

package org.bilet.it;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** A client-side test of the deployed EAR through its API. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class ApiTestCase {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.bilet();
    }

    /** Nobody signed in. */
    Api anonymous() {
        return Api.at(base);
    }

    /** A demo user, signed in with a personal token of their own. */
    Api signedIn(String username) {
        return Api.at(base).asWithToken(username);
    }
}

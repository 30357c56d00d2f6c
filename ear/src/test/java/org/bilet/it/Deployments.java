package org.bilet.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The EAR exactly as the build assembled it. */
final class Deployments {

    private Deployments() {
    }

    static EnterpriseArchive bilet() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("bilet.ear")));
    }
}

package org.bilet.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The EAR exactly as the build assembled it. */
public final class Deployments {

    private Deployments() {
    }

    public static EnterpriseArchive bilet() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("bilet.ear")));
    }
}

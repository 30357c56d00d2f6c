package org.bilet.it;

import java.io.File;
import java.net.URISyntaxException;
import org.assertj.core.api.Assertions;
import org.bilet.it.incontainer.AsAgent;
import org.bilet.it.incontainer.observed.RecordedChanges;
import org.bilet.it.time.MovableClock;
import org.bilet.server.SharedDeploymentExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The EAR exactly as the build assembled it, the same EAR carrying the in-container tests, and test-made variants. */
public final class Deployments {

    private Deployments() {
    }

    /**
     * The EAR as built. Test classes that deploy it unchanged share one deployment
     * ({@link SharedDeploymentExtension}); change only what {@link #changeable()} gives.
     */
    public static EnterpriseArchive bilet() {
        return ShrinkWrap.create(ZipImporter.class, SharedDeploymentExtension.SHARED).importFrom(builtEar())
                .as(EnterpriseArchive.class);
    }

    /** The EAR as built under another name, to add test classes to: it is deployed for its test class alone. */
    private static EnterpriseArchive changeable() {
        return ShrinkWrap.create(ZipImporter.class, "bilet-with-tests.ear").importFrom(builtEar()).as(EnterpriseArchive.class);
    }

    private static File builtEar() {
        return new File(System.getProperty("bilet.ear"));
    }

    /**
     * The built EAR carrying every in-container test, deployed once for all of them
     * ({@link SharedDeploymentExtension#IN_CONTAINER}): the tests' package (the tests, their run-as
     * beans and fixtures), the API client they also use, AssertJ, which the server lacks, the
     * {@link MovableClock} and, beside the EAR's modules where capabilities' observers sit, the
     * recorder of the changes Bilet publishes.
     */
    public static EnterpriseArchive inContainer() {
        var ear = ShrinkWrap.create(ZipImporter.class, SharedDeploymentExtension.IN_CONTAINER).importFrom(builtEar())
                .as(EnterpriseArchive.class);
        ear.getAsType(WebArchive.class, "bilet-web.war")
                .addPackage(AsAgent.class.getPackage())
                .addClasses(Api.class, Api.Response.class, FormSession.class)
                .addAsLibrary(jarOf(Assertions.class));
        ear.addAsLibrary(ShrinkWrap.create(JavaArchive.class, "observed.jar")
                .addPackage(RecordedChanges.class.getPackage())
                .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml"));
        return withMovableClock(ear);
    }

    /**
     * Adds {@link MovableClock} beside the EAR's modules, where every module sees it and injects it
     * as the server's clock. Tests that move it reset it when done.
     */
    public static EnterpriseArchive withMovableClock(EnterpriseArchive ear) {
        return renamed(ear).addAsLibrary(ShrinkWrap.create(JavaArchive.class, "movable-clock.jar")
                .addClass(MovableClock.class)
                .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml"));
    }

    /** Adds test-only classes (a resource the test calls over HTTP, say) to the EAR's web module. */
    public static EnterpriseArchive withWebClasses(EnterpriseArchive ear, Class<?>... classes) {
        var changed = renamed(ear);
        changed.getAsType(WebArchive.class, "bilet-web.war").addClasses(classes);
        return changed;
    }

    /** The shared EAR is never changed in place: a test's additions go into a copy under another name. */
    private static EnterpriseArchive renamed(EnterpriseArchive ear) {
        return SharedDeploymentExtension.SHARED.equals(ear.getName()) ? changeable() : ear;
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot locate the jar of " + type.getName(), e);
        }
    }
}

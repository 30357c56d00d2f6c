package org.bilet.server;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Keeps the EAR deployed from one test class to the next while they deploy it unchanged (the
 * archive named {@value #SHARED}), instead of undeploying and deploying the same archive again for
 * each class: a deployment costs 10-20 seconds, and most test classes call the API or the screens
 * of the EAR as built. A class that deploys anything else (an EAR carrying in-container tests, a
 * movable clock) first takes the kept one away; the server is left without it before it stops.
 */
public class SharedDeploymentExtension implements LoadableExtension {

    /** The name of the archive that is kept between classes: the EAR exactly as the build made it. */
    public static final String SHARED = "bilet.ear";

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Sharing.class);
    }

    public static class Sharing {

        /** What stays deployed, and what Arquillian learnt when it was deployed (the web context). */
        private record Kept(DeployableContainer<?> container, Archive<?> archive, ProtocolMetaData metaData) {
        }

        private Kept kept;

        @Inject
        @DeploymentScoped
        private InstanceProducer<DeploymentDescription> description;

        @Inject
        @DeploymentScoped
        private InstanceProducer<Deployment> deployment;

        @Inject
        @DeploymentScoped
        private InstanceProducer<ProtocolMetaData> metaData;

        /** Runs inside the deployment's context (a low precedence), around Arquillian's own deploy. */
        public void deploy(@Observes(precedence = -100) EventContext<DeployDeployment> context) throws Exception {
            var event = context.getEvent();
            var description = event.getDeployment().getDescription();
            var archive = archiveOf(description);
            if (kept != null && archive != null && shared(archive)) {
                this.description.set(description);
                this.deployment.set(event.getDeployment());
                this.metaData.set(kept.metaData());
                event.getDeployment().deployed();
                return;
            }
            takeAwayKept();
            context.proceed();
            if (archive != null && shared(archive) && event.getDeployment().isDeployed()) {
                kept = new Kept(event.getDeployableContainer(), archive, metaData.get());
            }
        }

        public void undeploy(@Observes(precedence = -100) EventContext<UnDeployDeployment> context) {
            var archive = archiveOf(context.getEvent().getDeployment().getDescription());
            if (kept != null && archive != null && shared(archive)) {
                return; // stays for the next class
            }
            context.proceed();
        }

        public void beforeStop(@Observes BeforeStop event) throws Exception {
            takeAwayKept();
        }

        private void takeAwayKept() throws Exception {
            if (kept != null) {
                var leaving = kept;
                kept = null;
                leaving.container().undeploy(leaving.archive());
            }
        }

        private static Archive<?> archiveOf(DeploymentDescription description) {
            if (!description.isArchiveDeployment() || description.testable()) {
                return null;
            }
            return description.getArchive();
        }

        private static boolean shared(Archive<?> archive) {
            return SHARED.equals(archive.getName());
        }
    }
}

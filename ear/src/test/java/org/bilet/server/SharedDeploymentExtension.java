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
 * Keeps a deployment from one test class to the next while they deploy the same archive, instead of
 * undeploying it and deploying it again for each class: a deployment costs 10-20 seconds. Two
 * archives are shared this way: the EAR as built ({@value #SHARED}), which most classes call
 * through the API or the screens, and the EAR carrying every in-container test
 * ({@value #IN_CONTAINER}). A class that deploys anything else first takes the kept one away, and
 * the server is left without it before it stops.
 */
public class SharedDeploymentExtension implements LoadableExtension {

    /** The EAR exactly as the build made it. */
    public static final String SHARED = "bilet.ear";

    /** The EAR with every in-container test in its web module. */
    public static final String IN_CONTAINER = "bilet-in-container.ear";

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Sharing.class);
    }

    public static class Sharing {

        /** What stays deployed, and what Arquillian learnt when it was deployed (the web context). */
        private record Kept(String name, DeployableContainer<?> container, Archive<?> archive, ProtocolMetaData metaData) {
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
            if (kept != null && kept.name().equals(sharedName(description))) {
                this.description.set(description);
                this.deployment.set(event.getDeployment());
                this.metaData.set(kept.metaData());
                event.getDeployment().deployed();
                return;
            }
            takeAwayKept();
            context.proceed();
            var name = sharedName(description);
            if (name != null && event.getDeployment().isDeployed()) {
                kept = new Kept(name, event.getDeployableContainer(), deployed(description), metaData.get());
            }
        }

        public void undeploy(@Observes(precedence = -100) EventContext<UnDeployDeployment> context) {
            if (kept != null && kept.name().equals(sharedName(context.getEvent().getDeployment().getDescription()))) {
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

        /** The name under which a description's archive is shared, or null when it is deployed for its class alone. */
        private static String sharedName(DeploymentDescription description) {
            if (!description.isArchiveDeployment()) {
                return null;
            }
            var name = description.getArchive().getName();
            return SHARED.equals(name) || IN_CONTAINER.equals(name) ? name : null;
        }

        /** What Arquillian deploys: for in-container tests, the archive with its test runner added. */
        private static Archive<?> deployed(DeploymentDescription description) {
            return description.getTestableArchive() != null ? description.getTestableArchive() : description.getArchive();
        }
    }
}

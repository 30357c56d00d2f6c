package org.bilet.it.incontainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import jakarta.ejb.EJB;
import org.bilet.desk.TicketPresence;
import org.bilet.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Presence on the ticket screen is kept in the database, so that agents on different nodes see
 * each other (ClusterIT shows it across nodes). Each test uses ticket numbers of its own.
 */
@ExtendWith(ArquillianExtension.class)
class TicketPresenceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inContainer();
    }

    @EJB
    AsAgent asAgent;

    @EJB
    TicketPresence presence;

    @Test
    void each_viewer_sees_the_others_and_who_is_typing() throws Exception {
        var one = "P-" + Unique.suffix();
        var two = "P-" + Unique.suffix();
        var others = asAgent.call(() -> {
            presence.heartbeat(one, "marek", "Marek Kowalski", false);
            presence.heartbeat(one, "aiste", "Aistė Jonaitienė", true);
            presence.heartbeat(two, "monika", "Monika Lewandowska", false);
            presence.heartbeat(one, "aiste", "Aistė Jonaitienė", true);
            return presence.othersOn(one, "marek");
        });

        assertThat(others).extracting(TicketPresence.Viewer::name, TicketPresence.Viewer::typing)
                .containsExactly(tuple("Aistė Jonaitienė", true));
    }

    @Test
    void leaving_removes_the_viewer_at_once() throws Exception {
        var number = "P-" + Unique.suffix();
        var others = asAgent.call(() -> {
            presence.heartbeat(number, "aiste", "Aistė Jonaitienė", false);
            presence.leave(number, "aiste");
            return presence.othersOn(number, "marek");
        });

        assertThat(others).isEmpty();
    }
}

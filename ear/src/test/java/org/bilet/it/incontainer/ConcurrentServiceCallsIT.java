package org.bilet.it.incontainer;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bilet.it.Deployments;
import org.bilet.platform.StaleVersionException;
import org.bilet.tickets.NewTicket;
import org.bilet.tickets.TicketChanges;
import org.bilet.tickets.TicketDesk;
import org.bilet.tickets.TicketFinder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Two service calls that change one ticket at one version at the same time: one wins, one is told. */
@ExtendWith(ArquillianExtension.class)
class ConcurrentServiceCallsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inContainer(ConcurrentServiceCallsIT.class);
    }

    @EJB
    AsAgent asAgent;

    @EJB
    TicketDesk desk;

    @EJB
    TicketFinder finder;

    @Test
    void ofTwoConcurrentChangesAtOneVersionOneWinsAndTheOtherIsRefusedAsStale() throws Exception {
        for (int round = 0; round < 5; round++) {
            var ticket = asAgent.call(() -> desk.open(new NewTicket("Concurrent service calls", "d",
                    null, null, null, null, null, "employee")));
            var barrier = new CyclicBarrier(2);
            var pool = Executors.newFixedThreadPool(2);
            try {
                var outcomes = new ArrayList<Future<String>>();
                for (var priority : List.of("HIGH", "LOW")) {
                    outcomes.add(pool.submit(() -> {
                        barrier.await();
                        try {
                            return asAgent.call(() -> desk.change(ticket.number(), ticket.version(),
                                    TicketChanges.none().withPriority(priority))).priority();
                        } catch (StaleVersionException e) {
                            return "stale";
                        }
                    }));
                }
                var results = List.of(outcomes.get(0).get(), outcomes.get(1).get());

                assertThat(results).containsOnlyOnce("stale");
                var winner = results.get(0).equals("stale") ? "LOW" : "HIGH";
                assertThat(asAgent.call(() -> finder.find(ticket.number())).priority()).isEqualTo(winner);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}

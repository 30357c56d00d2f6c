package org.bilet.it.incontainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bilet.it.incontainer.TicketRecords.newTicket;

import jakarta.ejb.EJB;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bilet.admin.PriorityDefinition;
import org.bilet.it.Deployments;
import org.bilet.platform.StaleVersionException;
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
        return Deployments.inContainer();
    }

    @EJB
    AsAgent asAgent;

    @EJB
    TestData testData;

    @EJB
    TicketDesk desk;

    @EJB
    TicketFinder finder;

    @Test
    void ofTwoConcurrentChangesAtOneVersionOneWinsAndTheOtherIsRefusedAsStale() throws Exception {
        var requester = testData.requester("Cora", "Current");
        // Two steps of the scale other than the default, which new tickets get.
        var codes = testData.priorities().stream().filter(p -> !p.isDefault()).map(PriorityDefinition::code).limit(2).toList();
        assertThat(codes).hasSize(2);
        var first = codes.get(0);
        var second = codes.get(1);
        for (int round = 0; round < 5; round++) {
            var ticket = asAgent.call(() -> desk.open(newTicket("Concurrent service calls", requester, null, null, null)));
            var barrier = new CyclicBarrier(2);
            var pool = Executors.newFixedThreadPool(2);
            try {
                var outcomes = new ArrayList<Future<String>>();
                for (var priority : List.of(first, second)) {
                    outcomes.add(pool.submit(() -> {
                        barrier.await();
                        try {
                            return asAgent.call(() -> desk.change(ticket.number(), ticket.version(),
                                    TicketRecords.priority(priority))).priority();
                        } catch (StaleVersionException e) {
                            return "stale";
                        }
                    }));
                }
                var results = List.of(outcomes.get(0).get(), outcomes.get(1).get());

                assertThat(results).containsOnlyOnce("stale");
                var winner = results.get(0).equals("stale") ? second : first;
                assertThat(asAgent.call(() -> finder.find(ticket.number())).priority()).isEqualTo(winner);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}

package org.bilet.sla;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import org.bilet.platform.KeptSnapshot;
import org.bilet.tickets.Ticket;

/**
 * Chooses the policy a ticket is under: the first in order whose conditions hold, else the
 * fallback. Every new ticket chooses, so the policies' conditions are kept in memory
 * ({@link PolicyChoice}) and the chosen policy comes from the second-level cache: no query. An
 * administrator's change empties them when it completes; other nodes of a cluster read them
 * again after {@value #MAX_AGE_SECONDS} s.
 */
@ApplicationScoped
public class SlaPolicies {

    static final long MAX_AGE_SECONDS = 60;

    @Inject
    EntityManager em;

    private final KeptSnapshot<List<PolicyChoice>> choices = new KeptSnapshot<>(this::read, Duration.ofSeconds(MAX_AGE_SECONDS));

    /** Null when no policy applies and there is no fallback: the ticket has no promises. */
    public SlaPolicy choose(Ticket ticket) {
        return choices.get().stream()
                .filter(c -> c.appliesTo(ticket.priority(), ticket.category(), ticket.team(), ticket.organization(), ticket.channel()))
                .findFirst()
                .map(c -> em.find(SlaPolicy.class, c.policyId()))
                .orElse(null);
    }

    void changed(@Observes(during = TransactionPhase.AFTER_COMPLETION) SlaPoliciesChanged changed) {
        choices.forget();
    }

    private List<PolicyChoice> read() {
        return em.createNamedQuery(SlaPolicy.ALL, SlaPolicy.class).getResultList().stream().map(PolicyChoice::of).toList();
    }
}

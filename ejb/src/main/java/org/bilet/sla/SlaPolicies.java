package org.bilet.sla;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.bilet.tickets.Ticket;
import org.hibernate.jpa.HibernateHints;

/** Chooses the policy a ticket is under: the first in order whose conditions hold, else the fallback. */
@ApplicationScoped
public class SlaPolicies {

    @Inject
    EntityManager em;

    /** Null when no policy applies and there is no fallback: the ticket has no promises. */
    public SlaPolicy choose(Ticket ticket) {
        return em.createNamedQuery(SlaPolicy.ALL, SlaPolicy.class)
                .setHint(HibernateHints.HINT_CACHEABLE, true)
                // A list, not a stream: a stream scrolls the result set and never reads the query cache.
                .getResultList().stream()
                .filter(p -> p.appliesTo(ticket.priority(), ticket.category(), ticket.team(), ticket.organization(), ticket.channel()))
                .findFirst()
                .orElse(null);
    }
}

package org.bilet.routing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import org.bilet.people.Roles;

/**
 * The timeout pass: automatic assignments that nobody took in time go back to the team queue and
 * on to the next agent. Runs as Bilet (see {@link TimeoutTimer}); tests call {@link #expireDue()}
 * after moving the clock.
 */
@Stateless
@RolesAllowed(Roles.SYSTEM)
public class AssignmentTimeouts {

    /** Enough for one minute's pass; what is left waits for the next one. */
    static final int MAX_PER_PASS = 500;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    OfferExpiry expiry;

    /** Returns the offers that expired; each in its own transaction, so one failure stops no other. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int expireDue() {
        var now = clock.instant();
        var due = em.createNamedQuery(AssignmentOffer.DUE, Long.class)
                .setParameter("now", now)
                .setMaxResults(MAX_PER_PASS)
                .getResultList();
        var expired = 0;
        for (var ticketId : due) {
            if (expiry.expire(ticketId, now)) {
                expired++;
            }
        }
        return expired;
    }
}

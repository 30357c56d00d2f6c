package org.bilet.routing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.logging.Logger;
import org.bilet.people.Roles;
import org.bilet.tickets.Actors;
import org.bilet.tickets.SystemTicketDesk;
import org.bilet.tickets.Ticket;
import org.bilet.tickets.TicketChanges;

/** Expires one offer: the ticket returns to the team queue and is offered to the next agent. */
@Stateless
@RolesAllowed(Roles.SYSTEM)
public class OfferExpiry {

    private static final Logger LOG = Logger.getLogger(OfferExpiry.class.getName());

    @Inject
    EntityManager em;

    @Inject
    Actors actors;

    @Inject
    QueueRouter router;

    @Inject
    AvailabilityRecords availability;

    @EJB
    SystemTicketDesk desk;

    /**
     * REQUIRES_NEW: each ticket commits on its own, so a failing one does not undo the others
     * of the pass. Rows are locked ticket first, then offer (the order every ticket change takes
     * them), and the offer is checked again under the lock, so a ticket never expires twice.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean expire(long ticketId, Instant now) {
        var ticket = em.find(Ticket.class, ticketId, LockModeType.PESSIMISTIC_WRITE);
        var offer = em.find(AssignmentOffer.class, ticketId, LockModeType.PESSIMISTIC_WRITE);
        if (ticket == null || offer == null || !offer.isDue(now)) {
            return false;
        }
        var agentId = offer.agentId();
        offer.close();
        if (ticket.assignee() == null || !ticket.assignee().id().equals(agentId) || ticket.status().isDone()) {
            return false;
        }
        var bilet = actors.system();
        desk.change(bilet, ticket.number().value(), ticket.version(), TicketChanges.none().unassigned());
        if (availability.of(agentId, bilet.at()).timedOut(bilet.at())) {
            LOG.info(() -> "Agent #" + agentId + " is set away: " + AgentAvailability.TIMEOUTS_BEFORE_AWAY
                    + " automatic assignments in a row timed out.");
        }
        router.route(ticket, agentId);
        return true;
    }
}

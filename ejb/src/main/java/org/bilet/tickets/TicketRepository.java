package org.bilet.tickets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.bilet.people.User;
import org.bilet.platform.ResourceNotFoundException;

/** Finds a ticket for a viewer; a ticket the viewer may not see is as unknown as a missing one. */
@ApplicationScoped
public class TicketRepository {

    @Inject
    EntityManager em;

    public Ticket visibleTo(User viewer, String number) {
        return find(viewer, number, Ticket.BY_NUMBER_FOR_READING, LockModeType.NONE);
    }

    /**
     * Fails unless the viewer may see the ticket, leaving nothing in the persistence context, so
     * that a later {@link #lockedForChange} reads the row afresh.
     */
    public void checkVisible(User viewer, String number) {
        em.detach(visibleTo(viewer, number));
    }

    /** The ticket with its row locked until the transaction ends, so changes to it serialize. */
    public Ticket lockedForChange(User viewer, String number) {
        return find(viewer, number, Ticket.BY_NUMBER, LockModeType.PESSIMISTIC_WRITE);
    }

    private Ticket find(User viewer, String number, String query, LockModeType lock) {
        var parsed = TicketNumber.parse(number);
        return em.createNamedQuery(query, Ticket.class)
                .setParameter("number", parsed)
                .setLockMode(lock)
                .getResultStream()
                .filter(ticket -> ticket.isVisibleTo(viewer))
                .findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("There is no ticket " + parsed + " that you can see."));
    }

    /** Persists what the unit of work recorded in the ticket's history. */
    public void saveHistory(Ticket ticket) {
        ticket.takeNewEvents().forEach(em::persist);
    }
}

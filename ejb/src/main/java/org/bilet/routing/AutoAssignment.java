package org.bilet.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.bilet.tickets.Ticket;
import org.bilet.tickets.TicketField;
import org.bilet.tickets.events.FieldChanged;
import org.bilet.tickets.events.TicketOpened;
import org.bilet.tickets.events.TicketRef;

/**
 * Routes a ticket when it lands in a team without an assignee: opened into a team (its category
 * routes there) or moved to another team. In the transaction of the change, so the caller's
 * answer already shows the assignee and a failure leaves neither.
 */
@ApplicationScoped
public class AutoAssignment {

    @Inject
    EntityManager em;

    @Inject
    QueueRouter router;

    void opened(@Observes TicketOpened opened) {
        if (opened.imported()) {
            return;
        }
        route(opened.ticket());
    }

    void teamChanged(@Observes FieldChanged changed) {
        if (TicketField.TEAM.equals(changed.field()) && changed.newValue() != null && !changed.imported()) {
            route(changed.ticket());
        }
    }

    private void route(TicketRef ref) {
        // The managed ticket of the change; the router saves what it does through the repository.
        var ticket = em.find(Ticket.class, ref.id());
        if (ticket != null) {
            router.route(ticket, null);
        }
    }
}

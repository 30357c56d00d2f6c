package org.bilet.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.bilet.people.User;
import org.bilet.tickets.Ticket;
import org.bilet.tickets.TicketField;
import org.bilet.tickets.events.FieldChanged;
import org.bilet.tickets.events.TicketChange;

/**
 * Closes an automatic assignment's offer when the agent takes the ticket (any change, reply or
 * note of theirs), or when someone else makes it moot (another assignee, or the ticket done).
 */
@ApplicationScoped
public class OfferWatch {

    @Inject
    EntityManager em;

    @Inject
    AvailabilityRecords availability;

    void changed(@Observes TicketChange change) {
        // An open offer is made to the ticket's assignee, and an unassignment closes it: a ticket
        // without an assignee has none to look for, unless this very change took the assignee away.
        var ticket = em.find(Ticket.class, change.ticket().id());
        if (ticket == null || ticket.assignee() == null && !isAssigneeChange(change)) {
            return;
        }
        var offer = em.find(AssignmentOffer.class, change.ticket().id());
        if (offer == null || !offer.isOpen()) {
            return;
        }
        if (!change.by().system() && isOfferedAgent(offer, change.by().username())) {
            offer.close();
            availability.of(offer.agentId(), change.at()).took();
            return;
        }
        // Judged by the ticket as it now is, not by the event: the events of the change that led
        // to the offer arrive after it was made.
        if (ticket.assignee() == null || !ticket.assignee().id().equals(offer.agentId()) || ticket.status().isDone()) {
            offer.close();
        }
    }

    private static boolean isAssigneeChange(TicketChange change) {
        return change instanceof FieldChanged changed && TicketField.ASSIGNEE.equals(changed.field());
    }

    private boolean isOfferedAgent(AssignmentOffer offer, String username) {
        var agent = em.find(User.class, offer.agentId());
        return agent != null && agent.username().equals(username);
    }
}

package org.bilet.tickets.contacts;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.bilet.people.Roles;
import org.bilet.tickets.Actors;
import org.bilet.tickets.TicketRepository;
import org.bilet.tickets.TicketVisibility;

/**
 * Calls and chats on a ticket: staff log them (from the ticket screen, or a phone system or chat
 * widget with a staff token), everyone who may see the ticket reads them, requesters without the
 * internal ones. Logging locks the ticket row like a reply, records the contact in history and
 * publishes it ({@code ContactLogged}) in the same transaction.
 */
@Stateless
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
public class ContactLog {

    @Inject
    EntityManager em;

    @Inject
    Actors actors;

    @Inject
    TicketRepository tickets;

    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    public ContactDetails log(@NotNull String number, @NotNull NewContact contact) {
        var actor = actors.current();
        var checked = ContactCheck.check(contact, actor.at());
        var ticket = tickets.lockedForChange(actor.user(), number);
        var logged = new TicketContact(ticket, checked, actor);
        em.persist(logged);
        ticket.recordContact(checked.kind().historyField(), logged.id(), logged.describe(), logged.internal(), actor);
        tickets.saveChanges(ticket);
        return ContactDetails.of(logged);
    }

    /** The ticket's calls and chats in the order they happened; without the internal ones for requesters. */
    public List<ContactDetails> list(@NotNull String number) {
        var viewer = actors.currentUser();
        var ticket = tickets.visibleTo(viewer, number);
        return em.createNamedQuery(TicketContact.OF_TICKET, TicketContact.class)
                .setParameter("ticket", ticket)
                .setParameter("withInternal", TicketVisibility.of(viewer).seesInternal())
                .getResultStream().map(ContactDetails::of).toList();
    }
}

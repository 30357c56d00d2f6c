package org.bilet.tickets.conversations;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.NotNull;
import org.bilet.people.Roles;
import org.bilet.platform.InvalidInputException;
import org.bilet.platform.StaleVersionException;
import org.bilet.tickets.Actors;
import org.bilet.tickets.TicketDetails;
import org.bilet.tickets.TicketFinder;
import org.bilet.tickets.TicketRepository;
import org.bilet.tickets.attachments.Attachment;

/**
 * Staff merge a ticket into another: in one transaction the source's messages and files move to the
 * target, its requester becomes a watcher of the target, the source is CLOSED naming the target, and
 * both histories say so. Saved through {@code saveChanges}, so the requester's mail (a merge notice),
 * the search index, SLA clocks and the reports' facts hear of both tickets.
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
public class Merges {

    @Inject
    EntityManager em;

    @Inject
    Actors actors;

    @Inject
    TicketRepository tickets;

    @EJB
    TicketFinder finder;

    /** Merges ticket {@code number} into {@code request.into()}; answers the target as it is now. */
    public TicketDetails merge(@NotNull String number, MergeRequest request) {
        if (request == null) {
            throw InvalidInputException.of("into", "Send {\"into\": \"BIL-000123\"}: the ticket to merge into.");
        }
        var actor = actors.current();
        var pair = LockedPair.lock(tickets, actor.user(), number, request.into(), "into", "A ticket cannot be merged into itself.");
        var source = pair.named();
        var target = pair.other();
        if (request.version() != null && request.version() != source.version()) {
            throw new StaleVersionException("Ticket " + source.number() + " was changed by someone else (it is now at version "
                    + source.version() + ", you had version " + request.version() + "); reload it and try again.", source.version());
        }
        var files = em.createNamedQuery(Attachment.OF_TICKET, Attachment.class)
                .setParameter("ticket", source)
                .setParameter("withInternal", true)
                .getResultList();
        source.mergeInto(target, files, actor).ifPresent(em::persist);
        tickets.saveChanges(target);
        tickets.saveChanges(source);
        em.flush();
        return finder.find(target.number().value());
    }
}

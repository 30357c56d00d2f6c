package org.bilet.tickets.conversations;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.NotNull;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.bilet.people.Roles;
import org.bilet.platform.InvalidInputException;
import org.bilet.platform.ResourceNotFoundException;
import org.bilet.tickets.Actors;
import org.bilet.tickets.TicketRepository;
import org.bilet.tickets.TicketVisibility;

/**
 * Links between tickets: related, duplicate of / has duplicate, parent of / child of. Staff make and
 * remove them, both tickets' histories say so (staff only), and both show the link; a requester
 * sees only the links to tickets they may see themselves.
 */
@Stateless
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
public class TicketLinks {

    @Inject
    EntityManager em;

    @Inject
    Actors actors;

    @Inject
    TicketRepository tickets;

    @Inject
    LinkWork work;

    /** The ticket's links as it sees them, oldest first; for requesters only to tickets they may see. */
    public List<LinkInfo> list(@NotNull String number) {
        var viewer = actors.currentUser();
        return work.linksOf(tickets.visibleTo(viewer, number), TicketVisibility.of(viewer));
    }

    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    public List<LinkInfo> link(@NotNull String number, NewLink request) {
        if (request == null) {
            throw InvalidInputException.of("type", "Send the link as {\"type\": \"RELATED\", \"number\": \"BIL-000123\"}.");
        }
        var type = typeOf(request.type());
        var actor = actors.current();
        var pair = LockedPair.lock(tickets, actor.user(), number, request.number(), "number", "A ticket cannot be linked to itself.");
        var from = pair.named();
        var to = pair.other();
        work.link(from, type, to, actor);
        return work.linksOf(from, TicketVisibility.of(actor.user()));
    }

    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    public List<LinkInfo> unlink(@NotNull String number, @NotNull String other) {
        var actor = actors.current();
        var pair = LockedPair.lock(tickets, actor.user(), number, other, "number", "A ticket has no link to itself.");
        var from = pair.named();
        var to = pair.other();
        var links = work.between(from, to);
        if (links.isEmpty()) {
            throw new ResourceNotFoundException(from.number() + " has no link to " + to.number() + ".");
        }
        for (var link : links) {
            var type = link.typeFrom(from);
            em.remove(link);
            from.recordLink(null, type.describe(to.number().value()), actor);
            to.recordLink(null, type.inverse().describe(from.number().value()), actor);
        }
        tickets.saveChanges(from);
        tickets.saveChanges(to);
        return work.linksOf(from, TicketVisibility.of(actor.user()));
    }

    static LinkType typeOf(String name) {
        var types = Arrays.stream(LinkType.values()).map(Enum::name).toList();
        if (name == null || name.isBlank()) {
            throw InvalidInputException.of("type", "Say how the tickets relate: one of " + String.join(", ", types) + ".");
        }
        var normalized = name.strip().toUpperCase(Locale.ROOT);
        if (!types.contains(normalized)) {
            throw InvalidInputException.of("type", "type must be one of " + String.join(", ", types) + ".");
        }
        return LinkType.valueOf(normalized);
    }
}

package org.bilet.tickets.conversations;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.bilet.platform.DuplicateException;
import org.bilet.tickets.Actor;
import org.bilet.tickets.Ticket;
import org.bilet.tickets.TicketRepository;
import org.bilet.tickets.TicketVisibility;

/** Making and reading links, for the services of this package that have the tickets locked. */
@Dependent
class LinkWork {

    @Inject
    EntityManager em;

    @Inject
    TicketRepository tickets;

    /** Links two locked tickets and records it in both histories. */
    void link(Ticket from, LinkType type, Ticket to, Actor actor) {
        if (!between(from, to).isEmpty()) {
            throw DuplicateException.of("number", from.number() + " and " + to.number() + " are already linked; remove that link first.");
        }
        em.persist(new TicketLink(from, type, to, actor));
        from.recordLink(type.describe(to.number().value()), null, actor);
        to.recordLink(type.inverse().describe(from.number().value()), null, actor);
        tickets.saveChanges(from);
        tickets.saveChanges(to);
    }

    List<TicketLink> between(Ticket a, Ticket b) {
        return em.createNamedQuery(TicketLink.BETWEEN, TicketLink.class).setParameter("a", a).setParameter("b", b).getResultList();
    }

    /** The ticket's links as it sees them, oldest first, only to tickets the viewer may see. */
    List<LinkInfo> linksOf(Ticket ticket, TicketVisibility visibility) {
        return em.createNamedQuery(TicketLink.OF_TICKET, TicketLink.class)
                .setParameter("ticket", ticket)
                .getResultStream()
                .filter(link -> visibility.allows(link.other(ticket)))
                .map(link -> {
                    var other = link.other(ticket);
                    return new LinkInfo(link.typeFrom(ticket), other.number().value(), other.subject(), other.status());
                })
                .toList();
    }
}

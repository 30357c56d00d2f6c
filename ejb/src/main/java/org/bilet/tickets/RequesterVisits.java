package org.bilet.tickets;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bilet.people.Roles;
import org.hibernate.query.NativeQuery;

/**
 * When each requester last opened their tickets on the portal, so that the portal marks the ones
 * staff answered since. Only the requester's own visits count: staff or a colleague reading the
 * ticket leave no mark. Kept apart from the ticket, so a visit neither moves its version nor
 * empties a cache of tickets.
 */
@Stateless
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
public class RequesterVisits {

    @Inject
    EntityManager em;

    @Inject
    Actors actors;

    @Inject
    TicketRepository tickets;

    @Inject
    Clock clock;

    /** The caller opened the ticket: when it is theirs, what staff wrote so far counts as read. */
    public void seen(@NotNull String number) {
        var me = actors.currentUser();
        var ticket = tickets.visibleTo(me, number);
        if (ticket.requester() == null || !ticket.requester().username().equals(me.username())) {
            return;
        }
        em.createNativeQuery("insert into requester_visit (ticket_id, seen_at) values (?1, ?2)"
                        + " on duplicate key update seen_at = greatest(seen_at, values(seen_at))")
                .setParameter(1, ticket.id()).setParameter(2, clock.instant())
                .unwrap(NativeQuery.class).addSynchronizedEntityClass(RequesterVisit.class)
                .executeUpdate();
    }

    /** When the caller last opened each of these tickets of theirs; tickets never opened are left out. */
    public Map<String, Instant> lastSeen(@NotNull List<String> numbers) {
        var seen = new HashMap<String, Instant>();
        if (numbers.isEmpty()) {
            return seen;
        }
        var parsed = numbers.stream().map(TicketNumber::parse).toList();
        em.createNamedQuery(RequesterVisit.OF_REQUESTER, Object[].class)
                .setParameter("requester", actors.currentUser()).setParameter("numbers", parsed)
                .getResultStream().forEach(row -> seen.put(((TicketNumber) row[0]).value(), (Instant) row[1]));
        return seen;
    }
}

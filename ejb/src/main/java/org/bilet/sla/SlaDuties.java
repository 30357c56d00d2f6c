package org.bilet.sla;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.bilet.people.Roles;
import org.bilet.tickets.Actors;
import org.bilet.tickets.SystemTicketDesk;
import org.bilet.tickets.Ticket;
import org.bilet.tickets.TicketChanges;
import org.bilet.tickets.TicketRepository;
import org.bilet.tickets.TicketStatus;

/**
 * What falls due with time, one ticket per transaction so that one failure stops nothing else and
 * each ticket's row lock is held briefly: announcing warnings and breaches, waking snoozed tickets
 * and closing resolved ones the requester left unanswered. Each finds its tickets by an index.
 */
@Stateless
@RolesAllowed(Roles.SYSTEM)
public class SlaDuties {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Actors actors;

    @Inject
    TicketRepository tickets;

    @Inject
    SlaKeeper keeper;

    @EJB
    SystemTicketDesk desk;

    public enum Duty { ALERT, WAKE, AUTO_CLOSE }

    /** The ids of tickets with the duty due at {@code now}, soonest first, at most {@code limit}. */
    public List<Long> due(Duty duty, Instant now, int limit) {
        var query = switch (duty) {
            case ALERT -> "select t.id from Ticket t where t.sla.alertAt <= :now order by t.sla.alertAt";
            case WAKE -> "select t.id from Ticket t where t.snoozedUntil <= :now and t.status = org.bilet.tickets.TicketStatus.ON_HOLD order by t.snoozedUntil";
            case AUTO_CLOSE -> "select t.id from Ticket t where t.sla.autoCloseAt <= :now order by t.sla.autoCloseAt";
        };
        return em.createQuery(query, Long.class).setParameter("now", now).setMaxResults(limit).getResultList();
    }

    /**
     * Records each warning and breach due on these tickets, once: the tickets' row locks serialize
     * passes. One transaction for a batch, since a commit costs more than an alert.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int alert(List<Long> ticketIds) {
        // One locking read for the batch, not one per ticket, in id order as every pass takes them;
        // with the tickets in one persistence context, their tags are then fetched in batches too.
        var locked = em.createQuery("select t from Ticket t where t.id in :ids order by t.id", Ticket.class)
                .setParameter("ids", ticketIds)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        int raised = 0;
        for (var ticket : locked) {
            raised += alertOne(ticket);
        }
        return raised;
    }

    private int alertOne(Ticket ticket) {
        var raised = ticket.slaToKeep().raiseDue(clock.instant());
        var bilet = actors.system();
        raised.forEach(r -> ticket.recordSla(r.promise().field(), r.before(), r.after(), bilet));
        keeper.saveMoves(ticket);
        tickets.saveChanges(ticket);
        return raised.size();
    }

    /** Ends a snooze that has run out: the ticket is back to work, and its promises run again. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean wake(Long ticketId) {
        var ticket = em.find(Ticket.class, ticketId, LockModeType.PESSIMISTIC_WRITE);
        if (ticket.status() != TicketStatus.ON_HOLD || ticket.snoozedUntil() == null
                || ticket.snoozedUntil().isAfter(clock.instant())) {
            return false;
        }
        desk.change(actors.system(), ticket.number().value(), ticket.version(), TicketChanges.none().withStatus(TicketStatus.OPEN));
        return true;
    }

    /** Closes a resolved ticket whose requester neither confirmed nor reopened it in time; the resolution stays. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean autoClose(Long ticketId) {
        var ticket = em.find(Ticket.class, ticketId, LockModeType.PESSIMISTIC_WRITE);
        var closeAt = ticket.sla().autoCloseAt();
        if (ticket.status() != TicketStatus.RESOLVED || closeAt == null || closeAt.isAfter(clock.instant())) {
            return false;
        }
        desk.change(actors.system(), ticket.number().value(), ticket.version(), TicketChanges.none().withStatus(TicketStatus.CLOSED));
        return true;
    }
}

package org.bilet.reports.kpi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Set;
import org.bilet.demo.DemoLoaded;
import org.bilet.tickets.TicketStatus;
import org.bilet.tickets.events.MessagePosted;
import org.bilet.tickets.events.StatusMoved;
import org.bilet.tickets.events.TicketOpened;

/**
 * Keeps each ticket's row of {@code ticket_fact} (staff's public replies, reopenings) and the log
 * of reopenings current, in the transaction of the change: a change that rolls back leaves no
 * count behind. One upsert per event, so concurrent changes to a ticket add up rather than overwrite.
 */
@ApplicationScoped
public class TicketFacts {

    private static final Set<TicketStatus> DONE = Set.of(TicketStatus.RESOLVED, TicketStatus.CLOSED);

    @Inject
    EntityManager em;

    void opened(@Observes TicketOpened opened) {
        em.createNativeQuery("insert ignore into ticket_fact (ticket_id) values (:ticket)")
                .setParameter("ticket", opened.ticket().id()).executeUpdate();
    }

    void replied(@Observes MessagePosted posted) {
        if (!posted.internal() && posted.by().staff() && !posted.by().system()) {
            em.createNativeQuery("""
                            insert into ticket_fact (ticket_id, staff_replies) values (:ticket, 1)
                            on duplicate key update staff_replies = staff_replies + 1""")
                    .setParameter("ticket", posted.ticket().id()).executeUpdate();
        }
    }

    void moved(@Observes StatusMoved moved) {
        if (DONE.contains(moved.from()) && !DONE.contains(moved.to())) {
            em.createNativeQuery("""
                            insert into ticket_fact (ticket_id, reopens) values (:ticket, 1)
                            on duplicate key update reopens = reopens + 1""")
                    .setParameter("ticket", moved.ticket().id()).executeUpdate();
            em.createNativeQuery("insert ignore into ticket_reopen (ticket_id, reopened_at) values (:ticket, :at)")
                    .setParameter("ticket", moved.ticket().id()).setParameter("at", moved.at()).executeUpdate();
        }
    }

    /** The demo writes its history as the past, unpublished: its tickets' figures are counted from that history. */
    void demoLoaded(@Observes DemoLoaded loaded) {
        em.createNativeQuery("""
                insert into ticket_fact (ticket_id, staff_replies, reopens)
                select t.id,
                       (select count(*) from ticket_message m
                        where m.ticket_id = t.id and m.internal = false
                          and exists (select 1 from user_role r where r.user_id = m.author_id and r.role <> 'REQUESTER')),
                       (select count(*) from ticket_event e
                        where e.ticket_id = t.id and e.field = 'status' and e.old_value in ('RESOLVED', 'CLOSED')
                          and e.new_value not in ('RESOLVED', 'CLOSED'))
                from ticket t where not exists (select 1 from ticket_fact f where f.ticket_id = t.id)""").executeUpdate();
        em.createNativeQuery("""
                insert ignore into ticket_reopen (ticket_id, reopened_at)
                select e.ticket_id, e.occurred_at from ticket_event e
                where e.field = 'status' and e.old_value in ('RESOLVED', 'CLOSED') and e.new_value not in ('RESOLVED', 'CLOSED')""")
                .executeUpdate();
    }
}

package org.bilet.reports.kpi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Set;
import org.bilet.demo.DemoLoaded;
import org.bilet.tickets.TicketField;
import org.bilet.tickets.TicketStatus;
import org.bilet.tickets.events.ChangesSaved;
import org.bilet.tickets.events.FieldChanged;
import org.bilet.tickets.events.MessagePosted;
import org.bilet.tickets.events.StatusMoved;
import org.bilet.tickets.events.TicketOpened;

/**
 * Keeps each ticket's row of {@code ticket_fact} current in the transaction of its changes: once
 * per unit of work ({@link ChangesSaved}) the row takes the ticket's columns the KPIs read, and adds
 * the unit's public staff replies and reopenings to its counts; each reopening is also logged with
 * its time, and the ticket's tags are copied when it opens or is retagged. A change that rolls back leaves nothing behind; concurrent changes add up.
 */
@ApplicationScoped
public class TicketFacts {

    private static final Set<TicketStatus> DONE = Set.of(TicketStatus.RESOLVED, TicketStatus.CLOSED);

    /** The ticket's columns the KPIs read, in {@code ticket_fact}'s and {@code ticket}'s names alike. */
    private static final String COLUMNS = """
            created_at, first_response_at, resolved_at, closed_at, unresolved, channel, team_id, category_id, priority_id,
            organization_id, assignee_id, first_response_phase, first_response_target_ms, first_response_consumed_ms,
            first_response_late, resolution_phase, resolution_target_ms, resolution_consumed_ms, resolution_late""";

    /** Each of them taken from the ticket's row on every change. */
    private static final String TAKEN = String.join(", ", java.util.Arrays.stream(COLUMNS.split(","))
            .map(String::strip).map(c -> c + " = values(" + c + ")").toList());

    @Inject
    EntityManager em;

    void saved(@Observes ChangesSaved saved) {
        long replies = saved.changes().stream()
                .filter(c -> c instanceof MessagePosted m && !m.internal() && m.by().staff() && !m.by().system()).count();
        var reopenings = saved.changes().stream()
                .filter(c -> c instanceof StatusMoved s && DONE.contains(s.from()) && !DONE.contains(s.to()))
                .toList();
        em.createNativeQuery("insert into ticket_fact (ticket_id, " + COLUMNS + ", staff_replies, reopens)"
                        + " select id, " + COLUMNS + ", :replies, :reopens from ticket where id = :ticket"
                        + " on duplicate key update " + TAKEN + ", staff_replies = staff_replies + :replies,"
                        + " reopens = reopens + :reopens")
                .setParameter("ticket", saved.ticket().id())
                .setParameter("replies", replies)
                .setParameter("reopens", reopenings.size())
                .executeUpdate();
        for (var reopening : reopenings) {
            em.createNativeQuery("insert ignore into ticket_reopen (ticket_id, reopened_at) values (:ticket, :at)")
                    .setParameter("ticket", saved.ticket().id()).setParameter("at", reopening.at()).executeUpdate();
        }
        if (saved.changes().stream().anyMatch(c -> c instanceof TicketOpened
                || c instanceof FieldChanged f && TicketField.TAGS.equals(f.field()))) {
            copyTags(saved.ticket().id());
        }
    }

    private void copyTags(long ticket) {
        em.createNativeQuery("delete from ticket_fact_tag where ticket_id = :ticket").setParameter("ticket", ticket).executeUpdate();
        em.createNativeQuery("""
                        insert into ticket_fact_tag (ticket_id, tag, created_at)
                        select g.ticket_id, g.tag, t.created_at from ticket_tag g join ticket t on t.id = g.ticket_id
                        where g.ticket_id = :ticket""")
                .setParameter("ticket", ticket).executeUpdate();
    }

    /** The demo writes its history as the past, unpublished: its tickets' facts are read from that history. */
    void demoLoaded(@Observes DemoLoaded loaded) {
        em.createNativeQuery("insert into ticket_fact (ticket_id, " + COLUMNS + ", staff_replies, reopens)"
                + " select t.id, " + COLUMNS.replaceAll("(\\w+)", "t.$1") + ","
                + """
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
        em.createNativeQuery("""
                insert ignore into ticket_fact_tag (ticket_id, tag, created_at)
                select g.ticket_id, g.tag, t.created_at from ticket_tag g join ticket t on t.id = g.ticket_id""").executeUpdate();
    }
}

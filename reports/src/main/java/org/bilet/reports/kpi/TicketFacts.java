package org.bilet.reports.kpi;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import org.bilet.demo.DemoLoaded;
import org.bilet.platform.NativeSql;
import org.bilet.tickets.Ticket;
import org.bilet.tickets.TicketField;
import org.bilet.tickets.TicketStatus;
import org.bilet.tickets.events.ChangesSaved;
import org.bilet.tickets.events.FieldChanged;
import org.bilet.tickets.events.MessagePosted;
import org.bilet.tickets.events.StatusMoved;
import org.bilet.tickets.events.TicketChange;
import org.bilet.tickets.events.TicketOpened;

/**
 * Keeps each ticket's row of {@code ticket_fact} current in the transaction of its changes. Each
 * unit of work ({@link ChangesSaved}) adds what it owes to {@link PendingFacts}; once, before the
 * transaction commits, each ticket's row takes the ticket's columns the KPIs read and adds the
 * public staff replies and reopenings to its counts, each reopening is logged with its time, and
 * the ticket's tags are copied when it opened or was retagged. One write per ticket and transaction,
 * however many automation rules saved changes in it; a change that rolls back leaves nothing
 * behind; concurrent changes add up.
 */
@ApplicationScoped
public class TicketFacts {

    private static final Set<TicketStatus> DONE = Set.of(TicketStatus.RESOLVED, TicketStatus.CLOSED);

    private static final String TICKET = "ticket";
    private static final String FACT = "ticket_fact";
    private static final String FACT_TAG = "ticket_fact_tag";
    private static final String REOPEN = "ticket_reopen";

    /** The ticket's columns the KPIs read, in {@code ticket_fact}'s and {@code ticket}'s names alike. */
    private static final String COLUMNS = """
            created_at, first_response_at, resolved_at, closed_at, unresolved, channel, team_id, category_id, priority_id,
            organization_id, assignee_id, first_response_phase, first_response_target_ms, first_response_consumed_ms,
            first_response_late, resolution_phase, resolution_target_ms, resolution_consumed_ms, resolution_late""";

    /** Each of them taken from the ticket's row ({@code t}) on every change. */
    private static final String FROM_TICKET = String.join(", ", java.util.Arrays.stream(COLUMNS.split(","))
            .map(String::strip).map(c -> "f." + c + " = t." + c).toList());

    @Inject
    EntityManager em;

    @Inject
    PendingFacts pending;

    @Inject
    Event<FactsDue> due;

    @Resource
    TransactionSynchronizationRegistry transaction;

    void saved(@Observes ChangesSaved saved) {
        long replies = saved.changes().stream()
                .filter(c -> c instanceof MessagePosted m && !m.internal() && m.by().staff() && !m.by().system()).count();
        var reopenings = saved.changes().stream()
                .filter(c -> c instanceof StatusMoved s && DONE.contains(s.from()) && !DONE.contains(s.to()))
                .map(TicketChange::at)
                .toList();
        boolean tagsChanged = saved.changes().stream().anyMatch(c -> c instanceof TicketOpened
                || c instanceof FieldChanged f && TicketField.TAGS.equals(f.field()));
        if (transaction.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            var now = new PendingFacts();
            now.add(saved.ticket().id(), replies, reopenings, tagsChanged);
            now.take().forEach(this::write);
        } else if (pending.add(saved.ticket().id(), replies, reopenings, tagsChanged)) {
            due.fire(new FactsDue());
        }
    }

    void beforeCommit(@Observes(during = TransactionPhase.BEFORE_COMPLETION) FactsDue facts) {
        pending.take().forEach(this::write);
    }

    private void write(PendingFacts.Due due) {
        // A plain read takes no lock. Then an update by the key locks the one row, where an upsert, or
        // an update of a row not there yet, would lock the gap in which concurrent openings insert theirs.
        var factExists = !NativeSql.over(em, "select 1 from ticket_fact where ticket_id = :ticket", FACT)
                .setParameter("ticket", due.ticketId).getResultList().isEmpty();
        var write = factExists
                ? NativeSql.over(em, "update ticket_fact f join ticket t on t.id = f.ticket_id set " + FROM_TICKET
                        + ", f.staff_replies = f.staff_replies + :replies, f.reopens = f.reopens + :reopens"
                        + " where f.ticket_id = :ticket", FACT, TICKET)
                : NativeSql.over(em, "insert into ticket_fact (ticket_id, " + COLUMNS + ", staff_replies, reopens)"
                        + " select id, " + COLUMNS + ", :replies, :reopens from ticket where id = :ticket", FACT, TICKET);
        write.setParameter("ticket", due.ticketId)
                .setParameter("replies", due.staffReplies)
                .setParameter("reopens", due.reopenings.size())
                .executeUpdate();
        for (var reopening : due.reopenings) {
            NativeSql.over(em, "insert ignore into ticket_reopen (ticket_id, reopened_at) values (:ticket, :at)", REOPEN)
                    .setParameter("ticket", due.ticketId).setParameter("at", reopening).executeUpdate();
        }
        if (due.tagsChanged) {
            copyTags(due.ticketId);
        }
    }

    /**
     * Brings the ticket's copied tags in line with its tags, row by row on their exact keys. A
     * range delete or an {@code insert … select} here would lock the gap after the newest ticket
     * in InnoDB, and concurrent openings that tag their tickets (a rule does) would deadlock on it.
     */
    private void copyTags(long ticketId) {
        var ticket = em.find(Ticket.class, ticketId);
        if (ticket == null) {
            return;
        }
        var copied = copiedTags(ticketId);
        var wanted = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        wanted.addAll(ticket.tags());
        for (var tag : copied) {
            if (!wanted.contains(tag)) {
                NativeSql.over(em, "delete from ticket_fact_tag where ticket_id = :ticket and tag = :tag", FACT_TAG)
                        .setParameter("ticket", ticketId).setParameter("tag", tag).executeUpdate();
            }
        }
        var added = wanted.stream().filter(tag -> !copied.contains(tag)).toList();
        if (!added.isEmpty()) {
            var rows = new StringJoiner(", ");
            for (int i = 0; i < added.size(); i++) {
                rows.add("(:ticket, :tag" + i + ", :created)");
            }
            var insert = NativeSql.over(em, "insert into ticket_fact_tag (ticket_id, tag, created_at) values " + rows, FACT_TAG, TICKET)
                    .setParameter("ticket", ticketId).setParameter("created", ticket.createdAt());
            for (int i = 0; i < added.size(); i++) {
                insert.setParameter("tag" + i, added.get(i));
            }
            insert.executeUpdate();
        }
    }

    @SuppressWarnings("unchecked")
    private Set<String> copiedTags(long ticketId) {
        var copied = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        copied.addAll(NativeSql.over(em, "select tag from ticket_fact_tag where ticket_id = :ticket", FACT_TAG)
                .setParameter("ticket", ticketId).getResultList());
        return copied;
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

package org.bilet.worklog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bilet.catalog.Priority;
import org.bilet.people.CurrentUser;
import org.bilet.people.Role;
import org.bilet.people.Roles;
import org.bilet.tickets.Ticket;
import org.bilet.tickets.TicketField;
import org.bilet.tickets.TicketFinder;
import org.bilet.tickets.Ticket_;
import org.bilet.people.User_;

/**
 * Each agent's workload for managers: one grouped query per figure, over the indexes that serve
 * it (open tickets by assignee, assignee changes by time, time entries by time); no ticket is
 * loaded. "Today" and "this week" (from Monday) are the reader's, in their time zone.
 */
@Stateless
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
public class Workload {

    private static final Set<Role> STAFF = Set.of(Role.AGENT, Role.MANAGER, Role.ADMIN);

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    public WorkloadReport now() {
        var zone = zoneOf(currentUser.get().timeZone());
        var now = clock.instant();
        var today = now.atZone(zone).toLocalDate();
        var dayStart = today.atStartOfDay(zone).toInstant();
        var weekStart = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(zone).toInstant();

        // Most urgent first, as a manager reads the columns.
        var priorities = new ArrayList<>(em.createNamedQuery(Priority.ALL, Priority.class).getResultList());
        Collections.reverse(priorities);
        var open = openByPriority();
        var atRisk = atRisk(now);
        var taken = takenSince(dayStart);
        var minutes = minutesSince(dayStart, weekStart);

        var agents = em.createQuery("""
                        select distinct u.id, u.username, u.firstName, u.lastName from User u join u.roles r
                        where r in :staff and u.active = true and u.systemAccount = false
                        order by u.firstName, u.lastName, u.username""", Object[].class)
                .setParameter("staff", STAFF)
                .getResultStream()
                .map(row -> {
                    var id = (Long) row[0];
                    var byCode = open.getOrDefault(id, Map.of());
                    var byPriority = new LinkedHashMap<String, Long>();
                    priorities.forEach(p -> byPriority.put(p.code(), byCode.getOrDefault(p.id(), 0L)));
                    var logged = minutes.getOrDefault(id, new long[2]);
                    return new AgentLoad((String) row[1], ((row[2] + " " + row[3])).strip(),
                            byPriority.values().stream().mapToLong(Long::longValue).sum(), byPriority,
                            atRisk.getOrDefault(id, 0L), taken.getOrDefault((String) row[1], 0L), logged[0], logged[1]);
                })
                .toList();
        return new WorkloadReport(now, zone.getId(), priorities.stream().map(Priority::code).toList(), agents);
    }

    /** Assignee id → priority id → unresolved tickets; reads the (assignee, unresolved, …) index and each row's priority. */
    private Map<Long, Map<Long, Long>> openByPriority() {
        var counts = new HashMap<Long, Map<Long, Long>>();
        em.createQuery("""
                        select t.assignee.id, t.priority.id, count(t) from Ticket t
                        where t.assignee is not null and t.unresolved = true
                        group by t.assignee.id, t.priority.id""", Object[].class)
                .getResultStream()
                .forEach(row -> counts.computeIfAbsent((Long) row[0], id -> new HashMap<>()).put((Long) row[1], (Long) row[2]));
        return counts;
    }

    /** Assignee id → tickets in the desk's AT_RISK queue, by the queue's own definition. */
    private Map<Long, Long> atRisk(Instant now) {
        var cb = em.getCriteriaBuilder();
        var query = cb.createQuery(Object[].class);
        var t = query.from(Ticket.class);
        var assignee = t.get(Ticket_.assignee).get(User_.id);
        query.multiselect(assignee, cb.count(t))
                .where(cb.isNotNull(t.get(Ticket_.assignee)), TicketFinder.atRisk(cb, t, now))
                .groupBy(assignee);
        var counts = new HashMap<Long, Long>();
        em.createQuery(query).getResultStream().forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    /** Username → tickets assigned to them since the moment, from history (they may have passed some on since). */
    private Map<String, Long> takenSince(Instant since) {
        var counts = new HashMap<String, Long>();
        em.createQuery("""
                        select e.newValue, count(distinct e.ticket.id) from TicketEvent e
                        where e.field = :assignee and e.occurredAt >= :since and e.newValue is not null
                        group by e.newValue""", Object[].class)
                .setParameter("assignee", TicketField.ASSIGNEE)
                .setParameter("since", since)
                .getResultStream()
                .forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }

    /** Agent id → {minutes since the day began, minutes since the week began}. */
    private Map<Long, long[]> minutesSince(Instant dayStart, Instant weekStart) {
        var minutes = new HashMap<Long, long[]>();
        em.createQuery("""
                        select e.agent.id,
                               sum(case when e.loggedAt >= :dayStart then e.minutes else 0 end),
                               sum(e.minutes)
                        from TimeEntry e where e.loggedAt >= :weekStart
                        group by e.agent.id""", Object[].class)
                .setParameter("dayStart", dayStart)
                .setParameter("weekStart", weekStart)
                .getResultStream()
                .forEach(row -> minutes.put((Long) row[0], new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()}));
        return minutes;
    }

    private static ZoneId zoneOf(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException | NullPointerException unknown) {
            return ZoneOffset.UTC;
        }
    }
}

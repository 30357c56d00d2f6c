package org.bilet.reports.kpi;

import static org.bilet.reports.kpi.KpiSql.asId;
import static org.bilet.reports.kpi.KpiSql.asLong;

import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The tickets resolved in the period, read in one pass and counted by assignee, team and category:
 * what the quality, SLA, per-agent and resolution-time figures add up (a year is half a million
 * rows, so each further pass would cost as much as this one).
 */
record Resolutions(List<Group> groups) {

    /**
     * One assignee's, team's and category's resolved tickets: how many, how many were ever reopened,
     * their public staff replies, the one-touch ones; those with a resolution target (measured), met in
     * time, breached (either promise kept late); those whose SLA clock stopped on resolution (clocked).
     */
    record Group(Long assignee, Long team, Long category, long resolved, long reopened, long staffReplies, long oneTouch,
                 long measured, long met, long breached, long clocked) {
    }

    static Resolutions of(KpiSql sql) {
        return new Resolutions(sql.rows("""
                        select t.assignee_id, t.team_id, t.category_id, count(*), sum(t.reopens > 0), sum(t.staff_replies),
                               sum(t.staff_replies = 1 and t.reopens = 0),
                               sum(t.resolution_phase = 'STOPPED' and t.resolution_target_ms is not null),
                               sum(t.resolution_phase = 'STOPPED' and t.resolution_target_ms is not null and t.resolution_late = false),
                               sum(t.resolution_phase = 'STOPPED' and t.resolution_target_ms is not null
                                   and (t.resolution_late = true or t.first_response_late = true)),
                               sum(""" + DurationQuery.RESOLUTION.clocked() + """
                        ) from ticket_fact t
                        where t.resolved_at >= :start and t.resolved_at < :end {scope}
                        group by t.assignee_id, t.team_id, t.category_id""").stream()
                .map(r -> new Group(asId(r[0]), asId(r[1]), asId(r[2]), asLong(r[3]), asLong(r[4]), asLong(r[5]), asLong(r[6]),
                        asLong(r[7]), asLong(r[8]), asLong(r[9]), asLong(r[10])))
                .toList());
    }

    long sum(ToLongFunction<Group> figure) {
        return groups.stream().mapToLong(figure).sum();
    }

    /** Whether every resolution of the period has its business time. */
    boolean allClocked() {
        return sum(Group::clocked) == sum(Group::resolved);
    }
}

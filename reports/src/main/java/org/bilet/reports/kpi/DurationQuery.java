package org.bilet.reports.kpi;

import static org.bilet.reports.kpi.KpiSql.asId;
import static org.bilet.reports.kpi.KpiSql.asLong;

import java.util.HashMap;
import java.util.Map;
import org.bilet.reports.kpi.KpiReport.Durations;
import org.bilet.reports.kpi.KpiReport.TimeBasis;

/**
 * First response and resolution times, in whole minutes. In business hours when every measured
 * ticket's SLA clock stopped on the event (the clock's consumed time leaves out nights, weekends,
 * holidays and pauses), otherwise in wall-clock time from creation for all of them, so that one
 * report never mixes both.
 */
enum DurationQuery {

    FIRST_RESPONSE("t.first_response_at", "t.first_response_phase", "t.first_response_consumed_ms"),
    RESOLUTION("t.resolved_at", "t.resolution_phase", "t.resolution_consumed_ms");

    /** Bounds of the distribution's buckets, in hours. */
    static final double[] BOUNDS = {1, 4, 8, 24, 72, 168};

    /** The times of all measured tickets and of each assignee's. */
    record Measured(Durations all, Map<Long, Double> medianByAssignee) {
    }

    private final String at;
    private final String phase;
    private final String consumed;

    DurationQuery(String at, String phase, String consumed) {
        this.at = at;
        this.phase = phase;
        this.consumed = consumed;
    }

    /** SQL true for a measured ticket whose SLA clock stopped on the event, so that its business time is known. */
    String clocked() {
        return phase + " = 'STOPPED' and " + consumed + " is not null";
    }

    /** The measure of one ticket {@code t}, in minutes of the basis, rounded to the nearest. */
    String minutes(TimeBasis basis) {
        return basis == TimeBasis.BUSINESS_HOURS
                ? "round(" + consumed + " / 60000)"
                : "round(timestampdiff(second, t.created_at, " + at + ") / 60)";
    }

    /** The tickets measured: those whose event fell in the period. */
    String measured() {
        return "from ticket_fact t where " + at + " >= :start and " + at + " < :end {scope}";
    }

    /** One pass: the measured tickets counted by assignee and minute. */
    Measured of(KpiSql sql, TimeBasis basis) {
        var all = new MinuteCounts();
        var byAssignee = new HashMap<Long, MinuteCounts>();
        sql.rows("select t.assignee_id, " + minutes(basis) + " as m, count(*) " + measured() + " group by t.assignee_id, m")
                .forEach(r -> {
                    all.add(asLong(r[1]), asLong(r[2]));
                    var assignee = asId(r[0]);
                    if (assignee != null) {
                        byAssignee.computeIfAbsent(assignee, a -> new MinuteCounts()).add(asLong(r[1]), asLong(r[2]));
                    }
                });
        var medians = new HashMap<Long, Double>();
        byAssignee.forEach((assignee, counts) -> medians.put(assignee, counts.percentileHours(0.5)));
        return new Measured(all.durations(), medians);
    }
}

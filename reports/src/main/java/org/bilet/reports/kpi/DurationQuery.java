package org.bilet.reports.kpi;

import static org.bilet.reports.kpi.KpiSql.asDouble;
import static org.bilet.reports.kpi.KpiSql.asLong;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bilet.reports.kpi.KpiReport.Bucket;
import org.bilet.reports.kpi.KpiReport.Durations;
import org.bilet.reports.kpi.KpiReport.TimeBasis;

/**
 * First response and resolution times. In business hours when every measured ticket's SLA clock
 * stopped on the event (the clock's consumed time leaves out nights, weekends, holidays and pauses),
 * otherwise in wall-clock hours from creation for all of them, so that one report never mixes both.
 */
enum DurationQuery {

    FIRST_RESPONSE("t.first_response_at", "t.first_response_phase", "t.first_response_consumed_ms"),
    RESOLUTION("t.resolved_at", "t.resolution_phase", "t.resolution_consumed_ms");

    /** Bounds of the distribution's buckets, in hours. */
    static final double[] BOUNDS = {1, 4, 8, 24, 72, 168};

    private final String at;
    private final String phase;
    private final String consumed;

    DurationQuery(String at, String phase, String consumed) {
        this.at = at;
        this.phase = phase;
        this.consumed = consumed;
    }

    /** Whether every ticket this measures in the period had its SLA clock stopped by the event. */
    boolean clocked(KpiSql sql) {
        var row = sql.row("select count(*), sum(" + phase + " = 'STOPPED' and " + consumed + " is not null) from ticket_fact t "
                + "where " + at + " >= :start and " + at + " < :end {scope}");
        return asLong(row[0]) == asLong(row[1]);
    }

    /** The measure of one ticket {@code t}, in hours of the basis. */
    String hours(TimeBasis basis) {
        return basis == TimeBasis.BUSINESS_HOURS
                ? consumed + " / 3600000.0"
                : "timestampdiff(second, t.created_at, " + at + ") / 3600.0";
    }

    /** The tickets measured: those whose event fell in the period ({@code t} joined as the scope needs). */
    String measured() {
        return "from ticket_fact t where " + at + " >= :start and " + at + " < :end {scope}";
    }

    Durations of(KpiSql sql, TimeBasis basis) {
        var x = hours(basis);
        var buckets = new StringBuilder();
        double from = 0;
        for (var bound : BOUNDS) {
            buckets.append(", sum(x >= ").append(from).append(" and x < ").append(bound).append(')');
            from = bound;
        }
        buckets.append(", sum(x >= ").append(from).append(')');
        var totals = sql.row("select count(*), avg(x)" + buckets + " from (select " + x + " as x " + measured() + ") m");
        var count = asLong(totals[0]);
        if (count == 0) {
            return new Durations(0, null, null, null, distribution(totals));
        }
        var percentiles = sql.row("select percentile_cont(0.5) within group (order by x) over (),"
                + " percentile_cont(0.9) within group (order by x) over ()"
                + " from (select " + x + " as x " + measured() + ") m limit 1");
        return new Durations(count, asDouble(percentiles[0]), asDouble(totals[1]), asDouble(percentiles[1]), distribution(totals));
    }

    /** The median of each group (e.g. {@code t.assignee_id}) of the measured tickets; groups with a null key left out. */
    Map<Long, Double> mediansBy(KpiSql sql, TimeBasis basis, String group) {
        var medians = new HashMap<Long, Double>();
        sql.rows("select distinct g, percentile_cont(0.5) within group (order by x) over (partition by g) from (select "
                        + group + " as g, " + hours(basis) + " as x " + measured() + " and " + group + " is not null) m")
                .forEach(r -> medians.put(KpiSql.asId(r[0]), asDouble(r[1])));
        return medians;
    }

    private static List<Bucket> distribution(Object[] totals) {
        var buckets = new ArrayList<Bucket>();
        double from = 0;
        for (int i = 0; i <= BOUNDS.length; i++) {
            var to = i < BOUNDS.length ? BOUNDS[i] : null;
            buckets.add(new Bucket(from, to, asLong(totals[2 + i])));
            from = to == null ? from : to;
        }
        return buckets;
    }
}

package org.bilet.reports.kpi;

import static org.bilet.reports.kpi.KpiSql.asId;
import static org.bilet.reports.kpi.KpiSql.asLong;
import static org.bilet.reports.kpi.KpiSql.share;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.function.Function;
import org.bilet.reports.kpi.Dictionary.Named;
import org.bilet.reports.kpi.KpiReport.Breaches;
import org.bilet.reports.kpi.KpiReport.Sla;

/**
 * SLA compliance from the outcome each promise's clock stored when it stopped: first responses
 * made in the period and resolutions in the period that had a target, and the share in time.
 */
final class SlaQuery {

    private SlaQuery() {
    }

    static Sla of(KpiSql sql) {
        var first = sql.row("""
                select count(*), sum(t.first_response_late = false) from ticket_fact t
                where t.first_response_at >= :start and t.first_response_at < :end
                  and t.first_response_phase = 'STOPPED' and t.first_response_target_ms is not null {scope}""");
        // A resolved ticket breached if either promise was kept late.
        var groups = sql.rows("""
                select t.team_id, t.category_id, count(*), sum(t.resolution_late = false),
                       sum(t.resolution_late = true or t.first_response_late = true) from ticket_fact t
                where t.resolved_at >= :start and t.resolved_at < :end
                  and t.resolution_phase = 'STOPPED' and t.resolution_target_ms is not null {scope}
                group by t.team_id, t.category_id""");
        long measured = 0;
        long met = 0;
        for (var g : groups) {
            measured += asLong(g[2]);
            met += asLong(g[3]);
        }
        var firstMeasured = asLong(first[0]);
        var firstMet = asLong(first[1]);
        var dictionary = sql.dictionary();
        return new Sla(firstMeasured, firstMet, share(firstMet, firstMeasured), measured, met, share(met, measured),
                breaches(groups, r -> dictionary.team(asId(r[0]))), breaches(groups, r -> dictionary.category(asId(r[1]))));
    }

    private static List<Breaches> breaches(List<Object[]> groups, Function<Object[], Named> dimension) {
        var measured = new HashMap<Named, long[]>();
        for (var g : groups) {
            var sums = measured.computeIfAbsent(dimension.apply(g), n -> new long[2]);
            sums[0] += asLong(g[2]);
            sums[1] += asLong(g[4]);
        }
        return measured.entrySet().stream()
                .map(e -> new Breaches(e.getKey().key(), e.getKey().name(), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingLong(Breaches::breached).reversed().thenComparing(Breaches::measured, Comparator.reverseOrder()))
                .toList();
    }
}

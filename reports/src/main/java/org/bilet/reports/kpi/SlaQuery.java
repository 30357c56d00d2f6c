package org.bilet.reports.kpi;

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
 * made in the period and resolutions in the period that had a target, and the share in time. A
 * resolved ticket breached if either of its promises was kept late.
 */
final class SlaQuery {

    private SlaQuery() {
    }

    static Sla of(FirstResponses first, Resolutions resolutions, Dictionary dictionary) {
        var measured = resolutions.sum(Resolutions.Group::measured);
        var met = resolutions.sum(Resolutions.Group::met);
        return new Sla(first.measured(), first.met(), share(first.met(), first.measured()), measured, met, share(met, measured),
                breaches(resolutions, g -> dictionary.team(g.team())), breaches(resolutions, g -> dictionary.category(g.category())));
    }

    private static List<Breaches> breaches(Resolutions resolutions, Function<Resolutions.Group, Named> dimension) {
        var measured = new HashMap<Named, long[]>();
        for (var g : resolutions.groups()) {
            if (g.measured() > 0) {
                var sums = measured.computeIfAbsent(dimension.apply(g), n -> new long[2]);
                sums[0] += g.measured();
                sums[1] += g.breached();
            }
        }
        return measured.entrySet().stream()
                .map(e -> new Breaches(e.getKey().key(), e.getKey().name(), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingLong(Breaches::breached).reversed().thenComparing(Breaches::measured, Comparator.reverseOrder()))
                .toList();
    }
}

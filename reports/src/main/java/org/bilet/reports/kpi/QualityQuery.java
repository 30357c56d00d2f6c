package org.bilet.reports.kpi;

import static org.bilet.reports.kpi.KpiSql.asDouble;
import static org.bilet.reports.kpi.KpiSql.asLong;
import static org.bilet.reports.kpi.KpiSql.share;

import org.bilet.reports.kpi.KpiReport.Count;
import org.bilet.reports.kpi.KpiReport.Quality;
import org.bilet.reports.kpi.KpiReport.Recurring;
import org.bilet.reports.kpi.KpiReport.Volume;

/** Reopen rate, replies per ticket and one-touch resolution over the tickets resolved in the period; recurring problems. */
final class QualityQuery {

    static final int TOP = 10;

    private QualityQuery() {
    }

    static Quality of(KpiSql sql) {
        var row = sql.row("""
                select count(*), sum(t.reopens > 0), avg(t.staff_replies), sum(t.staff_replies = 1 and t.reopens = 0)
                from ticket_fact t
                where t.resolved_at >= :start and t.resolved_at < :end {scope}""");
        var resolved = asLong(row[0]);
        return new Quality(share(asLong(row[1]), resolved), resolved == 0 ? null : asDouble(row[2]), share(asLong(row[3]), resolved));
    }

    /** The categories and tags of most tickets created in the period. */
    static Recurring recurring(KpiSql sql, Volume volume) {
        var categories = volume.byCategory().stream().filter(c -> c.key() != null).limit(TOP).toList();
        var tags = sql.rows("""
                        select g.tag, count(*) as n from ticket_fact t join ticket_tag g on g.ticket_id = t.ticket_id
                        where t.created_at >= :start and t.created_at < :end {scope}
                        group by g.tag order by n desc, g.tag limit""" + " " + TOP).stream()
                .map(r -> new Count((String) r[0], (String) r[0], asLong(r[1])))
                .toList();
        return new Recurring(categories, tags);
    }
}

package org.bilet.reports.kpi;

import static org.bilet.reports.kpi.KpiSql.asLong;
import static org.bilet.reports.kpi.KpiSql.share;

import java.util.List;
import org.bilet.reports.kpi.KpiReport.Count;
import org.bilet.reports.kpi.KpiReport.Quality;
import org.bilet.reports.kpi.KpiReport.Recurring;
import org.bilet.reports.kpi.KpiReport.Volume;

/** Reopen rate, replies per ticket and one-touch resolution over the tickets resolved in the period; recurring problems. */
final class QualityQuery {

    static final int TOP = 10;

    private QualityQuery() {
    }

    static Quality of(Resolutions resolutions) {
        var resolved = resolutions.sum(Resolutions.Group::resolved);
        return new Quality(share(resolutions.sum(Resolutions.Group::reopened), resolved),
                resolved == 0 ? null : (double) resolutions.sum(Resolutions.Group::staffReplies) / resolved,
                share(resolutions.sum(Resolutions.Group::oneTouch), resolved));
    }

    /** The categories and tags of most tickets created in the period. */
    static Recurring recurring(Volume volume, List<Count> topTags) {
        return new Recurring(volume.byCategory().stream().filter(c -> c.key() != null).limit(TOP).toList(), topTags);
    }

    /** The tags of most tickets created in the period. */
    static List<Count> topTags(KpiSql sql) {
        return sql.rows("""
                        select g.tag, count(*) as n from ticket_fact_tag g {scope-join g.ticket_id}
                        where g.created_at >= :start and g.created_at < :end {scope}
                        group by g.tag order by n desc, g.tag limit""" + " " + TOP).stream()
                .map(r -> new Count((String) r[0], (String) r[0], asLong(r[1])))
                .toList();
    }
}

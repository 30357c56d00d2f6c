package org.bilet.reports.kpi;

import static org.bilet.reports.kpi.KpiSql.asDouble;
import static org.bilet.reports.kpi.KpiSql.asInstant;
import static org.bilet.reports.kpi.KpiSql.asLong;
import static org.bilet.reports.kpi.KpiSql.share;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.bilet.reports.kpi.KpiReport.Comment;
import org.bilet.reports.kpi.KpiReport.Csat;
import org.bilet.reports.kpi.KpiReport.CsatDay;

/**
 * Customer satisfaction from the surveys: those sent in the period and how many of them were
 * answered; the answers given in the period, their scores, average, share of good ones (4–5), the
 * trend per day and the latest comments.
 */
final class CsatQuery {

    static final int COMMENTS = 10;

    private CsatQuery() {
    }

    static Csat of(KpiSql sql) {
        var sent = sql.row("""
                select count(*), sum(s.rating is not null) from csat_survey s {scope-join s.ticket_id}
                where s.sent_at >= :start and s.sent_at < :end {scope}""");
        var scores = new ArrayList<Long>(List.of(0L, 0L, 0L, 0L, 0L));
        sql.rows("""
                        select s.rating, count(*) from csat_survey s {scope-join s.ticket_id}
                        where s.answered_at >= :start and s.answered_at < :end {scope}
                        group by s.rating""")
                .forEach(r -> scores.set(((Number) r[0]).intValue() - 1, asLong(r[1])));
        long answers = scores.stream().mapToLong(Long::longValue).sum();
        long good = scores.get(3) + scores.get(4);
        long points = 0;
        for (int score = 1; score <= 5; score++) {
            points += score * scores.get(score - 1);
        }
        var trend = new HashMap<Long, Object[]>();
        sql.rows("select " + sql.day("s.answered_at") + " as d, count(*), avg(s.rating)"
                        + " from csat_survey s {scope-join s.ticket_id}"
                        + " where s.answered_at >= :start and s.answered_at < :end {scope} group by d")
                .forEach(r -> trend.put(asLong(r[0]), r));
        var days = LocalDays.of(sql.filter()).stream().map(day -> {
            var r = trend.get(day.toEpochDay());
            return new CsatDay(day, r == null ? 0 : asLong(r[1]), r == null ? null : asDouble(r[2]));
        }).toList();
        var comments = sql.rows("""
                        select k.number, s.rating, s.comment, s.answered_at from csat_survey s join ticket_fact t on t.ticket_id = s.ticket_id
                        join ticket k on k.id = s.ticket_id
                        where s.answered_at >= :start and s.answered_at < :end and trim(s.comment) <> '' {scope}
                        order by s.answered_at desc limit""" + " " + COMMENTS).stream()
                .map(r -> new Comment((String) r[0], ((Number) r[1]).intValue(), (String) r[2], asInstant(r[3])))
                .toList();
        return new Csat(asLong(sent[0]), answers, share(asLong(sent[1]), asLong(sent[0])), share(good, answers),
                answers == 0 ? null : (double) points / answers, List.copyOf(scores), comments, days);
    }
}

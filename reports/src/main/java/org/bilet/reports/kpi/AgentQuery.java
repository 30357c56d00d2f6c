package org.bilet.reports.kpi;

import static org.bilet.reports.kpi.KpiSql.asDouble;
import static org.bilet.reports.kpi.KpiSql.asId;
import static org.bilet.reports.kpi.KpiSql.asLong;
import static org.bilet.reports.kpi.KpiSql.share;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.bilet.reports.kpi.KpiReport.AgentFigures;

/**
 * Each agent's productivity: the tickets they resolved as assignee, the public replies they wrote,
 * their median first response and resolution, SLA compliance, CSAT and time logged; and who did
 * best and worst by {@link #RANKING}.
 */
final class AgentQuery {

    /**
     * Best first: resolutions in time, then happier requesters, then faster resolution, then more
     * tickets; an agent without a figure ranks after those with one.
     */
    static final Comparator<AgentFigures> RANKING = Comparator
            .comparing(AgentFigures::slaCompliance, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(AgentFigures::csatAverage, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(AgentFigures::medianResolutionHours, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(AgentFigures::handled, Comparator.reverseOrder())
            .thenComparing(AgentFigures::username);

    static final int PODIUM = 3;

    private AgentQuery() {
    }

    static List<AgentFigures> of(KpiSql sql, Resolutions resolutions, DurationQuery.Measured firstResponses,
                                 DurationQuery.Measured resolutionTimes) {
        var handled = new HashMap<Long, long[]>();
        resolutions.groups().stream().filter(g -> g.assignee() != null).forEach(g -> {
            var sums = handled.computeIfAbsent(g.assignee(), a -> new long[3]);
            sums[0] += g.resolved();
            sums[1] += g.measured();
            sums[2] += g.met();
        });
        var replies = counts(sql, """
                select m.author_id, count(*) from ticket_message m {scope-join m.ticket_id}
                where m.created_at >= :start and m.created_at < :end and m.internal = false {scope}
                  and exists (select 1 from user_role r where r.user_id = m.author_id and r.role <> 'REQUESTER')
                group by m.author_id""");
        var minutes = counts(sql, """
                select e.agent_id, sum(e.minutes) from time_entry e {scope-join e.ticket_id}
                where e.logged_at >= :start and e.logged_at < :end {scope}
                group by e.agent_id""");
        var csat = new HashMap<Long, Object[]>();
        sql.rows("""
                        select t.assignee_id, count(*), avg(s.rating) from csat_survey s join ticket_fact t on t.ticket_id = s.ticket_id
                        where s.answered_at >= :start and s.answered_at < :end and t.assignee_id is not null {scope}
                        group by t.assignee_id""")
                .forEach(r -> csat.put(asId(r[0]), r));
        var firstResponse = firstResponses.medianByAssignee();
        var resolution = resolutionTimes.medianByAssignee();

        var ids = new TreeSet<Long>(handled.keySet());
        ids.addAll(replies.keySet());
        ids.addAll(minutes.keySet());
        var people = sql.dictionary().people(ids);
        var only = sql.filter().agent();
        return ids.stream()
                .filter(id -> people.containsKey(id) && (only == null || only.equals(people.get(id).key())))
                .map(id -> {
                    var done = handled.getOrDefault(id, new long[3]);
                    var rated = csat.get(id);
                    return new AgentFigures(people.get(id).key(), people.get(id).name(), done[0], replies.getOrDefault(id, 0L),
                            firstResponse.get(id), resolution.get(id), share(done[2], done[1]),
                            rated == null ? null : asDouble(rated[2]), rated == null ? 0 : asLong(rated[1]),
                            minutes.getOrDefault(id, 0L));
                })
                .sorted(Comparator.comparing(AgentFigures::handled, Comparator.reverseOrder()).thenComparing(AgentFigures::name))
                .toList();
    }

    private static Map<Long, Long> counts(KpiSql sql, String query) {
        var counts = new HashMap<Long, Long>();
        sql.rows(query).forEach(r -> counts.put(asId(r[0]), asLong(r[1])));
        return counts;
    }

    /** The best {@value #PODIUM} of the agents who resolved tickets (fewer when there are few). */
    static List<AgentFigures> best(List<AgentFigures> agents) {
        var ranked = ranked(agents);
        return ranked.subList(0, Math.min(PODIUM, ranked.size() - worstCount(ranked.size())));
    }

    /** The worst {@value #PODIUM}, worst first, never one of the best. */
    static List<AgentFigures> worst(List<AgentFigures> agents) {
        var ranked = ranked(agents);
        var worst = new ArrayList<>(ranked.subList(ranked.size() - worstCount(ranked.size()), ranked.size()));
        Collections.reverse(worst);
        return worst;
    }

    private static int worstCount(int ranked) {
        return Math.min(PODIUM, ranked / 2);
    }

    private static List<AgentFigures> ranked(List<AgentFigures> agents) {
        return agents.stream().filter(a -> a.handled() > 0).sorted(RANKING).toList();
    }
}

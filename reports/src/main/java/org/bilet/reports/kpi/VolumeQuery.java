package org.bilet.reports.kpi;

import static org.bilet.reports.kpi.KpiSql.asId;
import static org.bilet.reports.kpi.KpiSql.asLong;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.bilet.reports.kpi.Dictionary.Named;
import org.bilet.reports.kpi.KpiReport.Count;
import org.bilet.reports.kpi.KpiReport.Day;
import org.bilet.reports.kpi.KpiReport.Volume;

/** Created, resolved, closed and reopened tickets, the backlog at each day's end, and the split of the created ones. */
final class VolumeQuery {

    /** One group of created tickets: its dimensions' ids and its count. */
    private record Group(String channel, Long category, Long priority, Long team, long count) {
    }

    private static final long[] NONE = {0, 0};

    private VolumeQuery() {
    }

    static Volume of(KpiSql sql) {
        var groups = sql.rows("""
                        select t.channel, t.category_id, t.priority_id, t.team_id, count(*) from ticket_fact t
                        where t.created_at >= :start and t.created_at < :end {scope}
                        group by t.channel, t.category_id, t.priority_id, t.team_id""").stream()
                .map(r -> new Group((String) r[0], asId(r[1]), asId(r[2]), asId(r[3]), asLong(r[4])))
                .toList();
        var created = groups.stream().mapToLong(Group::count).sum();
        var reopened = sql.count("""
                select count(distinct r.ticket_id) from ticket_reopen r {scope-join r.ticket_id}
                where r.reopened_at >= :start and r.reopened_at < :end {scope}""");
        var resolved = perDay(sql, "t.resolved_at", "0");
        var closed = perDay(sql, "t.closed_at", "sum(t.resolved_at is null and t.unresolved = false)");
        var dictionary = sql.dictionary();
        return new Volume(created, total(resolved, 0), total(closed, 0), reopened, days(sql, resolved, closed),
                counted(groups, g -> new Named(g.channel(), g.channel())),
                counted(groups, g -> dictionary.category(g.category())),
                counted(groups, g -> dictionary.priority(g.priority())),
                counted(groups, g -> dictionary.team(g.team())));
    }

    /** Created tickets per value of one dimension, most first; tickets without a value under a null key. */
    private static List<Count> counted(List<Group> groups, Function<Group, Named> dimension) {
        var counts = new HashMap<Named, Long>();
        groups.forEach(g -> counts.merge(dimension.apply(g), g.count(), Long::sum));
        return counts.entrySet().stream()
                .map(e -> new Count(e.getKey().key(), e.getKey().name(), e.getValue()))
                .sorted(Comparator.comparingLong(Count::count).reversed()
                        .thenComparing(Count::name, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /**
     * Each day's created and resolved tickets and the backlog at its end: the tickets open when the
     * period began, plus those created since, minus those resolved (or closed unresolved) since.
     * A ticket is open from its creation until its latest resolution or closing.
     */
    private static List<Day> days(KpiSql sql, Map<Long, long[]> resolved, Map<Long, long[]> closed) {
        var atStart = sql.count("""
                select (select count(*) from ticket_fact t where t.unresolved = true and t.created_at < :start {scope})
                     + (select count(*) from ticket_fact t where t.resolved_at >= :start and t.created_at < :start
                                                          and t.unresolved = false {scope})
                     + (select count(*) from ticket_fact t where t.closed_at >= :start and t.resolved_at is null
                                                          and t.unresolved = false and t.created_at < :start {scope})""");
        var created = perDay(sql, "t.created_at", "0");
        var days = new ArrayList<Day>();
        var open = atStart;
        for (var day : LocalDays.of(sql.filter())) {
            var key = day.toEpochDay();
            var in = created.getOrDefault(key, NONE)[0];
            var out = resolved.getOrDefault(key, NONE)[0];
            open += in - out - closed.getOrDefault(key, NONE)[1];
            days.add(new Day(day, in, out, open));
        }
        return days;
    }

    /** Per local day (epoch day): the tickets whose column falls on it, and a sum over them. */
    private static Map<Long, long[]> perDay(KpiSql sql, String column, String sum) {
        var counts = new HashMap<Long, long[]>();
        sql.rows("select " + sql.day(column) + " as d, count(*), " + sum + " from ticket_fact t where " + column + " >= :start and "
                        + column + " < :end {scope} group by d")
                .forEach(r -> counts.put(asLong(r[0]), new long[]{asLong(r[1]), asLong(r[2])}));
        return counts;
    }

    private static long total(Map<Long, long[]> perDay, int figure) {
        return perDay.values().stream().mapToLong(counts -> counts[figure]).sum();
    }

    static boolean nothingHappened(Volume volume) {
        return volume.created() == 0 && volume.resolved() == 0 && volume.closed() == 0 && volume.reopened() == 0;
    }
}

package org.bilet.reports.documents;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.bilet.reports.kpi.KpiReport;
import org.bilet.reports.kpi.KpiReport.AgentFigures;
import org.bilet.reports.kpi.KpiReport.Breaches;
import org.bilet.reports.kpi.KpiReport.Bucket;
import org.bilet.reports.kpi.KpiReport.Count;

/**
 * A report's collections as the rows of the templates' three datasets: {@code series, day, value}
 * for time charts, {@code series, category, value} for bar charts, {@code c1…c8} strings for
 * tables. Names and numbers in the rows are already in the reader's language; the records'
 * figures are taken as they are, only long periods are summed from days into weeks.
 */
final class ReportRows {

    /** The most rows a table of names (categories, tags, comments) shows. */
    static final int TOP = 10;
    /** Longer periods chart created, resolved and CSAT per week: a year of daily zigzags reads as noise. */
    static final int WEEKLY_AFTER_DAYS = 92;

    private final KpiReport report;
    private final ReportLabels labels;
    private final ZoneId zone;

    ReportRows(KpiReport report, ReportLabels labels) {
        this.report = report;
        this.labels = labels;
        this.zone = report.filter().zone();
    }

    /** Created and resolved per day, or per week for long periods. */
    List<Map<String, ?>> volume() {
        return dayRows(volumeDays(), List.of(
                new DaySeries(labels.text("series.created"), KpiReport.Day::created),
                new DaySeries(labels.text("series.resolved"), KpiReport.Day::resolved)));
    }

    /** Open tickets at each day's end. */
    List<Map<String, ?>> backlog() {
        return dayRows(report.volume().days(), List.of(new DaySeries(labels.text("series.backlog"), KpiReport.Day::backlog)));
    }

    private record DaySeries(String name, ToLongFunction<KpiReport.Day> value) {
    }

    /** Whether created, resolved and CSAT are charted per week rather than per day. */
    boolean weekly() {
        var filter = report.filter();
        return ChronoUnit.DAYS.between(filter.from(), filter.to()) + 1 > WEEKLY_AFTER_DAYS;
    }

    /** The week a day falls in, as its first day: Monday, or the period's first day. */
    private LocalDate weekOf(LocalDate day) {
        var monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return monday.isBefore(report.filter().from()) ? report.filter().from() : monday;
    }

    /** The days, or for long periods their weeks: created and resolved summed, the backlog of the week's last day. */
    private List<KpiReport.Day> volumeDays() {
        var days = report.volume().days();
        if (!weekly()) {
            return days;
        }
        var weeks = new LinkedHashMap<LocalDate, KpiReport.Day>();
        for (var day : days) {
            weeks.merge(weekOf(day.day()), new KpiReport.Day(weekOf(day.day()), day.created(), day.resolved(), day.backlog()),
                    (a, b) -> new KpiReport.Day(a.day(), a.created() + b.created(), a.resolved() + b.resolved(), b.backlog()));
        }
        return List.copyOf(weeks.values());
    }

    private List<Map<String, ?>> dayRows(List<KpiReport.Day> days, List<DaySeries> series) {
        var rows = new ArrayList<Map<String, ?>>();
        for (var s : series) {
            for (var day : days) {
                rows.add(Map.of("series", s.name(), "day", date(day.day()), "value", (double) s.value().applyAsLong(day)));
            }
        }
        return rows;
    }

    private Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(zone).toInstant());
    }

    List<Map<String, ?>> durations() {
        var rows = new ArrayList<Map<String, ?>>();
        bucketRows(rows, labels.text("series.firstResponse"), report.firstResponse().distribution());
        bucketRows(rows, labels.text("series.resolution"), report.resolution().distribution());
        return rows;
    }

    private void bucketRows(List<Map<String, ?>> rows, String series, List<Bucket> buckets) {
        for (var bucket : buckets) {
            rows.add(Map.of("series", series, "category", bucketName(bucket), "value", (double) bucket.count()));
        }
    }

    /** {@code < 1}, {@code 1–4}, {@code ≥ 72}: hours, as the axis says. */
    String bucketName(Bucket bucket) {
        if (bucket.toHours() == null) {
            return "≥ " + compact(bucket.fromHours());
        }
        if (bucket.fromHours() == 0) {
            return "< " + compact(bucket.toHours());
        }
        return compact(bucket.fromHours()) + "–" + compact(bucket.toHours());
    }

    private String compact(double hours) {
        return hours == Math.rint(hours) ? labels.count((long) hours) : labels.decimal(hours);
    }

    /** c1 name, c2 count; with a series name also as bars. */
    List<Map<String, ?>> counts(List<Count> counts, String series) {
        var rows = new ArrayList<Map<String, ?>>();
        for (var count : counts.stream().limit(TOP).toList()) {
            var row = new LinkedHashMap<String, Object>();
            row.put("c1", name(count.name(), count.key()));
            row.put("c2", labels.count(count.count()));
            row.put("series", series == null ? "" : series);
            row.put("category", name(count.name(), count.key()));
            row.put("value", (double) count.count());
            rows.add(row);
        }
        return rows;
    }

    /** c1 name, c2 handled, c3 replies, c4 median first response, c5 median resolution, c6 SLA, c7 CSAT, c8 time logged. */
    List<Map<String, ?>> agents(List<AgentFigures> agents) {
        var rows = new ArrayList<Map<String, ?>>();
        for (var agent : agents) {
            var row = new HashMap<String, Object>();
            row.put("c1", name(agent.name(), agent.username()));
            row.put("c2", labels.count(agent.handled()));
            row.put("c3", labels.count(agent.replies()));
            row.put("c4", labels.hours(agent.medianFirstResponseHours()));
            row.put("c5", labels.hours(agent.medianResolutionHours()));
            row.put("c6", labels.share(agent.slaCompliance()));
            row.put("c7", agent.csatAverage() == null ? ReportLabels.NONE
                    : labels.decimal(agent.csatAverage()) + " (" + labels.count(agent.csatAnswers()) + ")");
            row.put("c8", labels.minutes(agent.minutesLogged()));
            rows.add(row);
        }
        return rows;
    }

    /** The agents who handled most, as bars. */
    List<Map<String, ?>> agentBars() {
        var series = labels.text("series.handled");
        return report.agents().stream().sorted(Comparator.comparingLong(AgentFigures::handled).reversed())
                .limit(15)
                .<Map<String, ?>>map(a -> Map.of("series", series, "category", name(a.name(), a.username()),
                        "value", (double) a.handled()))
                .toList();
    }

    /** c1 name, c2 measured, c3 breached, c4 compliance. */
    List<Map<String, ?>> breaches(List<Breaches> breaches) {
        var rows = new ArrayList<Map<String, ?>>();
        for (var b : breaches) {
            rows.add(Map.of("c1", name(b.name(), b.key()), "c2", labels.count(b.measured()),
                    "c3", labels.count(b.breached()),
                    "c4", b.measured() == 0 ? ReportLabels.NONE
                            : labels.share((double) (b.measured() - b.breached()) / b.measured())));
        }
        return rows;
    }

    List<Map<String, ?>> breachBars(List<Breaches> breaches) {
        var rows = new ArrayList<Map<String, ?>>();
        var met = labels.text("series.met");
        var breached = labels.text("series.breached");
        for (var b : breaches.stream().limit(12).toList()) {
            rows.add(Map.of("series", met, "category", name(b.name(), b.key()), "value", (double) (b.measured() - b.breached())));
            rows.add(Map.of("series", breached, "category", name(b.name(), b.key()), "value", (double) b.breached()));
        }
        return rows;
    }

    List<Map<String, ?>> scores() {
        var rows = new ArrayList<Map<String, ?>>();
        var scores = report.csat().scores();
        var series = labels.text("series.answers");
        for (int score = 1; score <= 5; score++) {
            long count = scores != null && scores.size() >= score ? scores.get(score - 1) : 0;
            rows.add(Map.of("series", series, "category", String.valueOf(score), "value", (double) count));
        }
        return rows;
    }

    /** The average per day, or for long periods per week (each day weighted by its answers). */
    List<Map<String, ?>> csatTrend() {
        var series = labels.text("series.average");
        var answered = report.csat().trend().stream().filter(d -> d.average() != null && d.answers() > 0).toList();
        if (weekly()) {
            var sums = new LinkedHashMap<LocalDate, double[]>();
            for (var day : answered) {
                var sum = sums.computeIfAbsent(weekOf(day.day()), w -> new double[2]);
                sum[0] += day.average() * day.answers();
                sum[1] += day.answers();
            }
            return sums.entrySet().stream().<Map<String, ?>>map(e -> Map.of("series", series, "day", date(e.getKey()),
                    "value", e.getValue()[0] / e.getValue()[1])).toList();
        }
        return answered.stream()
                .<Map<String, ?>>map(d -> Map.of("series", series, "day", date(d.day()), "value", d.average()))
                .toList();
    }

    /** c1 ticket, c2 rating, c3 answered, c4 comment; the latest first. */
    List<Map<String, ?>> comments() {
        return report.csat().comments().stream()
                .sorted(Comparator.comparing(KpiReport.Comment::answeredAt).reversed())
                .limit(TOP)
                .<Map<String, ?>>map(c -> Map.of("c1", c.ticketNumber(), "c2", "★".repeat(Math.max(0, Math.min(5, c.rating())))
                                + " " + c.rating(), "c3", labels.date(c.answeredAt().atZone(zone).toLocalDate()),
                        "c4", c.comment() == null ? "" : c.comment()))
                .toList();
    }

    private static String name(String name, String fallback) {
        return name == null || name.isBlank() ? (fallback == null ? ReportLabels.NONE : fallback) : name;
    }
}

package org.bilet.reports.documents;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.bilet.reports.kpi.KpiReport;
import org.bilet.reports.kpi.KpiReport.Breaches;
import org.bilet.reports.kpi.KpiReport.Count;

/**
 * Each report as one tidy table for spreadsheets and scripts: a header row, one observation per row,
 * numbers as Java writes them ({@code 12}, {@code 3.5}, shares as fractions {@code 0.875}), dates ISO,
 * no number formatting of any locale and no labels of any language (names are the data's own). UTF-8
 * with a byte order mark, so that spreadsheet programs read Polish and Cyrillic names right.
 *
 * <ul>
 * <li>{@code kpi} and {@code csat}: {@code metric,key,name,value} — {@code created,,,120},
 * {@code created_on,2026-11-03,,7}, {@code category,printers,Принтери,12}, {@code score,5,,40}…</li>
 * <li>{@code agents}: one row per agent.</li>
 * <li>{@code sla}: {@code scope,key,name,measured,breached,compliance}, scope {@code first_response},
 * {@code resolution}, {@code team} or {@code category}.</li>
 * </ul>
 */
final class CsvTables {

    static final List<String> LONG_HEADER = List.of("metric", "key", "name", "value");
    static final List<String> AGENT_HEADER = List.of("username", "name", "handled", "replies",
            "median_first_response_hours", "median_resolution_hours", "sla_compliance", "csat_average", "csat_answers",
            "minutes_logged");
    static final List<String> SLA_HEADER = List.of("scope", "key", "name", "measured", "breached", "compliance");

    private static final char BOM = '\uFEFF';

    void write(ReportKind kind, KpiReport report, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BOM);
        var rows = switch (kind) {
            case KPI -> kpi(report);
            case AGENTS -> agents(report);
            case SLA -> sla(report);
            case CSAT -> csat(report);
        };
        var header = switch (kind) {
            case AGENTS -> AGENT_HEADER;
            case SLA -> SLA_HEADER;
            default -> LONG_HEADER;
        };
        var format = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get();
        try (var printer = new CSVPrinter(writer, format)) {
            for (var row : rows) {
                printer.printRecord(row);
            }
        }
    }

    private static List<List<Object>> kpi(KpiReport report) {
        var rows = new ArrayList<List<Object>>();
        var v = report.volume();
        metric(rows, "created", v.created());
        metric(rows, "resolved", v.resolved());
        metric(rows, "closed", v.closed());
        metric(rows, "reopened", v.reopened());
        for (var day : v.days()) {
            rows.add(row("created_on", day.day(), "", day.created()));
            rows.add(row("resolved_on", day.day(), "", day.resolved()));
            rows.add(row("backlog_on", day.day(), "", day.backlog()));
        }
        counts(rows, "channel", v.byChannel());
        counts(rows, "category", v.byCategory());
        counts(rows, "priority", v.byPriority());
        counts(rows, "team", v.byTeam());
        durations(rows, "first_response", report.firstResponse());
        durations(rows, "resolution", report.resolution());
        var sla = report.sla();
        metric(rows, "sla_first_response_measured", sla.firstResponseMeasured());
        metric(rows, "sla_first_response_met", sla.firstResponseMet());
        metric(rows, "sla_first_response_compliance", sla.firstResponseCompliance());
        metric(rows, "sla_resolution_measured", sla.resolutionMeasured());
        metric(rows, "sla_resolution_met", sla.resolutionMet());
        metric(rows, "sla_resolution_compliance", sla.resolutionCompliance());
        var q = report.quality();
        metric(rows, "reopen_rate", q.reopenRate());
        metric(rows, "replies_per_ticket", q.repliesPerTicket());
        metric(rows, "one_touch_rate", q.oneTouchRate());
        counts(rows, "top_category", report.recurring().topCategories());
        counts(rows, "top_tag", report.recurring().topTags());
        csatSummary(rows, report.csat());
        return rows;
    }

    private static List<List<Object>> csat(KpiReport report) {
        var rows = new ArrayList<List<Object>>();
        var csat = report.csat();
        csatSummary(rows, csat);
        var scores = csat.scores() == null ? List.<Long>of() : csat.scores();
        for (int i = 0; i < scores.size(); i++) {
            rows.add(row("score", i + 1, "", scores.get(i)));
        }
        for (var day : csat.trend()) {
            rows.add(row("answers_on", day.day(), "", day.answers()));
            rows.add(row("average_on", day.day(), "", day.average()));
        }
        return rows;
    }

    private static void csatSummary(List<List<Object>> rows, KpiReport.Csat csat) {
        metric(rows, "csat_sent", csat.sent());
        metric(rows, "csat_answers", csat.answers());
        metric(rows, "csat_response_rate", csat.responseRate());
        metric(rows, "csat_good_share", csat.goodShare());
        metric(rows, "csat_average", csat.average());
    }

    private static List<List<Object>> agents(KpiReport report) {
        return report.agents().stream().<List<Object>>map(a -> row(a.username(), a.name(), a.handled(), a.replies(),
                a.medianFirstResponseHours(), a.medianResolutionHours(), a.slaCompliance(), a.csatAverage(),
                a.csatAnswers(), a.minutesLogged())).toList();
    }

    private static List<List<Object>> sla(KpiReport report) {
        var rows = new ArrayList<List<Object>>();
        var sla = report.sla();
        rows.add(row("first_response", "", "", sla.firstResponseMeasured(),
                sla.firstResponseMeasured() - sla.firstResponseMet(), sla.firstResponseCompliance()));
        rows.add(row("resolution", "", "", sla.resolutionMeasured(), sla.resolutionMeasured() - sla.resolutionMet(),
                sla.resolutionCompliance()));
        breaches(rows, "team", sla.byTeam());
        breaches(rows, "category", sla.byCategory());
        return rows;
    }

    private static void breaches(List<List<Object>> rows, String scope, List<Breaches> breaches) {
        for (var b : breaches) {
            Double compliance = b.measured() == 0 ? null : (double) (b.measured() - b.breached()) / b.measured();
            rows.add(row(scope, b.key(), b.name(), b.measured(), b.breached(), compliance));
        }
    }

    private static void durations(List<List<Object>> rows, String name, KpiReport.Durations d) {
        metric(rows, name + "_count", d.count());
        metric(rows, name + "_median_hours", d.medianHours());
        metric(rows, name + "_mean_hours", d.meanHours());
        metric(rows, name + "_p90_hours", d.p90Hours());
        for (var bucket : d.distribution()) {
            var key = number(bucket.fromHours()) + "-" + (bucket.toHours() == null ? "" : number(bucket.toHours()));
            rows.add(row(name + "_hours_bucket", key, "", bucket.count()));
        }
    }

    private static void counts(List<List<Object>> rows, String metric, List<Count> counts) {
        for (var c : counts) {
            rows.add(row(metric, c.key(), c.name(), c.count()));
        }
    }

    private static void metric(List<List<Object>> rows, String metric, Object value) {
        rows.add(row(metric, "", "", value));
    }

    private static List<Object> row(Object... values) {
        var row = new ArrayList<Object>(values.length);
        for (var value : values) {
            row.add(value instanceof Double d ? number(d) : value == null ? "" : value);
        }
        return row;
    }

    /** Locale-independent: {@code 3.5}, {@code 12} for a whole number, never a comma. */
    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}

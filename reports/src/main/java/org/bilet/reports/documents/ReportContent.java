package org.bilet.reports.documents;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TimeZone;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.bilet.reports.kpi.KpiReport;
import org.bilet.reports.kpi.KpiReport.AgentFigures;

/**
 * A {@link KpiReport} as the templates read it: the figures formatted for the reader ({@link
 * Figures}), the header's words, and each collection as a small data source of {@link ReportRows}.
 * Every template takes what it needs of the same parameters.
 */
final class ReportContent {

    private final KpiReport report;
    private final ReportLabels labels;
    private final ZoneId zone;
    private final ReportRows rows;

    ReportContent(KpiReport report, ReportLabels labels) {
        this.report = report;
        this.labels = labels;
        this.zone = report.filter().zone();
        this.rows = new ReportRows(report, labels);
    }

    Map<String, Object> parameters(ReportKind kind) {
        var parameters = new HashMap<String, Object>();
        parameters.put(JRParameter.REPORT_LOCALE, labels.locale());
        parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, labels.bundle());
        parameters.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone(zone));
        parameters.put("F", figures(kind));
        parameters.put("EMPTY", report.empty());

        var volume = report.volume();
        var tickets = labels.text("series.tickets");
        parameters.put("volumeDays", source(rows.volume()));
        parameters.put("backlogDays", source(rows.backlog()));
        parameters.put("durationBars", source(rows.durations()));
        parameters.put("channels", source(rows.counts(volume.byChannel(), tickets)));
        parameters.put("priorities", source(rows.counts(volume.byPriority(), tickets)));
        parameters.put("topCategories", source(rows.counts(report.recurring().topCategories(), null)));
        parameters.put("topTags", source(rows.counts(report.recurring().topTags(), null)));
        parameters.put("bestAgents", source(rows.agents(report.best())));
        parameters.put("worstAgents", source(rows.agents(report.worst())));
        parameters.put("agentRows", source(rows.agents(report.agents())));
        parameters.put("agentBars", source(rows.agentBars()));
        parameters.put("slaTeams", source(rows.breaches(report.sla().byTeam())));
        parameters.put("slaCategories", source(rows.breaches(report.sla().byCategory())));
        parameters.put("slaTeamBars", source(rows.breachBars(report.sla().byTeam())));
        parameters.put("slaCategoryBars", source(rows.breachBars(report.sla().byCategory())));
        parameters.put("csatScoreBars", source(rows.scores()));
        parameters.put("csatTrend", source(rows.csatTrend()));
        parameters.put("csatComments", source(rows.comments()));
        return parameters;
    }

    Figures figures(ReportKind kind) {
        var figures = new Figures();
        var filter = report.filter();
        figures.put("title", title(kind));
        figures.put("period", labels.text("header.period", labels.date(filter.from()), labels.date(filter.to())));
        figures.put("filter", filterLine());
        figures.put("basis", labels.text("basis." + report.basis().name()));
        figures.put("computed", labels.text("header.computed", labels.dateTime(report.computedAt(), zone)));
        figures.put("zone", zone.getId());
        var weekly = rows.weekly();
        figures.put("section.volumeOverTime", labels.text(weekly ? "section.volumeOverTime.week" : "section.volumeOverTime"));
        figures.put("section.trend", labels.text(weekly ? "section.trend.week" : "section.trend"));
        figures.put("axis.period", labels.text(weekly ? "axis.week" : "axis.day"));

        var volume = report.volume();
        figures.put("created", labels.count(volume.created()));
        figures.put("resolved", labels.count(volume.resolved()));
        figures.put("closed", labels.count(volume.closed()));
        figures.put("reopened", labels.count(volume.reopened()));
        var days = volume.days();
        figures.put("backlog", days.isEmpty() ? ReportLabels.NONE : labels.count(days.get(days.size() - 1).backlog()));
        durations(figures, "fr", report.firstResponse());
        durations(figures, "res", report.resolution());

        var sla = report.sla();
        figures.put("sla.fr", labels.share(sla.firstResponseCompliance()));
        figures.put("sla.fr.detail", labels.text("sla.metOf", labels.count(sla.firstResponseMet()),
                labels.count(sla.firstResponseMeasured())));
        figures.put("sla.res", labels.share(sla.resolutionCompliance()));
        figures.put("sla.res.detail", labels.text("sla.metOf", labels.count(sla.resolutionMet()),
                labels.count(sla.resolutionMeasured())));
        figures.put("sla.fr.breached", labels.count(sla.firstResponseMeasured() - sla.firstResponseMet()));
        figures.put("sla.res.breached", labels.count(sla.resolutionMeasured() - sla.resolutionMet()));

        var quality = report.quality();
        figures.put("reopenRate", labels.share(quality.reopenRate()));
        figures.put("repliesPerTicket", labels.decimal(quality.repliesPerTicket()));
        figures.put("oneTouch", labels.share(quality.oneTouchRate()));

        var csat = report.csat();
        figures.put("csat.sent", labels.count(csat.sent()));
        figures.put("csat.answers", labels.count(csat.answers()));
        figures.put("csat.responseRate", labels.share(csat.responseRate()));
        figures.put("csat.goodShare", labels.share(csat.goodShare()));
        figures.put("csat.average", csat.average() == null ? ReportLabels.NONE
                : labels.text("csat.outOfFive", labels.decimal(csat.average())));
        if (csat.answers() > 0) {
            figures.put("csat.any", "yes");
        }
        figures.put("agents.count", labels.count(report.agents().size()));
        figures.put("agents.handled", labels.count(report.agents().stream().mapToLong(AgentFigures::handled).sum()));
        figures.put("agents.minutes", labels.minutes(report.agents().stream().mapToLong(AgentFigures::minutesLogged).sum()));
        return figures;
    }

    private void durations(Figures figures, String prefix, KpiReport.Durations durations) {
        figures.put(prefix + ".count", labels.count(durations.count()));
        figures.put(prefix + ".median", labels.hours(durations.medianHours()));
        figures.put(prefix + ".mean", labels.hours(durations.meanHours()));
        figures.put(prefix + ".p90", labels.hours(durations.p90Hours()));
    }

    /** The report's title; the KPI report of a calendar month is the monthly KPI report. */
    String title(ReportKind kind) {
        var filter = report.filter();
        boolean month = filter.from().getDayOfMonth() == 1
                && filter.to().equals(filter.from().withDayOfMonth(filter.from().lengthOfMonth()));
        return labels.text("title." + kind.urlName() + (kind == ReportKind.KPI && month ? ".month" : ""));
    }

    /** Team, category, … as set, or "all tickets". */
    String filterLine() {
        var filter = report.filter();
        var names = report.filterNames();
        var line = new StringJoiner(" · ");
        add(line, "filter.team", names.team());
        add(line, "filter.category", names.category());
        add(line, "filter.priority", names.priority());
        add(line, "filter.channel", filter.channel() == null ? null : labels.text("channel." + filter.channel().name()));
        add(line, "filter.organization", names.organization());
        add(line, "filter.agent", names.agent());
        return line.length() == 0 ? labels.text("filter.all") : line.toString();
    }

    private void add(StringJoiner line, String key, String value) {
        if (value != null && !value.isBlank()) {
            line.add(labels.text(key) + ": " + value);
        }
    }

    private static JRMapCollectionDataSource source(List<Map<String, ?>> rows) {
        return new JRMapCollectionDataSource(rows);
    }
}

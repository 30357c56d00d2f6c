package org.bilet.web.reports;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.bilet.kb.faq.FaqOutlook;
import org.bilet.people.Directory;
import org.bilet.people.TeamInfo;
import org.bilet.reports.kpi.KpiFigure;
import org.bilet.reports.kpi.KpiNarrowing;
import org.bilet.reports.kpi.KpiNarrowing.Dimension;
import org.bilet.reports.kpi.KpiReport;
import org.bilet.reports.kpi.KpiTickets;
import org.bilet.reports.kpi.Kpis;
import org.bilet.web.session.Refusals;
import org.bilet.web.session.Texts;
import org.bilet.web.session.UserSession;
import org.primefaces.event.ItemSelectEvent;

/**
 * The managers' dashboard (web.xml lets only managers and administrators in; the services check
 * again): the KPIs for a period and a team, live, with charts; a figure or a day of the volume
 * chart, a bar of a split, an agent's row, a team's or category's breaches, the low ratings and a
 * top tag or category open the tickets behind them. The period is the reader's days, in their time
 * zone. Beside the recurring problems, the open FAQ suggestions of the knowledge base (titles and
 * sizes only; composed here, as reports and kb know nothing of each other).
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int DRILL_PAGE = 50;

    @Inject
    Kpis kpis;

    @Inject
    KpiTickets tickets;

    @Inject
    FaqOutlook faq;

    @Inject
    Directory directory;

    @Inject
    UserSession session;

    private PeriodChoice period;
    private List<TeamInfo> teams;
    private KpiReport report;
    private transient DashboardCharts charts;
    private KpiFigure figure;
    private LocalDate drillFrom;
    private LocalDate drillTo;
    private KpiTickets.Page drilled;
    private String narrowedTo;
    private FaqOutlook.Problems problems;

    /** The last 30 days, today included, until the reader chooses. */
    public void open() {
        if (period == null) {
            var today = LocalDate.now(session.getZone());
            period = new PeriodChoice(today.minusDays(29), today);
            show();
        }
    }

    public void show() {
        Refusals.inForm("period").field("from", "period:from").field("to", "period:to").field("team", "period:team")
                .attempt(() -> {
                    report = kpis.report(period.filter(session.getZone()));
                    problems = faq.open();
                    charts = null;
                    drilled = null;
                });
    }

    /** The tickets behind one of the figures of the period. */
    public void drill(String name) {
        narrowedTo = null;
        drill(KpiFigure.valueOf(name), null, report.filter().from(), report.filter().to());
    }

    /**
     * The tickets behind a bar or a row: a figure narrowed to one value of a dimension ({@link Dimension}'s name); an
     * empty key is the bar of tickets without a team or category, {@code name} what the reader saw.
     */
    public void drill(String name, String dimension, String key, String shown) {
        var by = Dimension.valueOf(dimension);
        var blank = key == null || key.isEmpty();
        narrowedTo = Texts.text("dashboard.by." + by) + ": "
                + (blank ? Texts.text(by == Dimension.TEAM ? "dashboard.noTeam" : "dashboard.noCategory")
                : by == Dimension.CHANNEL ? Texts.text("channel." + key) : shown);
        drill(KpiFigure.valueOf(name), new KpiNarrowing(by, blank ? null : key), report.filter().from(), report.filter().to());
    }

    /** A click on the volume chart: the tickets created (first series) or resolved (second) that day. */
    public void daySelected(ItemSelectEvent event) {
        var day = report.volume().days().get(event.getItemIndex()).day();
        narrowedTo = null;
        drill(event.getDataSetIndex() == 1 ? KpiFigure.RESOLVED : KpiFigure.CREATED, KpiNarrowing.day(day), day, day);
    }

    public void channelSelected(ItemSelectEvent event) {
        split(Dimension.CHANNEL, report.volume().byChannel(), event);
    }

    public void categorySelected(ItemSelectEvent event) {
        split(Dimension.CATEGORY, report.volume().byCategory(), event);
    }

    public void prioritySelected(ItemSelectEvent event) {
        split(Dimension.PRIORITY, report.volume().byPriority(), event);
    }

    public void teamSelected(ItemSelectEvent event) {
        split(Dimension.TEAM, report.volume().byTeam(), event);
    }

    /** A bar of the breaches chart, either series: that team's breaches. */
    public void breachesSelected(ItemSelectEvent event) {
        var team = report.sla().byTeam().get(event.getItemIndex());
        drill(KpiFigure.BREACHED.name(), Dimension.TEAM.name(), team.key(), team.name());
    }

    private void split(Dimension dimension, List<KpiReport.Count> counts, ItemSelectEvent event) {
        var count = counts.get(event.getItemIndex());
        drill(KpiFigure.CREATED.name(), dimension.name(), count.key(), count.name());
    }

    private void drill(KpiFigure chosen, KpiNarrowing narrowing, LocalDate first, LocalDate last) {
        figure = chosen;
        drillFrom = first;
        drillTo = last;
        drilled = tickets.behind(report.filter(), chosen, narrowing, 0, DRILL_PAGE);
    }

    /** "↑ 2.1×" for a problem growing, "steady" otherwise, "↓ 0.5×" for one fading (as editors see it). */
    public String trend(double trend) {
        if (trend >= 1.2) {
            return "↑ " + String.format(Locale.ROOT, "%.1f", trend) + "×";
        }
        if (trend <= 0.8) {
            return "↓ " + String.format(Locale.ROOT, "%.1f", trend) + "×";
        }
        return Texts.text("dashboard.faq.steady");
    }

    public FaqOutlook.Problems getProblems() {
        return problems;
    }

    /** What the drill-down is narrowed to, as the reader reads it (null: the whole figure or a day). */
    public String getNarrowedTo() {
        return narrowedTo;
    }

    public DashboardCharts getCharts() {
        if (charts == null && report != null) {
            charts = new DashboardCharts(report);
        }
        return charts;
    }

    public List<TeamInfo> getTeams() {
        return teams == null ? teams = directory.teams() : teams;
    }

    public KpiReport getReport() {
        return report;
    }

    /** Whether nothing happened in the period ({@code empty} is a reserved word of EL). */
    public boolean isPeriodEmpty() {
        return report != null && report.empty();
    }

    public KpiReport.Day getLastDay() {
        var days = report.volume().days();
        return days.get(days.size() - 1);
    }

    /** A share 0–1 as a whole percentage, or a dash when nothing was measured. */
    public String percent(Double share) {
        return share == null ? "–" : Math.round(share * 100) + " %";
    }

    /** Hours with one decimal, or a dash. */
    public String hours(Double hours) {
        return hours == null ? "–" : String.format(session.getLocale(), "%.1f h", hours);
    }

    public String average(Double value) {
        return value == null ? "–" : String.format(session.getLocale(), "%.2f", value);
    }

    public KpiFigure getFigure() {
        return figure;
    }

    public LocalDate getDrillFrom() {
        return drillFrom;
    }

    public LocalDate getDrillTo() {
        return drillTo;
    }

    public KpiTickets.Page getDrilled() {
        return drilled;
    }

    public PeriodChoice getPeriod() {
        return period;
    }
}

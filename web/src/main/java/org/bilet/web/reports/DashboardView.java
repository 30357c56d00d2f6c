package org.bilet.web.reports;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.bilet.people.Directory;
import org.bilet.people.TeamInfo;
import org.bilet.reports.kpi.KpiFigure;
import org.bilet.reports.kpi.KpiReport;
import org.bilet.reports.kpi.KpiTickets;
import org.bilet.reports.kpi.Kpis;
import org.bilet.web.session.Refusals;
import org.bilet.web.session.UserSession;
import org.primefaces.event.ItemSelectEvent;

/**
 * The managers' dashboard (web.xml lets only managers and administrators in; the services check
 * again): the KPIs for a period and a team, live, with charts; a figure or a day of the volume
 * chart opens the tickets behind it. The period is the reader's days, in their time zone.
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
                    charts = null;
                    drilled = null;
                });
    }

    /** The tickets behind one of the figures of the period. */
    public void drill(String name) {
        drill(KpiFigure.valueOf(name), report.filter().from(), report.filter().to());
    }

    /** A click on the volume chart: the tickets created (first series) or resolved (second) that day. */
    public void daySelected(ItemSelectEvent event) {
        var day = report.volume().days().get(event.getItemIndex()).day();
        drill(event.getDataSetIndex() == 1 ? KpiFigure.RESOLVED : KpiFigure.CREATED, day, day);
    }

    private void drill(KpiFigure chosen, LocalDate first, LocalDate last) {
        figure = chosen;
        drillFrom = first;
        drillTo = last;
        drilled = tickets.behind(period.between(first, last, session.getZone()), chosen, 0, DRILL_PAGE);
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

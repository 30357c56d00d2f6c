package org.bilet.web.reports;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import org.bilet.reports.kpi.KpiFilter;

/** The days and team a manager chose on the dashboard or the reports screen (days in their zone; team null: all). */
public class PeriodChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate from;
    private LocalDate to;
    private String team;

    PeriodChoice(LocalDate from, LocalDate to) {
        this.from = from;
        this.to = to;
    }

    KpiFilter filter(ZoneId zone) {
        return between(from, to, zone);
    }

    /** The chosen team's tickets over other days. */
    KpiFilter between(LocalDate first, LocalDate last, ZoneId zone) {
        return new KpiFilter(first, last, zone, team, null, null, null, null, null);
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }
}

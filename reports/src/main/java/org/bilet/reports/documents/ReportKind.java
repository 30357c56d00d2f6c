package org.bilet.reports.documents;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The reports Bilet renders from one {@link org.bilet.reports.kpi.KpiReport}, each a template of its own. */
public enum ReportKind {
    /** The monthly KPI report: volume, backlog, response and resolution times, SLA, quality, CSAT, top agents. */
    KPI("kpi"),
    /** Every agent's figures, with the best and the worst. */
    AGENTS("agents"),
    /** SLA compliance, breaches by team and by category. */
    SLA("sla"),
    /** Customer satisfaction: response rate, scores, trend, latest comments. */
    CSAT("csat");

    private final String urlName;

    ReportKind(String urlName) {
        this.urlName = urlName;
    }

    /** As URLs and file names call it: {@code kpi}, {@code agents}, {@code sla}, {@code csat}. */
    public String urlName() {
        return urlName;
    }

    /** The compiled template on the class path, built from {@code src/main/resources/reports/<urlName>.jrxml}. */
    String template() {
        return "/reports/" + urlName + ".jasper";
    }

    /** The kind a URL names (case-insensitive), empty for any other name. */
    public static Optional<ReportKind> parse(String urlName) {
        if (urlName == null) {
            return Optional.empty();
        }
        var wanted = urlName.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.urlName.equals(wanted)).findFirst();
    }
}

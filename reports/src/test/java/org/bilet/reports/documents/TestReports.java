package org.bilet.reports.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.bilet.reports.kpi.KpiFilter;
import org.bilet.reports.kpi.KpiReport;
import org.bilet.reports.kpi.KpiReport.AgentFigures;
import org.bilet.reports.kpi.KpiReport.Breaches;
import org.bilet.reports.kpi.KpiReport.Bucket;
import org.bilet.reports.kpi.KpiReport.Comment;
import org.bilet.reports.kpi.KpiReport.Count;
import org.bilet.reports.kpi.KpiReport.Csat;
import org.bilet.reports.kpi.KpiReport.CsatDay;
import org.bilet.reports.kpi.KpiReport.Day;
import org.bilet.reports.kpi.KpiReport.Durations;
import org.bilet.reports.kpi.KpiReport.Quality;
import org.bilet.reports.kpi.KpiReport.Recurring;
import org.bilet.reports.kpi.KpiReport.Sla;
import org.bilet.reports.kpi.KpiReport.TimeBasis;
import org.bilet.reports.kpi.KpiReport.Volume;

/** Hand-made KPI reports with named values, names in Polish, Lithuanian, Ukrainian and Russian. */
final class TestReports {

    public static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    public static final LocalDate NOVEMBER_1 = LocalDate.of(2026, 11, 1);
    public static final LocalDate NOVEMBER_30 = LocalDate.of(2026, 11, 30);
    public static final String TEAM = "Vilniaus biuras";
    public static final String BEST_AGENT = "Łukasz Żółć";
    public static final String CYRILLIC_AGENT = "Олена Коваленко";
    public static final String WORST_AGENT = "Jūratė Šimkūnienė";
    public static final String CYRILLIC_CATEGORY = "Принтери";
    public static final String RUSSIAN_TAG = "сеть";
    public static final String POLISH_COMMENT = "Szybko i grzecznie, dziękuję!";
    public static final long CREATED = 321;
    public static final long RESOLVED = 298;
    /** The median first response: 3.5 hours. */
    public static final double FIRST_RESPONSE_MEDIAN = 3.5;
    public static final double RESOLUTION_MEDIAN = 26.25;

    private TestReports() {
    }

    /** November 2026 in Warsaw, team "Vilniaus biuras", business hours. */
    public static KpiReport november() {
        return month(NOVEMBER_1, NOVEMBER_30, TEAM);
    }

    /** A whole year, every day with tickets: the size of the largest report one usually asks for. */
    public static KpiReport year() {
        return month(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null);
    }

    /** November 2026 without a ticket. */
    public static KpiReport emptyNovember() {
        var filter = filter(NOVEMBER_1, NOVEMBER_30, null);
        var days = new ArrayList<Day>();
        for (var d = NOVEMBER_1; !d.isAfter(NOVEMBER_30); d = d.plusDays(1)) {
            days.add(new Day(d, 0, 0, 0));
        }
        var none = new Durations(0, null, null, null, List.of());
        return new KpiReport(filter, Instant.parse("2026-12-01T06:00:00Z"), TimeBasis.WALL_CLOCK, true,
                new Volume(0, 0, 0, 0, days, List.of(), List.of(), List.of(), List.of()), none, none,
                new Sla(0, 0, null, 0, 0, null, List.of(), List.of()), new Quality(null, null, null),
                List.of(), List.of(), List.of(), new Recurring(List.of(), List.of()),
                new Csat(0, 0, null, null, null, List.of(0L, 0L, 0L, 0L, 0L), List.of(), List.of()));
    }

    static KpiFilter filter(LocalDate from, LocalDate to, String team) {
        return new KpiFilter(from, to, WARSAW, team, null, null, null, null, null);
    }

    private static KpiReport month(LocalDate from, LocalDate to, String team) {
        var days = new ArrayList<Day>();
        var csatDays = new ArrayList<CsatDay>();
        long backlog = 40;
        int i = 0;
        for (var d = from; !d.isAfter(to); d = d.plusDays(1), i++) {
            long created = 6 + (i * 7) % 9;
            long resolved = 5 + (i * 5) % 10;
            backlog = Math.max(0, backlog + created - resolved);
            days.add(new Day(d, created, resolved, backlog));
            csatDays.add(new CsatDay(d, 1 + i % 3, 3.4 + (i % 7) * 0.2));
        }
        var firstResponse = new Durations(290, FIRST_RESPONSE_MEDIAN, 5.2, 11.0, List.of(
                new Bucket(0, 1.0, 64), new Bucket(1, 4.0, 120), new Bucket(4, 8.0, 60), new Bucket(8, 24.0, 38),
                new Bucket(24, null, 8)));
        var resolution = new Durations(RESOLVED, RESOLUTION_MEDIAN, 31.5, 70.0, List.of(
                new Bucket(0, 1.0, 12), new Bucket(1, 4.0, 40), new Bucket(4, 8.0, 52), new Bucket(8, 24.0, 70),
                new Bucket(24, 72.0, 90), new Bucket(72, null, 34)));
        var agents = List.of(
                new AgentFigures("lzolc", BEST_AGENT, 92, 140, 1.5, 12.0, 0.97, 4.8, 31, 2710),
                new AgentFigures("okovalenko", CYRILLIC_AGENT, 80, 133, 2.5, 20.5, 0.91, 4.5, 22, 2400),
                new AgentFigures("mrossi", "Marco Rossi", 71, 101, 3.0, 25.0, 0.88, 4.2, 19, 2005),
                new AgentFigures("ipetrov", "Иван Петров", 44, 80, 6.0, 40.0, 0.74, 3.9, 10, 1500),
                new AgentFigures("jsimkuniene", WORST_AGENT, 34, 70, 9.5, 52.0, 0.61, 3.1, 8, 1210));
        var sla = new Sla(290, 262, 262 / 290.0, 298, 251, 251 / 298.0,
                List.of(new Breaches("vilnius", TEAM, 180, 21), new Breaches("warsaw", "Zespół Warszawa", 110, 7),
                        new Breaches("kyiv", "Київська команда", 60, 19)),
                List.of(new Breaches("printers", CYRILLIC_CATEGORY, 70, 12), new Breaches("network", "Sieć", 55, 9),
                        new Breaches("accounts", "Konta użytkowników", 40, 3)));
        var csat = new Csat(240, 120, 0.5, 0.8, 4.3, List.of(4L, 6L, 14L, 40L, 56L),
                List.of(new Comment("BIL-000101", 5, POLISH_COMMENT, Instant.parse("2026-11-28T10:15:00Z")),
                        new Comment("BIL-000117", 2, "Долго ждал ответа, но проблему решили.", Instant.parse("2026-11-27T09:00:00Z")),
                        new Comment("BIL-000130", 4, "Ačiū, viskas veikia.", Instant.parse("2026-11-20T14:30:00Z"))),
                csatDays);
        return new KpiReport(filter(from, to, team), Instant.parse("2026-12-01T06:00:00Z"), TimeBasis.BUSINESS_HOURS,
                false,
                new Volume(CREATED, RESOLVED, 270, 14, days,
                        List.of(new Count("EMAIL", "E-mail", 180), new Count("WEB", "Web", 120), new Count("PHONE", "Phone", 21)),
                        List.of(new Count("printers", CYRILLIC_CATEGORY, 90), new Count("network", "Sieć", 70)),
                        List.of(new Count("high", "Wysoki", 60), new Count("normal", "Normalny", 261)),
                        List.of(new Count("vilnius", TEAM, 321))),
                firstResponse, resolution, sla, new Quality(0.047, 2.4, 0.36), agents, agents.subList(0, 3),
                List.of(agents.get(4), agents.get(3), agents.get(2)),
                new Recurring(List.of(new Count("printers", CYRILLIC_CATEGORY, 90), new Count("network", "Sieć", 70),
                        new Count("accounts", "Konta użytkowników", 41)),
                        List.of(new Count("vpn", "VPN", 33), new Count("network", RUSSIAN_TAG, 28), new Count("toner", "toner", 12))),
                csat);
    }
}

package org.bilet.reports.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.bilet.reports.kpi.KpiReport;
import org.junit.jupiter.api.Test;

/** What the templates are handed: formatted figures, and collections as rows, per week for long periods. */
class ReportContentTest {

    @Test
    void a_month_is_charted_per_day_and_a_year_per_week_with_the_same_totals() {
        var month = parameters(TestReports.november());
        assertThat(rows(month, "volumeDays")).hasSize(2 * 30);
        assertThat(((Figures) month.get("F")).get("section.volumeOverTime")).isEqualTo("Tickets created and resolved per day");

        var year = TestReports.year();
        var weekly = parameters(year);
        var rows = rows(weekly, "volumeDays");
        // 2026-01-01 is a Thursday: a first short week, then Mondays to the year's end (53 weeks).
        assertThat(rows).hasSize(2 * 53);
        assertThat(rows.get(0).get("day")).isEqualTo(Date.from(LocalDate.of(2026, 1, 1).atStartOfDay(TestReports.WARSAW).toInstant()));
        assertThat(rows.get(1).get("day")).isEqualTo(Date.from(LocalDate.of(2026, 1, 5).atStartOfDay(TestReports.WARSAW).toInstant()));
        double created = rows.stream().filter(r -> r.get("series").equals("Created")).mapToDouble(r -> (Double) r.get("value")).sum();
        assertThat(created).isEqualTo(year.volume().days().stream().mapToLong(KpiReport.Day::created).sum());
        assertThat(rows(weekly, "backlogDays")).hasSize(365);
        assertThat(((Figures) weekly.get("F")).get("axis.period")).isEqualTo("Week (from Monday)");
    }

    @Test
    void the_weekly_csat_average_weighs_each_day_by_its_answers() {
        var from = LocalDate.of(2026, 1, 5); // a Monday
        var trend = List.of(new KpiReport.CsatDay(from, 1, 5.0), new KpiReport.CsatDay(from.plusDays(1), 3, 3.0),
                new KpiReport.CsatDay(from.plusDays(2), 0, null));
        var base = TestReports.year();
        var csat = new KpiReport.Csat(10, 4, 0.4, 0.25, 3.5, List.of(0L, 0L, 3L, 0L, 1L), List.of(), trend);
        var report = new KpiReport(base.filter(), base.computedAt(), base.basis(), false, base.volume(), base.firstResponse(),
                base.resolution(), base.sla(), base.quality(), base.agents(), base.best(), base.worst(), base.recurring(), csat);
        assertThat(rows(parameters(report), "csatTrend")).singleElement()
                .satisfies(row -> assertThat((Double) row.get("value")).isEqualTo(3.5));
    }

    @Test
    void figures_are_formatted_for_the_reader_and_missing_ones_read_as_a_dash() {
        var figures = new ReportContent(TestReports.november(), new ReportLabels(Locale.forLanguageTag("ru")))
                .figures(ReportKind.KPI);
        assertThat(figures.get("fr.median")).isEqualTo("3,5 ч");
        assertThat(figures.get("sla.fr")).isEqualTo("90,3\u00A0%");
        assertThat(figures.get("filter")).isEqualTo("Команда: " + TestReports.TEAM);
        assertThat(figures.get("nothing.like.this")).isEqualTo("—");
        var empty = new ReportContent(TestReports.emptyNovember(), new ReportLabels(Locale.ENGLISH)).figures(ReportKind.CSAT);
        assertThat(empty.get("csat.average")).isEqualTo("—");
        assertThat(empty.has("csat.any")).isFalse();
    }

    @Test
    void buckets_are_named_in_hours_without_a_unit() {
        var content = new ReportRows(TestReports.november(), new ReportLabels(Locale.forLanguageTag("pl")));
        assertThat(content.bucketName(new KpiReport.Bucket(0, 1.0, 3))).isEqualTo("< 1");
        assertThat(content.bucketName(new KpiReport.Bucket(1, 4.0, 3))).isEqualTo("1–4");
        assertThat(content.bucketName(new KpiReport.Bucket(0.5, 1.5, 3))).isEqualTo("0,5–1,5");
        assertThat(content.bucketName(new KpiReport.Bucket(72, null, 3))).isEqualTo("≥ 72");
    }

    private static Map<String, Object> parameters(KpiReport report) {
        return new ReportContent(report, new ReportLabels(Locale.ENGLISH)).parameters(ReportKind.KPI);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, ?>> rows(Map<String, Object> parameters, String name) {
        Collection<Map<String, ?>> data = ((JRMapCollectionDataSource) parameters.get(name)).getData();
        return List.copyOf(data);
    }

}

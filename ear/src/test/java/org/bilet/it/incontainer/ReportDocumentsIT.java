package org.bilet.it.incontainer;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipInputStream;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontFamily;
import org.bilet.it.Deployments;
import org.bilet.reports.documents.ReportDocuments;
import org.bilet.reports.documents.ReportFormat;
import org.bilet.reports.documents.ReportKind;
import org.bilet.reports.kpi.KpiFilter;
import org.bilet.reports.kpi.KpiReport;
import org.bilet.reports.kpi.KpiReport.AgentFigures;
import org.bilet.reports.kpi.KpiReport.Breaches;
import org.bilet.reports.kpi.KpiReport.Bucket;
import org.bilet.reports.kpi.KpiReport.Count;
import org.bilet.reports.kpi.KpiReport.Day;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * JasperReports runs inside WildFly with the EAR's libraries: the templates compiled at build time
 * load from the reports jar, the DejaVu font extension is found and embedded, and every report
 * renders as PDF, XLSX and CSV. The PDFs' text is read in the reports module's unit tests.
 */
@ExtendWith(ArquillianExtension.class)
class ReportDocumentsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inContainer();
    }

    @Inject
    ReportDocuments documents;

    @Test
    void the_compiled_templates_come_from_the_reports_jar_and_no_source_ships() {
        for (var kind : ReportKind.values()) {
            var compiled = ReportDocuments.class.getResource("/reports/" + kind.urlName() + ".jasper");
            assertThat(compiled).as(kind.urlName()).isNotNull();
            assertThat(compiled.toString()).contains("bilet-reports.jar");
            assertThat(ReportDocuments.class.getResource("/reports/" + kind.urlName() + ".jrxml")).isNull();
        }
    }

    @Test
    void the_dejavu_font_extension_is_found_in_the_server() {
        var families = DefaultJasperReportsContext.getInstance().getExtensions(FontFamily.class).stream()
                .map(FontFamily::getName).toList();
        assertThat(families).contains("DejaVu Sans", "DejaVu Serif");
    }

    @Test
    void every_report_renders_as_pdf_with_the_fonts_embedded() {
        for (var kind : ReportKind.values()) {
            var pdf = documents.render(kind, report(), Locale.forLanguageTag("pl"), ReportFormat.PDF);
            var raw = new String(pdf, StandardCharsets.ISO_8859_1);
            assertThat(raw).as(kind.urlName()).startsWith("%PDF-").contains("DejaVuSans", "/FontFile2");
        }
    }

    @Test
    void the_kpi_report_renders_as_a_workbook_and_a_table() throws IOException {
        var xlsx = documents.render(ReportKind.KPI, report(), Locale.forLanguageTag("uk"), ReportFormat.XLSX);
        assertThat(entries(xlsx)).contains("xl/workbook.xml", "xl/worksheets/sheet1.xml");

        var csv = new String(documents.render(ReportKind.KPI, report(), Locale.ENGLISH, ReportFormat.CSV),
                StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFmetric,key,name,value").contains("created,,,42", "top_category,printers,Принтери,9");
        assertThat(documents.fileName(ReportKind.KPI, report(), ReportFormat.PDF)).isEqualTo("bilet-kpi-2026-11.pdf");
    }

    private static List<String> entries(byte[] zip) throws IOException {
        var names = new ArrayList<String>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }

    /** November 2026 of a small team, with Polish, Lithuanian and Cyrillic names. */
    private static KpiReport report() {
        var from = LocalDate.of(2026, 11, 1);
        var to = LocalDate.of(2026, 11, 30);
        var days = new ArrayList<Day>();
        for (var d = from; !d.isAfter(to); d = d.plusDays(1)) {
            days.add(new Day(d, d.getDayOfMonth() % 3, d.getDayOfMonth() % 2, 5 + d.getDayOfMonth() % 4));
        }
        var agents = List.of(new AgentFigures("lzolc", "Łukasz Żółć", 20, 31, 1.5, 9.0, 0.95, 4.7, 6, 600),
                new AgentFigures("okovalenko", "Олена Коваленко", 14, 22, 2.0, 12.5, 0.86, 4.1, 4, 420));
        var durations = new KpiReport.Durations(34, 2.0, 3.1, 7.5,
                List.of(new Bucket(0, 1.0, 10), new Bucket(1, 8.0, 20), new Bucket(8, null, 4)));
        return new KpiReport(new KpiFilter(from, to, ZoneId.of("Europe/Vilnius"), "Vilniaus biuras", null, null, null, null, null),
                Instant.parse("2026-12-01T06:00:00Z"), KpiReport.TimeBasis.BUSINESS_HOURS, false,
                new KpiReport.Volume(42, 34, 30, 2, days, List.of(), List.of(new Count("printers", "Принтери", 9)),
                        List.of(), List.of()),
                durations, durations,
                new KpiReport.Sla(34, 31, 31 / 34.0, 34, 29, 29 / 34.0,
                        List.of(new Breaches("vilnius", "Vilniaus biuras", 34, 5)), List.of(new Breaches("printers", "Принтери", 9, 2))),
                new KpiReport.Quality(0.05, 1.8, 0.4), agents, agents, List.of(agents.get(1)),
                new KpiReport.Recurring(List.of(new Count("printers", "Принтери", 9)), List.of(new Count("vpn", "VPN", 3))),
                new KpiReport.Csat(30, 10, 1 / 3.0, 0.8, 4.4, List.of(0L, 1L, 1L, 3L, 5L),
                        List.of(new KpiReport.Comment("BIL-000007", 5, "Dziękuję, działa!", Instant.parse("2026-11-20T10:00:00Z"))),
                        List.of(new KpiReport.CsatDay(from.plusDays(3), 4, 4.5), new KpiReport.CsatDay(from.plusDays(10), 6, 4.3))));
    }
}

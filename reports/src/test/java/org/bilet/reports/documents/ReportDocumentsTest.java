package org.bilet.reports.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bilet.reports.kpi.KpiReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Renders hand-made reports and reads them back: PDF text and pixels, XLSX sheets, CSV rows. */
class ReportDocumentsTest {

    private static final Locale POLISH = Locale.forLanguageTag("pl-PL");

    private final ReportDocuments documents = new ReportDocuments();

    @Test
    void the_monthly_pdf_in_polish_states_period_filter_basis_figures_and_names() throws IOException {
        var pdf = documents.render(ReportKind.KPI, TestReports.november(), POLISH, ReportFormat.PDF);
        keep("kpi-pl.pdf", pdf);

        var text = text(pdf);
        assertThat(text).contains("Miesięczny raport KPI", "1 lis 2026", "30 lis 2026",
                "Zespół: " + TestReports.TEAM, "godzinach pracy kalendarzy SLA", "Europe/Warsaw");
        assertThat(text).contains("Utworzone", "321", "Rozwiązane", "298", "Mediana", "3,5 godz.", "26,3 godz.");
        assertThat(text).contains(TestReports.BEST_AGENT, TestReports.WORST_AGENT, TestReports.CYRILLIC_CATEGORY,
                TestReports.RUSSIAN_TAG, "Najlepsi agenci", "Agenci wymagający uwagi");
        assertThat(text).contains("Strona 1 / 2");
    }

    @Test
    void the_filter_is_named_as_people_read_it_not_by_its_keys() throws IOException {
        var base = TestReports.november();
        var named = new KpiReport(TestReports.filter(base.filter().from(), base.filter().to(), "it-infra"), base.computedAt(),
                base.basis(), base.empty(), base.volume(), base.firstResponse(), base.resolution(), base.sla(), base.quality(),
                base.agents(), base.best(), base.worst(), base.recurring(), base.csat(),
                new KpiReport.FilterNames("Infrastruktura IT", null, null, null, "Łukasz Żółć"));
        var text = text(documents.render(ReportKind.SLA, named, POLISH, ReportFormat.PDF));
        assertThat(text).contains("Zespół: Infrastruktura IT", "Agent: Łukasz Żółć").doesNotContain("it-infra");
    }

    @ParameterizedTest
    @EnumSource(ReportKind.class)
    void every_report_renders_in_every_language_with_its_title(ReportKind kind) throws IOException {
        for (var language : ReportLabels.LANGUAGES) {
            var locale = Locale.forLanguageTag(language);
            var pdf = documents.render(kind, TestReports.november(), locale, ReportFormat.PDF);
            keep(kind.urlName() + "-" + language + ".pdf", pdf);
            var title = bundle(locale).getString("title." + kind.urlName() + (kind == ReportKind.KPI ? ".month" : ""));
            assertThat(text(pdf)).as("%s in %s", kind, language).contains(title, TestReports.TEAM);
        }
    }

    @Test
    void the_fonts_are_embedded_so_that_no_system_font_is_needed() throws IOException {
        var pdf = documents.render(ReportKind.KPI, TestReports.november(), Locale.forLanguageTag("uk"), ReportFormat.PDF);
        try (var document = Loader.loadPDF(pdf)) {
            var fonts = new ArrayList<PDFont>();
            var resources = document.getPage(0).getResources();
            for (var name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.getName()).contains("DejaVu");
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            });
        }
    }

    @ParameterizedTest
    @EnumSource(ReportKind.class)
    void the_first_page_is_drawn_with_charts_and_text_not_blank(ReportKind kind) throws IOException {
        var pdf = documents.render(kind, TestReports.november(), Locale.ENGLISH, ReportFormat.PDF);
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(595, org.assertj.core.data.Offset.offset(1f));
            var image = new PDFRenderer(document).renderImageWithDPI(0, 60);
            keepPng(kind.urlName() + "-page1.png", image);
            assertThat(inkShare(image)).as("share of non-white pixels").isGreaterThan(0.05);
        }
    }

    @ParameterizedTest
    @EnumSource(ReportKind.class)
    void an_empty_period_is_a_valid_report_that_says_so(ReportKind kind) throws IOException {
        var pdf = documents.render(kind, TestReports.emptyNovember(), POLISH, ReportFormat.PDF);
        keep(kind.urlName() + "-empty-pl.pdf", pdf);
        var text = text(pdf);
        assertThat(text).contains("Brak zgłoszeń w tym okresie", "1 lis 2026", "Wszystkie zgłoszenia",
                "godzinach zegarowych");
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
        }
    }

    @Test
    void a_language_bilet_does_not_speak_reads_english() throws IOException {
        var pdf = documents.render(ReportKind.SLA, TestReports.november(), Locale.GERMAN, ReportFormat.PDF);
        assertThat(text(pdf)).contains("SLA compliance", "Breaches by team", "Team: " + TestReports.TEAM);
    }

    @ParameterizedTest
    @EnumSource(ReportKind.class)
    void the_workbook_is_an_xlsx_with_a_sheet_holding_the_names(ReportKind kind) throws IOException {
        var xlsx = documents.render(kind, TestReports.november(), POLISH, ReportFormat.XLSX);
        keep(kind.urlName() + "-pl.xlsx", xlsx);
        var entries = unzip(xlsx);
        assertThat(entries).containsKeys("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml");
        var strings = entries.getOrDefault("xl/sharedStrings.xml", "") + entries.get("xl/worksheets/sheet1.xml");
        assertThat(strings).contains(bundle(POLISH).getString("title." + kind.urlName() + (kind == ReportKind.KPI ? ".month" : "")),
                TestReports.TEAM);
    }

    @Test
    void the_kpi_csv_is_one_tidy_table_with_plain_numbers() throws IOException {
        var csv = documents.render(ReportKind.KPI, TestReports.november(), POLISH, ReportFormat.CSV);
        var records = csv(csv);
        assertThat(records.get(0).getParser().getHeaderNames()).containsExactly("metric", "key", "name", "value");
        assertThat(records).extracting(r -> r.get("metric") + "|" + r.get("key") + "|" + r.get("name") + "|" + r.get("value"))
                .contains("created|||321", "resolved|||298", "first_response_median_hours|||3.5",
                        "resolution_median_hours|||26.25", "created_on|2026-11-01||6",
                        "top_category|printers|" + TestReports.CYRILLIC_CATEGORY + "|90",
                        "sla_first_response_compliance|||0.903448", "first_response_hours_bucket|24-||8",
                        "csat_average|||4.3");
    }

    @Test
    void the_agents_csv_has_a_row_per_agent() throws IOException {
        var records = csv(documents.render(ReportKind.AGENTS, TestReports.november(), Locale.ENGLISH, ReportFormat.CSV));
        assertThat(records.get(0).getParser().getHeaderNames()).containsExactlyElementsOf(CsvTables.AGENT_HEADER);
        assertThat(records).extracting(r -> r.get("name"), r -> r.get("handled"), r -> r.get("sla_compliance"))
                .startsWith(org.assertj.core.groups.Tuple.tuple(TestReports.BEST_AGENT, "92", "0.97"))
                .hasSize(5);
    }

    @Test
    void the_sla_and_csat_csv_keep_their_shapes() throws IOException {
        var sla = csv(documents.render(ReportKind.SLA, TestReports.november(), Locale.ENGLISH, ReportFormat.CSV));
        assertThat(sla.get(0).getParser().getHeaderNames()).containsExactlyElementsOf(CsvTables.SLA_HEADER);
        assertThat(sla).extracting(r -> String.join("|", r.toList()))
                .contains("first_response|||290|28|0.903448", "team|vilnius|" + TestReports.TEAM + "|180|21|0.883333");
        var csat = csv(documents.render(ReportKind.CSAT, TestReports.november(), Locale.ENGLISH, ReportFormat.CSV));
        assertThat(csat).extracting(r -> String.join("|", r.toList()))
                .contains("csat_answers|||120", "score|5||56", "average_on|2026-11-02||3.6");
    }

    @Test
    void an_empty_csv_still_has_its_header_and_zeros() throws IOException {
        var records = csv(documents.render(ReportKind.KPI, TestReports.emptyNovember(), Locale.ENGLISH, ReportFormat.CSV));
        assertThat(records).extracting(r -> r.get("metric") + "=" + r.get("value")).contains("created=0", "csat_average=");
    }

    @Test
    void file_names_carry_kind_period_and_extension() {
        assertThat(documents.fileName(ReportKind.KPI, TestReports.november(), ReportFormat.PDF)).isEqualTo("bilet-kpi-2026-11.pdf");
        assertThat(documents.fileName(ReportKind.AGENTS, TestReports.year(), ReportFormat.XLSX)).isEqualTo("bilet-agents-2026.xlsx");
        var week = new KpiReport(TestReports.filter(TestReports.NOVEMBER_1.plusDays(2), TestReports.NOVEMBER_1.plusDays(8), null),
                null, null, true, null, null, null, null, null, null, null, null, null, null);
        assertThat(documents.fileName(ReportKind.SLA, week, ReportFormat.CSV)).isEqualTo("bilet-sla-2026-11-03-2026-11-09.csv");
    }

    @Test
    void kinds_and_formats_parse_from_urls() {
        assertThat(ReportKind.parse("agents")).contains(ReportKind.AGENTS);
        assertThat(ReportKind.parse(" KPI ")).contains(ReportKind.KPI);
        assertThat(ReportKind.parse("tickets")).isEmpty();
        assertThat(ReportFormat.fromExtension(".xlsx")).contains(ReportFormat.XLSX);
        assertThat(ReportFormat.fromExtension("PDF")).contains(ReportFormat.PDF);
        assertThat(ReportFormat.fromExtension("xls")).isEmpty();
        assertThat(ReportFormat.CSV.mediaType()).startsWith("text/csv");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pl", "lt", "uk", "ru", "it"})
    void every_language_has_every_label(String language) {
        var english = bundle(Locale.ENGLISH);
        var other = bundle(Locale.forLanguageTag(language));
        assertThat(other.getLocale().getLanguage()).isEqualTo(language);
        for (var key : english.keySet()) {
            assertThat(other.getString(key)).as(key).isNotBlank();
        }
        assertThat(other.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
    }

    @Test
    void a_year_of_days_renders_and_reports_its_time_and_memory() throws IOException {
        var year = TestReports.year();
        documents.render(ReportKind.KPI, year, Locale.ENGLISH, ReportFormat.PDF); // templates loaded, classes warm
        var memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long heapBefore = memory.getHeapMemoryUsage().getUsed();
        long start = System.nanoTime();
        var pdf = documents.render(ReportKind.KPI, year, POLISH, ReportFormat.PDF);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long heapAfter = memory.getHeapMemoryUsage().getUsed();
        keep("kpi-year-pl.pdf", pdf);
        assertThat(text(pdf)).contains("Raport KPI", "1 sty 2026 – 31 gru 2026", "tygodniowo").doesNotContain("Miesięczny");
        System.out.printf(Locale.ROOT, "KPI PDF for 365 days: %d ms, %d KiB, heap %d MiB before, %d MiB after (max %d MiB)%n",
                millis, pdf.length / 1024, heapBefore >> 20, heapAfter >> 20, memory.getHeapMemoryUsage().getMax() >> 20);
        assertThat(pdf).isNotEmpty();
    }

    private static ResourceBundle bundle(Locale locale) {
        return new ReportLabels(locale).bundle();
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // Non-breaking spaces (Polish digit groups, French-style gaps) read as plain spaces.
            return new PDFTextStripper().getText(document).replace('\u00A0', ' ').replace('\u202F', ' ');
        }
    }

    private static double inkShare(BufferedImage image) {
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
                if (r < 235 || g < 235 || b < 235) {
                    ink++;
                }
            }
        }
        return (double) ink / ((long) image.getWidth() * image.getHeight());
    }

    private static List<CSVRecord> csv(byte[] bytes) throws IOException {
        var text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (var parser = format.parse(new java.io.StringReader(text.substring(1)))) {
            return parser.getRecords();
        }
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        var entries = new HashMap<String, String>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    /** Keeps what a test rendered under target/documents, to look at. */
    private static void keep(String name, byte[] bytes) throws IOException {
        var dir = Path.of("target", "documents");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), bytes);
    }

    private static void keepPng(String name, BufferedImage image) throws IOException {
        var dir = Path.of("target", "documents");
        Files.createDirectories(dir);
        javax.imageio.ImageIO.write(image, "png", dir.resolve(name).toFile());
    }
}

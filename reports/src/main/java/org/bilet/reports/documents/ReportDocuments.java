package org.bilet.reports.documents;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Objects;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import org.bilet.reports.kpi.KpiReport;

/**
 * Renders a {@link KpiReport} as a document: one of the {@link ReportKind} templates (compiled at
 * build time, loaded once) filled in the reader's language and exported as PDF or XLSX, or the
 * report's figures as one tidy CSV table. Stateless apart from the loaded templates, so one
 * instance serves every caller at once.
 *
 * <p>Labels come from {@code labels*.properties} in Bilet's six languages (English for any other);
 * numbers and dates follow the locale; days and times are those of the report's filter zone. A
 * report of an empty period renders as a valid document that says so.
 */
@ApplicationScoped
public class ReportDocuments {

    private final Templates templates = new Templates();
    private final CsvTables csv = new CsvTables();

    /** The document in memory: reports are small (a year's KPI PDF is some hundred kilobytes). */
    public byte[] render(ReportKind kind, KpiReport report, Locale locale, ReportFormat format) {
        var out = new ByteArrayOutputStream(64 * 1024);
        render(kind, report, locale, format, out);
        return out.toByteArray();
    }

    /** Writes the document to {@code out}, which stays open. */
    public void render(ReportKind kind, KpiReport report, Locale locale, ReportFormat format, OutputStream out) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        try {
            switch (format) {
                case PDF -> pdf(fill(kind, report, locale), new ReportContent(report, new ReportLabels(locale)).title(kind), out);
                case XLSX -> xlsx(fill(kind, report, locale), out);
                case CSV -> csv.write(kind, report, new NotClosing(out));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JRException e) {
            throw new ReportRenderingException("Cannot render the " + kind.urlName() + " report as " + format, e);
        }
    }

    /** The name to offer for the file: {@code bilet-kpi-2026-11.pdf} for a calendar month, else {@code bilet-kpi-2026-11-03-2026-11-09.pdf}. */
    public String fileName(ReportKind kind, KpiReport report, ReportFormat format) {
        var filter = report.filter();
        var from = filter.from();
        var to = filter.to();
        String period;
        if (from.getDayOfMonth() == 1 && to.equals(from.withDayOfMonth(from.lengthOfMonth()))) {
            period = String.format(Locale.ROOT, "%04d-%02d", from.getYear(), from.getMonthValue());
        } else if (from.getDayOfYear() == 1 && to.equals(from.withDayOfYear(from.lengthOfYear()))) {
            period = String.format(Locale.ROOT, "%04d", from.getYear());
        } else {
            period = from + "-" + to;
        }
        return "bilet-" + kind.urlName() + "-" + period + "." + format.extension();
    }

    JasperPrint fill(ReportKind kind, KpiReport report, Locale locale) throws JRException {
        var labels = new ReportLabels(locale);
        var parameters = new ReportContent(report, labels).parameters(kind);
        // The main dataset is one record: every section reads parameters, collections through their own datasets.
        return JasperFillManager.fillReport(templates.of(kind), parameters, new JREmptyDataSource(1));
    }

    private static void pdf(JasperPrint print, String title, OutputStream out) throws JRException {
        var exporter = new JRPdfExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        var configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle(title);
        configuration.setMetadataCreator("Bilet");
        exporter.setConfiguration(configuration);
        exporter.exportReport();
    }

    private static void xlsx(JasperPrint print, OutputStream out) throws JRException {
        var exporter = new JRXlsxExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        var configuration = new SimpleXlsxReportConfiguration();
        configuration.setOnePagePerSheet(false);
        configuration.setDetectCellType(true);
        configuration.setRemoveEmptySpaceBetweenRows(true);
        configuration.setWhitePageBackground(false);
        exporter.setConfiguration(configuration);
        exporter.exportReport();
    }

    /** Lets the CSV printer close its writer without closing the caller's stream. */
    private static final class NotClosing extends java.io.FilterOutputStream {
        NotClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}

package org.bilet.reports.documents;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats a report is rendered in, with what HTTP and file names need to know of them. */
public enum ReportFormat {
    /** A4 pages with charts, fonts embedded. */
    PDF("pdf", "application/pdf"),
    /** The same pages as a workbook, one sheet per page, charts as pictures. */
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    /** One tidy table: a header row, then figures with locale-independent numbers, UTF-8. */
    CSV("csv", "text/csv; charset=UTF-8");

    private final String extension;
    private final String mediaType;

    ReportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** Without the dot: {@code pdf}, {@code xlsx}, {@code csv}. */
    public String extension() {
        return extension;
    }

    /** For {@code Content-Type}. */
    public String mediaType() {
        return mediaType;
    }

    /** The format of an extension, with or without its dot, case-insensitive; empty for any other. */
    public static Optional<ReportFormat> fromExtension(String extension) {
        if (extension == null) {
            return Optional.empty();
        }
        var wanted = extension.trim().toLowerCase(Locale.ROOT);
        var bare = wanted.startsWith(".") ? wanted.substring(1) : wanted;
        return Arrays.stream(values()).filter(f -> f.extension.equals(bare)).findFirst();
    }
}

package org.bilet.reports.documents;

import java.math.RoundingMode;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words and number formats of one recipient's language: the labels of {@code labels*.properties}
 * (en, pl, lt, uk, ru, it; any other language reads English) and figures formatted for that locale.
 * Missing figures (nothing measured) read as a dash.
 */
final class ReportLabels {

    static final String BUNDLE = "org.bilet.reports.documents.labels";
    static final List<String> LANGUAGES = List.of("en", "pl", "lt", "uk", "ru", "it");
    static final String NONE = "—";

    private final Locale locale;
    private final ResourceBundle bundle;

    ReportLabels(Locale requested) {
        this.locale = supported(requested);
        // No fallback to the server's default locale: an unknown language reads the base (English) bundle.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ReportLabels.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The requested locale when its language is one of Bilet's, else English. */
    static Locale supported(Locale requested) {
        return requested != null && LANGUAGES.contains(requested.getLanguage()) ? requested : Locale.ENGLISH;
    }

    Locale locale() {
        return locale;
    }

    ResourceBundle bundle() {
        return bundle;
    }

    String text(String key, Object... arguments) {
        var pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    String count(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    String share(Double fraction) {
        if (fraction == null) {
            return NONE;
        }
        var format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(1);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(fraction);
    }

    String hours(Double hours) {
        return hours == null ? NONE : text("unit.hours", decimal(hours));
    }

    String decimal(Double value) {
        if (value == null) {
            return NONE;
        }
        var format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    String minutes(long minutes) {
        return text("unit.hoursMinutes", minutes / 60, String.format(Locale.ROOT, "%02d", minutes % 60));
    }

    String date(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
    }

    String dateTime(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(instant.atZone(zone));
    }
}

package org.bilet.web.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.bilet.platform.Settings;

/**
 * Dates, times and spans of time in the reader's language and time zone: the one place that words
 * them. Times are in the reader's own zone; one that others read on their own clocks carries its
 * zone when the reader's clock differs from the desk's ({@link Settings#homeZone()}), and
 * {@link #exact} always names it, for tooltips.
 */
@Named("fmt")
@RequestScoped
public class Formats {

    /** A count of a unit of time, by its name in the bundle ({@code minutes}, {@code hours}, {@code days}). */
    public record TimeAmount(String unit, long count) {
    }

    @Inject
    UserSession me;

    @Inject
    Clock clock;

    @Inject
    Settings settings;

    private DateTimeFormatter dateTime;
    private DateTimeFormatter date;
    private DateTimeFormatter exact;
    private ZoneId home;

    /** "4 Dec 2026, 14:17", with "CET" after it when the reader's clock is not the desk's. */
    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        if (dateTime == null) {
            dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(me.getLocale()).withZone(me.getZone());
        }
        var text = dateTime.format(instant);
        return differsFromHome(instant) ? text + " " + zoneName(instant) : text;
    }

    public String date(Instant instant) {
        if (date == null) {
            date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(me.getLocale()).withZone(me.getZone());
        }
        return instant == null ? "" : date.format(instant);
    }

    /** The full time with its zone and offset, for a tooltip: "4 Dec 2026, 14:17:05 CET (UTC+01:00)". */
    public String exact(Instant instant) {
        if (instant == null) {
            return "";
        }
        if (exact == null) {
            exact = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(me.getLocale()).withZone(me.getZone());
        }
        return exact.format(instant) + " " + zoneName(instant) + " (" + utcOffset(me.getZone(), instant) + ")";
    }

    /** The machine-readable instant of a {@code <time datetime>}. */
    public String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    /** Whether the reader's clock shows another time than the desk's at that instant. */
    public boolean differsFromHome(Instant instant) {
        if (home == null) {
            home = settings.homeZone();
        }
        var at = instant == null ? clock.instant() : instant;
        return !me.getZone().getRules().getOffset(at).equals(home.getRules().getOffset(at));
    }

    private String zoneName(Instant instant) {
        return DateTimeFormatter.ofPattern("zzz", me.getLocale()).withZone(me.getZone()).format(instant);
    }

    /** "UTC+01:00", "UTC" for no offset. */
    static String utcOffset(ZoneId zone, Instant instant) {
        var offset = zone.getRules().getOffset(instant);
        return offset.equals(ZoneOffset.UTC) ? "UTC" : "UTC" + offset.getId();
    }

    /** How long ago, in the largest whole unit: "just now", "5 minutes ago", "1 dzień temu"; the exact time is in a tooltip. */
    public String ago(Instant instant) {
        return instant == null ? "" : ago(Duration.between(instant, clock.instant()), me.getLocale());
    }

    /** A due date as the reader weighs it: "in 2 days", or "3 hours overdue" once it has passed. */
    public String due(Instant instant) {
        return instant == null ? "" : due(Duration.between(clock.instant(), instant), me.getLocale());
    }

    public boolean isPast(Instant instant) {
        return instant != null && instant.isBefore(clock.instant());
    }

    static String ago(Duration elapsed, Locale locale) {
        if (elapsed.isNegative()) {
            return Texts.in(locale, "time.in", words(locale, "in", largest(elapsed.negated())));
        }
        return elapsed.toMinutes() == 0 ? Texts.in(locale, "time.justNow") : Texts.in(locale, "time.ago", words(locale, "ago", largest(elapsed)));
    }

    static String due(Duration left, Locale locale) {
        return left.isNegative() ? Texts.in(locale, "time.overdue", words(locale, "overdue", largest(left.negated())))
                : Texts.in(locale, "time.in", words(locale, "in", largest(left)));
    }

    /**
     * Amounts of time in the words a context needs: "2 dni 3 godziny" after "za" ({@code in}), the
     * same amounts standing alone ({@code null}); languages with cases word them per context
     * ({@code time.ago.days}, {@code time.in.days}, {@code time.overdue.days}, {@code time.days}).
     */
    public static String words(Locale locale, String context, List<TimeAmount> amounts) {
        var prefix = context == null ? "time." : "time." + context + ".";
        return amounts.stream().map(a -> Texts.in(locale, prefix + a.unit(), a.count())).collect(Collectors.joining(" "));
    }

    private static List<TimeAmount> largest(Duration duration) {
        if (duration.toDays() > 0) {
            return List.of(new TimeAmount("days", duration.toDays()));
        }
        if (duration.toHours() > 0) {
            return List.of(new TimeAmount("hours", duration.toHours()));
        }
        return List.of(new TimeAmount("minutes", Math.max(1, duration.toMinutes())));
    }
}

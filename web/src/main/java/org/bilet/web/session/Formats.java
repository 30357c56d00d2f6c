package org.bilet.web.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Dates and times in the reader's language and time zone. */
@Named("fmt")
@RequestScoped
public class Formats {

    @Inject
    UserSession me;

    @Inject
    Clock clock;

    private DateTimeFormatter dateTime;
    private DateTimeFormatter date;

    public String dateTime(Instant instant) {
        if (dateTime == null) {
            dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(me.getLocale()).withZone(me.getZone());
        }
        return instant == null ? "" : dateTime.format(instant);
    }

    public String date(Instant instant) {
        if (date == null) {
            date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(me.getLocale()).withZone(me.getZone());
        }
        return instant == null ? "" : date.format(instant);
    }

    /** How long ago, in the largest whole unit: "just now", "5 min", "3 h", "2 d"; the exact time is in a tooltip. */
    public String ago(Instant instant) {
        if (instant == null) {
            return "";
        }
        var elapsed = Duration.between(instant, clock.instant());
        if (elapsed.isNegative()) {
            return Texts.text("time.in", span(elapsed.negated()));
        }
        return elapsed.toMinutes() == 0 ? Texts.text("time.justNow") : Texts.text("time.ago", span(elapsed));
    }

    /** A due date as the reader weighs it: "in 2 d", or "3 h overdue" once it has passed. */
    public String due(Instant instant) {
        if (instant == null) {
            return "";
        }
        var left = Duration.between(clock.instant(), instant);
        return left.isNegative() ? Texts.text("time.overdue", span(left.negated())) : Texts.text("time.in", span(left));
    }

    public boolean isPast(Instant instant) {
        return instant != null && instant.isBefore(clock.instant());
    }

    private static String span(Duration duration) {
        if (duration.toDays() > 0) {
            return Texts.text("time.days", duration.toDays());
        }
        if (duration.toHours() > 0) {
            return Texts.text("time.hours", duration.toHours());
        }
        return Texts.text("time.minutes", Math.max(1, duration.toMinutes()));
    }
}

package org.bilet.web.desk;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.bilet.sla.Holiday;
import org.bilet.sla.Promise;
import org.bilet.sla.SlaExplanation;
import org.bilet.sla.SlaState;
import org.bilet.sla.WeeklyHours;
import org.bilet.tickets.TicketStatus;
import org.bilet.web.session.Formats;
import org.bilet.web.session.Texts;
import org.bilet.web.session.Timetable;
import org.bilet.web.session.UserSession;

/**
 * A ticket's SLA in the reader's words: its state ("Breached"), how long until it is due ("in
 * 2 h 15 min"), business time, and the moves of a promise's clock ("Paused — waiting on the requester").
 */
@Named("sla")
@RequestScoped
public class SlaTexts {

    /** Reasons the SLA engine writes that are not a status or a policy key. */
    private static final Set<String> KNOWN_REASONS = Set.of("reply", "requester message", "paused");

    @Inject
    Clock clock;

    @Inject
    UserSession me;

    public String state(SlaState state) {
        return state == null ? "" : Texts.text("sla.state." + state.name());
    }

    /** What the state means, for the badge's tooltip: the colour is never the only sign. */
    public String stateHint(SlaState state) {
        return state == null ? "" : Texts.text("sla.state." + state.name() + ".hint");
    }

    /** "in 2 hours 15 minutes", or "3 hours 5 minutes overdue" once it has passed. */
    public String countdown(Instant due) {
        return countdown(due, false);
    }

    /**
     * The countdown in its larger unit alone ("in 2 hours", "6 days overdue"), for a list's narrow
     * column: one line in every language.
     */
    public String shortCountdown(Instant due) {
        return countdown(due, true);
    }

    private String countdown(Instant due, boolean largestOnly) {
        if (due == null) {
            return "";
        }
        var left = Duration.between(clock.instant(), due);
        var locale = me.getLocale();
        var units = units(left.isNegative() ? left.negated() : left);
        var shown = largestOnly ? units.subList(0, 1) : units;
        return left.isNegative() ? Texts.text("time.overdue", Formats.words(locale, "overdue", shown))
                : Texts.text("time.in", Formats.words(locale, "in", shown));
    }

    /**
     * Minutes of business time: "40 hours", "1 hour 30 minutes", "0 minutes". Never in days: a business day is
     * not 24 hours, so "1 day 16 hours" would read as far more or less than the calendar means.
     */
    public String businessTime(long minutes) {
        return Formats.words(me.getLocale(), null, businessUnits(minutes));
    }

    static List<Formats.TimeAmount> businessUnits(long minutes) {
        long h = Math.abs(minutes) / 60;
        long m = Math.abs(minutes) % 60;
        if (h == 0) {
            return List.of(new Formats.TimeAmount("minutes", m));
        }
        return m == 0 ? List.of(new Formats.TimeAmount("hours", h))
                : List.of(new Formats.TimeAmount("hours", h), new Formats.TimeAmount("minutes", m));
    }

    public String kind(Promise.Kind kind) {
        return Texts.text("sla.kind." + kind.name());
    }

    /** How far the promise was kept: time left, time to spare once kept, or how late. */
    public String margin(SlaExplanation.PromiseView promise) {
        var minutes = promise.marginMinutes();
        if (minutes < 0) {
            return Texts.text("sla.lateBy", businessTime(-minutes));
        }
        return Texts.text("STOPPED".equals(promise.phase()) ? "sla.spare" : "sla.left", businessTime(minutes));
    }

    public boolean isLate(SlaExplanation.PromiseView promise) {
        return promise.marginMinutes() < 0;
    }

    /** "Paused — waiting on the requester"; a move without a reason is its name alone. */
    public String step(SlaExplanation.Step step) {
        var move = Texts.text("sla.move." + step.move().name());
        var reason = reason(step.reason());
        return reason == null ? move : Texts.text("sla.step", move, reason);
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        if (KNOWN_REASONS.contains(reason)) {
            return Texts.text("sla.reason." + reason.replace(' ', '-'));
        }
        if (isStatus(reason)) {
            return Texts.text("sla.reason.status." + reason);
        }
        return Texts.text("sla.reason.policy", reason);
    }

    private static boolean isStatus(String reason) {
        for (var status : TicketStatus.values()) {
            if (status.name().equals(reason)) {
                return true;
            }
        }
        return false;
    }

    /** "Mon–Fri 08:00–16:00": the calendar's week, consecutive days with the same hours together. */
    public List<String> hours(List<WeeklyHours> hours) {
        return Timetable.of(hours, me.getLocale());
    }

    /** The next few holidays of the calendar, from today in its own zone. */
    public List<String> upcomingHolidays(SlaExplanation.CalendarView calendar) {
        var today = LocalDate.now(clock.withZone(ZoneId.of(calendar.zone())));
        var format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(me.getLocale());
        return calendar.holidays().stream()
                .filter(h -> !h.day().isBefore(today))
                .sorted(Comparator.comparing(Holiday::day))
                .limit(5)
                .map(h -> format.format(h.day()) + " — " + h.name())
                .toList();
    }

    /**
     * The largest unit and the one below it, leaving out a zero: 2 d 3 h, 1 h 15 min, 2 h, 5 min;
     * under a minute counts as one, so something due is never "0 min" away.
     */
    static List<Formats.TimeAmount> units(Duration duration) {
        long minutes = Math.max(1, duration.toMinutes());
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long mins = minutes % 60;
        var units = new ArrayList<Formats.TimeAmount>();
        if (days > 0) {
            units.add(new Formats.TimeAmount("days", days));
            // From a week on the hours are noise ("105 days", not "105 days 9 hours"), and the queue's column stays narrow.
            if (hours > 0 && days < 7) {
                units.add(new Formats.TimeAmount("hours", hours));
            }
        } else if (hours > 0) {
            units.add(new Formats.TimeAmount("hours", hours));
            if (mins > 0) {
                units.add(new Formats.TimeAmount("minutes", mins));
            }
        } else {
            units.add(new Formats.TimeAmount("minutes", mins));
        }
        return units;
    }
}

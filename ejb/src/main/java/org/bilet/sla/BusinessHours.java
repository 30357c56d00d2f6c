package org.bilet.sla;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One stretch of a business day in local wall time, from {@code opens} (included) to {@code closes}
 * (excluded). A closing time of 00:00 means midnight at the end of the day, so 22:00-00:00 is the
 * last two hours and {@link #ALL_DAY} the whole day; a night shift is two stretches on two days.
 */
public record BusinessHours(LocalTime opens, LocalTime closes) {

    /** Midnight to midnight, however long the day is. */
    public static final BusinessHours ALL_DAY = new BusinessHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

    private static final long NANOS_PER_DAY = 86_400_000_000_000L;

    public BusinessHours {
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        if (opens.toNanoOfDay() >= endNanos(closes)) {
            throw new IllegalArgumentException("Business hours must open before they close: " + opens + "-" + closes
                    + " is empty or reversed (00:00 as closing time means midnight at the end of the day).");
        }
    }

    /** Hours written as in a timetable, for example {@code of("08:00", "16:00")}. */
    public static BusinessHours of(String opens, String closes) {
        return new BusinessHours(LocalTime.parse(opens), LocalTime.parse(closes));
    }

    public boolean overlaps(BusinessHours other) {
        return opens.toNanoOfDay() < endNanos(other.closes) && other.opens.toNanoOfDay() < endNanos(closes);
    }

    Instant opensOn(LocalDate day, ZoneId zone) {
        return atWallTime(day.atTime(opens), zone);
    }

    Instant closesOn(LocalDate day, ZoneId zone) {
        var closing = closes.equals(LocalTime.MIDNIGHT) ? day.plusDays(1).atStartOfDay() : day.atTime(closes);
        return atWallTime(closing, zone);
    }

    /**
     * The instant the wall clock shows {@code local}. A time skipped when the clocks jump forward is
     * passed at the jump, so hours opening in the gap open right after it and hours wholly inside it
     * are empty; a time shown twice when the clocks go back counts when it is first shown, so hours
     * spanning the change include the repeated hour. Either way a day keeps its local opening hours.
     */
    private static Instant atWallTime(LocalDateTime local, ZoneId zone) {
        var rules = zone.getRules();
        if (rules.getValidOffsets(local).isEmpty()) {
            return rules.getTransition(local).getInstant();
        }
        return local.atZone(zone).toInstant(); // the earlier of two offsets in an overlap
    }

    private static long endNanos(LocalTime closes) {
        return closes.equals(LocalTime.MIDNIGHT) ? NANOS_PER_DAY : closes.toNanoOfDay();
    }

    @Override
    public String toString() {
        return opens + "-" + (closes.equals(LocalTime.MIDNIGHT) ? "24:00" : closes);
    }
}

package org.bilet.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * When promises are kept: weekly business hours in the local wall time of one zone, minus holidays.
 * Business time is real elapsed time inside those hours, so a day of 08:00-16:00 has eight hours
 * even when the clocks change that day, and a 24/7 calendar has 23 or 25 hours on such a day; see
 * {@link BusinessHours} for hours that begin or end in the changing hour. Every week must have some
 * hours; a search for business time gives up after {@value #MAX_CLOSED_DAYS} closed days in a row.
 */
public record BusinessCalendar(ZoneId zone, Map<DayOfWeek, List<BusinessHours>> week, Set<LocalDate> holidays) {

    /** More closed days in a row than that are a mistake in the holidays, not a long weekend. */
    public static final int MAX_CLOSED_DAYS = 400;

    /** Hours per day of the week (days without hours may be left out) and dates closed all day. */
    public BusinessCalendar {
        Objects.requireNonNull(zone, "zone");
        week = validWeek(week);
        holidays = Collections.unmodifiableSet(new TreeSet<>(holidays));
    }

    /** Open all the time, as promised by a 24/7 support contract. */
    public static BusinessCalendar always(ZoneId zone) {
        return on(EnumSet.allOf(DayOfWeek.class), zone, BusinessHours.ALL_DAY);
    }

    /** The same hours Monday to Friday, closed at weekends. */
    public static BusinessCalendar weekdays(ZoneId zone, BusinessHours... hours) {
        return on(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), zone, hours);
    }

    private static BusinessCalendar on(Set<DayOfWeek> days, ZoneId zone, BusinessHours... hours) {
        var week = new EnumMap<DayOfWeek, List<BusinessHours>>(DayOfWeek.class);
        days.forEach(day -> week.put(day, List.of(hours)));
        return new BusinessCalendar(zone, week, Set.of());
    }

    /** The same calendar, also closed on the given dates. */
    public BusinessCalendar withHolidays(LocalDate... dates) {
        return withHolidays(Arrays.asList(dates));
    }

    public BusinessCalendar withHolidays(Collection<LocalDate> dates) {
        var all = new TreeSet<>(holidays);
        all.addAll(dates);
        return new BusinessCalendar(zone, week, all);
    }

    // ---- business time

    /** Business time elapsed from {@code from} (included) to {@code to} (excluded); zero if {@code to} is not later. */
    public Duration businessTimeBetween(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        var total = Duration.ZERO;
        if (!to.isAfter(from)) {
            return total;
        }
        var last = dayOf(to).plusDays(1);
        for (var day = dayOf(from).minusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
            for (var opening : openingsOn(day)) {
                total = total.plus(opening.overlap(from, to));
            }
        }
        return total;
    }

    /**
     * The earliest instant by which {@code amount} of business time has elapsed after {@code from}:
     * counting starts at the next opening if {@code from} is outside business hours, and a target
     * reached at closing time is due at closing, not at the next opening. Zero returns {@code from}.
     */
    public Instant plusBusinessTime(Instant from, Duration amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("Business time to add cannot be negative: " + amount + ".");
        }
        var left = amount;
        var cursor = Objects.requireNonNull(from, "from");
        while (!left.isZero()) {
            var opening = openingAtOrAfter(cursor);
            var available = opening.length();
            if (left.compareTo(available) <= 0) {
                return opening.start().plus(left);
            }
            left = left.minus(available);
            cursor = opening.end();
        }
        return from;
    }

    public boolean isBusinessTime(Instant at) {
        var day = dayOf(at);
        // Neighbouring days too: where the clocks go back across midnight, a day's hours and its dates disagree.
        return Stream.of(day.minusDays(1), day, day.plusDays(1))
                .flatMap(d -> openingsOn(d).stream())
                .anyMatch(opening -> opening.contains(at));
    }

    /** {@code at} itself within business hours, otherwise the next time business opens. */
    public Instant nextOpening(Instant at) {
        return openingAtOrAfter(Objects.requireNonNull(at, "at")).start();
    }

    /** The business hours that contain {@code at} (cut to start there) or come next. */
    private Opening openingAtOrAfter(Instant at) {
        var first = dayOf(at).minusDays(1);
        for (var day = first; day.isBefore(first.plusDays(MAX_CLOSED_DAYS + 2)); day = day.plusDays(1)) {
            for (var opening : openingsOn(day)) {
                if (opening.end().isAfter(at)) {
                    return opening.start().isBefore(at) ? new Opening(at, opening.end()) : opening;
                }
            }
        }
        throw new IllegalStateException("The calendar has no business hours for " + MAX_CLOSED_DAYS
                + " days after " + at + " in " + zone + "; check its holidays.");
    }

    /** The real instants of a date's business hours, in order; none on a holiday. */
    private List<Opening> openingsOn(LocalDate day) {
        if (holidays.contains(day)) {
            return List.of();
        }
        return week.getOrDefault(day.getDayOfWeek(), List.of()).stream()
                .map(hours -> new Opening(hours.opensOn(day, zone), hours.closesOn(day, zone)))
                .filter(opening -> opening.end().isAfter(opening.start())) // hours inside a daylight saving gap
                .toList();
    }

    private LocalDate dayOf(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }

    private static Map<DayOfWeek, List<BusinessHours>> validWeek(Map<DayOfWeek, List<BusinessHours>> week) {
        var valid = new EnumMap<DayOfWeek, List<BusinessHours>>(DayOfWeek.class);
        week.forEach((day, hours) -> {
            var sorted = hours.stream().sorted(Comparator.comparing(BusinessHours::opens)).toList();
            for (int i = 1; i < sorted.size(); i++) {
                if (sorted.get(i - 1).overlaps(sorted.get(i))) {
                    throw new IllegalArgumentException("Business hours on " + day + " overlap: "
                            + sorted.get(i - 1) + " and " + sorted.get(i) + ".");
                }
            }
            if (!sorted.isEmpty()) {
                valid.put(Objects.requireNonNull(day), List.copyOf(sorted));
            }
        });
        if (valid.isEmpty()) {
            throw new IllegalArgumentException("A business calendar needs business hours on at least one day of the week;"
                    + " one that is never open would never reach a target.");
        }
        return Collections.unmodifiableMap(valid);
    }

    /** Business hours as real time: [start, end). */
    private record Opening(Instant start, Instant end) {

        Duration length() {
            return Duration.between(start, end);
        }

        boolean contains(Instant at) {
            return !at.isBefore(start) && at.isBefore(end);
        }

        Duration overlap(Instant from, Instant to) {
            var later = start.isAfter(from) ? start : from;
            var earlier = end.isBefore(to) ? end : to;
            return earlier.isAfter(later) ? Duration.between(later, earlier) : Duration.ZERO;
        }
    }
}

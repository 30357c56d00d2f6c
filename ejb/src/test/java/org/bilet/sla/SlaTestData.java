package org.bilet.sla;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Named calendars and dates of 2026 for SLA tests. The clocks change in the EU on Sunday 29 March
 * (02:00 becomes 03:00 in Warsaw) and on Sunday 25 October (03:00 becomes 02:00).
 */
final class SlaTestData {

    static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    static final ZoneId VILNIUS = ZoneId.of("Europe/Vilnius");

    static final BusinessHours EIGHT_TO_FOUR = BusinessHours.of("08:00", "16:00");

    static final LocalDate EASTER_MONDAY = LocalDate.of(2026, 4, 6);
    static final LocalDate LABOUR_DAY = LocalDate.of(2026, 5, 1);

    /** Monday to Friday 08:00-16:00 in Warsaw, closed on Easter Monday and Labour Day (a Friday). */
    static final BusinessCalendar WARSAW_OFFICE = BusinessCalendar.weekdays(WARSAW, EIGHT_TO_FOUR)
            .withHolidays(EASTER_MONDAY, LABOUR_DAY);

    /** The same local hours in Vilnius, an hour ahead of Warsaw all year. */
    static final BusinessCalendar VILNIUS_OFFICE = BusinessCalendar.weekdays(VILNIUS, EIGHT_TO_FOUR);

    /** Monday to Friday 08:00-12:00 and 13:00-17:00 in Warsaw, with an hour for lunch. */
    static final BusinessCalendar WARSAW_WITH_LUNCH = BusinessCalendar.weekdays(WARSAW,
            BusinessHours.of("08:00", "12:00"), BusinessHours.of("13:00", "17:00"));

    static final BusinessCalendar WARSAW_ALWAYS = BusinessCalendar.always(WARSAW);

    /** Operations that work Sunday nights 01:00-04:00 only, across both changes of the clocks. */
    static final BusinessCalendar SUNDAY_NIGHTS = new BusinessCalendar(WARSAW,
            Map.of(DayOfWeek.SUNDAY, List.of(BusinessHours.of("01:00", "04:00"))), Set.of());

    private SlaTestData() {
    }

    /** An instant written as local time with its offset, so the tests do not lean on the zone rules. */
    static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }
}

package org.bilet.web.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.bilet.sla.WeeklyHours;
import org.junit.jupiter.api.Test;

/** A week reads as runs of days with the same hours, in the reader's language. */
class TimetableTest {

    @Test
    void consecutive_days_with_the_same_hours_are_one_entry() {
        var week = List.of(hours(DayOfWeek.FRIDAY, "08:00", "15:00"), hours(DayOfWeek.MONDAY, "08:00", "16:00"),
                hours(DayOfWeek.TUESDAY, "08:00", "16:00"), hours(DayOfWeek.THURSDAY, "08:00", "16:00"),
                hours(DayOfWeek.WEDNESDAY, "08:00", "16:00"), hours(DayOfWeek.SATURDAY, "00:00", "00:00"));

        assertThat(Timetable.of(week, Locale.ENGLISH)).containsExactly("Mon–Thu 08:00–16:00", "Fri 08:00–15:00", "Sat 00:00–24:00");
        assertThat(Timetable.of(week, Locale.forLanguageTag("pl")).get(0)).startsWith("pon.–czw.");
    }

    @Test
    void a_gap_in_the_week_splits_the_run() {
        var week = List.of(hours(DayOfWeek.MONDAY, "09:00", "17:00"), hours(DayOfWeek.WEDNESDAY, "09:00", "17:00"));

        assertThat(Timetable.of(week, Locale.ENGLISH)).containsExactly("Mon 09:00–17:00", "Wed 09:00–17:00");
    }

    private static WeeklyHours hours(DayOfWeek day, String opens, String closes) {
        return new WeeklyHours(day, LocalTime.parse(opens), LocalTime.parse(closes));
    }
}

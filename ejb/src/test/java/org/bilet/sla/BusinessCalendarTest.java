package org.bilet.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bilet.sla.SlaTestData.EASTER_MONDAY;
import static org.bilet.sla.SlaTestData.EIGHT_TO_FOUR;
import static org.bilet.sla.SlaTestData.LABOUR_DAY;
import static org.bilet.sla.SlaTestData.SUNDAY_NIGHTS;
import static org.bilet.sla.SlaTestData.VILNIUS_OFFICE;
import static org.bilet.sla.SlaTestData.WARSAW;
import static org.bilet.sla.SlaTestData.WARSAW_ALWAYS;
import static org.bilet.sla.SlaTestData.WARSAW_OFFICE;
import static org.bilet.sla.SlaTestData.WARSAW_WITH_LUNCH;
import static org.bilet.sla.SlaTestData.at;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class BusinessCalendarTest {

    /** Monday to Friday 08:00-16:00 in Warsaw with no holidays, to compare with {@link SlaTestData#WARSAW_OFFICE}. */
    private static final BusinessCalendar WARSAW_OFFICE_NO_HOLIDAYS = BusinessCalendar.weekdays(WARSAW, EIGHT_TO_FOUR);

    private static BusinessCalendar sundays(String opens, String closes) {
        return new BusinessCalendar(WARSAW, Map.of(DayOfWeek.SUNDAY, List.of(BusinessHours.of(opens, closes))), Set.of());
    }

    private static Duration hours(double hours) {
        return Duration.ofMinutes(Math.round(hours * 60));
    }

    @Nested
    class Construction {

        @Test
        void hours_that_overlap_on_a_day_are_refused() {
            var week = Map.of(DayOfWeek.MONDAY, List.of(BusinessHours.of("11:00", "17:00"), BusinessHours.of("08:00", "12:00")));

            assertThatThrownBy(() -> new BusinessCalendar(WARSAW, week, Set.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Business hours on MONDAY overlap: 08:00-12:00 and 11:00-17:00.");
        }

        @ParameterizedTest
        @CsvSource({"08:00, 08:00", "16:00, 08:00", "00:30, 00:00:00.000000001"})
        void hours_that_do_not_open_before_they_close_are_refused(String opens, String closes) {
            assertThatThrownBy(() -> BusinessHours.of(opens, closes))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("Business hours must open before they close: ");
        }

        @Test
        void a_week_without_any_hours_is_refused() {
            var week = Map.of(DayOfWeek.MONDAY, List.<BusinessHours>of());

            assertThatThrownBy(() -> new BusinessCalendar(WARSAW, week, Set.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("at least one day of the week");
        }

        @Test
        void closing_at_midnight_means_the_end_of_the_day() {
            var lateShift = new BusinessCalendar(WARSAW, Map.of(DayOfWeek.FRIDAY, List.of(BusinessHours.of("22:00", "00:00"))), Set.of());

            assertThat(lateShift.businessTimeBetween(at("2026-03-27T21:00+01:00"), at("2026-03-28T01:00+01:00")))
                    .isEqualTo(Duration.ofHours(2));
            assertThat(BusinessHours.ALL_DAY).hasToString("00:00-24:00");
        }

        @Test
        void hours_that_touch_do_not_overlap() {
            var splitAtNoon = BusinessCalendar.weekdays(WARSAW, BusinessHours.of("12:00", "16:00"), BusinessHours.of("08:00", "12:00"));

            assertThat(splitAtNoon.businessTimeBetween(at("2026-03-27T07:00+01:00"), at("2026-03-27T18:00+01:00")))
                    .isEqualTo(Duration.ofHours(8));
            assertThat(splitAtNoon.week().get(DayOfWeek.MONDAY)).extracting(BusinessHours::toString)
                    .containsExactly("08:00-12:00", "12:00-16:00");
        }

        @Test
        void calendars_with_the_same_hours_and_holidays_are_equal_whatever_the_order_given() {
            var week = new EnumMap<DayOfWeek, List<BusinessHours>>(DayOfWeek.class);
            for (var day : List.of(DayOfWeek.FRIDAY, DayOfWeek.THURSDAY, DayOfWeek.WEDNESDAY, DayOfWeek.TUESDAY, DayOfWeek.MONDAY)) {
                week.put(day, List.of(EIGHT_TO_FOUR));
            }
            week.put(DayOfWeek.SUNDAY, List.of());

            assertThat(new BusinessCalendar(WARSAW, week, Set.of(LABOUR_DAY, EASTER_MONDAY))).isEqualTo(WARSAW_OFFICE);
        }

        @Test
        void adding_holidays_makes_a_new_calendar_with_the_same_hours() {
            assertThat(WARSAW_OFFICE.holidays()).containsExactly(EASTER_MONDAY, LABOUR_DAY);
            assertThat(WARSAW_OFFICE.week()).isEqualTo(WARSAW_OFFICE_NO_HOLIDAYS.week());
            assertThat(WARSAW_OFFICE_NO_HOLIDAYS.holidays()).isEmpty();
        }
    }

    @Nested
    class BusinessTimeBetween {

        @Test
        void within_a_weekday_everything_counts() {
            // Friday 08:30 to 11:00 in Warsaw.
            assertThat(WARSAW_OFFICE.businessTimeBetween(Instant.parse("2026-03-27T07:30:00Z"), Instant.parse("2026-03-27T10:00:00Z")))
                    .isEqualTo(hours(2.5));
        }

        @Test
        void across_a_night_only_the_hours_of_both_days_count() {
            assertThat(WARSAW_OFFICE.businessTimeBetween(at("2026-03-26T15:00+01:00"), at("2026-03-27T09:00+01:00")))
                    .isEqualTo(Duration.ofHours(2));
        }

        @Test
        void across_a_weekend_only_friday_and_monday_count() {
            assertThat(WARSAW_OFFICE.businessTimeBetween(at("2026-03-20T15:00+01:00"), at("2026-03-23T09:00+01:00")))
                    .isEqualTo(Duration.ofHours(2));
        }

        @Test
        void a_holiday_counts_nothing() {
            // Friday before Easter to the Tuesday after: Easter Monday is closed.
            var from = at("2026-04-03T15:00+02:00");
            var to = at("2026-04-07T09:00+02:00");

            assertThat(WARSAW_OFFICE.businessTimeBetween(from, to)).isEqualTo(Duration.ofHours(2));
            assertThat(WARSAW_OFFICE_NO_HOLIDAYS.businessTimeBetween(from, to)).isEqualTo(Duration.ofHours(10));
        }

        @Test
        void outside_business_hours_nothing_counts() {
            assertThat(WARSAW_OFFICE.businessTimeBetween(at("2026-03-27T16:00+01:00"), at("2026-03-30T08:00+02:00"))).isZero();
            assertThat(WARSAW_OFFICE.businessTimeBetween(at("2026-03-28T10:00+01:00"), at("2026-03-29T18:00+02:00"))).isZero();
            assertThat(WARSAW_OFFICE.businessTimeBetween(at("2026-04-06T07:00+02:00"), at("2026-04-06T20:00+02:00"))).isZero();
        }

        @Test
        void an_empty_or_reversed_range_is_zero() {
            var friday = at("2026-03-27T10:00+01:00");

            assertThat(WARSAW_OFFICE.businessTimeBetween(friday, friday)).isZero();
            assertThat(WARSAW_OFFICE.businessTimeBetween(friday, friday.minus(Duration.ofHours(1)))).isZero();
        }

        @Test
        void a_whole_week_is_five_days_of_eight_hours() {
            assertThat(WARSAW_OFFICE.businessTimeBetween(at("2026-03-23T00:00+01:00"), at("2026-03-30T00:00+02:00")))
                    .isEqualTo(Duration.ofHours(40));
        }

        @Test
        void a_split_day_skips_the_lunch_break() {
            assertThat(WARSAW_WITH_LUNCH.businessTimeBetween(at("2026-03-27T11:30+01:00"), at("2026-03-27T13:30+01:00")))
                    .isEqualTo(Duration.ofHours(1));
            assertThat(WARSAW_WITH_LUNCH.businessTimeBetween(at("2026-03-27T07:00+01:00"), at("2026-03-27T18:00+01:00")))
                    .isEqualTo(Duration.ofHours(8));
        }
    }

    @Nested
    class PlusBusinessTime {

        @Test
        void within_a_weekday_it_is_plain_addition() {
            assertThat(WARSAW_OFFICE.plusBusinessTime(Instant.parse("2026-03-27T07:30:00Z"), Duration.ofHours(2)))
                    .isEqualTo(Instant.parse("2026-03-27T09:30:00Z"));
        }

        @Test
        void a_target_reached_at_closing_time_is_due_at_closing() {
            assertThat(WARSAW_OFFICE.plusBusinessTime(at("2026-03-27T08:30+01:00"), hours(7.5)))
                    .isEqualTo(at("2026-03-27T16:00+01:00"));
        }

        @Test
        void across_a_night_it_continues_at_the_next_opening() {
            assertThat(WARSAW_OFFICE.plusBusinessTime(at("2026-03-26T14:00+01:00"), Duration.ofHours(4)))
                    .isEqualTo(at("2026-03-27T10:00+01:00"));
        }

        @Test
        void across_a_weekend_it_continues_on_monday() {
            assertThat(WARSAW_OFFICE.plusBusinessTime(at("2026-03-20T15:00+01:00"), Duration.ofHours(2)))
                    .isEqualTo(at("2026-03-23T09:00+01:00"));
        }

        @Test
        void across_a_holiday_it_continues_on_the_day_after() {
            // Thursday 1 h, Good Friday (a working day) 8 h, Easter weekend and Monday closed, Tuesday 1 h.
            assertThat(WARSAW_OFFICE.plusBusinessTime(at("2026-04-02T15:00+02:00"), Duration.ofHours(10)))
                    .isEqualTo(at("2026-04-07T09:00+02:00"));
        }

        @Test
        void starting_on_a_weekend_counts_from_monday_morning() {
            assertThat(WARSAW_OFFICE.plusBusinessTime(at("2026-03-21T12:00+01:00"), Duration.ofHours(4)))
                    .isEqualTo(at("2026-03-23T12:00+01:00"));
        }

        @Test
        void starting_on_a_holiday_counts_from_the_next_business_morning() {
            assertThat(WARSAW_OFFICE.plusBusinessTime(at("2026-04-06T10:00+02:00"), Duration.ofHours(4)))
                    .isEqualTo(at("2026-04-07T12:00+02:00"));
        }

        @Test
        void starting_before_opening_or_at_closing_counts_from_the_next_opening() {
            assertThat(WARSAW_OFFICE.plusBusinessTime(at("2026-03-27T06:00+01:00"), Duration.ofHours(1)))
                    .isEqualTo(at("2026-03-27T09:00+01:00"));
            assertThat(WARSAW_OFFICE.plusBusinessTime(at("2026-03-27T16:00+01:00"), Duration.ofHours(1)))
                    .isEqualTo(at("2026-03-30T09:00+02:00"));
        }

        @Test
        void nothing_to_add_is_due_at_once_even_outside_business_hours() {
            var saturday = at("2026-03-28T12:00+01:00");

            assertThat(WARSAW_OFFICE.plusBusinessTime(saturday, Duration.ZERO)).isEqualTo(saturday);
        }

        @Test
        void negative_business_time_is_refused() {
            assertThatThrownBy(() -> WARSAW_OFFICE.plusBusinessTime(at("2026-03-27T10:00+01:00"), Duration.ofMinutes(-1)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Business time to add cannot be negative: PT-1M.");
        }

        @Test
        void a_split_day_continues_after_lunch() {
            assertThat(WARSAW_WITH_LUNCH.plusBusinessTime(at("2026-03-27T11:00+01:00"), Duration.ofHours(2)))
                    .isEqualTo(at("2026-03-27T14:00+01:00"));
            assertThat(WARSAW_WITH_LUNCH.plusBusinessTime(at("2026-03-27T11:00+01:00"), Duration.ofHours(1)))
                    .isEqualTo(at("2026-03-27T12:00+01:00"));
        }

        @Test
        void a_target_of_three_weeks_is_fifteen_business_days() {
            assertThat(WARSAW_OFFICE.plusBusinessTime(at("2026-03-02T08:00+01:00"), Duration.ofHours(120)))
                    .isEqualTo(at("2026-03-20T16:00+01:00"));
        }

        @Test
        void a_target_of_six_weeks_skips_weekends_and_holidays_across_the_change_of_clocks() {
            // 30 business days from 23 March: without Easter Monday and Labour Day that ends on 5 May.
            var from = at("2026-03-23T08:00+01:00");
            var due = WARSAW_OFFICE.plusBusinessTime(from, Duration.ofHours(240));

            assertThat(due).isEqualTo(at("2026-05-05T16:00+02:00"));
            assertThat(WARSAW_OFFICE.businessTimeBetween(from, due)).isEqualTo(Duration.ofHours(240));
        }

        @Test
        void a_long_holiday_stretch_is_skipped() {
            // Closed from Monday 21 December to Friday 8 January.
            var closed = Stream.iterate(LocalDate.of(2026, 12, 21), day -> day.plusDays(1)).limit(19).toList();
            var calendar = WARSAW_OFFICE.withHolidays(closed);

            assertThat(calendar.plusBusinessTime(at("2026-12-18T15:00+01:00"), Duration.ofHours(2)))
                    .isEqualTo(at("2027-01-11T09:00+01:00"));
        }

        @Test
        void a_calendar_closed_for_more_than_400_days_gives_up_with_a_clear_message() {
            var closed = Stream.iterate(LocalDate.of(2027, 1, 1), day -> day.plusDays(1)).limit(731).toList();
            var calendar = WARSAW_OFFICE.withHolidays(closed);
            var newYearsEve = at("2026-12-31T15:00+01:00");

            assertThatThrownBy(() -> calendar.plusBusinessTime(newYearsEve, Duration.ofHours(2)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("The calendar has no business hours for 400 days after 2026-12-31T15:00:00Z in Europe/Warsaw;"
                            + " check its holidays.");
            assertThatThrownBy(() -> calendar.nextOpening(newYearsEve.plus(Duration.ofHours(2))))
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    @Nested
    class OpeningHours {

        @Test
        void business_hours_include_the_opening_and_exclude_the_closing() {
            assertThat(WARSAW_OFFICE.isBusinessTime(at("2026-03-27T08:00+01:00"))).isTrue();
            assertThat(WARSAW_OFFICE.isBusinessTime(at("2026-03-27T15:59:59+01:00"))).isTrue();
            assertThat(WARSAW_OFFICE.isBusinessTime(at("2026-03-27T16:00+01:00"))).isFalse();
            assertThat(WARSAW_OFFICE.isBusinessTime(at("2026-03-27T07:59:59+01:00"))).isFalse();
        }

        @Test
        void weekends_holidays_and_lunch_are_not_business_time() {
            assertThat(WARSAW_OFFICE.isBusinessTime(at("2026-03-28T12:00+01:00"))).isFalse();
            assertThat(WARSAW_OFFICE.isBusinessTime(at("2026-04-06T12:00+02:00"))).isFalse();
            assertThat(WARSAW_WITH_LUNCH.isBusinessTime(at("2026-03-27T12:30+01:00"))).isFalse();
        }

        @Test
        void the_next_opening_within_business_hours_is_now() {
            var friday = at("2026-03-27T10:17+01:00");

            assertThat(WARSAW_OFFICE.nextOpening(friday)).isEqualTo(friday);
        }

        @ParameterizedTest
        @CsvSource({
                "2026-03-27T06:00+01:00, 2026-03-27T08:00+01:00",
                "2026-03-27T16:00+01:00, 2026-03-30T08:00+02:00",
                "2026-04-04T12:00+02:00, 2026-04-07T08:00+02:00"})
        void the_next_opening_outside_business_hours_is_the_next_morning_of_a_business_day(String from, String opening) {
            assertThat(WARSAW_OFFICE.nextOpening(at(from))).isEqualTo(at(opening));
        }

        @Test
        void the_next_opening_at_lunch_is_after_lunch() {
            assertThat(WARSAW_WITH_LUNCH.nextOpening(at("2026-03-27T12:30+01:00"))).isEqualTo(at("2026-03-27T13:00+01:00"));
        }
    }

    @Nested
    class DaylightSavingTime {

        @Test
        void a_24_7_calendar_counts_the_real_23_hours_of_the_spring_change_day() {
            assertThat(WARSAW_ALWAYS.businessTimeBetween(at("2026-03-29T00:00+01:00"), at("2026-03-30T00:00+02:00")))
                    .isEqualTo(Duration.ofHours(23));
        }

        @Test
        void a_24_7_calendar_counts_the_real_25_hours_of_the_autumn_change_day() {
            assertThat(WARSAW_ALWAYS.businessTimeBetween(at("2026-10-25T00:00+02:00"), at("2026-10-26T00:00+01:00")))
                    .isEqualTo(Duration.ofHours(25));
        }

        @Test
        void a_day_of_the_change_keeps_its_local_hours() {
            var everyDay = new BusinessCalendar(WARSAW, Map.of(DayOfWeek.SATURDAY, List.of(EIGHT_TO_FOUR),
                    DayOfWeek.SUNDAY, List.of(EIGHT_TO_FOUR)), Set.of());

            assertThat(everyDay.businessTimeBetween(at("2026-03-28T16:00+01:00"), at("2026-03-29T09:00+02:00")))
                    .isEqualTo(Duration.ofHours(1));
            assertThat(everyDay.plusBusinessTime(at("2026-03-28T15:00+01:00"), Duration.ofHours(8)))
                    .isEqualTo(at("2026-03-29T15:00+02:00"));
            assertThat(everyDay.plusBusinessTime(at("2026-10-24T15:00+02:00"), Duration.ofHours(8)))
                    .isEqualTo(at("2026-10-25T15:00+01:00"));
        }

        @Test
        void an_office_opens_at_local_time_after_each_change() {
            assertThat(WARSAW_OFFICE.plusBusinessTime(at("2026-03-27T15:00+01:00"), Duration.ofHours(2)))
                    .isEqualTo(Instant.parse("2026-03-30T07:00:00Z"));
            assertThat(WARSAW_OFFICE.plusBusinessTime(at("2026-10-23T15:00+02:00"), Duration.ofHours(2)))
                    .isEqualTo(Instant.parse("2026-10-26T08:00:00Z"));
        }

        @Test
        void hours_across_the_change_count_the_real_time_elapsed() {
            // Sunday nights 01:00-04:00: three hours, two when the clocks jump forward, four when they go back.
            assertThat(SUNDAY_NIGHTS.businessTimeBetween(at("2026-03-22T00:00+01:00"), at("2026-03-22T12:00+01:00")))
                    .isEqualTo(Duration.ofHours(3));
            assertThat(SUNDAY_NIGHTS.businessTimeBetween(at("2026-03-29T00:00+01:00"), at("2026-03-29T12:00+02:00")))
                    .isEqualTo(Duration.ofHours(2));
            assertThat(SUNDAY_NIGHTS.businessTimeBetween(at("2026-10-25T00:00+02:00"), at("2026-10-25T12:00+01:00")))
                    .isEqualTo(Duration.ofHours(4));
        }

        @Test
        void hours_opening_in_the_skipped_hour_open_when_the_clocks_jump() {
            var fromHalfPastTwo = sundays("02:30", "05:00");

            assertThat(fromHalfPastTwo.nextOpening(at("2026-03-29T00:00+01:00"))).isEqualTo(at("2026-03-29T03:00+02:00"));
            assertThat(fromHalfPastTwo.businessTimeBetween(at("2026-03-29T00:00+01:00"), at("2026-03-29T12:00+02:00")))
                    .isEqualTo(Duration.ofHours(2));
        }

        @Test
        void hours_wholly_inside_the_skipped_hour_do_not_happen_that_day() {
            var withinTheGap = sundays("02:15", "02:45");

            assertThat(withinTheGap.businessTimeBetween(at("2026-03-29T00:00+01:00"), at("2026-03-29T12:00+02:00"))).isZero();
            assertThat(withinTheGap.nextOpening(at("2026-03-29T00:00+01:00"))).isEqualTo(at("2026-04-05T02:15+02:00"));
            assertThat(withinTheGap.businessTimeBetween(at("2026-03-22T00:00+01:00"), at("2026-03-22T12:00+01:00")))
                    .isEqualTo(Duration.ofMinutes(30));
        }

        @Test
        void hours_opening_in_the_repeated_hour_open_when_it_is_first_shown() {
            var fromHalfPastTwo = sundays("02:30", "05:00");

            assertThat(fromHalfPastTwo.nextOpening(at("2026-10-25T00:00+02:00"))).isEqualTo(at("2026-10-25T02:30+02:00"));
            assertThat(fromHalfPastTwo.businessTimeBetween(at("2026-10-25T00:00+02:00"), at("2026-10-25T12:00+01:00")))
                    .isEqualTo(hours(3.5));
        }

        @Test
        void hours_closing_in_the_repeated_hour_close_when_it_is_first_shown() {
            var untilHalfPastTwo = sundays("01:00", "02:30");

            assertThat(untilHalfPastTwo.businessTimeBetween(at("2026-10-25T00:00+02:00"), at("2026-10-25T12:00+01:00")))
                    .isEqualTo(hours(1.5));
            assertThat(untilHalfPastTwo.isBusinessTime(at("2026-10-25T02:15+01:00"))).isFalse();
        }
    }

    @Nested
    class TimeZones {

        /** Friday 07:30 in Warsaw, before the office opens; 08:30 in Vilnius, where it is open. */
        private final Instant fridayMorning = Instant.parse("2026-03-27T06:30:00Z");

        @Test
        void the_same_local_hours_in_two_zones_give_different_due_instants() {
            assertThat(WARSAW_OFFICE.plusBusinessTime(fridayMorning, Duration.ofHours(8)))
                    .isEqualTo(Instant.parse("2026-03-27T15:00:00Z"));
            assertThat(VILNIUS_OFFICE.plusBusinessTime(fridayMorning, Duration.ofHours(8)))
                    .isEqualTo(Instant.parse("2026-03-30T05:30:00Z"));
        }

        @Test
        void the_same_real_time_is_different_business_time_in_two_zones() {
            var fridayAfternoon = Instant.parse("2026-03-27T15:00:00Z");

            assertThat(WARSAW_OFFICE.businessTimeBetween(fridayMorning, fridayAfternoon)).isEqualTo(Duration.ofHours(8));
            assertThat(VILNIUS_OFFICE.businessTimeBetween(fridayMorning, fridayAfternoon)).isEqualTo(hours(7.5));
        }
    }

    @Nested
    class Consistency {

        private static final Instant YEAR_START = Instant.parse("2026-01-01T00:00:00Z");
        private static final int SAMPLES = 300;

        static Stream<Arguments> calendars() {
            return Stream.of(
                    Arguments.of("Warsaw office", WARSAW_OFFICE),
                    Arguments.of("Vilnius office", VILNIUS_OFFICE),
                    Arguments.of("Warsaw with lunch", WARSAW_WITH_LUNCH),
                    Arguments.of("Warsaw 24/7", WARSAW_ALWAYS),
                    Arguments.of("Sunday nights", SUNDAY_NIGHTS),
                    Arguments.of("Sundays from the skipped hour", sundays("02:30", "05:00")));
        }

        /** A start anywhere in 2026, to the second, and up to 240 business hours, to the second. */
        private static Instant randomStart(Random random) {
            return YEAR_START.plusSeconds(random.nextInt(365 * 24 * 3600));
        }

        private static Duration randomAmount(Random random) {
            return Duration.ofSeconds(1 + random.nextInt(240 * 3600));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("calendars")
        void the_time_between_a_start_and_its_due_instant_is_the_time_added(String name, BusinessCalendar calendar) {
            var random = new Random(20260327L);
            for (int i = 0; i < SAMPLES; i++) {
                var from = randomStart(random);
                var amount = randomAmount(random);

                var due = calendar.plusBusinessTime(from, amount);

                assertThat(calendar.businessTimeBetween(from, due)).as("%s plus %s is due at %s", from, amount, due)
                        .isEqualTo(amount);
                assertThat(calendar.businessTimeBetween(from, due.minusNanos(1))).as("%s plus %s is due no earlier", from, amount)
                        .isLessThan(amount);
            }
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("calendars")
        void adding_in_two_steps_is_adding_at_once(String name, BusinessCalendar calendar) {
            var random = new Random(20261025L);
            for (int i = 0; i < SAMPLES; i++) {
                var from = randomStart(random);
                var first = randomAmount(random);
                var second = randomAmount(random);

                assertThat(calendar.plusBusinessTime(calendar.plusBusinessTime(from, first), second))
                        .as("%s plus %s plus %s", from, first, second)
                        .isEqualTo(calendar.plusBusinessTime(from, first.plus(second)));
            }
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("calendars")
        void adding_the_time_between_two_instants_is_due_by_the_later_one(String name, BusinessCalendar calendar) {
            var random = new Random(20260329L);
            for (int i = 0; i < SAMPLES; i++) {
                var from = randomStart(random);
                var to = from.plus(random.nextInt(60 * 24 * 60), ChronoUnit.MINUTES);

                var due = calendar.plusBusinessTime(from, calendar.businessTimeBetween(from, to));

                assertThat(due).as("from %s to %s", from, to).isBetween(from, to);
                assertThat(calendar.businessTimeBetween(due, to)).as("from %s to %s", from, to).isZero();
            }
        }
    }
}

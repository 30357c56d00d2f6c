package org.bilet.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bilet.sla.SlaTestData.WARSAW_OFFICE;
import static org.bilet.sla.SlaTestData.at;

import java.time.Duration;
import java.time.Instant;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.bilet.sla.SlaClock.Phase;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Clocks of the Warsaw office, Monday to Friday 08:00-16:00, closed on Easter Monday. */
class SlaClockTest {

    private static final Duration EIGHT_HOURS = Duration.ofHours(8);
    private static final BusinessCalendar OFFICE = WARSAW_OFFICE;

    /** Friday morning at opening; eight business hours later it is Friday 16:00. */
    private static final Instant FRIDAY_OPENING = at("2026-03-27T08:00+01:00");
    private static final Instant FRIDAY_CLOSING = at("2026-03-27T16:00+01:00");
    /** After the clocks changed to summer time. */
    private static final Instant MONDAY_NINE = at("2026-03-30T09:00+02:00");

    private static SlaClock runningSinceFridayOpening() {
        return SlaClock.forTarget(EIGHT_HOURS).start(FRIDAY_OPENING);
    }

    @Nested
    class NotStarted {

        @Test
        void a_new_clock_has_used_nothing_and_is_due_at_no_time() {
            var clock = SlaClock.forTarget(EIGHT_HOURS);

            assertThat(clock.phase()).isEqualTo(Phase.NOT_STARTED);
            assertThat(clock.target()).isEqualTo(EIGHT_HOURS);
            assertThat(clock.since()).isNull();
            assertThat(clock.consumed(MONDAY_NINE, OFFICE)).isZero();
            assertThat(clock.dueAt(OFFICE)).isNull();
            assertThat(clock.state(MONDAY_NINE, OFFICE)).isEqualTo(SlaState.OK);
        }

        @ParameterizedTest
        @ValueSource(longs = {0, -60})
        void a_target_must_be_positive(long seconds) {
            assertThatThrownBy(() -> SlaClock.forTarget(Duration.ofSeconds(seconds)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("An SLA target must be a positive duration");
        }

        static Stream<Arguments> movesBeforeTheStart() {
            return Stream.of(
                    Arguments.of("pause", (UnaryOperator<SlaClock>) c -> c.pause(FRIDAY_CLOSING, OFFICE)),
                    Arguments.of("resume", (UnaryOperator<SlaClock>) c -> c.resume(FRIDAY_CLOSING)),
                    Arguments.of("stop", (UnaryOperator<SlaClock>) c -> c.stop(FRIDAY_CLOSING, OFFICE)),
                    Arguments.of("reopen", (UnaryOperator<SlaClock>) c -> c.reopen(FRIDAY_CLOSING)));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("movesBeforeTheStart")
        void moving_a_clock_that_never_started_is_a_bug(String move, UnaryOperator<SlaClock> moveIt) {
            assertThatThrownBy(() -> moveIt.apply(SlaClock.forTarget(EIGHT_HOURS)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("Cannot " + move + " a clock that is NOT_STARTED.");
        }
    }

    @Nested
    class Running {

        @Test
        void started_within_hours_it_is_due_after_the_target_in_business_time() {
            // Friday 08:30: 7.5 h on Friday, half an hour on Monday, in summer time.
            var clock = SlaClock.forTarget(EIGHT_HOURS).start(Instant.parse("2026-03-27T07:30:00Z"));

            assertThat(clock.phase()).isEqualTo(Phase.RUNNING);
            assertThat(clock.dueAt(OFFICE)).isEqualTo(at("2026-03-30T08:30+02:00"));
            assertThat(clock.consumed(at("2026-03-27T12:30+01:00"), OFFICE)).isEqualTo(Duration.ofHours(4));
            assertThat(clock.consumed(at("2026-03-28T12:00+01:00"), OFFICE)).isEqualTo(Duration.ofMinutes(450));
        }

        @Test
        void started_outside_hours_it_counts_from_the_next_opening() {
            var clock = SlaClock.forTarget(EIGHT_HOURS).start(at("2026-03-28T10:00+01:00"));

            assertThat(clock.dueAt(OFFICE)).isEqualTo(at("2026-03-30T16:00+02:00"));
            assertThat(clock.consumed(MONDAY_NINE, OFFICE)).isEqualTo(Duration.ofHours(1));
        }

        @Test
        void starting_twice_is_a_bug() {
            var clock = runningSinceFridayOpening();

            assertThatThrownBy(() -> clock.start(FRIDAY_CLOSING))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("Cannot start a clock that is RUNNING.");
        }

        @Test
        void a_move_dated_before_the_last_one_is_refused() {
            var clock = runningSinceFridayOpening();

            assertThatThrownBy(() -> clock.pause(FRIDAY_OPENING.minusSeconds(1), OFFICE))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("The clock last moved at 2026-03-27T07:00:00Z; it cannot move earlier, at 2026-03-27T06:59:59Z.");
        }

        @Test
        void a_move_returns_a_new_clock_and_leaves_the_old_one_as_it_was() {
            var running = runningSinceFridayOpening();

            var paused = running.pause(at("2026-03-27T10:00+01:00"), OFFICE);

            assertThat(running.phase()).isEqualTo(Phase.RUNNING);
            assertThat(paused.phase()).isEqualTo(Phase.PAUSED);
            assertThat(running.pause(at("2026-03-27T10:00+01:00"), OFFICE)).isEqualTo(paused).hasSameHashCodeAs(paused);
        }
    }

    @Nested
    class Pausing {

        @Test
        void consumed_time_does_not_grow_while_paused_across_days() {
            var paused = SlaClock.forTarget(EIGHT_HOURS).start(at("2026-03-26T08:00+01:00"))
                    .pause(at("2026-03-26T12:00+01:00"), OFFICE);

            assertThat(paused.consumed(at("2026-03-30T10:00+02:00"), OFFICE)).isEqualTo(Duration.ofHours(4));
            assertThat(paused.dueAt(OFFICE)).isNull();
            assertThat(paused.state(at("2026-03-30T10:00+02:00"), OFFICE)).isEqualTo(SlaState.PAUSED);

            var resumed = paused.resume(at("2026-03-30T10:00+02:00"));

            assertThat(resumed.consumed(at("2026-03-30T12:00+02:00"), OFFICE)).isEqualTo(Duration.ofHours(6));
            assertThat(resumed.dueAt(OFFICE)).isEqualTo(at("2026-03-30T14:00+02:00"));
        }

        @Test
        void a_pause_across_a_holiday_keeps_the_time_used_before_it() {
            // Thursday 14:00-16:00 and Friday 08:00-09:00 count; paused over Easter.
            var paused = SlaClock.forTarget(Duration.ofHours(16)).start(at("2026-04-02T14:00+02:00"))
                    .pause(at("2026-04-03T09:00+02:00"), OFFICE);

            assertThat(paused.consumed(at("2026-04-06T12:00+02:00"), OFFICE)).isEqualTo(Duration.ofHours(3));

            var resumed = paused.resume(at("2026-04-07T11:00+02:00"));

            assertThat(resumed.dueAt(OFFICE)).isEqualTo(at("2026-04-08T16:00+02:00"));
        }

        @Test
        void pausing_a_paused_clock_and_resuming_a_running_one_change_nothing() {
            var running = runningSinceFridayOpening();
            var paused = running.pause(at("2026-03-27T10:00+01:00"), OFFICE);

            assertThat(paused.pause(at("2026-03-27T11:00+01:00"), OFFICE)).isSameAs(paused);
            assertThat(running.resume(at("2026-03-27T11:00+01:00"))).isSameAs(running);
        }

        @Test
        void a_clock_paused_after_its_target_stays_breached() {
            var paused = runningSinceFridayOpening().pause(MONDAY_NINE, OFFICE);

            assertThat(paused.consumed(MONDAY_NINE, OFFICE)).isEqualTo(Duration.ofHours(9));
            assertThat(paused.state(MONDAY_NINE, OFFICE)).isEqualTo(SlaState.BREACHED);
        }

        @Test
        void pausing_or_resuming_a_stopped_clock_is_a_bug() {
            var stopped = runningSinceFridayOpening().stop(at("2026-03-27T10:00+01:00"), OFFICE);

            assertThatThrownBy(() -> stopped.pause(FRIDAY_CLOSING, OFFICE))
                    .isInstanceOf(IllegalStateException.class).hasMessage("Cannot pause a clock that is STOPPED.");
            assertThatThrownBy(() -> stopped.resume(FRIDAY_CLOSING))
                    .isInstanceOf(IllegalStateException.class).hasMessage("Cannot resume a clock that is STOPPED.");
        }
    }

    @Nested
    class Stopping {

        @Test
        void stopped_in_time_the_promise_is_MET_for_good() {
            var stopped = runningSinceFridayOpening().stop(at("2026-03-27T15:00+01:00"), OFFICE);

            assertThat(stopped.phase()).isEqualTo(Phase.STOPPED);
            assertThat(stopped.since()).isEqualTo(at("2026-03-27T15:00+01:00"));
            assertThat(stopped.consumed(MONDAY_NINE, OFFICE)).isEqualTo(Duration.ofHours(7));
            assertThat(stopped.dueAt(OFFICE)).isNull();
            assertThat(stopped.state(MONDAY_NINE, OFFICE)).isEqualTo(SlaState.MET);
        }

        @Test
        void stopped_late_the_promise_is_BREACHED() {
            var stopped = runningSinceFridayOpening().stop(MONDAY_NINE, OFFICE);

            assertThat(stopped.consumed(MONDAY_NINE, OFFICE)).isEqualTo(Duration.ofHours(9));
            assertThat(stopped.state(MONDAY_NINE, OFFICE)).isEqualTo(SlaState.BREACHED);
        }

        @Test
        void stopped_at_the_due_instant_is_late_and_a_second_earlier_in_time() {
            assertThat(runningSinceFridayOpening().stop(FRIDAY_CLOSING, OFFICE).state(FRIDAY_CLOSING, OFFICE))
                    .isEqualTo(SlaState.BREACHED);
            assertThat(runningSinceFridayOpening().stop(FRIDAY_CLOSING.minusSeconds(1), OFFICE).state(FRIDAY_CLOSING, OFFICE))
                    .isEqualTo(SlaState.MET);
        }

        @Test
        void a_paused_clock_stops_with_what_it_used_before_the_pause() {
            var stopped = runningSinceFridayOpening().pause(at("2026-03-27T11:00+01:00"), OFFICE).stop(MONDAY_NINE, OFFICE);

            assertThat(stopped.consumed(MONDAY_NINE, OFFICE)).isEqualTo(Duration.ofHours(3));
            assertThat(stopped.state(MONDAY_NINE, OFFICE)).isEqualTo(SlaState.MET);
        }

        @Test
        void stopping_again_keeps_the_first_verdict() {
            var stopped = runningSinceFridayOpening().stop(at("2026-03-27T15:00+01:00"), OFFICE);

            var stoppedAgain = stopped.stop(MONDAY_NINE, OFFICE);

            assertThat(stoppedAgain).isSameAs(stopped);
            assertThat(stoppedAgain.state(MONDAY_NINE, OFFICE)).isEqualTo(SlaState.MET);
        }
    }

    @Nested
    class Reopening {

        @Test
        void a_reopened_clock_continues_from_where_it_stopped() {
            var reopened = runningSinceFridayOpening().stop(at("2026-03-27T12:00+01:00"), OFFICE)
                    .reopen(at("2026-03-30T14:00+02:00"));

            assertThat(reopened.phase()).isEqualTo(Phase.RUNNING);
            assertThat(reopened.consumed(at("2026-03-30T15:00+02:00"), OFFICE)).isEqualTo(Duration.ofHours(5));
            assertThat(reopened.dueAt(OFFICE)).isEqualTo(at("2026-03-31T10:00+02:00"));
            assertThat(reopened.state(at("2026-03-30T15:00+02:00"), OFFICE)).isEqualTo(SlaState.OK);
        }

        @Test
        void a_clock_reopened_after_its_target_is_breached_at_once_and_overdue_since_the_reopening() {
            var reopening = at("2026-03-31T10:00+02:00");

            var reopened = runningSinceFridayOpening().stop(MONDAY_NINE, OFFICE).reopen(reopening);

            assertThat(reopened.state(reopening, OFFICE)).isEqualTo(SlaState.BREACHED);
            assertThat(reopened.dueAt(OFFICE)).isEqualTo(reopening);
        }

        @Test
        void reopening_a_clock_that_is_not_stopped_is_a_bug() {
            var running = runningSinceFridayOpening();
            var paused = running.pause(at("2026-03-27T10:00+01:00"), OFFICE);

            assertThatThrownBy(() -> running.reopen(FRIDAY_CLOSING))
                    .isInstanceOf(IllegalStateException.class).hasMessage("Cannot reopen a clock that is RUNNING.");
            assertThatThrownBy(() -> paused.reopen(FRIDAY_CLOSING))
                    .isInstanceOf(IllegalStateException.class).hasMessage("Cannot reopen a clock that is PAUSED.");
        }
    }

    @Nested
    class Retargeting {

        private final Instant fridayTen = at("2026-03-27T10:00+01:00");

        @Test
        void a_shorter_target_keeps_the_time_used_and_moves_the_due_time_earlier() {
            var retargeted = runningSinceFridayOpening().retarget(Duration.ofHours(4));

            assertThat(retargeted.target()).isEqualTo(Duration.ofHours(4));
            assertThat(retargeted.consumed(fridayTen, OFFICE)).isEqualTo(Duration.ofHours(2));
            assertThat(retargeted.dueAt(OFFICE)).isEqualTo(at("2026-03-27T12:00+01:00"));
        }

        @Test
        void a_longer_target_moves_the_due_time_later() {
            assertThat(runningSinceFridayOpening().retarget(Duration.ofHours(16)).dueAt(OFFICE))
                    .isEqualTo(at("2026-03-30T16:00+02:00"));
        }

        @Test
        void a_target_below_the_time_used_is_breached_and_was_due_when_it_was_reached() {
            var fridayTwo = at("2026-03-27T14:00+01:00");

            var retargeted = runningSinceFridayOpening().retarget(Duration.ofHours(4));

            assertThat(retargeted.state(fridayTwo, OFFICE)).isEqualTo(SlaState.BREACHED);
            assertThat(retargeted.dueAt(OFFICE)).isEqualTo(at("2026-03-27T12:00+01:00"));
        }

        @Test
        void a_paused_clock_retargeted_is_due_after_the_new_target_once_resumed() {
            var resumed = runningSinceFridayOpening().pause(fridayTen, OFFICE)
                    .retarget(Duration.ofHours(4))
                    .resume(at("2026-03-30T08:00+02:00"));

            assertThat(resumed.dueAt(OFFICE)).isEqualTo(at("2026-03-30T10:00+02:00"));
        }

        @Test
        void a_stopped_clock_keeps_its_verdict_and_uses_the_new_target_when_reopened() {
            var stopped = runningSinceFridayOpening().stop(at("2026-03-27T15:00+01:00"), OFFICE)
                    .retarget(Duration.ofHours(4));

            assertThat(stopped.state(MONDAY_NINE, OFFICE)).isEqualTo(SlaState.MET);
            assertThat(stopped.reopen(MONDAY_NINE).state(MONDAY_NINE, OFFICE)).isEqualTo(SlaState.BREACHED);
        }
    }

    @Nested
    class States {

        @ParameterizedTest(name = "{0} is {1}")
        @CsvSource({
                "2026-03-27T08:00+01:00, OK",
                "2026-03-27T14:23:59+01:00, OK",
                "2026-03-27T14:24+01:00, WARNING",
                "2026-03-27T15:59:59+01:00, WARNING",
                "2026-03-27T16:00+01:00, BREACHED",
                "2026-03-30T09:00+02:00, BREACHED"})
        void a_running_clock_warns_at_80_percent_and_is_breached_at_100(String when, SlaState state) {
            assertThat(runningSinceFridayOpening().state(at(when), OFFICE)).isEqualTo(state);
        }

        @Test
        void the_warning_comes_at_exactly_80_percent() {
            // Eight of ten hours, where floating point would come a nanosecond off.
            var clock = SlaClock.forTarget(Duration.ofHours(10)).start(FRIDAY_OPENING);

            assertThat(clock.state(FRIDAY_CLOSING.minusNanos(1), OFFICE)).isEqualTo(SlaState.OK);
            assertThat(clock.state(FRIDAY_CLOSING, OFFICE)).isEqualTo(SlaState.WARNING);
        }

        @Test
        void the_warning_share_can_be_chosen() {
            var clock = runningSinceFridayOpening();

            assertThat(clock.state(at("2026-03-27T11:59:59+01:00"), OFFICE, 0.5)).isEqualTo(SlaState.OK);
            assertThat(clock.state(at("2026-03-27T12:00+01:00"), OFFICE, 0.5)).isEqualTo(SlaState.WARNING);
            assertThat(clock.state(at("2026-03-27T15:59:59+01:00"), OFFICE, 1.0)).isEqualTo(SlaState.OK);
        }

        @ParameterizedTest
        @ValueSource(doubles = {0.0, -0.2, 1.01, Double.NaN})
        void a_warning_share_outside_the_target_is_refused(double share) {
            assertThatThrownBy(() -> runningSinceFridayOpening().state(FRIDAY_CLOSING, OFFICE, share))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("The warning share is a fraction of the target");
        }
    }
}

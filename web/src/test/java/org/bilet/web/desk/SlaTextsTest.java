package org.bilet.web.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.bilet.web.session.Formats;
import org.junit.jupiter.api.Test;

/** A countdown names two units at most (from a week on, days alone), the larger first, and never says nothing is left. */
class SlaTextsTest {

    @Test
    void hours_and_minutes_under_a_day() {
        assertThat(SlaTexts.units(Duration.ofMinutes(135)))
                .containsExactly(new Formats.TimeAmount("hours", 2), new Formats.TimeAmount("minutes", 15));
    }

    @Test
    void days_and_hours_from_a_day_on_dropping_the_minutes() {
        assertThat(SlaTexts.units(Duration.ofMinutes(2 * 24 * 60 + 3 * 60 + 59)))
                .containsExactly(new Formats.TimeAmount("days", 2), new Formats.TimeAmount("hours", 3));
    }

    @Test
    void from_a_week_on_days_alone() {
        assertThat(SlaTexts.units(Duration.ofMinutes(6 * 24 * 60 + 5 * 60)))
                .containsExactly(new Formats.TimeAmount("days", 6), new Formats.TimeAmount("hours", 5));
        assertThat(SlaTexts.units(Duration.ofMinutes(105 * 24 * 60 + 9 * 60))).containsExactly(new Formats.TimeAmount("days", 105));
    }

    @Test
    void a_zero_second_unit_is_left_out() {
        assertThat(SlaTexts.units(Duration.ofHours(3))).containsExactly(new Formats.TimeAmount("hours", 3));
        assertThat(SlaTexts.units(Duration.ofDays(1))).containsExactly(new Formats.TimeAmount("days", 1));
    }

    @Test
    void under_a_minute_counts_as_one() {
        assertThat(SlaTexts.units(Duration.ofSeconds(20))).containsExactly(new Formats.TimeAmount("minutes", 1));
    }
}

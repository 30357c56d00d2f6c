package org.bilet.worklog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.bilet.platform.InvalidInputException;
import org.bilet.tickets.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimeEntryTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 25, 1440})
    void logs_between_a_minute_and_a_day(int minutes) {
        var entry = new TimeEntry(TestData.newTicket(), TestData.agent(), minutes, "  Replaced the toner ", TestData.NOW);
        assertThat(entry.minutes()).isEqualTo(minutes);
        assertThat(entry.note()).isEqualTo("Replaced the toner");
    }

    @ParameterizedTest
    @ValueSource(ints = {-5, 0, 1441, 100000})
    void refuses_nothing_and_more_than_a_day(int minutes) {
        assertThatThrownBy(() -> new TimeEntry(TestData.newTicket(), TestData.agent(), minutes, null, TestData.NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field).containsExactly("minutes"));
    }

    @Test
    void a_blank_note_is_no_note_and_a_long_one_is_refused() {
        assertThat(new TimeEntry(TestData.newTicket(), TestData.agent(), 5, "  ", TestData.NOW).note()).isNull();
        assertThatThrownBy(() -> new TimeEntry(TestData.newTicket(), TestData.agent(), 5, "x".repeat(501), TestData.NOW))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void requesters_log_no_time() {
        assertThatThrownBy(() -> new TimeEntry(TestData.newTicket(), TestData.requester(), 5, null, TestData.NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

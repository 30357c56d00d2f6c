package org.bilet.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void the_wait_doubles_after_each_failure_up_to_the_cap() {
        var waits = IntStream.rangeClosed(1, 9).mapToObj(Backoff.STANDARD::after).map(Duration::toMinutes).toList();

        assertThat(waits).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L);
    }

    @Test
    void a_very_long_run_of_failures_stays_at_the_cap() {
        assertThat(Backoff.STANDARD.after(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void it_gives_up_after_the_last_attempt_allowed() {
        var backoff = new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(5), 3);

        assertThat(backoff.givesUpAfter(2)).isFalse();
        assertThat(backoff.givesUpAfter(3)).isTrue();
        assertThat(backoff.after(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(backoff.after(5)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void nonsense_is_refused() {
        assertThatThrownBy(() -> Backoff.STANDARD.after(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofMinutes(1), 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofMinutes(2), Duration.ofMinutes(1), 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofMinutes(1), Duration.ofMinutes(1), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}

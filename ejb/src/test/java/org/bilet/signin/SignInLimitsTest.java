package org.bilet.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.bilet.signin.SignInFailure.Kind;
import org.bilet.signin.SignInLimits.Count;
import org.junit.jupiter.api.Test;

class SignInLimitsTest {

    private static final SignInLimits LIMITS = SignInLimits.defaults();
    private static final Instant START = Instant.parse("2026-11-02T09:00:00Z");

    @Test
    void an_account_is_not_held_back_before_five_failures() {
        assertThat(LIMITS.refusedUntil(account(4, START), START)).isEmpty();
    }

    @Test
    void from_five_failures_each_attempt_waits_a_delay_that_doubles() {
        assertThat(LIMITS.refusedUntil(account(5, START), START)).contains(START.plusSeconds(1));
        assertThat(LIMITS.refusedUntil(account(6, START), START)).contains(START.plusSeconds(2));
        assertThat(LIMITS.refusedUntil(account(9, START), START)).contains(START.plusSeconds(16));
        assertThat(LIMITS.refusedUntil(account(9, START), START.plusSeconds(16))).isEmpty();
    }

    @Test
    void a_lockout_refuses_until_its_end_and_then_counts_start_again() {
        var locked = new Count(Kind.ACCOUNT, 10, START, START, START.plus(Duration.ofMinutes(15)));

        assertThat(LIMITS.refusedUntil(locked, START.plusSeconds(899))).contains(START.plus(Duration.ofMinutes(15)));
        assertThat(LIMITS.refusedUntil(locked, START.plusSeconds(900))).isEmpty();
        assertThat(LIMITS.expired(locked, START.plusSeconds(900))).isTrue();
    }

    @Test
    void an_address_is_never_delayed_only_blocked() {
        var many = new Count(Kind.ADDRESS, 49, START, START, null);

        assertThat(LIMITS.refusedUntil(many, START)).isEmpty();
        assertThat(LIMITS.lockAfter(Kind.ADDRESS)).isEqualTo(50);
        assertThat(LIMITS.lockAfter(Kind.ACCOUNT)).isEqualTo(10);
    }

    @Test
    void failures_of_an_expired_window_hold_nothing_back() {
        var old = START.minus(Duration.ofMinutes(16));

        assertThat(LIMITS.refusedUntil(new Count(Kind.ACCOUNT, 9, old, START, null), START)).isEmpty();
    }

    @Test
    void the_delay_never_exceeds_the_lock() {
        var strict = new SignInLimits(1, 100, 50, Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofSeconds(1));

        assertThat(strict.refusedUntil(account(90, START), START)).contains(START.plus(Duration.ofMinutes(15)));
    }

    @Test
    void people_are_told_whole_minutes_and_programs_whole_seconds() {
        var refusal = new SignInRefusal(START.plusSeconds(61).plusMillis(1));

        assertThat(refusal.retryAfterSeconds(START)).isEqualTo(62);
        assertThat(refusal.retryAfterMinutes(START)).isEqualTo(2);
        assertThat(new SignInRefusal(START.plusMillis(10)).retryAfterMinutes(START)).isEqualTo(1);
    }

    private static Count account(int failures, Instant last) {
        return new Count(Kind.ACCOUNT, failures, last.minusSeconds(60), last, null);
    }
}

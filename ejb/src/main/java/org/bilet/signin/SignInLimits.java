package org.bilet.signin;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.bilet.signin.SignInFailure.Kind;

/**
 * How many failed sign-ins are tolerated. Failures count within a window from the first one; from
 * {@code accountDelayAfter} failures an account waits {@code delay} × 2ⁿ after each further one,
 * at {@code accountLockAfter} it is locked for {@code lockFor}; an address is blocked for
 * {@code lockFor} at {@code addressLockAfter}. A successful sign-in clears its account's count, not
 * its address's: otherwise an attacker would clear the address with an account of their own.
 */
public record SignInLimits(int accountDelayAfter, int accountLockAfter, int addressLockAfter,
                           Duration window, Duration lockFor, Duration delay) {

    /** The growing delay never exceeds the lock itself, however the limits are set. */
    private static final int MAX_DOUBLINGS = 20;

    /** A subject's count as stored. */
    public record Count(Kind kind, int failures, Instant windowStartedAt, Instant lastFailedAt, Instant lockedUntil) {
    }

    public SignInLimits {
        if (accountDelayAfter < 1 || accountLockAfter < 1 || addressLockAfter < 1) {
            throw new IllegalArgumentException("sign-in limits are counts of at least 1");
        }
        Objects.requireNonNull(window);
        Objects.requireNonNull(lockFor);
        Objects.requireNonNull(delay);
    }

    /** Five failures before delays, ten before a 15-minute lock; fifty per address in 15 minutes. */
    public static SignInLimits defaults() {
        return new SignInLimits(5, 10, 50, Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofSeconds(1));
    }

    public int lockAfter(Kind kind) {
        return kind == Kind.ACCOUNT ? accountLockAfter : addressLockAfter;
    }

    /**
     * Until when a new attempt is refused without looking at its password, if it is: during a
     * lockout, and for an account past {@code accountDelayAfter} failures, until its delay is over.
     */
    public Optional<Instant> refusedUntil(Count count, Instant now) {
        if (count.lockedUntil() != null && count.lockedUntil().isAfter(now)) {
            return Optional.of(count.lockedUntil());
        }
        if (count.kind() != Kind.ACCOUNT || count.failures() < accountDelayAfter || expired(count, now)) {
            return Optional.empty();
        }
        var doublings = Math.min(count.failures() - accountDelayAfter, MAX_DOUBLINGS);
        var wait = delay.multipliedBy(1L << doublings);
        var until = count.lastFailedAt().plus(wait.compareTo(lockFor) > 0 ? lockFor : wait);
        return until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }

    /** Whether the count's window is over, so that the next failure starts a new one. */
    public boolean expired(Count count, Instant now) {
        return count.windowStartedAt().isBefore(now.minus(window))
                || count.lockedUntil() != null && !count.lockedUntil().isAfter(now);
    }
}

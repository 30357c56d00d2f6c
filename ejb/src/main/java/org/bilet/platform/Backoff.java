package org.bilet.platform;

import java.time.Duration;
import java.util.Objects;

/**
 * How long to wait after a failed attempt (to send a mail, to deliver a webhook): {@code first}, doubled after each failure in a row, never
 * more than {@code cap}; after {@code maxAttempts} failures the message is given up.
 */
public record Backoff(Duration first, Duration cap, int maxAttempts) {

    /** 1, 2, 4 … 32 minutes, then hourly: ten attempts over about four and a half hours. */
    public static final Backoff STANDARD = new Backoff(Duration.ofMinutes(1), Duration.ofHours(1), 10);

    public Backoff {
        Objects.requireNonNull(first);
        Objects.requireNonNull(cap);
        if (first.isNegative() || first.isZero() || cap.compareTo(first) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("a backoff waits a positive time, at most its cap, for at least one attempt");
        }
    }

    /** The wait after the {@code failures}-th failure in a row (1 for the first). */
    public Duration after(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("no failure yet");
        }
        // Doubling past the cap's order of magnitude would overflow; stop doubling once it is reached.
        var wait = first;
        for (int i = 1; i < failures && wait.compareTo(cap) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(cap) > 0 ? cap : wait;
    }

    /** Whether a message that failed this many times in a row is given up. */
    public boolean givesUpAfter(int failures) {
        return failures >= maxAttempts;
    }
}

package org.bilet.signin;

import java.time.Duration;
import java.time.Instant;

/** An attempt refused before its password was looked at, and when the next one may come. */
public record SignInRefusal(Instant until) {

    /** Whole seconds to wait, at least one: what {@code Retry-After} says. */
    public long retryAfterSeconds(Instant now) {
        var millis = Duration.between(now, until).toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }

    /** Whole minutes to wait, at least one: what people are told. */
    public long retryAfterMinutes(Instant now) {
        return (retryAfterSeconds(now) + 59) / 60;
    }
}

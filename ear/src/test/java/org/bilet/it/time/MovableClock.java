package org.bilet.it.time;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The server's clock in tests that need time to pass: the real time plus an offset that a test
 * moves forward (and back with {@link #reset()} when it is done, since tests share the server).
 * Deployed beside the EAR's modules by {@link org.bilet.it.Deployments#withMovableClock}, it
 * replaces the clock every module injects.
 */
@ApplicationScoped
@Alternative
@Priority(1000)
public class MovableClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    /** Lets {@code duration} pass at once. */
    public void advance(Duration duration) {
        offset = offset.plus(duration);
    }

    /** Jumps to {@code instant}, which may also be in the past. */
    public void jumpTo(Instant instant) {
        offset = Duration.between(Instant.now(), instant);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }
}

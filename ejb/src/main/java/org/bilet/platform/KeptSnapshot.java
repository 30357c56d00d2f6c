package org.bilet.platform;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A value read from the database and kept, for what every change reads and administrators rarely
 * change (automation rules, SLA policies): read again once it is older than its maximum age (a
 * change made on another node of a cluster), or at once after {@link #forget()} (a change made
 * here, forgotten when it completes). A read that overlapped a forget is used once but not kept.
 */
public final class KeptSnapshot<T> {

    private record Kept<T>(T value, long readAt) {
    }

    private final Supplier<T> reader;
    private final long maxAgeNanos;
    private final AtomicLong generation = new AtomicLong();
    private volatile Kept<T> kept;

    public KeptSnapshot(Supplier<T> reader, Duration maxAge) {
        this.reader = Objects.requireNonNull(reader);
        this.maxAgeNanos = maxAge.toNanos();
    }

    public T get() {
        var current = kept;
        if (current == null || System.nanoTime() - current.readAt() > maxAgeNanos) {
            long seen = generation.get();
            current = new Kept<>(reader.get(), System.nanoTime());
            if (generation.get() == seen) {
                kept = current;
            }
        }
        return current.value();
    }

    public void forget() {
        generation.incrementAndGet();
        kept = null;
    }
}

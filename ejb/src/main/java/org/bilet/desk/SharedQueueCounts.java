package org.bilet.desk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.bilet.tickets.TicketQueue;

/** Counts of the shared queues, kept briefly so that many agents' pages do not each count. */
@ApplicationScoped
public class SharedQueueCounts {

    static final Duration FRESH_FOR = Duration.ofSeconds(20);

    private record Count(long value, Instant at) {
    }

    private final Map<TicketQueue, Count> counts = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    long get(TicketQueue queue, LongSupplier counter) {
        var now = clock.instant();
        var known = counts.get(queue);
        if (known != null && known.at().plus(FRESH_FOR).isAfter(now)) {
            return known.value();
        }
        var fresh = new Count(counter.getAsLong(), now);
        counts.put(queue, fresh);
        return fresh.value();
    }
}

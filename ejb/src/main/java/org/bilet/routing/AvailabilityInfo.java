package org.bilet.routing;

import java.time.Instant;

/**
 * Whether an agent takes new work; when away, why ({@code CHOSEN} by them, or {@code TIMEOUTS}:
 * Bilet after automatic assignments timed out in a row) and since when.
 */
public record AvailabilityInfo(boolean available, AgentAvailability.AwayReason awayReason, Instant changedAt) {

    static AvailabilityInfo of(AgentAvailability row) {
        return row == null ? new AvailabilityInfo(true, null, null)
                : new AvailabilityInfo(row.available(), row.awayReason(), row.changedAt());
    }
}

package org.bilet.reports.delivery;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One delivery in the log: the period, and how its mail fares in the outbox (QUEUED until sent,
 * SENT, or FAILED after the last retry), with the attempts so far and the last error.
 */
public record DeliveryInfo(long id, long subscription, String report, LocalDate periodStart, LocalDate periodEnd,
                           Instant createdAt, String state, int attempts, Instant sentAt, String error) implements Serializable {
}

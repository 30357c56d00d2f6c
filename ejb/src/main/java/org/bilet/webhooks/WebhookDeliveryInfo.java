package org.bilet.webhooks;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A delivery in a hook's log: what it was about, how it stands, every attempt with the receiver's status. */
public record WebhookDeliveryInfo(long id, String deliveryId, String event, String ticket, DeliveryState state,
                                  int failedAttempts, Instant nextAttemptAt, Integer lastStatus, String lastError,
                                  Instant createdAt, Instant sentAt, List<AttemptInfo> attempts) implements Serializable {

    /** One attempt: when, the receiver's status (null: no answer), the error (null: delivered). */
    public record AttemptInfo(Instant at, Integer status, String error) implements Serializable {
    }
}

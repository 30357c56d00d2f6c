package org.bilet.webhooks;

import java.util.List;

/** Deliveries were written to the outbox; observed after commit to send them at once. */
record WebhookQueued(List<Long> deliveryIds) {
}

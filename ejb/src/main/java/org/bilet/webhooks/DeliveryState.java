package org.bilet.webhooks;

/** Where a delivery stands: waiting for an attempt, taken by the receiver (2xx), or given up. */
public enum DeliveryState { QUEUED, SENT, FAILED }

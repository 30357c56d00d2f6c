package org.bilet.channels.mail;

import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/** One attempt to hand a message to the SMTP server: when, and the error if it failed. */
@Embeddable
public class DeliveryAttempt {

    static final int MAX_ERROR_LENGTH = 1000;

    private Instant attemptedAt;
    private String error;

    protected DeliveryAttempt() {
    }

    private DeliveryAttempt(Instant attemptedAt, String error) {
        this.attemptedAt = Objects.requireNonNull(attemptedAt);
        this.error = error;
    }

    static DeliveryAttempt sent(Instant at) {
        return new DeliveryAttempt(at, null);
    }

    static DeliveryAttempt failed(Instant at, String error) {
        return new DeliveryAttempt(at, clip(Objects.requireNonNull(error)));
    }

    static String clip(String text) {
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }

    public Instant attemptedAt() {
        return attemptedAt;
    }

    /** Null when this attempt sent the message. */
    public String error() {
        return error;
    }
}

package org.bilet.webhooks;

import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/** One attempt to deliver: when, the receiver's status code (none when it did not answer), the error. */
@Embeddable
public class WebhookAttempt {

    static final int MAX_ERROR_LENGTH = 1000;

    private Instant attemptedAt;
    private Integer statusCode;
    private String error;

    protected WebhookAttempt() {
    }

    WebhookAttempt(Instant attemptedAt, Integer statusCode, String error) {
        this.attemptedAt = Objects.requireNonNull(attemptedAt);
        this.statusCode = statusCode;
        this.error = error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }

    public Instant attemptedAt() {
        return attemptedAt;
    }

    public Integer statusCode() {
        return statusCode;
    }

    public String error() {
        return error;
    }
}

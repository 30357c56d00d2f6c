package org.bilet.platform;

import jakarta.ejb.ApplicationException;

/**
 * A refusal the user can act on. Each kind maps to one HTTP status at the boundary; the message is
 * the human explanation shown to the user. Rolls the transaction back, so nothing is half-written.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class BiletException extends RuntimeException {

    /**
     * {@code BROKEN_RULE}: well-formed input that a workflow rule refuses (HTTP 422);
     * {@code UNAVAILABLE}: a service Bilet relies on does not answer for now, try again (HTTP 503).
     */
    public enum Kind { INVALID_INPUT, BROKEN_RULE, FORBIDDEN, NOT_FOUND, CONFLICT, STALE, TOO_LARGE, UNAVAILABLE }

    protected BiletException(String message) {
        super(message);
    }

    public abstract Kind kind();
}

package org.bilet.platform;

import jakarta.ejb.ApplicationException;

/**
 * A refusal the user can act on. Each kind maps to one HTTP status at the boundary; the message is
 * the human explanation shown to the user. Rolls the transaction back, so nothing is half-written.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class BiletException extends RuntimeException {

    public enum Kind { INVALID_INPUT, FORBIDDEN, NOT_FOUND, CONFLICT, STALE, TOO_LARGE }

    protected BiletException(String message) {
        super(message);
    }

    public abstract Kind kind();
}

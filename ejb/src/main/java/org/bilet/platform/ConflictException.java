package org.bilet.platform;

/** The request is well-formed but the current state of the thing does not allow it. */
public class ConflictException extends BiletException {

    public ConflictException(String message) {
        super(message);
    }

    @Override
    public Kind kind() {
        return Kind.CONFLICT;
    }
}

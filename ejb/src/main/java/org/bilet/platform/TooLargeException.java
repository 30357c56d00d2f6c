package org.bilet.platform;

/** An upload over the configured limit. */
public class TooLargeException extends BiletException {

    public TooLargeException(String message) {
        super(message);
    }

    @Override
    public Kind kind() {
        return Kind.TOO_LARGE;
    }
}

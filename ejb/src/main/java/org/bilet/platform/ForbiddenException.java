package org.bilet.platform;

/** The caller may see the thing but not do this to it. */
public class ForbiddenException extends BiletException {

    public ForbiddenException(String message) {
        super(message);
    }

    @Override
    public Kind kind() {
        return Kind.FORBIDDEN;
    }
}

package org.bilet.platform;

/** Unknown, or not visible to the caller: both look the same so that nothing leaks. */
public class ResourceNotFoundException extends BiletException {

    public ResourceNotFoundException(String message) {
        super(message);
    }

    @Override
    public Kind kind() {
        return Kind.NOT_FOUND;
    }
}

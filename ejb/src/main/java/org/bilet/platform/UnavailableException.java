package org.bilet.platform;

/** A service Bilet relies on (the search cluster, say) does not answer for now; the same request may work in a while. */
public class UnavailableException extends BiletException {

    public UnavailableException(String message) {
        super(message);
    }

    @Override
    public Kind kind() {
        return Kind.UNAVAILABLE;
    }
}

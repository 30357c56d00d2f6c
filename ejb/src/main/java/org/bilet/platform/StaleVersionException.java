package org.bilet.platform;

/** Someone else changed the thing since the caller read it; the caller must reload and retry. */
public class StaleVersionException extends BiletException {

    private final long currentVersion;

    public StaleVersionException(String message, long currentVersion) {
        super(message);
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }

    @Override
    public Kind kind() {
        return Kind.STALE;
    }
}

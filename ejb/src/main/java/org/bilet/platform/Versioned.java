package org.bilet.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

/**
 * A thing as read, with the version it was read at: the API sends the version as the ETag, and a
 * change names the version it was meant for, so that nobody overwrites a change they never saw.
 */
public record Versioned<T>(T value, long version) {

    /** Refuses (STALE) when the thing is no longer at the version the caller read; {@code what} names it, "Team service-desk". */
    public static void check(String what, long current, long expected) {
        if (current != expected) {
            throw new StaleVersionException(what + " was changed by someone else (it is now at version " + current
                    + ", you had version " + expected + "); read it again and retry.", current);
        }
    }

    /**
     * Writes the change now, so that the new version is known, and refuses (STALE) when another
     * transaction changed the thing meanwhile.
     */
    public static void flush(EntityManager em, String what, long expected) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersionException(what + " was changed by someone else meanwhile; read it again and retry.", expected + 1);
        }
    }
}

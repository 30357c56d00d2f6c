package org.bilet.it.incontainer;

import java.util.UUID;

/** Suffixes that make the keys and names a test creates its own. */
final class Unique {

    private Unique() {
    }

    /** Eight lower-case hex characters, unlikely to repeat. */
    static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}

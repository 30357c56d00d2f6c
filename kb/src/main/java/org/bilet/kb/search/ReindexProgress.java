package org.bilet.kb.search;

import java.time.Instant;

/**
 * Where the rebuilding of the index stands: whether it runs, how many tickets are done of how many,
 * when it started and ended, and why it failed, if it did.
 */
public record ReindexProgress(boolean running, long done, long total, Instant startedAt, Instant finishedAt, String failure) {

    static ReindexProgress never() {
        return new ReindexProgress(false, 0, 0, null, null, null);
    }
}

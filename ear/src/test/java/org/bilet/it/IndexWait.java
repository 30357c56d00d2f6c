package org.bilet.it;

import jakarta.json.JsonObject;
import java.util.function.Predicate;

/** Asks a search address again until its answer shows what a test waits for: changes reach the index within a second of their commit. */
final class IndexWait {

    /** A test waits somewhat longer than the index takes. */
    static final long MILLIS = 5_000;

    private IndexWait() {
    }

    /** The first answer that is done, or the last one when the wait is over. */
    static JsonObject until(Api api, String address, Predicate<JsonObject> done) {
        long until = System.currentTimeMillis() + MILLIS;
        while (true) {
            var result = api.get(address).json();
            if (done.test(result) || System.currentTimeMillis() > until) {
                return result;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return result;
            }
        }
    }
}

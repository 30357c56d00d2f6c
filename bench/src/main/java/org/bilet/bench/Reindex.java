package org.bilet.bench;

import jakarta.json.JsonObject;

/**
 * {@code reindex}: rebuilds the search index through POST /api/admin/search/reindex and follows
 * its progress to the end; prints tickets per second. Target: at least 5,000 tickets/s.
 */
final class Reindex {

    static final double TARGET_PER_SECOND = 5_000;

    private Reindex() {
    }

    static void run(Api api, String adminToken) throws Exception {
        var started = api.post("/api/admin/search/reindex", adminToken, "");
        if (started.statusCode() != 202) {
            throw new IllegalStateException("POST /api/admin/search/reindex answered " + started.statusCode() + ": " + started.body());
        }
        long t0 = System.nanoTime();
        JsonObject progress = Api.json(started.body());
        long lastPrint = 0;
        while (progress.getBoolean("running")) {
            Thread.sleep(1000);
            progress = Api.json(api.get("/api/admin/search/reindex", adminToken).body());
            long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
            if (seconds - lastPrint >= 10) {
                lastPrint = seconds;
                System.out.printf("reindex %,d of %,d after %d s%n", progress.getJsonNumber("done").longValue(),
                        progress.getJsonNumber("total").longValue(), seconds);
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long done = progress.getJsonNumber("done").longValue();
        System.out.printf("reindex %,d tickets in %.1f s: %,.0f tickets/s (target %,.0f/s)%s%n", done, seconds, done / seconds,
                TARGET_PER_SECOND, progress.containsKey("failure") ? "; failed: " + progress.getString("failure") : "");
    }
}

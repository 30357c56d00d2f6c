package org.bilet.bench;

import jakarta.json.JsonObject;

/**
 * {@code faq}: recomputes the FAQ suggestions through POST /api/kb/faq-suggestions/refresh, which
 * answers when done, and prints how long the mining of the window's tickets took. Target: under
 * 60 s for 100,000 tickets in the window (the last 90 days).
 */
final class FaqMiningBench {

    static final double TARGET_SECONDS = 60;

    private FaqMiningBench() {
    }

    static void run(Options options, Api api, String adminToken) throws Exception {
        long window;
        try (var db = options.connect(); var count = db.createStatement()
                .executeQuery("select count(*) from ticket where created_at >= utc_timestamp() - interval 90 day")) {
            count.next();
            window = count.getLong(1);
        }
        long t0 = System.nanoTime();
        var answer = api.post("/api/kb/faq-suggestions/refresh", adminToken, "");
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("POST /api/kb/faq-suggestions/refresh answered " + answer.statusCode() + ": " + answer.body());
        }
        JsonObject suggestions = Api.json(answer.body());
        var items = suggestions.getJsonArray("items");
        System.out.printf("faq mining: %,d tickets in the window, %d suggestions in %.1f s (target under %.0f s for 100,000)%n",
                window, items.size(), seconds, TARGET_SECONDS);
        items.getValuesAs(JsonObject.class).stream().limit(5).forEach(item -> System.out.printf("  %5d tickets, trend %.2f, %s: %s%n",
                item.getInt("size"), item.getJsonNumber("trend").doubleValue(), item.getJsonArray("languages"), item.getString("title")));
    }
}

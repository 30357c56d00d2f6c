package org.bilet.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Search on a cluster sharing one index (bin/bilet-cluster with its OpenSearch node):
 * {@code searchload} runs C clients searching as an agent through {@code --url} (the load balancer,
 * or one node) and gives searches per second and their latencies; {@code indexlag} opens tickets
 * one after the other through {@code --url} and asks {@code --search-url} (another node, say)
 * every 20 ms until the ticket is found: the time from the 201 to the first answer that has it.
 */
final class ClusterSearch {

    /** The bound for a change on one node to be found on another. */
    static final double TARGET_LAG_MILLIS = 2_000;

    private ClusterSearch() {
    }

    static void load(Options options) throws Exception {
        var api = new Api(options.baseUrl());
        var token = api.token(options.value("staff", "agent"), options.value("login-password", "demo"));
        int concurrency = options.intValue("concurrency", 8);
        var next = new AtomicInteger();
        var result = Load.run(concurrency, options.intValue("warmup", 200), options.intValue("count", 2000), () -> () -> {
            var query = SearchLatency.QUERIES.get(Math.floorMod(next.getAndIncrement(), SearchLatency.QUERIES.size()));
            var reply = api.get("/api/search?size=20&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8), token);
            if (reply.statusCode() != 200) {
                throw new IllegalStateException("search answered " + reply.statusCode());
            }
        });
        System.out.printf(Locale.ROOT, "searchload %s c=%d: %.0f searches/s, %s, errors %d%s%n", options.baseUrl(), concurrency,
                result.perSecond(), result.latencies().describe(), result.errors(),
                result.firstError() == null ? "" : " (" + result.firstError() + ")");
    }

    static void lag(Options options) throws Exception {
        var creating = new Api(options.baseUrl());
        var searching = new Api(options.value("search-url", options.baseUrl()));
        var password = options.value("login-password", "demo");
        var requester = creating.token(options.value("login", "employee"), password);
        var agent = searching.token(options.value("staff", "agent"), password);
        int count = options.intValue("count", 100);
        var run = "lag" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        var lags = new Latencies();
        int lost = 0;
        for (int i = 0; i < count; i++) {
            var word = run + "x" + i;
            var created = creating.post("/api/tickets", requester, "{\"subject\": \"Docking station " + word
                    + "\", \"description\": \"No picture on the second screen.\"}");
            long committed = System.nanoTime();
            if (created.statusCode() != 201) {
                throw new IllegalStateException("create answered " + created.statusCode() + ": " + created.body());
            }
            var number = Api.json(created.body()).getString("number");
            long deadline = committed + 30_000_000_000L;
            boolean found = false;
            while (!found && System.nanoTime() < deadline) {
                found = searching.get("/api/search?type=ticket&q=" + word, agent).body().contains("\"" + number + "\"");
                if (!found) {
                    Thread.sleep(20);
                }
            }
            if (found) {
                lags.add(System.nanoTime() - committed);
            } else {
                lost++;
            }
        }
        System.out.printf(Locale.ROOT, "indexlag created through %s, searched through %s: %s; not found within 30 s: %d"
                + "   target p95 < %.0f ms%n", options.baseUrl(), options.value("search-url", options.baseUrl()),
                lags.describe(), lost, TARGET_LAG_MILLIS);
    }
}

package org.bilet.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code search}: GET /api/search one request at a time after a warm-up, as an agent (every ticket,
 * notes included) and as a requester (their own tickets only), over queries in the corpus's six
 * languages written as people type them: other word forms, no diacritics. Target: p95 under 100 ms
 * at a million tickets.
 */
final class SearchLatency {

    static final int WARMUP = 100;
    static final double TARGET_P95_MILLIS = 100;

    static final List<String> QUERIES = List.of(
            "laptop battery", "printer prints blank pages", "vpn connection", "nie moge polaczyc z vpn",
            "ogrzewanie nie dziala", "drukarka", "nepavyksta prisijungti vpn", "sildymas", "outlook пароль",
            "ноутбук розряджається", "доступ общая папка", "нет доступа к папке", "stampante pagine bianche",
            "erp fattura", "password", "new starter account", "monitor", "wifi", "teams camera", "excel");

    record Result(String who, long totalOfLast, Latencies latencies) {
    }

    private SearchLatency() {
    }

    static Result run(Api api, String token, String who, int count) throws Exception {
        long total = 0;
        for (int i = 0; i < WARMUP; i++) {
            total = search(api, token, QUERIES.get(i % QUERIES.size()));
        }
        var latencies = new Latencies();
        for (int i = 0; i < count; i++) {
            long t0 = System.nanoTime();
            total = search(api, token, QUERIES.get(i % QUERIES.size()));
            latencies.add(System.nanoTime() - t0);
        }
        return new Result(who, total, latencies);
    }

    private static long search(Api api, String token, String query) throws Exception {
        var path = "/api/search?size=20&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        var response = api.get(path, token);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return Api.json(response.body()).getJsonNumber("total").longValue();
    }

    static void print(List<Result> results) {
        for (var r : results) {
            System.out.printf("search  as %-10s (last query %,d matching): %s   target p95 < %.0f ms%n",
                    r.who(), r.totalOfLast(), r.latencies().describe(), TARGET_P95_MILLIS);
        }
    }
}

package org.bilet.bench;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * {@code similar}: GET /api/tickets/{number}/similar?limit=5 one request at a time after a warm-up,
 * as an agent (who may see every ticket), for tickets picked at random across the whole database, as
 * the ticket screen asks for them. Target: p95 under 50 ms at a million tickets.
 */
final class SimilarLatency {

    static final int WARMUP = 100;
    static final double TARGET_P95_MILLIS = 50;

    private SimilarLatency() {
    }

    static Latencies run(Api api, String token, Connection db, int count) throws Exception {
        var numbers = pick(db, 200);
        for (int i = 0; i < WARMUP; i++) {
            similar(api, token, numbers.get(i % numbers.size()));
        }
        var latencies = new Latencies();
        for (int i = 0; i < count; i++) {
            long t0 = System.nanoTime();
            similar(api, token, numbers.get(i % numbers.size()));
            latencies.add(System.nanoTime() - t0);
        }
        return latencies;
    }

    /** Ticket numbers spread over the id range: the first ticket at or after each random id. */
    private static List<String> pick(Connection db, int n) throws Exception {
        long min;
        long max;
        try (var st = db.createStatement(); var rs = st.executeQuery("select min(id), max(id) from ticket")) {
            rs.next();
            min = rs.getLong(1);
            max = rs.getLong(2);
        }
        var numbers = new ArrayList<String>();
        try (var st = db.prepareStatement("select number from ticket where id >= ? order by id limit 1")) {
            while (numbers.size() < n) {
                st.setLong(1, ThreadLocalRandom.current().nextLong(min, max + 1));
                try (var rs = st.executeQuery()) {
                    if (rs.next()) {
                        numbers.add(rs.getString(1));
                    }
                }
            }
        }
        return numbers;
    }

    private static void similar(Api api, String token, String number) throws Exception {
        var path = "/api/tickets/" + number + "/similar?limit=5";
        var response = api.get(path, token);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    static void print(Latencies latencies) {
        System.out.printf("similar as an agent: %s   target p95 < %.0f ms%n", latencies.describe(), TARGET_P95_MILLIS);
    }
}

package org.bilet.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code kpi}: GET /api/reports/kpi as a manager, one request at a time after a warm-up, for the
 * last full month and the last full year before today (the fill spreads tickets over two years).
 * Targets at a million tickets: a month under 1 s, a year under 3 s (the p95 of each).
 */
final class KpiLatency {

    static final int WARMUP = 3;

    record Variant(String name, String query, double targetMillis) {
    }

    record Result(Variant variant, long created, Latencies latencies) {
    }

    private KpiLatency() {
    }

    static List<Variant> variants(LocalDate today) {
        var month = today.withDayOfMonth(1).minusMonths(1);
        var year = today.withDayOfYear(1).minusYears(1);
        return List.of(
                new Variant("month " + month.toString().substring(0, 7), "from=" + month + "&to=" + month.plusMonths(1).minusDays(1), 1000),
                new Variant("year " + year.getYear(), "from=" + year + "&to=" + year.plusYears(1).minusDays(1), 3000));
    }

    static List<Result> run(Api api, String token, int count) throws Exception {
        var results = new ArrayList<Result>();
        for (var variant : variants(LocalDate.now())) {
            var path = "/api/reports/kpi?zone=UTC&" + variant.query();
            long created = 0;
            for (int i = 0; i < WARMUP; i++) {
                created = created(api, token, path);
            }
            var latencies = new Latencies();
            for (int i = 0; i < count; i++) {
                long t0 = System.nanoTime();
                created(api, token, path);
                latencies.add(System.nanoTime() - t0);
            }
            results.add(new Result(variant, created, latencies));
        }
        return results;
    }

    private static long created(Api api, String token, String path) throws Exception {
        var response = api.get(path, token);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return Api.json(response.body()).getJsonObject("volume").getJsonNumber("created").longValue();
    }

    static void print(List<Result> results) {
        for (var r : results) {
            var met = r.latencies().p95() < r.variant().targetMillis() ? "met" : "NOT MET";
            System.out.printf("kpi     %-12s (%,d tickets created): %s   target p95 < %.0f ms: %s%n",
                    r.variant().name(), r.created(), r.latencies().describe(), r.variant().targetMillis(), met);
        }
    }
}

package org.bilet.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code list}: the agents' filtered ticket list, GET /api/tickets, one request at a time after a
 * warm-up, in three variants: a team's open queue by due time, the newest NEW tickets, and one
 * requester's tickets. Each answer carries the total count, so each request also counts.
 */
final class ListLatency {

    static final int WARMUP = 50;

    record Variant(String name, String query) {
    }

    record Result(Variant variant, long total, Latencies latencies) {
    }

    private ListLatency() {
    }

    /** The variants, with the team whose open queue is longest unless one is named. */
    static List<Variant> variants(Options options) throws SQLException {
        var team = Reference.teamToMeasure(options)
                .orElseThrow(() -> new IllegalStateException("No team has OPEN tickets; fill first (or name one with --team)."));
        var requester = options.value("requester", "employee");
        return List.of(
                new Variant("team=" + team + ", OPEN, by due", "team=" + enc(team) + "&status=OPEN&sort=dueAt,asc&size=50"),
                new Variant("NEW, newest first", "status=NEW&sort=createdAt,desc&size=50"),
                new Variant("requester=" + requester + ", newest first", "requester=" + enc(requester) + "&sort=createdAt,desc&size=50"));
    }

    static List<Result> run(Api api, String token, List<Variant> variants, int count) throws Exception {
        var results = new ArrayList<Result>();
        for (var variant : variants) {
            var path = "/api/tickets?" + variant.query();
            long total = -1;
            for (int i = 0; i < Math.min(WARMUP, Math.max(5, count)); i++) {
                var response = api.get(path, token);
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
                }
                total = Api.json(response.body()).getJsonNumber("total").longValue();
            }
            var latencies = new Latencies();
            for (int i = 0; i < count; i++) {
                long t0 = System.nanoTime();
                var response = api.get(path, token);
                long elapsed = System.nanoTime() - t0;
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
                }
                latencies.add(elapsed);
            }
            results.add(new Result(variant, total, latencies));
        }
        return results;
    }

    static void print(List<Result> results) {
        for (var r : results) {
            System.out.printf("list    %-34s %,9d matching: %s%n", r.variant().name(), r.total(), r.latencies().describe());
        }
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

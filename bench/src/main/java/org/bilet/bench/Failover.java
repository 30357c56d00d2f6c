package org.bilet.bench;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Failover under load: C clients open tickets through the load balancer for a while, and a node is
 * killed (SIGKILL, by the command given) in the middle. Afterwards every ticket the clients were
 * told was created (201) must exist exactly once; an error is expected only for a request that was
 * in flight when the node died. Each ticket carries a subject of its own, so the database says which
 * requests were carried out, and how often. Then every acknowledged ticket must be found by search
 * ({@code --search-url}, default the load balancer).
 *
 * <p>The JDK's HTTP client would send a POST again by itself when the connection breaks before the
 * answer ({@code sun.net.http.retryPost}); that replay could create a ticket twice, which is the
 * client's doing, not the cluster's. It is switched off here, as a careful client does.
 */
final class Failover {

    /** One request: when it started and ended (ns since the run began), and what came of it. */
    record Call(String subject, long startedNs, long endedNs, int status, String number, String error) {
        boolean acknowledged() {
            return status == 201 && number != null;
        }
    }

    private final Options options;

    Failover(Options options) {
        this.options = options;
    }

    void run() throws Exception {
        System.setProperty("sun.net.http.retryPost", "false");
        int concurrency = options.intValue("concurrency", 8);
        long seconds = options.intValue("seconds", 60);
        long killAfter = options.intValue("kill-after", 20);
        var kill = options.value("kill", "bin/bilet-cluster kill 1");
        var api = new Api(options.baseUrl());
        var authorization = Api.bearer(api.token(options.value("login", "employee"), options.value("login-password", "demo")));
        // Letters only: one word to the analyzers, which find this run's tickets by it.
        var run = UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 6) + "failover";
        var calls = new ConcurrentLinkedQueue<Call>();

        long begin = System.nanoTime();
        long end = begin + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        for (int client = 0; client < concurrency; client++) {
            int id = client;
            pool.submit(() -> {
                for (int seq = 0; System.nanoTime() < end; seq++) {
                    calls.add(create(api, authorization, "failover " + run + " " + id + "-" + seq, begin));
                }
                return null;
            });
        }
        Thread.sleep(TimeUnit.SECONDS.toMillis(killAfter));
        long killStartNs = System.nanoTime() - begin;
        var killer = new ProcessBuilder("sh", "-c", kill).inheritIO().start();
        killer.waitFor();
        // The node died somewhere between the two: a request in flight on it is one that ran across that span.
        long killedNs = System.nanoTime() - begin;
        System.out.printf(Locale.ROOT, "killed at %.2f-%.2f s: %s (exit %d)%n", killStartNs / 1e9, killedNs / 1e9, kill,
                killer.exitValue());
        pool.shutdown();
        pool.awaitTermination(seconds + 120, TimeUnit.SECONDS);

        var all = List.copyOf(calls);
        report(all, killStartNs, killedNs, stored(run));
        searchable(run, all.stream().filter(Call::acknowledged).map(Call::number).collect(Collectors.toSet()));
    }

    /**
     * Every acknowledged ticket must be found by search too, also those whose index change was
     * left in the outbox by the node that died: the other node takes that node's share of the
     * outbox once its pulse has expired (30 s), so this waits two minutes at most.
     */
    private void searchable(String run, Set<String> acknowledged) throws Exception {
        var api = new Api(options.value("search-url", options.baseUrl()));
        var agent = Api.bearer(api.token(options.value("staff", "agent"), options.value("login-password", "demo")));
        long start = System.nanoTime();
        var missing = new HashSet<>(acknowledged);
        while (!missing.isEmpty() && System.nanoTime() - start < TimeUnit.MINUTES.toNanos(2)) {
            missing.removeAll(found(api, agent, run));
            if (!missing.isEmpty()) {
                Thread.sleep(1_000);
            }
        }
        System.out.printf(Locale.ROOT, "searchable: %d of %d acknowledged tickets, %.1f s after the run%s%n",
                acknowledged.size() - missing.size(), acknowledged.size(), (System.nanoTime() - start) / 1e9,
                missing.isEmpty() ? "" : "; not found: " + missing.stream().limit(10).toList());
        System.out.println(missing.isEmpty() ? "HELD: every acknowledged ticket is searchable" : "NOT HELD: search misses tickets");
    }

    /** The numbers search finds for the run's word, every page. */
    private static Set<String> found(Api api, String agent, String run) throws IOException {
        var numbers = new HashSet<String>();
        for (int page = 0; ; page++) {
            var reply = api.getAs("/api/search?type=ticket&size=100&page=" + page + "&q=" + run, agent);
            if (reply.statusCode() != 200) {
                throw new IllegalStateException("search answered " + reply.statusCode() + ": " + reply.body());
            }
            var items = Api.json(reply.body()).getJsonArray("items");
            items.forEach(item -> numbers.add(item.asJsonObject().getString("number")));
            if (items.size() < 100) {
                return numbers;
            }
        }
    }

    private static Call create(Api api, String authorization, String subject, long begin) {
        long started = System.nanoTime() - begin;
        try {
            var reply = api.postAs("/api/tickets", authorization,
                    "{\"subject\": \"" + subject + "\", \"description\": \"Failover run.\"}");
            String number = reply.statusCode() == 201 ? Api.json(reply.body()).getString("number") : null;
            return new Call(subject, started, System.nanoTime() - begin, reply.statusCode(), number,
                    reply.statusCode() == 201 ? null : "HTTP " + reply.statusCode());
        } catch (IOException e) {
            return new Call(subject, started, System.nanoTime() - begin, 0, null, e.toString());
        }
    }

    /** How many tickets the database holds per subject of this run. */
    private Map<String, Integer> stored(String run) throws SQLException {
        var counts = new HashMap<String, Integer>();
        try (var db = options.connect();
             var statement = db.prepareStatement("select subject, count(*) from ticket where subject like ? group by subject")) {
            statement.setString(1, "failover " + run + " %");
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getInt(2));
                }
            }
        }
        return counts;
    }

    private static void report(List<Call> calls, long killStartNs, long killedNs, Map<String, Integer> stored) {
        var acknowledged = calls.stream().filter(Call::acknowledged).toList();
        var failed = calls.stream().filter(c -> !c.acknowledged()).toList();
        long missing = acknowledged.stream().filter(c -> !stored.containsKey(c.subject())).count();
        long twice = stored.values().stream().filter(n -> n > 1).count();
        var inFlight = new ArrayList<Call>();
        var other = new ArrayList<Call>();
        for (var call : failed) {
            (call.startedNs() <= killedNs && call.endedNs() >= killStartNs ? inFlight : other).add(call);
        }
        long unknownButStored = failed.stream().filter(c -> stored.containsKey(c.subject())).count();
        double before = acknowledged.stream().filter(c -> c.endedNs() < killedNs).count() / (killedNs / 1e9);
        long last = calls.stream().mapToLong(Call::endedNs).max().orElse(killedNs);
        double after = acknowledged.stream().filter(c -> c.endedNs() >= killedNs).count() / ((last - killedNs) / 1e9);

        System.out.printf(Locale.ROOT, "requests %d, acknowledged %d, errors %d (in flight at the kill %d, others %d)%n",
                calls.size(), acknowledged.size(), failed.size(), inFlight.size(), other.size());
        System.out.printf(Locale.ROOT, "acknowledged but missing %d, stored twice %d, failed but stored %d%n",
                missing, twice, unknownButStored);
        System.out.printf(Locale.ROOT, "tickets/s acknowledged: %.0f before the kill, %.0f after%n", before, after);
        other.stream().limit(5).forEach(c -> System.out.printf(Locale.ROOT, "  error not in flight at %.2f-%.2f s: %s%n",
                c.startedNs() / 1e9, c.endedNs() / 1e9, c.error()));
        inFlight.stream().limit(10).forEach(c -> System.out.printf(Locale.ROOT, "  in flight %.2f-%.2f s: %s%n",
                c.startedNs() / 1e9, c.endedNs() / 1e9, c.error()));
        boolean held = missing == 0 && twice == 0;
        System.out.println(held ? "HELD: every acknowledged ticket exists exactly once" : "NOT HELD");
    }
}

package org.bilet.bench;

import java.util.List;
import java.util.Map;

/** The table {@code all} ends with: throughput and latency per concurrency, list latencies, and the targets. */
final class Summary {

    static final double CREATE_TARGET_PER_SECOND = 300;
    static final int CREATE_TARGET_CONCURRENCY = 8;
    static final double RATIO_TARGET = 0.5;
    static final double LIST_P95_TARGET_MS = 150;
    static final long LIST_TARGET_TICKETS = 1_000_000;

    private Summary() {
    }

    static void print(List<Integer> levels, Map<Integer, Load.Result> rest, Map<Integer, Load.Result> raw,
                      Map<Integer, Load.Result> me, List<ListLatency.Result> lists, List<QueuePage.Result> queues, long tickets) {
        System.out.println();
        System.out.printf("Summary (%d processors, %,d tickets in the database)%n", Runtime.getRuntime().availableProcessors(), tickets);
        System.out.printf("%-22s", "");
        levels.forEach(c -> System.out.printf("%-36s", "c=" + c));
        System.out.println();
        row("REST create /s", levels, c -> String.format("%,.1f", rest.get(c).perSecond()));
        row("  latency p50/p95/p99", levels, c -> ms(rest.get(c).latencies()));
        row("raw insert /s", levels, c -> String.format("%,.1f", raw.get(c).perSecond()));
        row("  latency p50/p95/p99", levels, c -> ms(raw.get(c).latencies()));
        row("REST / raw", levels, c -> String.format("%.0f %%", 100 * ratio(rest.get(c), raw.get(c))));
        row("GET /api/me /s", levels, c -> String.format("%,.1f", me.get(c).perSecond()));
        row("  latency p50/p95/p99", levels, c -> ms(me.get(c).latencies()));
        row("GET /api/me / raw", levels, c -> String.format("%.0f %%", 100 * ratio(me.get(c), raw.get(c))));
        System.out.println();
        System.out.printf("%-40s %10s   %s%n", "list (sequential)", "matching", "p50 / p95 / p99");
        for (var l : lists) {
            System.out.printf("%-40s %,10d   %s%n", l.variant().name(), l.total(), ms(l.latencies()));
        }
        System.out.printf("%-40s %10s   %s%n", "queue page (sequential, whole HTML)", "bytes", "p50 / p95 / p99");
        for (var q : queues) {
            System.out.printf("%-40s %,10d   %s%n", q.variant().name(), q.bytes(), ms(q.latencies()));
        }
        System.out.println();
        System.out.println("Targets");
        var c8 = rest.get(CREATE_TARGET_CONCURRENCY);
        if (c8 != null) {
            target(String.format("REST create >= %.0f/s at c=%d", CREATE_TARGET_PER_SECOND, CREATE_TARGET_CONCURRENCY),
                    String.format("%,.1f/s", c8.perSecond()), c8.perSecond() >= CREATE_TARGET_PER_SECOND);
        }
        for (int c : levels) {
            double r = ratio(rest.get(c), raw.get(c));
            target(String.format("REST create >= %.0f %% of raw at c=%d", 100 * RATIO_TARGET, c),
                    String.format("%.0f %%", 100 * r), r >= RATIO_TARGET);
        }
        for (var l : lists) {
            target(String.format("list p95 < %.0f ms (%s)", LIST_P95_TARGET_MS, l.variant().name()),
                    String.format("%.1f ms", l.latencies().p95()), l.latencies().p95() < LIST_P95_TARGET_MS);
        }
        for (var q : queues) {
            target(String.format("queue page p95 < %.0f ms (%s)", LIST_P95_TARGET_MS, q.variant().name()),
                    String.format("%.1f ms", q.latencies().p95()), q.latencies().p95() < LIST_P95_TARGET_MS);
        }
        if (tickets < LIST_TARGET_TICKETS) {
            System.out.printf("  (the list target is for %,d tickets; this database holds %,d)%n", LIST_TARGET_TICKETS, tickets);
        }
    }

    private static double ratio(Load.Result rest, Load.Result raw) {
        return rest.perSecond() / raw.perSecond();
    }

    private static void row(String label, List<Integer> levels, java.util.function.IntFunction<String> cell) {
        System.out.printf("%-22s", label);
        levels.forEach(c -> System.out.printf("%-36s", cell.apply(c)));
        System.out.println();
    }

    private static String ms(Latencies l) {
        return String.format("%.1f / %.1f / %.1f ms", l.p50(), l.p95(), l.p99());
    }

    private static void target(String what, String measured, boolean met) {
        System.out.printf("  %-58s %14s   %s%n", what, measured, met ? "met" : "NOT MET");
    }
}

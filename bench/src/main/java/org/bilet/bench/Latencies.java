package org.bilet.bench;

import java.util.Arrays;

/** Recorded durations of requests and their percentiles (nearest rank). Not thread-safe: one per thread, then merged. */
final class Latencies {

    private long[] nanos = new long[1024];
    private int size;

    void add(long durationNanos) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = durationNanos;
    }

    void addAll(Latencies other) {
        for (int i = 0; i < other.size; i++) {
            add(other.nanos[i]);
        }
    }

    int count() {
        return size;
    }

    /** The p-th percentile in milliseconds (p in 0..100). */
    double percentileMillis(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        var sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1e6;
    }

    double p50() {
        return percentileMillis(50);
    }

    double p95() {
        return percentileMillis(95);
    }

    double p99() {
        return percentileMillis(99);
    }

    double meanMillis() {
        long sum = 0;
        for (int i = 0; i < size; i++) {
            sum += nanos[i];
        }
        return size == 0 ? Double.NaN : sum / 1e6 / size;
    }

    String describe() {
        return String.format("p50 %.1f ms, p95 %.1f ms, p99 %.1f ms (%d requests)", p50(), p95(), p99(), size);
    }
}

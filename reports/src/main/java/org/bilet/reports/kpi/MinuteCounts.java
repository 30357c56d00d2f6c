package org.bilet.reports.kpi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bilet.reports.kpi.KpiReport.Bucket;
import org.bilet.reports.kpi.KpiReport.Durations;

/**
 * Durations in whole minutes, counted: how many tickets took each number of minutes. The database
 * groups the measured tickets by minute, so a year's half million times arrive as a few thousand
 * counts, from which the mean, the percentiles and the distribution are exact (for times measured
 * to the minute, as {@code docs/kpi.md} defines them).
 */
final class MinuteCounts {

    private final TreeMap<Long, Long> counts = new TreeMap<>();
    private long total;
    private long minutes;

    void add(long minute, long count) {
        counts.merge(minute, count, Long::sum);
        total += count;
        minutes += minute * count;
    }

    long count() {
        return total;
    }

    /** The percentile as SQL's {@code PERCENTILE_CONT} computes it (interpolating between neighbours), in hours; null for none. */
    Double percentileHours(double fraction) {
        if (total == 0) {
            return null;
        }
        double rank = fraction * (total - 1);
        long below = (long) Math.floor(rank);
        long lower = minuteAt(below);
        long upper = minuteAt(Math.min(below + 1, total - 1));
        return (lower + (rank - below) * (upper - lower)) / 60.0;
    }

    /** The minute of the ticket at this place (0 = quickest). */
    private long minuteAt(long index) {
        long seen = 0;
        for (Map.Entry<Long, Long> entry : counts.entrySet()) {
            seen += entry.getValue();
            if (index < seen) {
                return entry.getKey();
            }
        }
        throw new IndexOutOfBoundsException(index);
    }

    Double meanHours() {
        return total == 0 ? null : minutes / 60.0 / total;
    }

    Durations durations() {
        return new Durations(total, percentileHours(0.5), meanHours(), percentileHours(0.9), distribution());
    }

    /** The tickets per bucket of {@link DurationQuery#BOUNDS} (hours), the last one open-ended. */
    private List<Bucket> distribution() {
        var buckets = new ArrayList<Bucket>();
        double from = 0;
        for (int i = 0; i <= DurationQuery.BOUNDS.length; i++) {
            Double to = i < DurationQuery.BOUNDS.length ? DurationQuery.BOUNDS[i] : null;
            long fromMinute = Math.round(from * 60);
            var range = to == null ? counts.tailMap(fromMinute, true) : counts.subMap(fromMinute, true, Math.round(to * 60), false);
            buckets.add(new Bucket(from, to, range.values().stream().mapToLong(Long::longValue).sum()));
            from = to == null ? from : to;
        }
        return buckets;
    }
}

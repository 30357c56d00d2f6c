package org.bilet.reports.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.bilet.reports.kpi.KpiReport.Bucket;
import org.junit.jupiter.api.Test;

class MinuteCountsTest {

    private static final double EXACT = 1e-9;

    @Test
    void no_times_have_no_median_mean_or_p90_and_empty_buckets() {
        var durations = new MinuteCounts().durations();

        assertThat(durations.count()).isZero();
        assertThat(durations.medianHours()).isNull();
        assertThat(durations.meanHours()).isNull();
        assertThat(durations.p90Hours()).isNull();
        assertThat(durations.distribution()).extracting(Bucket::count).containsOnly(0L);
    }

    @Test
    void percentiles_interpolate_between_neighbours_as_percentile_cont_does() {
        var counts = new MinuteCounts();
        counts.add(30, 1);
        counts.add(120, 1);

        // Two tickets, 30 and 120 minutes: the median halfway, p90 nine tenths of the way.
        assertThat(counts.percentileHours(0.5)).isCloseTo(1.25, within(EXACT));
        assertThat(counts.percentileHours(0.9)).isCloseTo((30 + 0.9 * 90) / 60.0, within(EXACT));
        assertThat(counts.meanHours()).isCloseTo(1.25, within(EXACT));
    }

    @Test
    void counted_minutes_give_the_same_percentiles_as_the_sorted_times() {
        var random = new Random(7);
        var minutes = new long[5001];
        var counts = new MinuteCounts();
        for (int i = 0; i < minutes.length; i++) {
            minutes[i] = random.nextInt(3000);
            counts.add(minutes[i], 1);
        }
        Arrays.sort(minutes);

        for (var fraction : new double[]{0, 0.1, 0.5, 0.9, 0.99, 1}) {
            double rank = fraction * (minutes.length - 1);
            int below = (int) Math.floor(rank);
            int above = Math.min(below + 1, minutes.length - 1);
            double expected = (minutes[below] + (rank - below) * (minutes[above] - minutes[below])) / 60.0;
            assertThat(counts.percentileHours(fraction)).as("p%s", fraction * 100).isCloseTo(expected, within(EXACT));
        }
        assertThat(counts.meanHours()).isCloseTo(Arrays.stream(minutes).average().orElseThrow() / 60.0, within(EXACT));
    }

    @Test
    void a_bucket_holds_its_lower_bound_and_not_its_upper() {
        var counts = new MinuteCounts();
        counts.add(59, 1);
        counts.add(60, 2);
        counts.add(239, 3);
        counts.add(240, 4);
        counts.add(168 * 60, 5);
        counts.add(-5, 6);

        assertThat(counts.durations().distribution()).extracting(Bucket::count)
                // [0,1) [1,4) [4,8) [8,24) [24,72) [72,168) [168,∞); a negative time is in none
                .containsExactly(1L, 5L, 4L, 0L, 0L, 0L, 5L);
        assertThat(counts.count()).isEqualTo(21);
    }
}

package dk.coi.portal.bench;

import java.util.Arrays;

/** Percentiles of measured times, the nearest-rank way, for every harness's tables. */
final class Quantiles {

    private Quantiles() {
    }

    /** The {@code quantile} (0–1) of sorted nanoseconds, in milliseconds. */
    static double ms(long[] sortedNanos, double quantile) {
        return sortedNanos[rank(sortedNanos.length, quantile)] / 1e6;
    }

    /** The {@code quantile} (0–1) of unsorted values. */
    static double of(double[] values, double quantile) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[rank(sorted.length, quantile)];
    }

    private static int rank(int count, double quantile) {
        return Math.max(0, Math.min(count - 1, (int) Math.ceil(quantile * count) - 1));
    }
}

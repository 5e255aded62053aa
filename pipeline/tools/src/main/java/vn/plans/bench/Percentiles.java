package vn.plans.bench;

/** Latency percentiles for the benchmarks, by one definition: the nearest rank. */
public final class Percentiles {
    private Percentiles() {}

    /**
     * The {@code p}-th percentile ({@code 0 < p <= 1}) of {@code sorted} (ascending, not empty) by nearest rank: the
     * smallest value with at least {@code p} of the values at or below it, {@code sorted[ceil(p n) - 1]}.
     */
    public static double of(double[] sorted, double p) {
        if (sorted.length == 0) throw new IllegalArgumentException("no values");
        return sorted[Math.max(0, (int) Math.ceil(sorted.length * p) - 1)];
    }
}

package vn.plans.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Nearest rank, worked by hand: of 1..20, p50 is the 10th value, p95 the 19th, p99 the 20th. */
class PercentilesTest {
    private static final double[] ONE_TO_TWENTY = java.util.stream.IntStream.rangeClosed(1, 20).asDoubleStream().toArray();

    @Test
    void nearestRank() {
        assertEquals(10, Percentiles.of(ONE_TO_TWENTY, 0.50));
        assertEquals(19, Percentiles.of(ONE_TO_TWENTY, 0.95));
        assertEquals(20, Percentiles.of(ONE_TO_TWENTY, 0.99));
        assertEquals(20, Percentiles.of(ONE_TO_TWENTY, 1.0));
        assertEquals(1, Percentiles.of(ONE_TO_TWENTY, 0.01));
        assertEquals(7, Percentiles.of(new double[] {7}, 0.95), "one value is every percentile");
        assertThrows(IllegalArgumentException.class, () -> Percentiles.of(new double[0], 0.5));
    }
}

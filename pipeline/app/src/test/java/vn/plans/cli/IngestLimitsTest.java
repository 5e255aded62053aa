package vn.plans.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A child JVM holding N documents gets N times the per-document heap and memory budget, in a size -Xmx takes. */
class IngestLimitsTest {
    @Test
    void sizesAreMultipliedInTheLargestExactUnit() {
        assertEquals("1g", IngestLimits.times("1g", 1));
        assertEquals("2g", IngestLimits.times("1g", 2));
        assertEquals("3g", IngestLimits.times("1536m", 2));
        assertEquals("2304m", IngestLimits.times("768m", 3));
        assertEquals("1500k", IngestLimits.times("500k", 3));
    }
}

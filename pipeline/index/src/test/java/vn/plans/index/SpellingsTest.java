package vn.plans.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The marked spellings a searcher holds: read once over a fixed index (the embedded searcher), read again over a
 * cluster index when its version (document count) has changed, and not read again when it has not.
 */
class SpellingsTest {
    private final List<String> terms = new ArrayList<>(List.of("là", "lạ"));
    private final AtomicInteger reads = new AtomicInteger();

    private void read(java.util.function.Consumer<String> sink) {
        reads.incrementAndGet();
        terms.forEach(sink);
    }

    @Test
    void readOnceWithoutAVersion() {
        Spellings s = new Spellings(this::read);
        assertEquals(List.of("la", "là", "lạ"), s.variants("la"));
        terms.add("lá");
        assertEquals(List.of("la", "là", "lạ"), s.variants("La"));
        assertEquals(1, reads.get());
    }

    @Test
    void readAgainWhenTheVersionChanged() {
        long[] version = {2};
        Spellings s = new Spellings(this::read, () -> version[0], Duration.ZERO);
        assertEquals(List.of("la", "là", "lạ"), s.variants("la"));
        s.variants("la");
        assertEquals(1, reads.get(), "the same version: the spellings are not read again");
        terms.add("lá"); // a document indexed later
        version[0] = 3;
        assertEquals(List.of("la", "là", "lá", "lạ"), s.variants("la"));
        assertEquals(List.of("la"), s.foldedMatching(java.util.regex.Pattern.compile("lá")));
        assertEquals(2, reads.get());
    }

    @Test
    void theVersionIsAskedAtMostOncePerInterval() {
        AtomicInteger asked = new AtomicInteger();
        Spellings s = new Spellings(this::read, asked::incrementAndGet, Duration.ofHours(1));
        s.variants("la");
        terms.add("lá");
        assertEquals(List.of("la", "là", "lạ"), s.variants("la"), "within the interval the held spellings answer");
        assertEquals(1, asked.get());
    }
}

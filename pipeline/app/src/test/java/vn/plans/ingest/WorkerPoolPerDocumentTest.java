package vn.plans.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A file retried alone gets one document's share of a shared child's heap, as a one-document child would. */
class WorkerPoolPerDocumentTest {
    @Test
    void theHeapIsDividedAmongTheDocuments() {
        List<String> shared = List.of("java", "-Xmx2g", "-XX:+UseSerialGC", "-cp", "x", "Main", "2");
        assertEquals(List.of("java", "-Xmx1g", "-XX:+UseSerialGC", "-cp", "x", "Main", "2"), WorkerPool.perDocument(shared, 2));
        assertEquals(List.of("java", "-Xmx1536m"), WorkerPool.perDocument(List.of("java", "-Xmx3072m"), 2));
        assertEquals(shared, WorkerPool.perDocument(shared, 1));
    }
}

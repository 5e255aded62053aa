package vn.plans.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plans.extract.ExtractionException;
import vn.plans.model.SourceInfo;

/**
 * The parent's limits, with shell scripts for workers: a file's time limit grows with the OCR pages the worker
 * announces (one that announces none is killed at the per-file limit), and a worker whose resident size passes
 * its memory budget is killed with that reason.
 */
class WorkerPoolLimitsTest {
    /** A worker that says ready, announces {@code pages} (when not null), takes 3 s, then answers with a failure. */
    static List<String> worker(String pages) {
        return List.of("bash", "-c", "echo ready; read line; " + (pages == null ? "" : "echo 'pages " + pages + "'; ")
                + "sleep 3; echo '{\"doc\":null,\"failure\":{\"cause\":\"internal\",\"message\":\"worker answered\"}}'; read line");
    }

    static String outcome(List<String> command) {
        return outcome(command, Duration.ofSeconds(1), null);
    }

    static String outcome(List<String> command, Duration timeout, String memory) {
        SourceInfo src = new SourceInfo("x.pdf", "application/pdf", "0", 1);
        try (WorkerPool pool = new WorkerPool(command, 1, timeout, Duration.ofSeconds(2), memory, null)) {
            return assertThrows(ExtractionException.class, () -> pool.process(Path.of("x.pdf"), src, "id")).getMessage();
        }
    }

    @Test
    void announcedPagesExtendTheFilesLimit() {
        assertEquals("worker answered", outcome(worker("5"))); // limit 1 + 5 x 2 s, the answer comes at 3 s
    }

    @Test
    void withoutPagesTheFileLimitHolds() {
        String reason = outcome(worker(null));
        assertTrue(reason.startsWith("timeout after 1s"), reason);
    }

    @Test
    void aWorkerOverItsMemoryBudgetIsKilledWithThatReason() {
        // the shell holds 300 MB in a variable, then would answer after a while
        List<String> hungry = List.of("bash", "-c", "echo ready; read line; x=$(head -c 300000000 /dev/zero | tr '\\0' a); "
                + "sleep 30; echo '{\"doc\":null,\"failure\":{\"cause\":\"internal\",\"message\":\"worker answered\"}}'");
        String reason = outcome(hungry, Duration.ofSeconds(60), "100m");
        assertTrue(reason.startsWith("out of memory: worker resident size ") && reason.endsWith("over its budget of 100 MB (worker killed; --worker-memory raises it)"),
                reason);
    }
}

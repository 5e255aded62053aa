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
 * The parent's limits, with shell scripts for workers: a file's time limit counts the worker's CPU time and grows
 * with the OCR pages the worker announces (one that announces none is killed at the per-file limit); a worker that
 * is slow in wall-clock time but under its CPU limit is left alone, one that uses no CPU for the per-file limit is
 * killed as hung, and a worker whose resident size passes its memory budget is killed with that reason.
 */
@org.junit.jupiter.api.Tag("integration") // worker processes that burn CPU seconds on purpose
class WorkerPoolLimitsTest {
    /** Bash that burns some CPU (about 0.2 CPU s per 100,000 turns) without sleeping. */
    static String burn(int turns) {
        return "for ((i=0;i<" + turns + ";i++)); do :; done; ";
    }

    /**
     * A worker that says ready, announces {@code pages} (when not null), burns about 3 CPU s (2.1 on a fast core), then
     * answers with a failure.
     */
    static List<String> worker(String pages) {
        return worker(pages, 1_500_000);
    }

    /** As {@link #worker(String)}, burning {@code turns} turns of {@link #burn} before it answers. */
    static List<String> worker(String pages, int turns) {
        return List.of("bash", "-c", "echo ready; read line; " + (pages == null ? "" : "echo 'pages " + pages + "'; ")
                + burn(turns) + "echo '{\"doc\":null,\"failure\":{\"cause\":\"internal\",\"message\":\"worker answered\"}}'; read line");
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
        assertEquals("worker answered", outcome(worker("5"))); // limit 1 + 5 x 2 CPU s, the answer comes after about 3
    }

    @Test
    void withoutPagesTheFileLimitHolds() {
        // 7-10 CPU s of work against a 1 CPU s limit: the parent reads the worker's CPU once a second, so a worker that
        // answered after 2.1 CPU s (1.5 million turns on a fast core) could slip between two reads and answer first
        String reason = outcome(worker(null, 5_000_000));
        assertEquals("timeout after 1 CPU s (worker killed; --timeout raises it)", reason);
    }

    @Test
    void aWorkerSlowInWallClockTimeButUnderItsCpuLimitIsNotKilled() {
        // 10 short bursts with pauses between: at least 3 s of wall-clock time, well under 2 CPU s, never idle for 2 s
        List<String> slow = List.of("bash", "-c", "echo ready; read line; for k in 1 2 3 4 5 6 7 8 9 10; do "
                + burn(20_000) + "sleep 0.3; done; echo '{\"doc\":null,\"failure\":{\"cause\":\"internal\",\"message\":\"worker answered\"}}'; read line");
        assertEquals("worker answered", outcome(slow, Duration.ofSeconds(2), null));
    }

    @Test
    void aWorkerThatUsesNoCpuForTheFileLimitIsKilledAsHung() {
        List<String> hung = List.of("bash", "-c", "echo ready; read line; echo 'pages 100'; sleep 30; "
                + "echo '{\"doc\":null,\"failure\":{\"cause\":\"internal\",\"message\":\"worker answered\"}}'");
        assertEquals("timeout after 1s for 100 OCR pages (worker killed; --timeout raises it)", outcome(hung));
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

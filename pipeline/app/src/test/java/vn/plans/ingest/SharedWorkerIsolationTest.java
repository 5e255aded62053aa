package vn.plans.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plans.TestData;
import vn.plans.extract.ExtractionException;
import vn.plans.model.FailureReason;
import vn.plans.model.PlanDocument;
import vn.plans.model.SourceInfo;

/**
 * One worker JVM holding two files at once, a hostile one and a good one ({@link HangingWorker}: the good file burns
 * CPU for as long as the hostile one is in flight beside it, so it comes out only if it is run again without it):
 * when the hostile file hangs (killed for its own timeout) or crashes the JVM, the good file still comes out ok, and
 * the hostile one fails with its own cause. Nothing here depends on how fast the machine is: the hang is a real one,
 * the good file's allowance is an hour, it stays in flight in the shared worker until the hostile file is killed, and
 * the crash waits for the good file to be in flight.
 */
@Tag("integration") // worker JVMs
class SharedWorkerIsolationTest {
    @TempDir Path tmp;

    /** Both files sent at once to a pool of one worker JVM holding two; each one's outcome, in the order given. */
    private Object[] both(Path hostile, Path good, WorkerPool[] seen) throws Exception {
        // without the class-data archive: a JVM that would write one at its end (the test's class path holds
        // directories, which it refuses) exits with 1 instead of the crash's own status
        List<String> cmd = WorkerPool.javaCommand("512m", HangingWorker.class.getName(), List.of("2")).stream()
                .filter(a -> !a.contains("SharedArchive")).toList();
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try (WorkerPool pool = new WorkerPool(cmd, 1, 2, Duration.ofSeconds(5), Duration.ofSeconds(1), null, null)) {
            seen[0] = pool;
            List<Future<Object>> outcomes = List.of(callers.submit(() -> outcome(pool, hostile)), callers.submit(() -> outcome(pool, good)));
            return new Object[] {outcomes.get(0).get(), outcomes.get(1).get()};
        } finally {
            callers.shutdownNow();
        }
    }

    private static Object outcome(WorkerPool pool, Path file) throws Exception {
        try {
            return pool.process(file, new SourceInfo(file.toString(), "text/plain", file.getFileName().toString(), Files.size(file)),
                    file.getFileName().toString());
        } catch (ExtractionException e) {
            return e.reason();
        }
    }

    @Test
    void aFileThatHangsBesideAGoodOneFailsAloneWithItsTimeout() throws Exception {
        Path hang = Files.copy(TestData.seed("000"), tmp.resolve("a-" + HangingWorker.HANG + ".txt"));
        Path good = Files.copy(TestData.seed("001"), tmp.resolve("b-good-" + HangingWorker.BESIDE + ".txt"));
        WorkerPool[] pool = new WorkerPool[1];
        Object[] out = both(hang, good, pool);
        FailureReason hung = assertInstanceOf(FailureReason.class, out[0]);
        assertEquals(FailureReason.Cause.TIMEOUT, hung.cause());
        // stalled (no CPU of its own for 5 s), or charged 5 CPU s of the JVM's own work (compiling) before that
        assertTrue(hung.message().matches("timeout after 5(s| CPU s) \\(worker killed; --timeout raises it\\)"), hung.message());
        PlanDocument doc = assertInstanceOf(PlanDocument.class, out[1]);
        assertNotNull(doc.id());
        assertTrue(doc.tasks().size() > 0 || doc.pages().size() > 0, "a real record");
        assertEquals(2, pool[0].retriedAlone(), "both ran again alone after the shared worker was killed: the hung one"
                + " is blamed only for its timeout alone");
    }

    /**
     * A file blocked beside one whose OCR-like thread burns CPU is charged that CPU in the shared worker and reaches
     * its 5 s limit there (or looks stalled): it is not blamed for it but run again alone, where it comes out, as does
     * the burning file, killed with it.
     */
    @Test
    void aFileChargedAnotherFilesOcrTimeIsRetriedAloneNotBlamed() throws Exception {
        Path hog = Files.copy(TestData.seed("000"), tmp.resolve("a-" + HangingWorker.OCR_HOG + ".txt"));
        Path victim = Files.copy(TestData.seed("001"), tmp.resolve("b-" + HangingWorker.VICTIM + ".txt"));
        WorkerPool[] pool = new WorkerPool[1];
        Object[] out = both(hog, victim, pool);
        assertInstanceOf(PlanDocument.class, out[0]);
        assertInstanceOf(PlanDocument.class, out[1]);
        assertEquals(2, pool[0].retriedAlone(), "both ran again alone after the shared worker was killed for the timeout");
        assertTrue(pool[0].retriedAloneTime().toNanos() > 0);
    }

    @Test
    void aFileThatCrashesItsWorkerBesideAGoodOneFailsAloneWithTheCrash() throws Exception {
        Path crash = Files.copy(TestData.seed("000"), tmp.resolve("a-" + HangingWorker.CRASH + ".txt"));
        Path good = Files.copy(TestData.seed("001"), tmp.resolve("b-good-" + HangingWorker.BESIDE + ".txt"));
        WorkerPool[] pool = new WorkerPool[1];
        Object[] out = both(crash, good, pool);
        FailureReason crashed = assertInstanceOf(FailureReason.class, out[0]);
        assertEquals(FailureReason.Cause.WORKER_CRASH, crashed.cause());
        assertEquals("worker crashed (exit code " + HangingWorker.CRASH_EXIT + "; see workers.log)", crashed.message());
        assertInstanceOf(PlanDocument.class, out[1]);
        assertEquals(2, pool[0].retriedAlone(), "both files ran again alone: a crash names no culprit");
        assertEquals(2, pool[0].restarts(), "the shared worker, then the crashing file's own");
    }

    private static <T> T assertInstanceOf(Class<T> type, Object o) {
        assertTrue(type.isInstance(o), "expected a " + type.getSimpleName() + ", got " + o);
        return type.cast(o);
    }
}

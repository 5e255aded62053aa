package vn.plans.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plans.TestData;
import vn.plans.index.PlanIndex;
import vn.plans.index.PlanSearcher;
import vn.plans.ingest.HangingWorker;
import vn.plans.ingest.IngestPipeline;
import vn.plans.ingest.IngestSummary;
import vn.plans.ingest.WorkerPool;
import vn.plans.output.DocumentStore;
import vn.plans.output.Manifest;
import vn.plans.output.ManifestEntry;
import vn.plans.tools.BadInputs;

/** Bulk ingest through the CLI with child worker JVMs, over generated hostile inputs mixed with good files. */
@org.junit.jupiter.api.Tag("integration")
class BulkIngestTest {
    @TempDir Path tmp;

    record Result(int code, String out, String err) {}

    static Result plans(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = PlansCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void everyBadFileGetsAReasonAndEveryGoodFileIsIndexed() throws Exception {
        Path in = tmp.resolve("in");
        BadInputs.writeAll(in.resolve("bad"));
        List<Path> good = new ArrayList<>();
        for (String seed : List.of("000", "002", "004")) {
            Path p = in.resolve("good").resolve("seed " + seed + ".txt");
            Files.createDirectories(p.getParent());
            Files.copy(TestData.seed(seed), p);
            good.add(p);
        }
        Path out = tmp.resolve("out"), idx = tmp.resolve("idx");
        Result r = plans("ingest", "-q", "-j", "2", "--worker-heap", "256m", "--timeout", "120",
                "--out", out.toString(), "--index", idx.toString(), in.toString());
        assertEquals(PlansCli.SOME_FAILED, r.code(), r.out() + r.err());

        Map<String, ManifestEntry> latest = new Manifest(out).latest();
        try (Stream<Path> s = Files.walk(in)) {
            assertEquals(s.filter(Files::isRegularFile).count(), latest.size(), "one entry per input file");
        }
        for (var e : BadInputs.EXPECTED.entrySet()) {
            ManifestEntry m = latest.get(in.resolve("bad").resolve(e.getKey()).toString());
            assertNotNull(m, "no manifest entry for " + e.getKey());
            if (e.getValue() == null) {
                assertEquals(ManifestEntry.OK, m.status(), e.getKey() + ": " + m.reason());
            } else {
                assertEquals(ManifestEntry.FAILED, m.status(), e.getKey());
                assertTrue(m.reason().contains(e.getValue()), e.getKey() + " reason: " + m.reason());
            }
        }
        for (String name : BadInputs.EITHER) {
            ManifestEntry m = latest.get(in.resolve("bad").resolve(name).toString());
            assertNotNull(m, "no manifest entry for " + name);
            assertTrue(m.status().equals(ManifestEntry.OK) || !m.reason().isBlank(), name);
        }
        ManifestEntry html = latest.get(in.resolve("bad/html-named.pdf").toString());
        assertEquals("text/html", html.mediaType());
        assertTrue(html.reason().contains("name says .pdf"), html.reason());
        for (Path p : good) assertEquals(ManifestEntry.OK, latest.get(p.toString()).status(), p.toString());

        Set<String> live = new HashSet<>();
        for (ManifestEntry e : latest.values()) if (e.status().equals(ManifestEntry.OK)) live.add(e.id());
        assertEquals(live, new HashSet<>(new DocumentStore(out).ids()));
        try (PlanIndex index = new PlanIndex(idx)) {
            assertEquals(live, index.documentIds());
        }
        try (PlanSearcher s = new PlanSearcher(idx)) {
            var hits = s.search("vat lieu no cong nghiep", "passage", 10);
            assertTrue(hits.stream().anyMatch(h -> h.path().endsWith(BadInputs.VIETNAMESE_PATH)), hits.toString());
        }

        Result status = plans("status", "--out", out.toString(), "--index", idx.toString());
        assertEquals(PlansCli.OK, status.code());
        long failedCount = latest.values().stream().filter(e -> e.status().equals(ManifestEntry.FAILED)).count();
        assertTrue(status.out().contains("failed   " + failedCount), status.out());
        assertTrue(status.out().contains("too many pages (10000 > 2000)"), status.out());
        assertTrue(status.out().contains("documents in index:      " + live.size()), status.out());

        // Repair one failed file; --retry-failed re-ingests exactly the failed files and picks up the repair.
        Path truncated = in.resolve("bad/truncated.pdf");
        Files.copy(in.resolve("bad").resolve(BadInputs.VIETNAMESE_PATH), truncated,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(truncated, "\n% repaired copy\n", java.nio.file.StandardOpenOption.APPEND);
        int linesBefore = Files.readAllLines(out.resolve("manifest.jsonl")).size();
        Result retry = plans("status", "--retry-failed", "-j", "2", "--out", out.toString(), "--index", idx.toString());
        assertEquals(PlansCli.SOME_FAILED, retry.code(), retry.out() + retry.err());
        List<String> lines = Files.readAllLines(out.resolve("manifest.jsonl"));
        assertEquals(failedCount, lines.size() - linesBefore, "one new entry per failed file, none for the others");
        Map<String, ManifestEntry> after = new Manifest(out).latest();
        assertEquals(ManifestEntry.OK, after.get(truncated.toString()).status(), after.get(truncated.toString()).reason());
        assertEquals(ManifestEntry.FAILED, after.get(in.resolve("bad/encrypted.pdf").toString()).status());
        for (Path p : good) assertEquals(ManifestEntry.OK, after.get(p.toString()).status());
    }

    /**
     * The hang is a real one (the test's {@link vn.plans.ingest.HangingWorker} blocks for ever on it), so the 5 s
     * limit tells it apart at any load, while the good file after it gets an hour (the per-page allowance that worker
     * announces for it); the out-of-memory file exhausts a 64 MB heap at once and the good file after it has the
     * default 300 s. No outcome depends on how fast the machine is.
     */
    @Test
    void aWorkerThatHangsOrRunsOutOfMemoryIsReplacedAndTheBatchGoesOn() throws Exception {
        Path bad = tmp.resolve("bad");
        BadInputs.writeAll(bad);
        Path hangIn = Files.createDirectories(tmp.resolve("hang")), bombIn = Files.createDirectories(tmp.resolve("bomb"));
        Files.copy(TestData.seed("000"), hangIn.resolve("a-hangs.txt"));
        Files.copy(TestData.seed("001"), hangIn.resolve("b-good.txt"));
        Files.copy(bad.resolve("zip-bomb.docx"), bombIn.resolve("a-zip-bomb.docx"));
        Files.copy(TestData.seed("003"), bombIn.resolve("b-good.txt"));
        Path out = tmp.resolve("out"), idx = tmp.resolve("idx");
        List<String> hangingWorker = WorkerPool.javaCommand("512m", HangingWorker.class.getName(), List.of());
        Files.createDirectories(idx);
        try (Manifest manifest = new Manifest(out); PlanIndex index = new PlanIndex(idx);
             WorkerPool pool = new WorkerPool(hangingWorker, 1, Duration.ofSeconds(5), Duration.ofSeconds(1), null)) {
            IngestSummary s = new IngestPipeline(pool, 1).run(List.of(hangIn), new DocumentStore(out), manifest, index, null, false);
            assertEquals(1, s.failed(), s.render());
            assertEquals(1, pool.restarts(), "the hung worker was replaced");
        }
        // The bomb's limit raised so it reaches the parser, where it exhausts a 64 MB heap.
        Result bomb = plans("ingest", "-q", "-j", "1", "--max-expanded-mb", "100000", "--worker-heap", "64m",
                "--out", out.toString(), "--index", idx.toString(), bombIn.toString());
        assertEquals(PlansCli.SOME_FAILED, bomb.code(), bomb.out() + bomb.err());
        assertTrue(bomb.out().contains("replaced after a timeout or crash: 1"), bomb.out());

        Map<String, ManifestEntry> latest = new Manifest(out).latest();
        assertEquals("timeout after 5s (worker killed)", latest.get(hangIn.resolve("a-hangs.txt").toString()).reason());
        assertEquals("out of memory: worker heap exhausted (exit code 3)",
                latest.get(bombIn.resolve("a-zip-bomb.docx").toString()).reason());
        for (Path p : List.of(hangIn.resolve("b-good.txt"), bombIn.resolve("b-good.txt"))) {
            assertEquals(ManifestEntry.OK, latest.get(p.toString()).status(), "processed after the worker was replaced: " + latest.get(p.toString()).reason());
        }
        assertEquals(2, new DocumentStore(out).ids().size());
    }
}

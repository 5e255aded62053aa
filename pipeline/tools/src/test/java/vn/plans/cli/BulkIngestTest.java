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
import vn.plans.ingest.WorkerPool;
import vn.plans.model.FailureReason;
import vn.plans.output.DocumentStore;
import vn.plans.output.Manifest;
import vn.plans.output.ManifestEntry;
import vn.plans.pipeline.IngestSummary;
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

    /**
     * Every case of {@code scripts/make-bad-inputs} beside good files, ingested by the CLI in a JVM of its own (the
     * parent of the workers) so that its peak resident size (VmHWM) is its own: each bad input gets a failed or
     * skipped entry whose reason names the cause (the limit, the value measured and the option), the good ones are
     * ingested and searchable, no byte of the host's password file reaches the store or the index, and no input
     * raises the parent's memory (nothing of a file is parsed there).
     */
    @Test
    void everyBadFileGetsAReasonAndEveryGoodFileIsIndexed() throws Exception {
        Path in = tmp.resolve("in");
        try {
            everyCase(in);
        } finally {
            BadInputs.remove(in); // the locked and the too-deep directories defeat the @TempDir clean-up
        }
    }

    private void everyCase(Path in) throws Exception {
        BadInputs.writeAll(in.resolve("bad"));
        List<Path> good = new ArrayList<>();
        for (String seed : List.of("000", "002", "004")) {
            Path p = in.resolve("good").resolve("seed " + seed + ".txt");
            Files.createDirectories(p.getParent());
            Files.copy(TestData.seed(seed), p);
            good.add(p);
        }
        Path out = tmp.resolve("out"), idx = tmp.resolve("idx");
        Result r = plansInChildJvm("ingest", "-q", "-j", "2", "--worker-heap", "256m", "--timeout", "120",
                "--out", out.toString(), "--index", idx.toString(), in.toString());
        assertEquals(PlansCli.SOME_FAILED, r.code(), r.out());

        Map<String, ManifestEntry> latest = new Manifest(out).latest();
        assertEquals(pathsFound(in), latest.size(), "one entry per input file, link and unlistable directory");
        Path bad = in.resolve("bad");
        for (var e : BadInputs.EXPECTED.entrySet()) {
            ManifestEntry m = latest.get(bad.resolve(e.getKey()).toString());
            assertNotNull(m, "no manifest entry for " + e.getKey());
            if (BadInputs.INGESTED.contains(e.getKey())) {
                assertEquals(ManifestEntry.OK, m.status(), e.getKey() + ": " + m.reason());
                if (e.getValue() != null) assertTrue(m.reason().contains(e.getValue()), e.getKey() + " note: " + m.reason());
            } else {
                assertEquals(ManifestEntry.FAILED, m.status(), e.getKey());
                assertTrue(m.reason().contains(e.getValue()), e.getKey() + " reason: " + m.reason());
                assertNotNull(m.cause(), e.getKey());
                if (m.reason().contains("raises it")) assertEquals(FailureReason.Cause.LIMIT_EXCEEDED, m.cause(), e.getKey());
            }
        }
        for (String name : BadInputs.EITHER) {
            ManifestEntry m = latest.get(bad.resolve(name).toString());
            assertNotNull(m, "no manifest entry for " + name);
            assertTrue(m.status().equals(ManifestEntry.OK) || !m.reason().isBlank(), name);
        }
        assertEquals("text/html", latest.get(bad.resolve("html-named.pdf").toString()).mediaType());
        assertEquals("text/plain", latest.get(bad.resolve("utf-16-without-bom.pdf").toString()).mediaType());
        // paths skipped while walking: the link out of the roots, the directory nobody can list
        ManifestEntry passwd = latest.get(bad.resolve(BadInputs.PASSWD_LINK).toString());
        assertEquals(ManifestEntry.SKIPPED, passwd.status());
        assertTrue(passwd.reason().contains(BadInputs.REFUSED.get(BadInputs.PASSWD_LINK)), passwd.reason());
        List<ManifestEntry> deep = latest.values().stream()
                .filter(e -> e.path().startsWith(bad.resolve(BadInputs.TOO_DEEP).toString())).toList();
        assertEquals(1, deep.size(), deep.toString());
        assertEquals(ManifestEntry.SKIPPED, deep.getFirst().status());
        assertTrue(deep.getFirst().reason().contains(BadInputs.REFUSED.get(BadInputs.TOO_DEEP)), deep.getFirst().reason());
        Path locked = bad.resolve(BadInputs.LOCKED);
        if (Files.isReadable(locked)) { // root reads a mode-000 directory: its file is an input like any other
            assertEquals(ManifestEntry.OK, latest.get(locked.resolve("inside.txt").toString()).status());
        } else {
            assertTrue(latest.get(locked.toString()).reason().contains("permission denied"), latest.get(locked.toString()).reason());
        }
        for (Path p : good) assertEquals(ManifestEntry.OK, latest.get(p.toString()).status(), p.toString());
        // the newline in a name is printed escaped: it cannot forge a summary line
        assertTrue(r.out().contains("forged\\n  skipped: all good.txt: empty file"), r.out());
        assertFalse(r.out().lines().anyMatch(l -> l.startsWith("  skipped: all good")), r.out());

        Set<String> live = new HashSet<>();
        for (ManifestEntry e : latest.values()) if (e.status().equals(ManifestEntry.OK)) live.add(e.id());
        assertEquals(live, new HashSet<>(new DocumentStore(out).ids()));
        try (PlanIndex index = new PlanIndex(idx)) {
            assertEquals(live, index.documentIds());
        }
        try (PlanSearcher s = new PlanSearcher(idx)) {
            var hits = s.search("vat lieu no cong nghiep", "passage", 10);
            assertTrue(hits.stream().anyMatch(h -> h.path().endsWith(BadInputs.VIETNAMESE_PATH)), hits.toString());
            assertEquals(List.of(), s.search("nologin", "passage", 10), "the host's password file is not searchable");
            assertEquals(List.of(), s.search("root x 0 0", "passage", 10));
        }
        String passwdLine = Files.readAllLines(Path.of("/etc/passwd")).getFirst(); // root:x:0:0:...
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(f).contains(passwdLine), f + " holds /etc/passwd content");
            }
        }
        long parentMb = peakMb(r.out());
        assertTrue(parentMb > 0 && parentMb < 1024, "parent resident memory peaked at " + parentMb + " MB");

        Result status = plans("status", "--out", out.toString(), "--index", idx.toString());
        assertEquals(PlansCli.OK, status.code());
        long failedCount = latest.values().stream().filter(e -> e.status().equals(ManifestEntry.FAILED)).count();
        assertTrue(status.out().contains("failed   " + failedCount), status.out());
        assertTrue(status.out().contains("too many pages: 10000 in the page tree > limit 2000"), status.out());
        assertTrue(status.out().contains("documents in index:      " + live.size()), status.out());

        // Repair one failed file; --retry-failed re-ingests exactly the failed files and picks up the repair.
        Path truncated = bad.resolve("truncated.pdf");
        Files.copy(bad.resolve(BadInputs.VIETNAMESE_PATH), truncated, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(truncated, "\n% repaired copy\n", java.nio.file.StandardOpenOption.APPEND);
        int linesBefore = Files.readAllLines(out.resolve("manifest.jsonl")).size();
        Result retry = plans("status", "--retry-failed", "-j", "2", "--out", out.toString(), "--index", idx.toString());
        assertEquals(PlansCli.SOME_FAILED, retry.code(), retry.out() + retry.err());
        List<String> lines = Files.readAllLines(out.resolve("manifest.jsonl"));
        assertEquals(failedCount, lines.size() - linesBefore, "one new entry per failed file, none for the others");
        Map<String, ManifestEntry> after = new Manifest(out).latest();
        assertEquals(ManifestEntry.OK, after.get(truncated.toString()).status(), after.get(truncated.toString()).reason());
        assertEquals(ManifestEntry.FAILED, after.get(bad.resolve("encrypted.pdf").toString()).status());
        for (Path p : good) assertEquals(ManifestEntry.OK, after.get(p.toString()).status());
    }

    /** The CLI in a JVM of its own (default heap, as scripts/plans runs it); stdout and stderr together. */
    static Result plansInChildJvm(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), PlansCli.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        return new Result(p.waitFor(), out, "");
    }

    private static long peakMb(String out) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("peak resident memory of this process: (\\d+) MB").matcher(out);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    /** Files, links and paths that cannot be listed or read, as a walk that goes on past errors finds them. */
    private static long pathsFound(Path root) throws Exception {
        long[] n = {0};
        Files.walkFileTree(root, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult visitFile(Path f, java.nio.file.attribute.BasicFileAttributes a) {
                n[0]++;
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFileFailed(Path f, java.io.IOException e) {
                n[0]++;
                return java.nio.file.FileVisitResult.CONTINUE;
            }
        });
        return n[0];
    }

    /**
     * The hang is a real one (the test's {@link vn.plans.ingest.HangingWorker} blocks for ever on it), so the 5 s
     * limit tells it apart at any load, while the good file after it gets an hour (the per-page allowance that worker
     * announces for it); the out-of-memory file exhausts a 64 MB heap at once and the good file after it has the
     * default 300 s. No outcome depends on how fast the machine is.
     */
    @Test
    void aWorkerThatHangsOrRunsOutOfMemoryIsReplacedAndTheBatchGoesOn() throws Exception {
        Path hangIn = Files.createDirectories(tmp.resolve("hang")), bombIn = Files.createDirectories(tmp.resolve("bomb"));
        Files.copy(TestData.seed("000"), hangIn.resolve("a-hangs.txt"));
        Files.copy(TestData.seed("001"), hangIn.resolve("b-good.txt"));
        BadInputs.writeDocx(bombIn.resolve("a-zip-bomb.docx"), 400);
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
        assertEquals("timeout after 5s (worker killed; --timeout raises it)", latest.get(hangIn.resolve("a-hangs.txt").toString()).reason());
        assertEquals("out of memory: worker heap of 64m exhausted (exit code 3; --worker-heap raises it)",
                latest.get(bombIn.resolve("a-zip-bomb.docx").toString()).reason());
        for (Path p : List.of(hangIn.resolve("b-good.txt"), bombIn.resolve("b-good.txt"))) {
            assertEquals(ManifestEntry.OK, latest.get(p.toString()).status(), "processed after the worker was replaced: " + latest.get(p.toString()).reason());
        }
        assertEquals(2, new DocumentStore(out).ids().size());
    }
}

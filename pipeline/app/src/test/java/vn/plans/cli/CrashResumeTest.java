package vn.plans.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plans.TestData;
import vn.plans.output.DocumentStore;
import vn.plans.output.Manifest;
import vn.plans.output.ManifestEntry;
import vn.plans.pipeline.InputFiles;

/**
 * {@code kill -9} in the middle of an ingest, then a second run: every input ends with exactly one latest manifest
 * entry, and the JSON store, the manifest and the index hold the same documents, each once.
 */
@org.junit.jupiter.api.Tag("integration")
class CrashResumeTest {
    private static final int FILES = 40;
    @TempDir Path tmp;

    @Test
    void aRunKilledMidwayIsCompletedByTheNextWithNoDuplicateOrMissingDocument() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (int i = 0; i < FILES; i++) {
            String seed = Files.readString(TestData.seed("00" + (i % 5)));
            Files.writeString(in.resolve(String.format("kh %02d.txt", i)), seed.repeat(3) + "\nGhi chú: bản sao số " + i + ".\n");
        }
        Path out = tmp.resolve("out"), idx = tmp.resolve("idx");
        Path manifest = out.resolve("manifest.jsonl");

        // 1. Start an ingest in its own JVM (child workers too), never committing the index, and kill it mid-run.
        Process p = start(out, idx, in);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        int linesAtKill = 0;
        while (System.nanoTime() < deadline && p.isAlive()) {
            linesAtKill = Files.exists(manifest) ? Files.readAllLines(manifest).size() : 0;
            if (linesAtKill >= 3) break;
            Thread.sleep(5);
        }
        assertTrue(p.isAlive(), "the first run ended before it could be killed");
        List<ProcessHandle> workers = p.descendants().toList();
        p.destroyForcibly(); // SIGKILL on Linux
        p.waitFor(30, TimeUnit.SECONDS);
        int linesAfterKill = Files.readAllLines(manifest).size();
        assertTrue(linesAfterKill < FILES, "killed before finishing (" + linesAtKill + " manifest lines seen, "
                + linesAfterKill + " after the kill)");
        for (ProcessHandle w : workers) {
            w.onExit().get(30, TimeUnit.SECONDS); // orphaned workers notice their parent died and exit
            assertFalse(w.isAlive(), "worker " + w.pid() + " outlived its parent");
        }

        // 2. One file changes between the runs: the second run must replace its record, not add one.
        Path changed = in.resolve("kh 00.txt");
        Files.writeString(changed, "\nBổ sung: báo cáo kết quả trước ngày 15/12/2026.\n", java.nio.file.StandardOpenOption.APPEND);

        // 3. The second run completes; it repairs what the first left uncommitted.
        Process again = start(out, idx, in);
        String log = new String(again.getInputStream().readAllBytes());
        assertTrue(again.waitFor(300, TimeUnit.SECONDS));
        assertEquals(0, again.exitValue(), log);
        if (linesAfterKill > 0) assertTrue(log.contains("repaired"), "the second run reconciled the index: " + log);

        Map<String, ManifestEntry> latest = new Manifest(out).latest();
        assertEquals(FILES, latest.size(), "exactly one latest entry per input");
        Set<String> live = new TreeSet<>();
        for (ManifestEntry e : latest.values()) {
            assertTrue(e.status().equals(ManifestEntry.OK) || e.status().equals(ManifestEntry.SKIPPED), e.toString());
            live.add(e.id());
        }
        assertEquals(FILES, live.size(), "every input is its own document");
        assertEquals(live, new TreeSet<>(new DocumentStore(out).ids()), "JSON store == manifest");
        assertEquals(live, indexedDocuments(idx), "index == manifest, each unit once");
        assertEquals(InputFiles.sha256(changed).substring(0, 16), latest.get(changed.toString()).id());
    }

    private static Process start(Path out, Path idx, Path in) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                PlansCli.class.getName(), "ingest", "-q", "-j", "2", "--worker-heap", "256m", "--commit-every", "1000",
                "--out", out.toString(), "--index", idx.toString(), in.toString()));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    /** Distinct doc ids of the live units; fails if any unit (passage or task) is in the index twice. */
    private static Set<String> indexedDocuments(Path idx) throws Exception {
        Set<String> docs = new TreeSet<>();
        Set<String> units = new HashSet<>();
        Map<String, Integer> dup = new HashMap<>();
        try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(idx))) {
            Bits live = MultiBits.getLiveDocs(r);
            StoredFields stored = r.storedFields();
            for (int d = 0; d < r.maxDoc(); d++) {
                if (live != null && !live.get(d)) continue;
                Document doc = stored.document(d);
                docs.add(doc.get("doc_id"));
                if (!units.add(doc.get("unit_id"))) dup.merge(doc.get("unit_id"), 1, Integer::sum);
            }
        }
        assertTrue(dup.isEmpty(), "duplicate index units: " + dup);
        return docs;
    }
}

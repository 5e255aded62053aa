package vn.plans.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plans.TestData;
import vn.plans.index.PlanIndex;
import vn.plans.output.DocumentStore;
import vn.plans.output.Json;
import vn.plans.output.Manifest;
import vn.plans.output.ManifestEntry;

/**
 * SIGTERM in the middle of an ingest: the run commits what is done, says so and exits 143; status and the store, the
 * index and the manifest then agree without repair, and a resumed run does the rest with no duplicate task id.
 */
@org.junit.jupiter.api.Tag("integration")
class GracefulStopTest {
    private static final int FILES = 30;
    @TempDir Path tmp;

    @Test
    void sigtermCommitsWhatIsDoneAndTheNextRunDoesTheRest() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (int i = 0; i < FILES; i++) {
            String seed = Files.readString(TestData.seed("00" + (i % 5)));
            Files.writeString(in.resolve(String.format("kh %02d.txt", i)), seed.repeat(3) + "\nGhi chú: bản sao số " + i + ".\n");
        }
        Path out = tmp.resolve("out"), idx = tmp.resolve("idx");
        Path manifest = out.resolve("manifest.jsonl");
        Path firstLog = tmp.resolve("first.log");
        Process p = start(out, idx, in, firstLog);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline && p.isAlive()
                && (!Files.exists(manifest) || Files.readAllLines(manifest).size() < 3)) {
            Thread.sleep(5);
        }
        assertTrue(p.isAlive(), "the run ended before it could be stopped");
        p.destroy(); // SIGTERM
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "did not stop");
        String log = Files.readString(firstLog);
        assertEquals(143, p.exitValue(), log);
        assertTrue(log.contains("stopped by a signal"), log);

        Map<String, ManifestEntry> afterStop = new Manifest(out).latest();
        assertTrue(afterStop.size() < FILES, "stopped before the end: " + afterStop.size());
        Set<String> live = new TreeSet<>();
        for (ManifestEntry e : afterStop.values()) {
            assertEquals(ManifestEntry.OK, e.status(), "an interrupted file was recorded: " + e);
            live.add(e.id());
        }
        assertEquals(live, new TreeSet<>(new DocumentStore(out).ids()), "JSON store == manifest after the stop");
        assertEquals(live, PlanIndex.committedDocumentIds(idx), "index committed at the stop == manifest");
        CliRun status = CliRun.of("status", "--out", out.toString(), "--index", idx.toString());
        assertEquals(PlansCli.OK, status.code(), status.out() + status.err());
        assertTrue(status.out().contains("documents in index:      " + live.size()), status.out());

        Path secondLog = tmp.resolve("second.log");
        Process again = start(out, idx, in, secondLog);
        assertTrue(again.waitFor(300, TimeUnit.SECONDS));
        String log2 = Files.readString(secondLog);
        assertEquals(0, again.exitValue(), log2);
        assertFalse(log2.contains("repaired"), "nothing to repair after a graceful stop: " + log2);
        Map<String, ManifestEntry> latest = new Manifest(out).latest();
        assertEquals(FILES, latest.size());
        Set<String> all = new TreeSet<>();
        for (ManifestEntry e : latest.values()) all.add(e.id());
        assertEquals(FILES, all.size());
        assertEquals(all, new TreeSet<>(new DocumentStore(out).ids()));
        assertEquals(all, PlanIndex.committedDocumentIds(idx));
        Set<String> taskIds = new HashSet<>();
        for (String line : Files.readAllLines(out.resolve("tasks.jsonl"))) {
            JsonNode t = Json.MAPPER.readTree(line);
            String id = t.path(t.has("task_id") ? "task_id" : "taskId").asText();
            assertTrue(taskIds.add(id), "duplicate task id " + id);
        }
        assertFalse(taskIds.isEmpty(), "the seeds have tasks");
    }

    private static Process start(Path out, Path idx, Path in, Path log) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                PlansCli.class.getName(), "ingest", "-q", "-j", "1", "--in-process", "--commit-every", "1000",
                "--out", out.toString(), "--index", idx.toString(), in.toString()));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}

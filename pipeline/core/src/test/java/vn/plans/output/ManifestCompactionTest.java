package vn.plans.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plans.model.FailureReason;

/** The append-only manifest grows by a line per input per run; compaction keeps exactly the latest state per path. */
class ManifestCompactionTest {
    @TempDir Path dir;

    private static ManifestEntry entry(String path, ManifestStatus status, String run) {
        return new ManifestEntry(path, "id-" + path, "sha", "text/plain", status, null, 1, 2, 0.1, run, run);
    }

    @Test
    void compactionKeepsTheLatestEntryPerPathAndAppendsGoOn() throws Exception {
        try (Manifest m = new Manifest(dir)) {
            for (String run : new String[] {"r1", "r2", "r3"}) {
                m.append(entry("/a.txt", ManifestEntry.OK, run));
                m.append(entry("/b.txt", ManifestEntry.SKIPPED, run));
            }
            m.append(new ManifestEntry("/c.pdf", null, null, null, ManifestEntry.FAILED, "too many pages: 3 > limit 2",
                    null, null, 0.0, "r3", "r3", FailureReason.Cause.LIMIT_EXCEEDED));
            Map<String, ManifestEntry> before = m.latest();
            assertEquals(7, m.linesRead());
            assertTrue(m.needsCompaction(before, 1));
            assertFalse(m.needsCompaction(before, 100), "short manifests are left alone");
            assertEquals(3, m.compact(before));
            assertEquals(3, Files.readAllLines(m.file()).size());
            assertEquals(before, m.latest());
            assertFalse(m.needsCompaction(m.latest(), 1));
            assertEquals(FailureReason.Cause.LIMIT_EXCEEDED, m.latest().get("/c.pdf").cause());
            m.append(entry("/a.txt", ManifestEntry.SKIPPED, "r4")); // the writer reopens the new file
        }
        Map<String, ManifestEntry> after = new Manifest(dir).latest();
        assertEquals(3, after.size());
        assertEquals("r4", after.get("/a.txt").run());
        assertEquals(4, Files.readAllLines(dir.resolve("manifest.jsonl")).size());
        assertTrue(Files.readString(dir.resolve("manifest.jsonl")).contains("\"cause\":\"limit_exceeded\""));
    }
}

package vn.plans.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plans.TestData;
import vn.plans.index.PlanIndex;
import vn.plans.output.DocumentStore;
import vn.plans.output.Manifest;
import vn.plans.output.ManifestEntry;
import vn.plans.pipeline.InputFiles;

/**
 * What the input walk lets in: canonical paths inside the given roots only, each file once, and nothing found while
 * walking (a link out, a fifo, an unreadable directory, a hostile name) stops the batch.
 */
class InputTreeTest {
    @TempDir Path tmp;

    private Path seed(Path dir, String seed) throws Exception {
        Path p = dir.resolve("seed " + seed + ".txt");
        Files.createDirectories(dir);
        Files.copy(TestData.seed(seed), p);
        return p;
    }

    @Test
    void aLinkOutOfTheRootsIsSkippedAndTheSameTreeTwiceIsOneSetOfFiles() throws Exception {
        Path passwd = Path.of("/etc/passwd");
        assumeTrue(Files.isReadable(passwd), "no readable /etc/passwd on this machine");
        Path in = tmp.resolve("in");
        Path good = seed(in.resolve("good"), "000");
        seed(in.resolve("good"), "002");
        Files.createSymbolicLink(in.resolve("passwd.txt"), passwd);
        Files.createSymbolicLink(in.resolve("again.txt"), good); // inside the root: the target, once
        Files.createSymbolicLink(tmp.resolve("in-link"), in);
        Path fifo = in.resolve("pipe.txt");
        boolean haveFifo = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        Path relative = Path.of("").toAbsolutePath().relativize(in);
        Path out = tmp.resolve("out"), idx = tmp.resolve("idx");

        CliRun r = CliRun.of("ingest", "-q", "--in-process", "--out", out.toString(), "--index", idx.toString(),
                in.toString(), relative.toString(), in.resolve("good/../good").toString(), tmp.resolve("in-link").toString());
        assertEquals(PlansCli.OK, r.code(), r.out() + r.err());
        assertTrue(r.out().startsWith("2 documents: 2 ok"), r.out());

        Map<String, ManifestEntry> latest = new Manifest(out).latest();
        ManifestEntry link = latest.get(in.resolve("passwd.txt").toString());
        assertNotNull(link, latest.keySet().toString());
        assertEquals(ManifestEntry.SKIPPED, link.status());
        assertTrue(link.reason().contains("outside the input roots"), link.reason());
        assertTrue(r.out().contains("passwd.txt: symlink to /etc/passwd"), r.out());
        if (haveFifo) {
            assertEquals(ManifestEntry.SKIPPED, latest.get(fifo.toString()).status());
            assertTrue(latest.get(fifo.toString()).reason().contains("not a regular file"));
        }
        assertEquals(ManifestEntry.OK, latest.get(good.toString()).status());
        for (String key : latest.keySet()) assertTrue(Path.of(key).isAbsolute(), key);

        String passwdId = InputFiles.sha256(passwd).substring(0, 16);
        String firstLine = Files.readAllLines(passwd).get(0);
        DocumentStore store = new DocumentStore(out);
        assertEquals(2, store.ids().size(), store.ids().toString());
        assertFalse(store.ids().contains(passwdId));
        try (Stream<Path> s = Files.walk(out)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(p, StandardCharsets.UTF_8).contains(firstLine), p + " holds /etc/passwd");
            }
        }
        try (PlanIndex index = new PlanIndex(idx)) {
            assertEquals(new HashSet<>(store.ids()), index.documentIds());
        }
        CliRun search = CliRun.of("search", "--index", idx.toString(), "nologin");
        assertFalse(search.out().contains("passwd"), search.out());
    }

    @Test
    void aNewlineInAFileNameCannotForgeSummaryLines() throws Exception {
        Path in = tmp.resolve("in");
        seed(in, "000");
        Files.write(in.resolve("empty\n99 documents: 99 ok, 0 failed.txt"), new byte[0]);
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("ingest", "-q", "--in-process", "--out", out.toString(), "--index",
                tmp.resolve("idx").toString(), in.toString());
        assertEquals(PlansCli.SOME_FAILED, r.code(), r.out() + r.err());
        for (String line : r.out().split("\n")) assertFalse(line.startsWith("99 documents"), r.out());
        assertTrue(r.out().contains("empty\\n99 documents"), r.out());
        CliRun status = CliRun.of("status", "--out", out.toString());
        for (String line : status.out().split("\n")) assertFalse(line.startsWith("99 documents"), status.out());
    }

    @Test
    void anUnreadableDirectoryIsRecordedAndTheBatchGoesOn() throws Exception {
        Path in = tmp.resolve("in");
        Path good = seed(in.resolve("a"), "000");
        Path locked = in.resolve("locked");
        seed(locked, "002");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            boolean denied;
            try (Stream<Path> s = Files.list(locked)) {
                s.count();
                denied = false;
            } catch (java.nio.file.AccessDeniedException e) {
                denied = true;
            }
            assumeTrue(denied, "running as root: chmod 000 does not deny reads here, so the unreadable case cannot be made");
            Path out = tmp.resolve("out");
            CliRun r = CliRun.of("ingest", "-q", "--in-process", "--out", out.toString(), "--index",
                    tmp.resolve("idx").toString(), in.toString());
            assertEquals(PlansCli.OK, r.code(), r.out() + r.err());
            Map<String, ManifestEntry> latest = new Manifest(out).latest();
            assertEquals(ManifestEntry.OK, latest.get(good.toString()).status());
            assertEquals(ManifestEntry.SKIPPED, latest.get(locked.toString()).status());
            assertTrue(latest.get(locked.toString()).reason().contains("unreadable directory"));
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }
}

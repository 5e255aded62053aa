package vn.plans.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plans.TestData;
import vn.plans.index.PlanIndex;
import vn.plans.output.DocumentStore;
import vn.plans.output.Json;
import vn.plans.output.Manifest;
import vn.plans.output.ManifestEntry;
import vn.plans.pipeline.InputFiles;

/** Deleted and edited sources across runs: store, index, tasks and status agree, one version each, no stale hit. */
class ArchiveLifecycleTest {
    @TempDir Path tmp;

    private static String id(Path p) throws Exception {
        return InputFiles.sha256(p).substring(0, 16);
    }

    /** A word of {@code a}'s text (letters only, 5 or more) that {@code others} do not hold. */
    private static String wordOnlyIn(Path a, Path... others) throws Exception {
        Set<String> rest = new HashSet<>();
        for (Path o : others) rest.addAll(words(o));
        return words(a).stream().filter(w -> w.length() >= 5 && !rest.contains(w)).sorted().findFirst().orElseThrow();
    }

    private static Set<String> words(Path p) throws Exception {
        return Arrays.stream(Files.readString(p).toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
                .filter(w -> !w.isEmpty()).collect(Collectors.toSet());
    }

    @Test
    void aDeletedSourceIsPrunedAndAnEditedOneReplacesItsOldVersionEverywhere() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path a = in.resolve("a.txt"), b = in.resolve("b.txt"), c = in.resolve("c.txt");
        Files.copy(TestData.seed("000"), a);
        Files.copy(TestData.seed("002"), b);
        Files.copy(TestData.seed("004"), c);
        String oldA = id(a), oldB = id(b);
        String onlyOldB = wordOnlyIn(TestData.seed("002"), TestData.seed("001"), TestData.seed("004"));
        Path out = tmp.resolve("out"), idx = tmp.resolve("idx");
        String[] dirs = {"--out", out.toString(), "--index", idx.toString()};

        CliRun first = CliRun.of(cat(new String[] {"ingest", "-q", "--in-process"}, dirs, in.toString()));
        assertEquals(PlansCli.OK, first.code(), first.out() + first.err());
        CliRun hit = CliRun.of("search", "--index", idx.toString(), "--json", onlyOldB);
        assertTrue(hit.out().contains(oldB), onlyOldB + " should find b first: " + hit.out());

        Files.delete(a);
        Files.copy(TestData.seed("001"), b, StandardCopyOption.REPLACE_EXISTING); // b edited
        CliRun before = CliRun.of(cat(new String[] {"status"}, dirs));
        assertTrue(before.out().contains("source missing"), before.out());
        assertTrue(before.out().contains(oldA), before.out());

        CliRun second = CliRun.of(cat(new String[] {"ingest", "-q", "--in-process", "--prune"}, dirs, in.toString()));
        assertEquals(PlansCli.OK, second.code(), second.out() + second.err());
        assertTrue(second.out().contains("removed: " + a), second.out());

        String newB = id(b), keptC = id(c);
        DocumentStore store = new DocumentStore(out);
        assertEquals(Set.of(newB, keptC), new HashSet<>(store.ids()));
        assertEquals(Set.of(newB, keptC), PlanIndex.committedDocumentIds(idx));
        String tasks = Files.readString(out.resolve("tasks.jsonl"));
        assertFalse(tasks.contains(oldA) || tasks.contains(oldB), "stale tasks in tasks.jsonl");
        Map<String, ManifestEntry> latest = new Manifest(out).latest();
        assertEquals(ManifestEntry.REMOVED, latest.get(a.toString()).status());
        assertEquals(newB, latest.get(b.toString()).id());
        CliRun stale = CliRun.of("search", "--index", idx.toString(), "--json", onlyOldB);
        assertFalse(stale.out().contains(oldB), "stale hit for " + onlyOldB + ": " + stale.out());
        for (String line : stale.out().split("\n")) {
            if (line.isBlank()) continue;
            String doc = Json.MAPPER.readTree(line).path("doc_id").asText(Json.MAPPER.readTree(line).path("docId").asText());
            assertTrue(Set.of(newB, keptC).contains(doc), "hit outside the live documents: " + line);
        }

        CliRun status;
        try (PlanIndex writer = new PlanIndex(idx)) { // as during an ingest: the write lock is held
            status = CliRun.of(cat(new String[] {"status"}, dirs));
        }
        assertEquals(PlansCli.OK, status.code(), status.out() + status.err());
        assertTrue(status.out().contains("documents in JSON store: 2"), status.out());
        assertTrue(status.out().contains("documents in index:      2"), status.out());
        assertFalse(status.out().contains("source missing"), status.out());

        CliRun del = CliRun.of(cat(new String[] {"delete"}, dirs, keptC));
        assertEquals(PlansCli.OK, del.code(), del.out() + del.err());
        assertEquals(Set.of(newB), new HashSet<>(store.ids()));
        assertEquals(Set.of(newB), PlanIndex.committedDocumentIds(idx));
        assertEquals(PlansCli.SOME_FAILED, CliRun.of(cat(new String[] {"delete"}, dirs, keptC)).code());
    }

    private static String[] cat(String[] head, String[] mid, String... tail) {
        String[] all = Arrays.copyOf(head, head.length + mid.length + tail.length);
        System.arraycopy(mid, 0, all, head.length, mid.length);
        System.arraycopy(tail, 0, all, head.length + mid.length, tail.length);
        return all;
    }
}

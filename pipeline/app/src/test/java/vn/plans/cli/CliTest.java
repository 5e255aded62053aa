package vn.plans.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plans.TestData;

/** The command line as a user drives it: exit codes, summary, search output. */
@org.junit.jupiter.api.Tag("integration")
class CliTest {
    @TempDir Path tmp;

    @Test
    void ingestThenSearchTheSeeds() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(TestData.seed("000"), in.resolve("ba-to.txt"));
        Files.copy(TestData.seed("002"), in.resolve("tam-duong.md"));
        Files.write(in.resolve("zero.pdf"), new byte[0]);
        String out = tmp.resolve("out").toString();
        String idx = tmp.resolve("idx").toString();

        CliRun ingest = CliRun.of("ingest", in.toString(), "--out", out, "--index", idx, "-q");
        assertEquals(PlansCli.SOME_FAILED, ingest.code(), "a failed file gives exit code 3");
        assertTrue(ingest.out().contains("3 documents: 2 ok, 1 failed"), ingest.out());
        assertTrue(ingest.out().contains("zero.pdf: empty file"), ingest.out());
        assertTrue(Files.exists(tmp.resolve("out/tasks.jsonl")));
        assertTrue(Files.exists(tmp.resolve("out/manifest.jsonl")));

        CliRun search = CliRun.of("search", "tre", "em", "khuyet", "tat", "--index", idx);
        assertEquals(PlansCli.OK, search.code(), search.err());
        assertTrue(search.out().contains("ba-to.txt"), search.out());
        assertTrue(search.out().replace("«", "").replace("»", "").contains("trẻ em khuyết tật"), search.out());

        CliRun json = CliRun.of("search", "Tam Đường", "--index", idx, "--json", "-n", "1");
        assertTrue(json.out().startsWith("{\"doc_id\":"), json.out());

        Path csv = tmp.resolve("docs.csv");
        CliRun export = CliRun.of("export", "--documents", "--format", "csv", "--file", csv.toString(), "--index", idx);
        assertEquals(PlansCli.OK, export.code(), export.err());
        assertEquals(3, Files.readAllLines(csv).size(), "header and the two ingested documents");
        assertEquals(2, CliRun.of("export", "--tasks", "--documents", "--format", "csv", "--index", idx).code(), "one of --tasks, --documents");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, CliRun.of("ingest").code());
        assertEquals(2, CliRun.of("search", "x", "--index", tmp.resolve("missing").toString()).code());
        assertEquals(2, CliRun.of("ingest", tmp.resolve("nope").toString(), "--out", tmp.toString(), "--index", tmp.toString()).code());
    }
}

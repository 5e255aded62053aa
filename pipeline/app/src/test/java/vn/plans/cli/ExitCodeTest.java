package vn.plans.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plans.TestData;
import vn.plans.index.PlanIndex;

/** Exit code 2 only for bad arguments; a broken model or index is a runtime error (1) with its own message. */
class ExitCodeTest {
    @TempDir Path tmp;

    @Test
    void badArgumentsAreUsageErrors() {
        assertEquals(PlansCli.USAGE, CliRun.of("ingest", tmp.resolve("none").toString()).code());
        assertEquals(PlansCli.USAGE, CliRun.of("ingest", "--timeout", "0", tmp.toString()).code());
        assertEquals(PlansCli.USAGE, CliRun.of("ingest", "--workers", "x", tmp.toString()).code());
        assertEquals(PlansCli.USAGE, CliRun.of("search", "--no-such-option").code());
    }

    @Test
    void aCorruptModelIsARuntimeErrorNamingTheFile() throws Exception {
        Path model = Files.writeString(tmp.resolve("broken.bin"), "not a language model");
        Path text = Files.writeString(tmp.resolve("t.txt"), "Ke hoach trien khai");
        CliRun r = CliRun.of("restore", "--model", model.toString(), text.toString());
        assertEquals(PlansCli.INTERNAL_ERROR, r.code(), r.err());
        assertTrue(r.err().contains("cannot load language model " + model), r.err());
    }

    @Test
    void aMissingOrLockedIndexIsARuntimeError() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        CliRun search = CliRun.of("search", "tre", "em", "--index", empty.toString());
        assertEquals(PlansCli.INTERNAL_ERROR, search.code(), search.err());
        assertTrue(search.err().contains("no index at " + empty), search.err());

        Path idx = tmp.resolve("idx");
        try (PlanIndex writer = new PlanIndex(idx)) {
            CliRun ingest = CliRun.of("ingest", "--in-process", "-q", "--out", tmp.resolve("out").toString(),
                    "--index", idx.toString(), TestData.seed("002").toString());
            assertEquals(PlansCli.INTERNAL_ERROR, ingest.code(), ingest.err());
            assertTrue(ingest.err().contains("is locked"), ingest.err());
        }
    }
}

package vn.plans.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import vn.plans.TestData;

@org.junit.jupiter.api.Tag("integration")
class EvalCommandTest {
    private static final Path ROOT = TestData.root();

    @Test
    void printsPerFieldScoresPerGroup(@TempDir Path gold) throws Exception {
        // the top-level gold files only (seeds, corpus-dev): the real-archive folders are scored by their own tests
        for (Path g : vn.plans.eval.Evaluator.goldFiles(ROOT.resolve("corpus/gold"))) Files.copy(g, gold.resolve(g.getFileName()));
        CliRun r = CliRun.of("eval", "--gold", gold.toString(), "--root", ROOT.toString());
        assertTrue(r.out().contains("== seeds"), r.out() + r.err());
        assertTrue(r.out().contains("== identity accuracy by genre"), r.out());
        assertTrue(r.out().matches("(?s).*\\ntasks\\s+1\\.000\\s+1\\.000\\s+1\\.000.*"), r.out());
        assertTrue(r.out().contains("task.lead_agencies"), r.out());
        assertTrue(r.code() == PlansCli.OK || r.code() == PlansCli.SOME_FAILED, r.err());
    }

    @Test
    void missingGoldDirectoryIsAUsageError() {
        CliRun r = CliRun.of("eval", "--gold", ROOT.resolve("no-such-gold").toString());
        assertEquals(PlansCli.USAGE, r.code());
        assertTrue(r.err().contains("no such directory"), r.err());
    }
}

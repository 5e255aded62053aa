package vn.plans.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.plans.TestData;

@org.junit.jupiter.api.Tag("integration")
class EvalCommandTest {
    private static final Path ROOT = TestData.root();

    @Test
    void printsPerFieldScoresPerGroup() {
        CliRun r = CliRun.of("eval", "--gold", ROOT.resolve("corpus/gold").toString(), "--root", ROOT.toString());
        assertTrue(r.out().contains("== seeds"), r.out() + r.err());
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

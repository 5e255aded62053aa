package vn.plans.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EvalCommandTest {
    private static final Path ROOT = Path.of(System.getProperty("plans.root", "..")).toAbsolutePath().normalize();

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PlansCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void printsPerFieldScoresPerGroup() {
        Run r = run("eval", "--gold", ROOT.resolve("corpus/gold").toString(), "--root", ROOT.toString());
        assertTrue(r.out().contains("== seeds"), r.out() + r.err());
        assertTrue(r.out().matches("(?s).*\\ntasks\\s+1\\.000\\s+1\\.000\\s+1\\.000.*"), r.out());
        assertTrue(r.out().contains("task.lead_agencies"), r.out());
        assertTrue(r.code() == PlansCli.OK || r.code() == PlansCli.SOME_FAILED, r.err());
    }

    @Test
    void missingGoldDirectoryIsAUsageError() {
        Run r = run("eval", "--gold", ROOT.resolve("no-such-gold").toString());
        assertEquals(PlansCli.USAGE, r.code());
        assertTrue(r.err().contains("no such directory"), r.err());
    }
}

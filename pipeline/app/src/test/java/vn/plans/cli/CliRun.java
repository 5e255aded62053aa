package vn.plans.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the {@code plans} command line in-process, as a user would, and captures its exit code and output. */
record CliRun(int code, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PlansCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}

package vn.plans.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import vn.plans.extract.InputLimits;
import vn.plans.ingest.WorkerProtocol;

/**
 * A worker JVM of {@link vn.plans.ingest.WorkerPool}: {@code WorkerMain MAX_PAGES MAX_MEGAPIXELS MAX_EXPANDED_MB}.
 * Runs the standard processor on file requests from stdin until stdin closes or the parent process dies.
 */
public final class WorkerMain {
    private WorkerMain() {}

    public static void main(String[] args) throws Exception {
        PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        System.setOut(System.err); // library chatter must not corrupt the protocol
        PlansCli.quietLibraryLogs();
        ProcessHandle.current().parent().ifPresent(p -> p.onExit().thenRun(() -> Runtime.getRuntime().halt(0)));
        InputLimits limits = new InputLimits(Integer.parseInt(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        WorkerProtocol.serve(Components.standardProcessor(limits), System.in, protocol);
    }
}

package vn.plans.ingest;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import vn.plans.cli.PlansCli;
import vn.plans.pipeline.DocumentProcessor;
import vn.plans.pipeline.FileProcessor;
import vn.plans.pipeline.StandardPipeline;

/**
 * A worker JVM for {@link WorkerPool} tests: it blocks for ever on a file whose name contains {@value #HANG}, the way
 * a parser stuck in a loop would, so any time limit tells it from a good file. Any other file first gets a
 * {@value #ALLOWANCE_PAGES}-page allowance (announced as OCR pages are, so the pool's per-page budget carries it) and
 * then goes through the standard pipeline: good files get a limit far beyond what they need at any machine load,
 * while the hung one is killed at the bare per-file limit.
 */
public final class HangingWorker {
    static final String HANG = "hangs";
    static final int ALLOWANCE_PAGES = 3600;

    private HangingWorker() {}

    public static void main(String[] args) throws Exception {
        PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        System.setOut(System.err);
        PlansCli.quietLibraryLogs();
        ProcessHandle.current().parent().ifPresent(p -> p.onExit().thenRun(() -> Runtime.getRuntime().halt(0)));
        DocumentProcessor standard = StandardPipeline.build();
        FileProcessor worker = (file, source, id) -> {
            if (file.getFileName().toString().contains(HANG)) {
                try {
                    new CountDownLatch(1).await(); // never counted down: only the pool's kill ends this
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            synchronized (protocol) {
                protocol.println(WorkerProtocol.PAGES + ALLOWANCE_PAGES);
                protocol.flush();
            }
            return standard.process(file, source, id);
        };
        WorkerProtocol.serve(worker, System.in, protocol);
    }
}

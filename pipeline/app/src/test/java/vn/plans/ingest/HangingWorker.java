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
 * a parser stuck in a loop would, so any time limit tells it from a good file; on a file whose name contains
 * {@value #CRASH} it ends the JVM (exit code {@value #CRASH_EXIT}, as a native crash would), once a good file is in
 * flight beside it or after {@value #WAIT_S} s (busy: a sleeping file would be taken for a hung one). Its optional
 * argument is how many files it holds at once (default 1). On its first run (a {@code .ran} marker beside the file
 * tells a retry), a good file whose name contains {@value #BESIDE} waits (busy) for a hostile file to be in flight beside it, and then burns CPU for as
 * long as one is, so that it can only come out of a run with a hostile file by being run again without it. On its
 * first run a file whose name contains {@value #VICTIM} blocks for ever (only the pool's kill ends
 * it), and one whose name contains {@value #OCR_HOG} burns CPU on a thread named {@code ocr-} (as OCR would) while a
 * victim is in flight beside it, so the victim is charged that CPU; run again, both go through the standard pipeline
 * (the hog after waiting up to {@value #WAIT_S} s for a victim). Any other file first gets a
 * {@value #ALLOWANCE_PAGES}-page allowance (announced as OCR pages are, so the pool's per-page budget carries it) and
 * then goes through the standard pipeline: good files get a limit far beyond what they need at any machine load,
 * while the hung one is killed at the bare per-file limit.
 */
public final class HangingWorker {
    static final String HANG = "hangs";
    static final String CRASH = "crashes";
    static final int CRASH_EXIT = 134;
    static final String BESIDE = "beside";
    static final String VICTIM = "victim";
    static final String OCR_HOG = "ocrhog";
    static final int WAIT_S = 3;
    static final int ALLOWANCE_PAGES = 3600;
    private static final java.util.concurrent.atomic.AtomicInteger HOSTILE = new java.util.concurrent.atomic.AtomicInteger();
    private static final CountDownLatch GOOD_STARTED = new CountDownLatch(1);
    private static final java.util.concurrent.atomic.AtomicInteger VICTIMS = new java.util.concurrent.atomic.AtomicInteger();
    static volatile long sink;

    private HangingWorker() {}

    /** Burns CPU while {@code condition} holds, {@value #WAIT_S} s at most. */
    private static void spinWhile(java.util.function.BooleanSupplier condition) {
        long end = System.nanoTime() + WAIT_S * 1_000_000_000L;
        long x = 0;
        while (condition.getAsBoolean() && System.nanoTime() < end) sink = x++;
    }

    /** Whether this is the file's first run in any worker (a marker beside it says; a retry alone is not). */
    private static boolean firstRun(java.nio.file.Path file) {
        try {
            java.nio.file.Files.createFile(file.resolveSibling(file.getFileName() + ".ran"));
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    public static void main(String[] args) throws Exception {
        PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        System.setOut(System.err);
        PlansCli.quietLibraryLogs();
        ProcessHandle.current().parent().ifPresent(p -> p.onExit().thenRun(() -> Runtime.getRuntime().halt(0)));
        DocumentProcessor standard = StandardPipeline.build();
        int docs = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        FileProcessor worker = (file, source, id) -> {
            String name = file.getFileName().toString();
            if (name.contains(HANG)) {
                HOSTILE.incrementAndGet();
                try {
                    new CountDownLatch(1).await(); // never counted down: only the pool's kill ends this
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (name.contains(CRASH)) {
                HOSTILE.incrementAndGet();
                spinWhile(() -> GOOD_STARTED.getCount() > 0);
                Runtime.getRuntime().halt(CRASH_EXIT);
            }
            boolean first = firstRun(file);
            if (name.contains(VICTIM) && first) {
                VICTIMS.incrementAndGet();
                try {
                    new CountDownLatch(1).await(); // blocked: what it is charged is the hog's
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (name.contains(VICTIM)) return standard.process(file, source, id); // no allowance: the bare limit
            WorkerProtocol.announcePages(protocol, ALLOWANCE_PAGES);
            if (name.contains(OCR_HOG)) {
                spinWhile(() -> VICTIMS.get() == 0);
                Thread hog = new Thread(() -> {
                    long x = 0;
                    while (VICTIMS.get() > 0) sink = x++; // ended only by the kill of this JVM
                }, "ocr-hog");
                hog.start();
                try {
                    hog.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (name.contains(BESIDE) && first) {
                GOOD_STARTED.countDown();
                long x = 0;
                while (HOSTILE.get() == 0) sink = x++; // in flight until the hostile file is
                while (HOSTILE.get() > 0) sink = x++; // ended only by the hostile file's end, which ends this JVM
            }
            return standard.process(file, source, id);
        };
        WorkerProtocol.serve(worker, System.in, protocol, null, docs);
    }
}

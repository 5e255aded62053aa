package vn.plans.ingest;

import java.io.PrintStream;
import java.time.Duration;
import vn.plans.ocr.OcrService;
import vn.plans.pipeline.FileTimeLimit;

/**
 * A worker's time budget per file, the same rule the parent kills by ({@link FileTimeLimit}: {@code perFile +
 * perPage x pages}) of the worker's CPU time charged to the file ({@link DocCpu}: its serving thread's and all
 * outside the serving threads, so with one file in flight the process's; wall-clock time where the platform does
 * not report CPU time), counted from the moment the worker took the file, per file when the worker holds several. CPU time, because on a loaded machine a worker waits for a core for most of
 * the wall-clock time (a 70-page scan used 560 CPU seconds in 1,300 wall seconds under load 30 on 2 cores) and a
 * wall-clock limit then cut long scans short though they were doing nothing wrong. When OCR is about to start on N
 * pages, the worker tells the parent ({@code pages N SEQ} on the protocol stream, so the parent's limit grows with the
 * file) and stops starting new pages a reserve before that limit: the pages finished by then are kept, the rest are
 * listed as missing.
 */
public final class FileBudget implements OcrService.Budget {
    private final FileTimeLimit limit;
    private final Duration reserve;
    private final PrintStream protocol;
    private final DocCpu cpu = new DocCpu();
    /** The calling thread's file: where its count started, and its OCR pages so far. */
    private final ThreadLocal<State> current = ThreadLocal.withInitial(() -> new State(cpu.mark()));

    private static final class State {
        final DocCpu.Mark started;
        int pages;

        State(DocCpu.Mark started) {
            this.started = started;
        }
    }

    /**
     * @param reserve time kept back at the end for pages in flight and the rest of the pipeline (at least one
     *                page timeout)
     */
    public FileBudget(Duration perFile, Duration perPage, Duration reserve, PrintStream protocol) {
        this.limit = new FileTimeLimit(perFile, perPage);
        this.reserve = reserve;
        this.protocol = protocol;
    }

    DocCpu cpu() {
        return cpu;
    }

    /** A new file starts now on the calling thread. */
    void start() {
        current.set(new State(cpu.mark()));
    }

    /**
     * CPU nanoseconds the calling thread's file has been charged ({@link DocCpu}: with one file in flight the
     * process's CPU time), or the wall clock's where CPU time is unknown.
     */
    private long used(State s) {
        return ProcessCpu.own() >= 0 ? cpu.since(s.started)[0] : System.nanoTime() - s.started.wallNanos();
    }

    @Override
    public void expect(int morePages) {
        State s = current.get();
        s.pages += morePages;
        WorkerProtocol.announcePages(protocol, s.pages);
    }

    @Override
    public boolean exhausted() {
        State s = current.get();
        return used(s) > limit.forPages(s.pages).minus(reserve).toNanos();
    }
}

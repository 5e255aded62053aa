package vn.plans.ingest;

import java.io.PrintStream;
import java.time.Duration;
import vn.plans.ocr.OcrService;
import vn.plans.pipeline.FileTimeLimit;

/**
 * A worker's time budget per file, the same rule the parent kills by ({@link FileTimeLimit}: {@code perFile +
 * perPage x pages}) of the worker's CPU time ({@link ProcessCpu}; wall-clock time where the platform does not report CPU time), counted from
 * the moment the worker took the file. CPU time, because on a loaded machine a worker waits for a core for most of
 * the wall-clock time (a 70-page scan used 560 CPU seconds in 1,300 wall seconds under load 30 on 2 cores) and a
 * wall-clock limit then cut long scans short though they were doing nothing wrong. When OCR is about to start on N
 * pages, the worker tells the parent ({@code pages N} on the protocol stream, so the parent's limit grows with the
 * file) and stops starting new pages a reserve before that limit: the pages finished by then are kept, the rest are
 * listed as missing.
 */
public final class FileBudget implements OcrService.Budget {
    private final FileTimeLimit limit;
    private final Duration reserve;
    private final PrintStream protocol;
    private long started = now();
    private int pages;

    /**
     * @param reserve time kept back at the end for pages in flight and the rest of the pipeline (at least one
     *                page timeout)
     */
    public FileBudget(Duration perFile, Duration perPage, Duration reserve, PrintStream protocol) {
        this.limit = new FileTimeLimit(perFile, perPage);
        this.reserve = reserve;
        this.protocol = protocol;
    }

    /** This process's CPU nanoseconds, or the wall clock's where unknown. */
    private static long now() {
        long cpu = ProcessCpu.own();
        return cpu >= 0 ? cpu : System.nanoTime();
    }

    /** A new file starts now. */
    synchronized void start() {
        started = now();
        pages = 0;
    }

    @Override
    public synchronized void expect(int morePages) {
        pages += morePages;
        synchronized (protocol) {
            protocol.println(WorkerProtocol.PAGES + pages);
            protocol.flush();
        }
    }

    @Override
    public synchronized boolean exhausted() {
        return now() - started > limit.forPages(pages).minus(reserve).toNanos();
    }
}

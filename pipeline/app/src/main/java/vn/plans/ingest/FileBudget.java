package vn.plans.ingest;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import vn.plans.ocr.OcrService;

/**
 * A worker's time budget per file, the same rule the parent kills by: {@code perFile + perPage x pages}, counted
 * from the moment the worker took the file. When OCR is about to start on N pages, the worker tells the parent
 * ({@code pages N} on the protocol stream, so the parent's limit grows with the file) and stops starting new pages
 * a reserve before that limit: the pages finished by then are kept, the rest are listed as missing.
 */
public final class FileBudget implements OcrService.Budget {
    private final Duration perFile;
    private final Duration perPage;
    private final Duration reserve;
    private final PrintStream protocol;
    private Instant started = Instant.now();
    private int pages;

    /**
     * @param reserve time kept back at the end for pages in flight and the rest of the pipeline (at least one
     *                page timeout)
     */
    public FileBudget(Duration perFile, Duration perPage, Duration reserve, PrintStream protocol) {
        this.perFile = perFile;
        this.perPage = perPage;
        this.reserve = reserve;
        this.protocol = protocol;
    }

    /** The limit for a file with {@code pages} OCR pages. */
    public static Duration limit(Duration perFile, Duration perPage, int pages) {
        return perFile.plus(perPage.multipliedBy(pages));
    }

    /** A new file starts now. */
    synchronized void start() {
        started = Instant.now();
        pages = 0;
    }

    @Override
    public synchronized Instant stopStartingAt(int morePages) {
        pages += morePages;
        synchronized (protocol) {
            protocol.println(WorkerProtocol.PAGES + pages);
            protocol.flush();
        }
        return started.plus(limit(perFile, perPage, pages)).minus(reserve);
    }
}

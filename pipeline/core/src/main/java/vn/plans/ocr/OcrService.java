package vn.plans.ocr;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Recognizes the pages of a document in parallel: a fixed pool of daemon threads, each with its own
 * {@link OcrEngine} (created on the thread's first page, closed with the service). Pages are produced by the
 * caller one at a time ({@link PageSource}: PDF rendering is single-threaded) and recognized while the next is
 * being produced; at most two pages per thread wait in memory. Each page has a deadline: past it the page comes
 * back empty with a warning. Parallelism comes from pages, not from OpenMP threads fighting over the same cores:
 * {@link TesseractEngine} keeps Tesseract's OpenMP to the thread reading the page, whether or not
 * {@code OMP_THREAD_LIMIT=1} is in the environment (scripts/lib.sh exports it).
 */
public final class OcrService implements AutoCloseable {
    /** The language Components uses: Tesseract's Vietnamese language model. */
    public static final String DEFAULT_LANG = "vie";
    /** Wall-clock (Tesseract's deadline is): a page of 8 CPU s still fits at a 3% share of a core on a loaded machine. */
    public static final Duration DEFAULT_PAGE_TIMEOUT = Duration.ofSeconds(300);
    /** The most pixels a page is recognized at (see {@link #recognizeHere}). */
    public static final long MAX_PIXELS = 16_000_000;

    /** Produces page rasters on the caller's thread, in page order. */
    public interface PageSource {
        int pageCount();

        GreyRaster page(int index) throws IOException;

        /** The document's number for the page at {@code index} (used in warnings): by default index + 1. */
        default int pageNumber(int index) {
            return index + 1;
        }
    }

    /**
     * A time budget for one file's OCR. Told how many pages are about to be recognized, it answers before each page
     * whether another page may still start; pages left then come back empty with a warning, so the pages already
     * read are kept instead of the whole file being lost to a timeout.
     */
    public interface Budget {
        /** {@code pages} more pages of the file are about to be recognized (the file's limit grows with them). */
        void expect(int pages);

        /** Whether no new page may start now. */
        boolean exhausted();
    }

    private final Supplier<OcrEngine> engines;
    private final Preprocessor preprocessor;
    private final Duration pageTimeout;
    private final int threads;
    private final ExecutorService pool;
    private final List<OcrEngine> created = new ArrayList<>();
    private final ThreadLocal<OcrEngine> engine;
    private volatile Budget budget;

    /**
     * @param engines makes one engine per worker thread
     * @param preprocessor image clean-up before recognition, or null for none
     */
    public OcrService(Supplier<OcrEngine> engines, Preprocessor preprocessor, int threads, Duration pageTimeout) {
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1");
        this.engines = engines;
        this.preprocessor = preprocessor;
        this.pageTimeout = pageTimeout;
        this.threads = threads;
        AtomicInteger n = new AtomicInteger();
        ThreadFactory tf = r -> {
            Thread t = new Thread(r, "ocr-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.pool = Executors.newFixedThreadPool(threads, tf);
        this.engine = ThreadLocal.withInitial(this::newEngine);
    }

    /** Tesseract with Vietnamese data and the standard preprocessing, one thread per core; fails when data is absent. */
    public static OcrService tesseract(String lang, int threads) {
        Path data = Tessdata.require(lang);
        return new OcrService(() -> new TesseractEngine(data, lang), new Preprocessor(), threads, DEFAULT_PAGE_TIMEOUT);
    }

    /** The standard service when Vietnamese tessdata is installed, else null (OCR unavailable). */
    public static OcrService standardOrNull() {
        return standardOrNull(Runtime.getRuntime().availableProcessors());
    }

    /** The standard service on {@code threads} threads (one engine each), or null when OCR is unavailable. */
    public static OcrService standardOrNull(int threads) {
        if (Tessdata.find(DEFAULT_LANG, System.getenv("TESSDATA_PREFIX")).isEmpty()) return null;
        return tesseract(DEFAULT_LANG, threads);
    }

    /** Puts every later {@link #recognize} call under {@code budget} (null: none). */
    public void setBudget(Budget budget) {
        this.budget = budget;
    }

    private OcrEngine newEngine() {
        OcrEngine e = engines.get();
        synchronized (created) {
            created.add(e);
        }
        return e;
    }

    /**
     * Recognizes every page of the source; results in page order, failed pages empty with a warning. Under a
     * {@link Budget}, pages not started by its instant are skipped, each with a warning saying so.
     */
    public List<OcrResult> recognize(PageSource source) throws IOException {
        int n = source.pageCount();
        Budget b = budget;
        if (b != null) b.expect(n);
        List<Future<OcrResult>> futures = new ArrayList<>(n);
        List<OcrResult> results = new ArrayList<>(n);
        int window = threads * 2;
        int started = 0;
        for (; started < n; started++) {
            if (started - results.size() >= window) results.add(await(futures.get(results.size()), source, results.size()));
            if (b != null && b.exhausted()) break;
            GreyRaster raster = source.page(started);
            futures.add(pool.submit(() -> recognizeHere(raster)));
        }
        while (results.size() < started) results.add(await(futures.get(results.size()), source, results.size()));
        for (int i = started; i < n; i++) {
            results.add(OcrResult.failed("page " + source.pageNumber(i) + ": not OCR-ed: the file's time limit ran out after "
                    + started + " of " + n + " pages"));
        }
        return results;
    }

    /**
     * One page on the caller's thread's engine (used by the pool and by benchmarks). A page over
     * {@link #MAX_PIXELS} is first scaled down to fit: Tesseract's native memory grows with the pixels, outside
     * any heap limit, and 16 megapixels is an A4 page at 400 dpi, more than recognition needs.
     */
    OcrResult recognizeHere(GreyRaster raster) {
        GreyRaster bounded = Preprocessor.fitWithin(raster, MAX_PIXELS);
        Preprocessor.Prepared prepared = preprocessor == null
                ? new Preprocessor.Prepared(bounded, OcrEngine.Layout.ANALYSE) : preprocessor.prepare(bounded);
        return engine.get().recognize(prepared.raster(), prepared.layout(), (int) pageTimeout.toMillis());
    }

    private OcrResult await(Future<OcrResult> f, PageSource source, int index) {
        int page = source.pageNumber(index);
        try {
            return f.get(pageTimeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            return OcrResult.failed("page " + page + ": OCR timed out after " + pageTimeout.toSeconds() + " s");
        } catch (ExecutionException e) {
            return OcrResult.failed("page " + page + ": OCR failed: " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OcrResult.failed("page " + page + ": OCR interrupted");
        }
    }

    public int threads() {
        return threads;
    }

    public Duration pageTimeout() {
        return pageTimeout;
    }

    @Override
    public void close() {
        pool.shutdown();
        boolean idle;
        try {
            idle = pool.awaitTermination(pageTimeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            idle = false;
        }
        synchronized (created) {
            // an engine still inside Tesseract (a page past its deadline that the native monitor has not stopped
            // yet) must not be freed under it: that crashes the JVM; such engines are left to the process's exit
            if (idle) for (OcrEngine e : created) e.close();
            created.clear();
        }
    }
}

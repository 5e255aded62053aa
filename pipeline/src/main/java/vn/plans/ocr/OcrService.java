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
 * back empty with a warning. Tesseract should run with {@code OMP_THREAD_LIMIT=1} (scripts/lib.sh exports it) so
 * that parallelism comes from pages, not from OpenMP threads fighting over the same cores.
 */
public final class OcrService implements AutoCloseable {
    /** The language Components uses: Tesseract's Vietnamese language model. */
    public static final String DEFAULT_LANG = "vie";
    public static final Duration DEFAULT_PAGE_TIMEOUT = Duration.ofSeconds(120);

    /** Produces page rasters on the caller's thread, in page order. */
    public interface PageSource {
        int pageCount();

        GreyRaster page(int index) throws IOException;
    }

    private final Supplier<OcrEngine> engines;
    private final Preprocessor preprocessor;
    private final Duration pageTimeout;
    private final int threads;
    private final ExecutorService pool;
    private final List<OcrEngine> created = new ArrayList<>();
    private final ThreadLocal<OcrEngine> engine;

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
        if (Tessdata.find(DEFAULT_LANG, System.getenv("TESSDATA_PREFIX")).isEmpty()) return null;
        return tesseract(DEFAULT_LANG, Runtime.getRuntime().availableProcessors());
    }

    private OcrEngine newEngine() {
        OcrEngine e = engines.get();
        synchronized (created) {
            created.add(e);
        }
        return e;
    }

    /** Recognizes every page of the source; results in page order, failed pages empty with a warning. */
    public List<OcrResult> recognize(PageSource source) throws IOException {
        int n = source.pageCount();
        List<Future<OcrResult>> futures = new ArrayList<>(n);
        List<OcrResult> results = new ArrayList<>(n);
        int window = threads * 2;
        for (int i = 0; i < n; i++) {
            if (i - results.size() >= window) results.add(await(futures.get(results.size()), results.size()));
            GreyRaster raster = source.page(i);
            futures.add(pool.submit(() -> recognizeHere(raster)));
        }
        while (results.size() < n) results.add(await(futures.get(results.size()), results.size()));
        return results;
    }

    /** One page on the caller's thread's engine (used by the pool and by benchmarks). */
    OcrResult recognizeHere(GreyRaster raster) {
        GreyRaster prepared = preprocessor == null ? raster : preprocessor.apply(raster);
        return engine.get().recognize(prepared, (int) pageTimeout.toMillis());
    }

    private OcrResult await(Future<OcrResult> f, int index) {
        try {
            return f.get(pageTimeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            return OcrResult.failed("page " + (index + 1) + ": OCR timed out after " + pageTimeout.toSeconds() + " s");
        } catch (ExecutionException e) {
            return OcrResult.failed("page " + (index + 1) + ": OCR failed: " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OcrResult.failed("page " + (index + 1) + ": OCR interrupted");
        }
    }

    public int threads() {
        return threads;
    }

    @Override
    public void close() {
        pool.shutdown();
        try {
            pool.awaitTermination(pageTimeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (created) {
            for (OcrEngine e : created) e.close();
            created.clear();
        }
    }
}

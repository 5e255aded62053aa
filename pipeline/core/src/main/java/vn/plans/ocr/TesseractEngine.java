package vn.plans.ocr;

import com.sun.jna.Pointer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import net.sourceforge.tess4j.ITessAPI;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.TessAPI;
import net.sourceforge.tess4j.util.LoadLibs;

/**
 * Tesseract through Tess4J's C API, fed raw 8-bit grey pixels (never Tess4J's BufferedImage/Leptonica paths, which
 * break with Debian's Leptonica 1.82). One native handle, used by one thread at a time. Recognition runs under a native
 * deadline (a Tesseract progress monitor), so a runaway page stops inside the engine rather than tying up a thread.
 * Tesseract runs on the calling thread alone: parallelism comes from pages ({@link OcrService}), and OpenMP is
 * kept to the reading thread ({@link #OMP_SET_MAX_ACTIVE_LEVELS}) however the JVM was started.
 */
public final class TesseractEngine implements OcrEngine {
    private final TessAPI tess = TessAPI.INSTANCE; // interface mapping: symbols resolve lazily (5.3 lacks some)
    private final TessBaseAPI api;
    private boolean closed;

    /**
     * Debian's libtesseract is built with OpenMP, whose parallel regions (the LSTM's four gates: a team of four
     * threads per time step) spread each page over every core unless {@code OMP_THREAD_LIMIT=1} was in the
     * environment when the library loaded: scripts/lib.sh exports it, but {@code java -jar plans-app.jar} started
     * as the README says does not, and then a page costs several times the CPU (README, OCR throughput). So the
     * thread that reads a page first sets the maximum of active parallel levels to 0 (cheap to repeat): every
     * parallel region then runs on the thread that opens it, the same arithmetic as under the limit. In libgomp of
     * GCC 11 and later (Debian 12 and on) max-active-levels is a per-task ICV, so this sets it for the calling
     * thread only; in older libgomp it is a process-wide global, which gives the same one thread per region for
     * every caller. Looked up through Tesseract's own library handle, which reaches the OpenMP runtime it was
     * linked with; null for a Tesseract built without OpenMP.
     */
    private static final com.sun.jna.Function OMP_SET_MAX_ACTIVE_LEVELS = openMpLevels();

    private static com.sun.jna.Function openMpLevels() {
        java.util.Objects.requireNonNull(TessAPI.INSTANCE); // libtesseract and its OpenMP runtime loaded
        try {
            return com.sun.jna.NativeLibrary.getInstance(LoadLibs.getTesseractLibName()).getFunction("omp_set_max_active_levels");
        } catch (UnsatisfiedLinkError e) {
            return null;
        }
    }

    public TesseractEngine(Path tessdata, String lang) {
        api = tess.TessBaseAPICreate();
        if (tess.TessBaseAPIInit3(api, tessdata.toString(), lang) != 0) {
            tess.TessBaseAPIDelete(api);
            throw new IllegalStateException("Tesseract could not load '" + lang + "' from " + tessdata);
        }
        tess.TessBaseAPISetVariable(api, "debug_file", "/dev/null"); // "Detected N diacritics" and the like
    }

    /**
     * Synchronized with {@link #close()}: a page still running when its service gives up on it (a caller's wait
     * expired on a loaded machine) must finish before the native handle is freed, or Tesseract crashes the JVM.
     */
    @Override
    public OcrResult recognize(GreyRaster page, int deadlineMillis) {
        return recognize(page, Layout.ANALYSE, deadlineMillis);
    }

    /**
     * A page measured to be one column ({@link Layout#ONE_BLOCK}) is read as one uniform block of text (page
     * segmentation mode 6), which skips Tesseract's column and table finding: on the 8 rectified phone photos of
     * corpus/ocr/photo 14% less CPU for the same character error (the command line, two rounds; scripts/bench ocr
     * through the pipeline, README). Every other page gets the full analysis (mode 3).
     */
    @Override
    public synchronized OcrResult recognize(GreyRaster page, Layout layout, int deadlineMillis) {
        if (closed) throw new IllegalStateException("engine is closed");
        if (OMP_SET_MAX_ACTIVE_LEVELS != null) OMP_SET_MAX_ACTIVE_LEVELS.invokeVoid(new Object[] {0});
        tess.TessBaseAPISetPageSegMode(api, layout == Layout.ONE_BLOCK ? ITessAPI.TessPageSegMode.PSM_SINGLE_BLOCK
                : ITessAPI.TessPageSegMode.PSM_AUTO);
        ByteBuffer buf = ByteBuffer.allocateDirect(page.pixels().length);
        buf.put(page.pixels()).flip();
        tess.TessBaseAPISetImage(api, buf, page.width(), page.height(), 1, page.width());
        tess.TessBaseAPISetSourceResolution(api, page.dpi());
        ITessAPI.ETEXT_DESC monitor = null;
        try {
            if (deadlineMillis > 0) {
                monitor = tess.TessMonitorCreate();
                monitor.setAutoSynch(false); // the native struct is Tesseract's; never overwrite it from Java
                tess.TessMonitorSetDeadlineMSecs(monitor, deadlineMillis);
            }
            if (tess.TessBaseAPIRecognize(api, monitor) != 0) {
                throw new IllegalStateException("Tesseract failed to recognize the page"
                        + (deadlineMillis > 0 ? " (or ran past " + deadlineMillis + " ms)" : ""));
            }
            Pointer p = tess.TessBaseAPIGetUTF8Text(api);
            String text = "";
            if (p != null) {
                text = p.getString(0, StandardCharsets.UTF_8.name());
                tess.TessDeleteText(p);
            }
            int conf = tess.TessBaseAPIMeanTextConf(api);
            return new OcrResult(text, Math.max(0, conf), null);
        } finally {
            if (monitor != null) tess.TessMonitorDelete(monitor);
            tess.TessBaseAPIClear(api);
        }
    }

    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        tess.TessBaseAPIEnd(api);
        tess.TessBaseAPIDelete(api);
    }
}

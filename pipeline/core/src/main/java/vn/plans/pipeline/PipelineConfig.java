package vn.plans.pipeline;

import java.nio.file.Path;
import vn.plans.extract.InputLimits;

/**
 * What the standard pipeline is built from, in one place: how many documents run at once ({@code workers}: child
 * JVMs, or threads with {@code inProcess}), the language model, the input limits, and the OCR threads of each
 * pipeline instance. By default a worker JVM gets {@code cores ÷ workers} OCR threads (one Tesseract engine each), so
 * the machine runs about one engine per core; in-process the one pipeline's OCR pool has one thread per core.
 */
public record PipelineConfig(int workers, boolean inProcess, Path model, InputLimits limits, int ocrThreads,
                             boolean nativeScans) {
    public PipelineConfig {
        if (workers < 1) throw new IllegalArgumentException("workers must be at least 1");
        if (ocrThreads < 1) throw new IllegalArgumentException("OCR threads must be at least 1");
    }

    /** The model file's name under {@code $PLANS_HOME/models}. */
    public static final String MODEL_FILE = "vi-syllable-4gram.bin";

    /** {@code $PLANS_HOME}, else the working directory: where {@code models/} and {@code corpus/} are. */
    public static Path home() {
        String env = System.getenv("PLANS_HOME");
        return Path.of(env == null || env.isBlank() ? "." : env);
    }

    /** The default model path, {@code $PLANS_HOME/models/vi-syllable-4gram.bin}. */
    public static Path defaultModel() { return home().resolve("models").resolve(MODEL_FILE); }

    public static int cores() { return Runtime.getRuntime().availableProcessors(); }

    /**
     * The most documents one worker JVM holds by default. Each worker JVM pays its own start, class loading and
     * compilation (about 3.3 CPU s of C1 compiling alone, README issue 11), so fewer JVMs holding several documents
     * each cost less CPU; but a worker that dies takes the documents beside the culprit with it (they are run again,
     * alone), so the default stops at 4: on 2 cores one JVM holds 2, on 8 cores two JVMs hold 4 each.
     */
    public static final int MAX_DEFAULT_DOCS_PER_WORKER = 4;

    /** How documents are spread over worker JVMs: {@code workers} JVMs holding {@code docsPerWorker} each. */
    public record Layout(int workers, int docsPerWorker) {
        public Layout {
            if (workers < 1 || docsPerWorker < 1) throw new IllegalArgumentException("workers and documents per worker must be at least 1");
        }

        /** Documents in flight at once. */
        public int documents() {
            return workers * docsPerWorker;
        }
    }

    /**
     * The layout from what was given (null: not given) on {@code cores} cores: neither given, as few JVMs as hold
     * one document per core at {@link #MAX_DEFAULT_DOCS_PER_WORKER} at most each; {@code workers} alone, one document
     * each (the meaning {@code -j N} always had); {@code docsPerWorker} alone, as many JVMs as fill the cores.
     */
    public static Layout layout(Integer workers, Integer docsPerWorker, int cores) {
        int c = Math.max(1, cores);
        if (workers != null && docsPerWorker != null) return new Layout(workers, docsPerWorker);
        if (workers != null) return new Layout(workers, 1);
        int d = docsPerWorker != null ? docsPerWorker : Math.min(c, MAX_DEFAULT_DOCS_PER_WORKER);
        int w = Math.max(1, (c + d - 1) / d);
        return new Layout(w, docsPerWorker != null ? d : (c + w - 1) / w);
    }

    /** The default OCR threads per pipeline instance. */
    public static int defaultOcrThreads(int workers, boolean inProcess) {
        return inProcess ? cores() : Math.max(1, cores() / workers);
    }

    /** One in-process pipeline with the defaults (eval, benchmarks, tests). */
    public static PipelineConfig defaults(Path model) {
        return new PipelineConfig(1, true, model, InputLimits.DEFAULT, defaultOcrThreads(1, true), true);
    }

    public PipelineConfig withOcrThreads(int n) {
        return new PipelineConfig(workers, inProcess, model, limits, n, nativeScans);
    }

    public PipelineConfig withNativeScans(boolean b) {
        return new PipelineConfig(workers, inProcess, model, limits, ocrThreads, b);
    }

    public PipelineConfig withLimits(InputLimits l) {
        return new PipelineConfig(workers, inProcess, model, l, ocrThreads, nativeScans);
    }
}

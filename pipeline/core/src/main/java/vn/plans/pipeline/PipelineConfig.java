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

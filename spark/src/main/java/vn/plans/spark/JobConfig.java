package vn.plans.spark;

import java.io.Serializable;
import java.nio.file.Path;
import vn.plans.extract.InputLimits;
import vn.plans.pipeline.FileTimeLimit;
import vn.plans.pipeline.PipelineConfig;

/**
 * What each executor builds its pipeline from and how a file is bounded, sent with the tasks: the language model
 * (a path that must exist on every executor, else restoration is off and every record says so), the input limits
 * of the local ingest, the OCR threads of each executor's pipeline (shared by its task slots), the per-file time
 * budget ({@code timeoutSeconds} plus {@code timeoutPerPageSeconds} for each page it OCRs).
 *
 * @param failPartition test hook: the partition whose first attempt throws after its first file (-1: none)
 */
public record JobConfig(String model, int maxPages, int maxMegapixels, int maxExpandedMb, int maxTextMb, int ocrThreads,
                        int timeoutSeconds, int timeoutPerPageSeconds, int failPartition) implements Serializable {
    public JobConfig {
        if (ocrThreads < 1) throw new IllegalArgumentException("OCR threads must be at least 1");
        if (timeoutSeconds < 1) throw new IllegalArgumentException("the time limit must be at least 1 second");
        if (timeoutPerPageSeconds < 0) throw new IllegalArgumentException("the per-page time must not be negative");
    }

    /** The local ingest's defaults ({@code plans ingest}: 300 s per file, 15 s per OCR page). */
    public static JobConfig defaults(Path model, int ocrThreads) {
        InputLimits l = InputLimits.DEFAULT;
        FileTimeLimit t = FileTimeLimit.DEFAULT;
        return new JobConfig(model.toString(), l.maxPages(), l.maxMegapixels(), l.maxExpandedMegabytes(),
                l.maxTextMegabytes(), ocrThreads, (int) t.perFile().toSeconds(), (int) t.perPage().toSeconds(), -1);
    }

    public JobConfig withFailPartition(int partition) {
        return new JobConfig(model, maxPages, maxMegapixels, maxExpandedMb, maxTextMb, ocrThreads, timeoutSeconds,
                timeoutPerPageSeconds, partition);
    }

    public JobConfig withTimeouts(int perFile, int perPage) {
        return new JobConfig(model, maxPages, maxMegapixels, maxExpandedMb, maxTextMb, ocrThreads, perFile, perPage,
                failPartition);
    }

    /** The standard in-process pipeline these settings describe. */
    PipelineConfig pipeline() {
        return new PipelineConfig(1, true, Path.of(model), new InputLimits(maxPages, maxMegapixels, maxExpandedMb, maxTextMb),
                ocrThreads, true);
    }
}

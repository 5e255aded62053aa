package vn.plans.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import vn.plans.extract.InputLimits;
import vn.plans.ingest.WorkerPool;
import vn.plans.pipeline.FileProcessor;
import vn.plans.pipeline.FileTimeLimit;
import vn.plans.pipeline.PipelineConfig;
import vn.plans.pipeline.StandardPipeline;

/** Options that bound what one file may cost, shared by {@code ingest} and {@code status --retry-failed}. */
final class IngestLimits {
    @Option(names = "--in-process", description = "Parse in this JVM instead of child JVMs (no time or memory limit per file; for small trusted batches and tests).")
    boolean inProcess;

    @Option(names = "--docs-per-worker", paramLabel = "N", description = {"Documents each child JVM holds at once, each on a thread of",
            "its own (default: one per core, at most 4 per JVM, with -j: 1);",
            "when a child dies, the documents beside the culprit are run again alone."})
    Integer docsPerWorker;

    @Option(names = "--worker-heap", paramLabel = "SIZE", description = {"Heap per document a child JVM holds, as for -Xmx (a child",
            "holding N documents gets N times it; default: ${DEFAULT-VALUE})."})
    String workerHeap = "1g";

    @Option(names = "--worker-memory", paramLabel = "SIZE", description = {"Resident-size budget per document a child JVM holds, heap",
            "and native OCR memory together (N times it for N documents); a",
            "child over it is killed and its files fail or are run again",
            "alone (default: ${DEFAULT-VALUE}; 0: none)."})
    String workerMemory = "1536m";

    @Option(names = "--timeout", paramLabel = "SECONDS", description = {"Per-file time limit in CPU seconds of the child",
            "(wall-clock seconds where CPU time is unknown); a child over",
            "it, or one that uses almost no CPU for this long (hung), is",
            "killed (default: ${DEFAULT-VALUE})."})
    int timeoutSeconds = (int) FileTimeLimit.DEFAULT.perFile().toSeconds();

    @Option(names = "--timeout-per-page", paramLabel = "SECONDS", description = {"Added to a file's CPU time limit for each page it",
            "OCRs; when the limit nears, the pages read so far are kept and the rest listed as missing (default: ${DEFAULT-VALUE})."})
    int timeoutPerPageSeconds = (int) FileTimeLimit.DEFAULT.perPage().toSeconds();

    @Option(names = "--ocr-threads", paramLabel = "N", description = "OCR threads (Tesseract engines) per worker (default: cores / workers, at least 1; in-process: cores).")
    Integer ocrThreads;

    @Option(names = "--max-pages", paramLabel = "N", description = {"Refuse PDFs with more pages (counted in the page tree) and",
            "image files with more frames (default: ${DEFAULT-VALUE})."})
    int maxPages = InputLimits.DEFAULT.maxPages();

    @Option(names = "--max-megapixels", paramLabel = "N", description = "Refuse images with a frame of more pixels (every frame checked; default: ${DEFAULT-VALUE}).")
    int maxMegapixels = InputLimits.DEFAULT.maxMegapixels();

    @Option(names = "--max-expanded-mb", paramLabel = "N", description = {"Refuse zip containers (DOCX, XLSX, ODT) that inflate beyond",
            "this, embedded packages counted, measured while inflating (default: ${DEFAULT-VALUE})."})
    int maxExpandedMb = InputLimits.DEFAULT.maxExpandedMegabytes();

    @Option(names = "--max-text-mb", paramLabel = "N", description = {"Refuse plain-text files larger than this and documents whose",
            "text passes N million characters (default: ${DEFAULT-VALUE})."})
    int maxTextMb = InputLimits.DEFAULT.maxTextMegabytes();

    @Option(names = "--commit-every", paramLabel = "N", description = "Commit the index every N documents (default: ${DEFAULT-VALUE}).")
    int commitEvery = 50;

    InputLimits inputLimits() {
        return new InputLimits(maxPages, maxMegapixels, maxExpandedMb, maxTextMb);
    }

    /** The pipeline these options describe, for {@code workers} documents at once. */
    PipelineConfig config(int workers) {
        int ocr = ocrThreads != null ? ocrThreads : PipelineConfig.defaultOcrThreads(workers, inProcess);
        return new PipelineConfig(workers, inProcess, PipelineConfig.defaultModel(), inputLimits(), ocr, true);
    }

    /** Checks what picocli cannot: a bad value is a usage error (exit code 2). */
    void validate(CommandLine cl) {
        if (timeoutSeconds < 1) throw new CommandLine.ParameterException(cl, "--timeout must be at least 1 second");
        if (timeoutPerPageSeconds < 0) throw new CommandLine.ParameterException(cl, "--timeout-per-page must not be negative");
        if (maxPages < 1 || maxMegapixels < 1 || maxExpandedMb < 1 || maxTextMb < 1) {
            throw new CommandLine.ParameterException(cl, "--max-pages, --max-megapixels, --max-expanded-mb and --max-text-mb must be at least 1");
        }
        if (ocrThreads != null && ocrThreads < 1) throw new CommandLine.ParameterException(cl, "--ocr-threads must be at least 1");
        if (docsPerWorker != null && docsPerWorker < 1) throw new CommandLine.ParameterException(cl, "--docs-per-worker must be at least 1");
    }

    /** Worker JVMs and documents each, from {@code -j} (null: not given) and {@code --docs-per-worker}. */
    PipelineConfig.Layout layout(Integer workers) {
        return PipelineConfig.layout(workers, docsPerWorker, PipelineConfig.cores());
    }

    /**
     * The processor for {@code layout}: in-process, one pipeline for all the documents at once; else worker JVMs,
     * each with {@code --worker-heap} and {@code --worker-memory} for every document it holds (a child holding N
     * documents gets N times both, so the machine's total is what N one-document children would have; what the
     * documents share, the JVM, its classes and the language model, about 250 MB resident, is then counted once).
     */
    FileProcessor processor(PipelineConfig.Layout layout, Path log) {
        PipelineConfig c = config(layout.workers());
        InputLimits l = c.limits();
        if (inProcess) return StandardPipeline.build(c);
        int d = layout.docsPerWorker();
        List<String> cmd = WorkerPool.javaCommand(times(workerHeap, d), WorkerMain.class.getName(),
                List.of(String.valueOf(l.maxPages()), String.valueOf(l.maxMegapixels()),
                        String.valueOf(l.maxExpandedMegabytes()), String.valueOf(c.ocrThreads()),
                        String.valueOf(timeoutSeconds), String.valueOf(timeoutPerPageSeconds),
                        String.valueOf(l.maxTextMegabytes()), String.valueOf(d)));
        return new WorkerPool(cmd, layout.workers(), d, Duration.ofSeconds(timeoutSeconds), Duration.ofSeconds(timeoutPerPageSeconds),
                workerMemory.strip().equals("0") ? null : times(workerMemory, d), log);
    }

    /** {@code n} times a size as -Xmx takes it ("1g" x 2 = "2g", "1536m" x 2 = "3072m"); the size itself for 1. */
    static String times(String size, int n) {
        if (n == 1) return size;
        return vn.plans.ingest.ResidentMemory.format(vn.plans.ingest.ResidentMemory.parseKb(size) * n);
    }
}

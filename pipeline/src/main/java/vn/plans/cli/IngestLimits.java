package vn.plans.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Option;
import vn.plans.extract.InputLimits;
import vn.plans.ingest.FileProcessor;
import vn.plans.ingest.WorkerPool;

/** Options that bound what one file may cost, shared by {@code ingest} and {@code status --retry-failed}. */
final class IngestLimits {
    @Option(names = "--in-process", description = "Parse in this JVM instead of child JVMs (no time or memory limit per file; for small trusted batches and tests).")
    boolean inProcess;

    @Option(names = "--worker-heap", paramLabel = "SIZE", description = "Heap of each child JVM, as for -Xmx (default: ${DEFAULT-VALUE}).")
    String workerHeap = "1g";

    @Option(names = "--worker-memory", paramLabel = "SIZE", description = {"Resident-size budget of each child JVM, heap and native",
            "OCR memory together; a child over it is killed and its file fails (default: ${DEFAULT-VALUE}; 0: none)."})
    String workerMemory = "1536m";

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Per-file time limit; a child over it is killed (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds = 300;

    @Option(names = "--timeout-per-page", paramLabel = "SECONDS", description = {"Added to a file's time limit for each page it",
            "OCRs; when the limit nears, the pages read so far are kept and the rest listed as missing (default: ${DEFAULT-VALUE})."})
    int timeoutPerPageSeconds = 15;

    @Option(names = "--ocr-threads", paramLabel = "N", description = "OCR threads (engines) per worker (default: cores / workers, at least 1).")
    Integer ocrThreads;

    @Option(names = "--max-pages", paramLabel = "N", description = "Refuse PDFs with more pages (default: ${DEFAULT-VALUE}).")
    int maxPages = InputLimits.DEFAULT.maxPages();

    @Option(names = "--max-megapixels", paramLabel = "N", description = "Refuse images with more pixels (default: ${DEFAULT-VALUE}).")
    int maxMegapixels = InputLimits.DEFAULT.maxMegapixels();

    @Option(names = "--max-expanded-mb", paramLabel = "N", description = "Refuse DOCX/ODT whose parts expand beyond this (default: ${DEFAULT-VALUE}).")
    int maxExpandedMb = InputLimits.DEFAULT.maxExpandedMegabytes();

    @Option(names = "--commit-every", paramLabel = "N", description = "Commit the index every N documents (default: ${DEFAULT-VALUE}).")
    int commitEvery = 50;

    InputLimits inputLimits() {
        return new InputLimits(maxPages, maxMegapixels, maxExpandedMb);
    }

    /** OCR threads per worker: as asked, else the cores shared out among the workers. */
    int ocrThreads(int workers) {
        if (ocrThreads != null) {
            if (ocrThreads < 1) throw new IllegalArgumentException("--ocr-threads must be at least 1");
            return ocrThreads;
        }
        return Math.max(1, Runtime.getRuntime().availableProcessors() / Math.max(1, workers));
    }

    FileProcessor processor(int workers, Path log) {
        if (timeoutSeconds < 1) throw new IllegalArgumentException("--timeout must be at least 1 second");
        if (timeoutPerPageSeconds < 0) throw new IllegalArgumentException("--timeout-per-page must not be negative");
        InputLimits l = inputLimits();
        if (inProcess) return Components.standardProcessor(l);
        List<String> cmd = WorkerPool.javaCommand(workerHeap, WorkerMain.class.getName(),
                List.of(String.valueOf(l.maxPages()), String.valueOf(l.maxMegapixels()),
                        String.valueOf(l.maxExpandedMegabytes()), String.valueOf(ocrThreads(workers)),
                        String.valueOf(timeoutSeconds), String.valueOf(timeoutPerPageSeconds)));
        return new WorkerPool(cmd, workers, Duration.ofSeconds(timeoutSeconds), Duration.ofSeconds(timeoutPerPageSeconds),
                workerMemory.strip().equals("0") ? null : workerMemory, log);
    }
}

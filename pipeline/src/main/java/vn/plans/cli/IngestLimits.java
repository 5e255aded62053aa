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

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Per-file time limit; a child over it is killed (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds = 300;

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

    FileProcessor processor(int workers, Path log) {
        if (timeoutSeconds < 1) throw new IllegalArgumentException("--timeout must be at least 1 second");
        InputLimits l = inputLimits();
        if (inProcess) return Components.standardProcessor(l);
        List<String> cmd = WorkerPool.javaCommand(workerHeap, WorkerMain.class.getName(),
                List.of(String.valueOf(l.maxPages()), String.valueOf(l.maxMegapixels()),
                        String.valueOf(l.maxExpandedMegabytes())));
        return new WorkerPool(cmd, workers, Duration.ofSeconds(timeoutSeconds), log);
    }
}

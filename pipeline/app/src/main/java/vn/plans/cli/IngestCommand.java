package vn.plans.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.plans.index.PlanIndex;
import vn.plans.ingest.IngestPipeline;
import vn.plans.ingest.WorkerPool;
import vn.plans.output.DocumentStore;
import vn.plans.output.Manifest;
import vn.plans.pipeline.FileProcessor;
import vn.plans.pipeline.IngestSummary;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Extracts, normalizes and structures documents; writes JSON and indexes them.",
                "Directories are walked recursively (globs in a .plansignore file are skipped).",
                "Unchanged files (same path and bytes) are skipped on re-runs; an interrupted run is repaired by the next.",
                "Each file is parsed in a child JVM with a heap and time limit, so no file can stop the batch."})
final class IngestCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to ingest.")
    List<Path> paths;

    @Mixin DataDirs dirs;

    @Option(names = {"-j", "--workers"}, description = {"Worker JVMs (with --in-process: threads), each holding",
            "--docs-per-worker documents at once (default: as few as hold",
            "one document per core, at most 4 each: on 2 cores 1 JVM x 2)."})
    Integer workers;

    @Mixin IngestLimits limits;

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Also print each failure's detail (stack trace, the parser's own words).")
    boolean verbose;

    @Option(names = "--prune", description = "First remove the records of sources that are gone (as 'plans prune').")
    boolean prune;

    @Override
    public Integer call() throws Exception {
        for (Path p : paths) {
            if (!Files.exists(p)) throw new CommandLine.ParameterException(spec.commandLine(), "no such file or directory: " + p);
        }
        if (prune && Files.exists(dirs.out().resolve("manifest.jsonl"))) PruneCommand.run(spec, dirs, null);
        return ingest(spec, dirs, paths, workers, limits, quiet, verbose);
    }

    /** Runs one ingest and prints its summary; shared with {@code status --retry-failed}. */
    static int ingest(CommandSpec spec, DataDirs dirs, List<Path> paths, Integer workers, IngestLimits limits,
                      boolean quiet, boolean verbose) throws Exception {
        if (workers != null && workers < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--workers must be at least 1");
        limits.validate(spec.commandLine());
        vn.plans.pipeline.PipelineConfig.Layout layout = limits.layout(workers);
        IngestSummary s;
        DocumentStore store = new DocumentStore(dirs.out());
        Files.createDirectories(dirs.index());
        // SIGTERM/SIGINT: the hook asks the pipeline to stop and holds the JVM until what is done is committed and
        // the summary printed; the JVM then exits with the signal's usual status (143, 130)
        java.util.concurrent.CountDownLatch finished = new java.util.concurrent.CountDownLatch(1);
        IngestPipeline[] running = new IngestPipeline[1];
        Thread hook = new Thread(() -> {
            if (running[0] != null) running[0].requestStop();
            try {
                finished.await(120, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "ingest-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
        try (Manifest manifest = new Manifest(dirs.out()); PlanIndex index = new PlanIndex(dirs.index());
             FileProcessor processor = limits.processor(layout, dirs.out().resolve("workers.log"))) {
            IngestPipeline pipeline = new IngestPipeline(processor, layout.documents(), limits.commitEvery);
            running[0] = pipeline;
            s = pipeline.run(paths, store, manifest, index, quiet ? null : spec.commandLine().getErr(),
                    System.console() != null);
            if (processor instanceof WorkerPool pool) {
                spec.commandLine().getOut().println("worker JVMs: " + layout.workers() + " x " + layout.docsPerWorker()
                        + (layout.docsPerWorker() == 1 ? " document" : " documents at once") + " (-j, --docs-per-worker)");
                if (pool.retriedAlone() > 0) {
                    spec.commandLine().getOut().println("files run again alone after their shared worker died or was killed: "
                            + pool.retriedAlone() + String.format(java.util.Locale.ROOT, " (%.1f s, one at a time)",
                            pool.retriedAloneTime().toMillis() / 1000.0));
                }
                if (pool.restarts() > 0) {
                    spec.commandLine().getOut().println("worker JVMs replaced after a timeout or crash: " + pool.restarts());
                }
                if (pool.peakResidentMb() > 0) {
                    spec.commandLine().getOut().println("peak worker resident memory: " + pool.peakResidentMb() + " MB"
                            + (pool.memoryBudgetMb() > 0 ? " (budget " + pool.memoryBudgetMb() + " MB)" : ""));
                }
            }
        }
        spec.commandLine().getOut().println(s.render(verbose));
        long parentMb = vn.plans.ingest.ResidentMemory.selfPeakMb();
        if (parentMb > 0) spec.commandLine().getOut().println("peak resident memory of this process: " + parentMb + " MB");
        spec.commandLine().getOut().println("JSON: " + dirs.out() + "  index: " + dirs.index());
        spec.commandLine().getOut().flush();
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it returns now that the latch is down
            }
        }
        return s.failed() > 0 ? PlansCli.SOME_FAILED : PlansCli.OK;
    }
}

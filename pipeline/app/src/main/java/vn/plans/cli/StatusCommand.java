package vn.plans.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.plans.index.PlanIndex;
import vn.plans.output.DocumentStore;
import vn.plans.output.Manifest;
import vn.plans.output.ManifestEntry;
import vn.plans.output.Printable;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"State of an output directory from its manifest: counts by state, failures with reasons, sources",
                "gone since they were ingested. Reads only (the index's last commit), so it is safe during an ingest.",
                "--retry-failed ingests again exactly the files whose latest state is failed."})
final class StatusCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin DataDirs dirs;

    @Option(names = "--retry-failed", description = "Re-ingest the failed files (also needs --index).")
    boolean retry;

    @Option(names = {"-j", "--workers"}, description = "Worker JVMs for --retry-failed (default: as for ingest).")
    Integer workers;

    @Mixin IngestLimits limits;

    @Override
    public Integer call() throws Exception {
        Path out = dirs.out();
        if (!Files.exists(out.resolve("manifest.jsonl"))) {
            throw new IllegalArgumentException("no manifest.jsonl in " + out + " (run 'plans ingest' first)");
        }
        Map<String, ManifestEntry> latest;
        try (Manifest m = new Manifest(out)) {
            latest = m.latest();
        }
        PrintWriter w = spec.commandLine().getOut();
        Map<String, Integer> byState = new TreeMap<>();
        List<ManifestEntry> failed = new ArrayList<>();
        List<ManifestEntry> refused = new ArrayList<>();
        for (ManifestEntry e : latest.values()) {
            boolean notInput = ManifestEntry.SKIPPED.equals(e.status()) && e.id() == null;
            byState.merge(notInput ? "refused" : e.status().json(), 1, Integer::sum);
            if (ManifestEntry.FAILED.equals(e.status())) failed.add(e);
            if (notInput) refused.add(e);
        }
        w.printf("%d files in %s%n", latest.size(), out.resolve("manifest.jsonl"));
        byState.forEach((state, n) -> w.printf("  %-8s %d%n", state, n));
        w.printf("  documents in JSON store: %d%n", new DocumentStore(out).ids().size());
        if (Files.isDirectory(dirs.index())) { // the last commit, read without a writer: safe during an ingest
            w.printf("  documents in index:      %d%n", PlanIndex.committedDocumentIds(dirs.index()).size());
        }
        List<ManifestEntry> missing = new ArrayList<>();
        for (ManifestEntry e : latest.values()) {
            boolean live = e.id() != null && (ManifestEntry.OK.equals(e.status()) || ManifestEntry.SKIPPED.equals(e.status()));
            if (live && !Files.isRegularFile(Path.of(e.path()))) missing.add(e);
        }
        if (!missing.isEmpty()) w.printf("source missing (still stored; 'plans prune' removes them): %d%n", missing.size());
        for (ManifestEntry e : missing) w.printf("  %s  %s%n", e.id(), Printable.of(e.path()));
        if (!refused.isEmpty()) w.println("not ingested (skipped while walking):");
        for (ManifestEntry e : refused) w.printf("  %s%n      %s%n", Printable.of(e.path()), Printable.of(e.reason()));
        if (!failed.isEmpty()) w.println("failures:");
        for (ManifestEntry e : failed) w.printf("  %s%n      %s%n", Printable.of(e.path()), Printable.of(e.reason()));
        w.flush();
        if (!retry || failed.isEmpty()) return PlansCli.OK;
        if (dirs.index == null) throw new CommandLine.ParameterException(spec.commandLine(), "--retry-failed needs --index DIR");
        List<Path> paths = new ArrayList<>();
        for (ManifestEntry e : failed) {
            Path p = Path.of(e.path());
            if (Files.exists(p)) paths.add(p);
            else w.printf("not retried (no longer exists): %s%n", Printable.of(p));
        }
        if (paths.isEmpty()) return PlansCli.SOME_FAILED;
        w.printf("retrying %d failed files%n", paths.size());
        return IngestCommand.ingest(spec, dirs, paths, workers, limits, true, false);
    }
}

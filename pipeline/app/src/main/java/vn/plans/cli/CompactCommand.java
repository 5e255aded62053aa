package vn.plans.cli;

import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.plans.output.Manifest;
import vn.plans.output.ManifestEntry;

/** {@code plans compact}: the manifest rewritten as its latest line per path (an ingest also does it on the way). */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = {"Rewrites manifest.jsonl as the latest entry per path (every run appends a line per input).",
                "Refused while an ingest holds the index (its write lock)."})
final class CompactCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataDirs dirs;

    @Override
    public Integer call() throws Exception {
        if (!Files.exists(dirs.out().resolve("manifest.jsonl"))) {
            throw new IllegalArgumentException("no manifest.jsonl in " + dirs.out() + " (run 'plans ingest' first)");
        }
        Files.createDirectories(dirs.index());
        // the index's write lock: an ingest holds it, and would go on appending to the file this replaces
        try (vn.plans.index.PlanIndex lock = new vn.plans.index.PlanIndex(dirs.index()); Manifest m = new Manifest(dirs.out())) {
            Map<String, ManifestEntry> latest = m.latest();
            long before = m.linesRead();
            long after = m.compact(latest);
            spec.commandLine().getOut().printf("manifest compacted: %d lines -> %d (one per path)%n", before, after);
        }
        return PlansCli.OK;
    }
}

package vn.plans.cli;

import java.nio.file.Files;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.plans.index.PlanIndex;
import vn.plans.ingest.Archive;
import vn.plans.output.DocumentStore;
import vn.plans.output.Manifest;
import vn.plans.output.Printable;

/** {@code plans prune} and {@code plans delete}: records leave the manifest, the JSON store, the index and tasks. */
final class PruneCommand {
    private PruneCommand() {}

    @Command(name = "prune", mixinStandardHelpOptions = true,
            description = "Removes from the JSON store, the index and tasks.jsonl every document whose source file is gone.")
    static final class Prune implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin DataDirs dirs;

        @Override
        public Integer call() throws Exception {
            return run(spec, dirs, null);
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = {"Removes one input's record (by its path, or every path of a document id) from the JSON store,",
                    "the index and tasks.jsonl. The source file is left alone; a later ingest of it adds it again."})
    static final class Delete implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin DataDirs dirs;
        @Parameters(paramLabel = "PATH|ID", description = "A source path as ingested, or a document id.")
        String target;

        @Override
        public Integer call() throws Exception {
            return run(spec, dirs, target);
        }
    }

    static int run(CommandSpec spec, DataDirs dirs, String deleteTarget) throws Exception {
        if (!Files.exists(dirs.out().resolve("manifest.jsonl"))) {
            throw new IllegalArgumentException("no manifest.jsonl in " + dirs.out() + " (run 'plans ingest' first)");
        }
        Files.createDirectories(dirs.index());
        Archive.Removal r;
        DocumentStore store = new DocumentStore(dirs.out());
        try (Manifest manifest = new Manifest(dirs.out()); PlanIndex index = new PlanIndex(dirs.index())) {
            r = deleteTarget == null ? Archive.prune(store, manifest, index)
                    : Archive.delete(deleteTarget, store, manifest, index);
        }
        var out = spec.commandLine().getOut();
        if (deleteTarget != null && r.paths().isEmpty()) {
            out.println("nothing to delete: no live record for " + Printable.of(deleteTarget));
            return PlansCli.SOME_FAILED;
        }
        out.printf("removed %d records (%d documents dropped from store and index)%n", r.paths().size(), r.documents());
        for (String p : r.paths()) out.println("  removed: " + Printable.of(p));
        return PlansCli.OK;
    }
}

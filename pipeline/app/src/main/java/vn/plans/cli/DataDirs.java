package vn.plans.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Shared {@code --out} and {@code --index} options; defaults live under {@code $PLANS_DATA} (else {@code ./data}). */
public final class DataDirs {
    static Path base() {
        String env = System.getenv("PLANS_DATA");
        return Path.of(env == null || env.isBlank() ? "data" : env);
    }

    @Option(names = "--out", paramLabel = "DIR",
            description = "JSON output: documents/, tasks.jsonl, manifest.jsonl (default: $PLANS_DATA/out or ./data/out)")
    Path out;

    @Option(names = "--index", paramLabel = "DIR", description = "Lucene index directory (default: $PLANS_DATA/index)")
    Path index;

    Path out() { return out != null ? out : base().resolve("out"); }

    Path index() { return index != null ? index : base().resolve("index"); }
}

package vn.plans.cli;

import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import vn.plans.restore.TrainingSplit;

/**
 * Shared {@code --shared} option of the language-model commands (train-lm, eval-restore, bench-restore) and the
 * training/held-out split they all read from it.
 */
public final class TrainingData {
    @Option(names = "--shared", paramLabel = "DIR", description = "Shared data (default: $PLANS_SHARED, else $PLANS_HOME/../shared).")
    Path shared;

    /** The shared data folder: {@code --shared}, else {@code $PLANS_SHARED}, else {@code $PLANS_HOME/../shared}. */
    Path dir() {
        if (shared != null) return shared;
        String env = System.getenv("PLANS_SHARED");
        return env != null && !env.isBlank() ? Path.of(env) : ModelOption.home().resolve("../shared").normalize();
    }

    /** The language model's training and held-out files (vi-corpus and corpus/). */
    TrainingSplit split() throws IOException {
        return TrainingSplit.of(dir(), ModelOption.home());
    }
}

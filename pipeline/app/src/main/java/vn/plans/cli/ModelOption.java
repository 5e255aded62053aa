package vn.plans.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Shared {@code --model} option: the syllable language model, by default under {@code $PLANS_HOME/models}. */
public final class ModelOption {
    static final String FILE = "vi-syllable-4gram.bin";

    @Option(names = "--model", paramLabel = "FILE",
            description = "Syllable language model (default: $PLANS_HOME/models/" + FILE + ")")
    Path model;

    static Path home() {
        String env = System.getenv("PLANS_HOME");
        return Path.of(env == null || env.isBlank() ? "." : env);
    }

    /** The default model path, for wiring the pipeline. */
    public static Path defaultModel() { return home().resolve("models").resolve(FILE); }

    Path model() { return model != null ? model : defaultModel(); }
}

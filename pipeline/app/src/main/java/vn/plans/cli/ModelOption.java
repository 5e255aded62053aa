package vn.plans.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import vn.plans.pipeline.PipelineConfig;

/** Shared {@code --model} option: the syllable language model, by default under {@code $PLANS_HOME/models}. */
public final class ModelOption {
    @Option(names = "--model", paramLabel = "FILE",
            description = "Syllable language model (default: $PLANS_HOME/models/" + PipelineConfig.MODEL_FILE + ")")
    Path model;

    static Path home() { return PipelineConfig.home(); }

    Path model() { return model != null ? model : PipelineConfig.defaultModel(); }
}

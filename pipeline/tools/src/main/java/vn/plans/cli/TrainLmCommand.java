package vn.plans.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.plans.restore.NgramTrainer;
import vn.plans.restore.TrainingSplit;

@Command(name = "train-lm", mixinStandardHelpOptions = true,
        description = {"Trains the syllable n-gram language model (modified Kneser-Ney) used by restore.",
                "Trains on ../shared/vi-corpus (legal minus every 10th file, Wikipedia minus the last file) and",
                "corpus/ minus the seeds and text made from them; the held-out parts are for eval-restore."})
final class TrainLmCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin ModelOption modelOption;

    @Mixin TrainingData trainingData;

    @Option(names = "--min-count", description = "Keep syllables seen at least this often (default: ${DEFAULT-VALUE}).")
    int minCount = 2;

    @Option(names = "--order", description = "N-gram order, 2 to 4 (default: ${DEFAULT-VALUE}).")
    int order = 4;

    @Option(names = "--min-top-count", description = "Store highest-order n-grams seen at least this often (default: ${DEFAULT-VALUE}).")
    int minTopCount = 2;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        TrainingSplit split = trainingData.split();
        Path model = modelOption.model();
        out.printf("train-lm: %d training files, held out %d legal + %d wiki files -> %s%n",
                split.train().size(), split.heldOutLegal().size(), split.heldOutWiki().size(), model);
        long t0 = System.nanoTime();
        NgramTrainer.Stats s = new NgramTrainer(order, minCount, minTopCount).train(split.train(), model, out);
        double secs = (System.nanoTime() - t0) / 1e9;
        out.printf("train-lm: %,d tokens, vocabulary %,d, %,d bigrams, %,d of %,d %d-grams kept, %.1f MB, %.1f s%n",
                s.tokens(), s.vocabulary(), s.bigrams(), s.topKept(), s.topSeen(), order, s.bytes() / 1e6, secs);
        return Files.isRegularFile(model) ? PlansCli.OK : PlansCli.INTERNAL_ERROR;
    }
}

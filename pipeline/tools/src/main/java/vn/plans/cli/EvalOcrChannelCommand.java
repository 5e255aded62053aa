package vn.plans.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.plans.eval.OcrEvaluation;
import vn.plans.ocr.ErrorRates;
import vn.plans.restore.DiacriticRestorer;
import vn.plans.restore.NgramModel;
import vn.plans.restore.OcrChannelLearner;
import vn.plans.restore.TextRestorer;

@Command(name = "eval-ocr-channel", mixinStandardHelpOptions = true,
        description = {"Scores the OCR tone repair on rendered pages it was not learned from: the NN.gold.txt /",
                "NN.ocr.txt pairs of scripts/make-ocr-channel split into folds; each fold's Tesseract text is restored",
                "as an OCR page with a channel learned from the other folds' pages (plus the real scans' table), and",
                "its character and syllable error against what was rendered is printed as read and as restored."})
final class EvalOcrChannelCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin ModelOption modelOption;

    @Parameters(paramLabel = "DIR", description = "Directory of NN.gold.txt / NN.ocr.txt pairs (scripts/make-ocr-channel).")
    Path dir;

    @Option(names = "--folds", description = "Folds: page i is in fold i mod K (default: ${DEFAULT-VALUE}).")
    int folds = 4;

    @Option(names = "--learn-pages", paramLabel = "N",
            description = "Learn only from the first N pairs outside the fold (default: all), e.g. 36 for the pages before the styled ones.")
    int learnPages = Integer.MAX_VALUE;

    @Option(names = "--score-from", paramLabel = "N", description = "Score only pairs from the N-th on (default: ${DEFAULT-VALUE}).")
    int scoreFrom = 0;

    @Option(names = "--committed", description = {"Restore with the committed channel tables instead of one learned from",
            "the other folds: to score pairs the tables were not learned from (e.g. a scan's pages and its twin's, from",
            "plans eval-ocr-twin --dump)."})
    boolean committed;

    @Option(names = "--dump", paramLabel = "DIR", description = "Also write each scored page as restored (DIR/NN.restored.txt), to diff.")
    Path dump;

    @Override
    public Integer call() throws Exception {
        if (folds < 2) throw new CommandLine.ParameterException(spec.commandLine(), "--folds must be >= 2");
        List<OcrChannelLearner.Pair> pairs = OcrChannelLearner.pairs(dir);
        if (pairs.size() < folds) throw new CommandLine.ParameterException(spec.commandLine(), "fewer pairs than folds in " + dir);
        NgramModel lm = NgramModel.load(modelOption.model());
        PrintWriter out = spec.commandLine().getOut();
        if (dump != null) Files.createDirectories(dump);
        ErrorRates read = ErrorRates.ZERO, restored = ErrorRates.ZERO;
        TextRestorer standard = committed ? new DiacriticRestorer(lm) : null;
        out.printf("%-6s %6s | %9s %9s | %9s %9s%n", "fold", "pages", "read CER", "SER", "rest. CER", "SER");
        for (int f = 0; f < folds; f++) {
            List<OcrChannelLearner.Pair> learn = new ArrayList<>(), score = new ArrayList<>();
            for (int i = 0; i < pairs.size(); i++) {
                if (i % folds == f) {
                    if (i >= scoreFrom) score.add(pairs.get(i));
                } else if (i < learnPages) {
                    learn.add(pairs.get(i));
                }
            }
            TextRestorer restorer = committed ? standard : DiacriticRestorer.withRenderedChannel(lm, OcrChannelLearner.learn(learn));
            ErrorRates r = ErrorRates.ZERO, s = ErrorRates.ZERO;
            for (OcrChannelLearner.Pair p : score) {
                List<String> gold = List.of(Files.readString(p.gold(), StandardCharsets.UTF_8));
                String ocr = Files.readString(p.ocr(), StandardCharsets.UTF_8);
                String text = restorer.restore(ocr, TextRestorer.Source.OCR).text();
                r = r.plus(OcrEvaluation.score(gold, List.of(ocr)));
                s = s.plus(OcrEvaluation.score(gold, List.of(text)));
                if (dump != null) {
                    String name = p.gold().getFileName().toString().replace(".gold.txt", ".restored.txt");
                    Files.writeString(dump.resolve(name), text, StandardCharsets.UTF_8);
                }
            }
            out.printf("%-6d %6d | %8.2f%% %8.2f%% | %8.2f%% %8.2f%%%n", f, score.size(), 100 * r.cer(), 100 * r.syllableErrorRate(),
                    100 * s.cer(), 100 * s.syllableErrorRate());
            read = read.plus(r);
            restored = restored.plus(s);
        }
        out.printf("%-6s %6s | %8.2f%% %8.2f%% | %8.2f%% %8.2f%%  (%d syllables)%n", "all", "", 100 * read.cer(),
                100 * read.syllableErrorRate(), 100 * restored.cer(), 100 * restored.syllableErrorRate(), read.refSyllables());
        return PlansCli.OK;
    }
}

package vn.plans.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.plans.restore.DiacriticRestorer;
import vn.plans.restore.NgramModel;
import vn.plans.restore.RestoreEvaluation;
import vn.plans.restore.RestoreEvaluation.Score;
import vn.plans.restore.TextRestorer;
import vn.plans.restore.TrainingSplit;

@Command(name = "eval-restore", mixinStandardHelpOptions = true,
        description = {"Syllable accuracy of diacritic restoration on fully stripped text (held-out legal and",
                "Wikipedia splits, seeds 000-003) for the n-gram restorer and a unigram baseline; changes made to",
                "the already-correct seeds; and the Sơn La OCR seed (004) header after restoration."})
final class EvalRestoreCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin ModelOption modelOption;

    @Mixin TrainingData trainingData;

    @Option(names = "--max-syllables", description = "Syllables per held-out set (default: ${DEFAULT-VALUE}).")
    long maxSyllables = 200_000;

    @Option(names = "--ocr-set", paramLabel = "DIR",
            description = "OCR test set (default: $PLANS_HOME/models/build/ocr-eval, made by scripts/make-ocr-testset).")
    Path ocrDir;

    @Option(names = "--beam", description = "Beam width (default: ${DEFAULT-VALUE}).")
    int beam = 8;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        NgramModel lm = NgramModel.load(modelOption.model());
        out.printf("model %s: vocabulary %,d, %.1f MB, loaded in %.0f ms%n", modelOption.model(), lm.vocabularySize(),
                lm.fileBytes() / 1e6, (System.nanoTime() - t0) / 1e6);
        TextRestorer tri = new DiacriticRestorer(lm, beam, false);
        TextRestorer uni = new DiacriticRestorer(lm, 1, true);
        TrainingSplit split = trainingData.split();
        List<Path> seeds = seeds();
        String ng = lm.order() + "-gram";
        out.printf("%n%-32s %10s %10s %10s %12s%n", "set (fully stripped input)", "syllables", "unigram", ng, ng + " syl/s");
        String legal = RestoreEvaluation.sample(split.heldOutLegal(), maxSyllables);
        row(out, "legal held-out (every 10th file)", legal, uni, tri);
        row(out, "wiki held-out (" + split.heldOutWiki().get(0).getFileName() + ")", RestoreEvaluation.sample(split.heldOutWiki(), maxSyllables), uni, tri);
        Score su = new Score(0, 0, 0), st = new Score(0, 0, 0);
        for (Path s : seeds.subList(0, Math.min(4, seeds.size()))) {
            String text = Files.readString(s, StandardCharsets.UTF_8);
            su = su.plus(RestoreEvaluation.strippedAccuracy(text, uni));
            st = st.plus(RestoreEvaluation.strippedAccuracy(text, tri));
        }
        print(out, "seeds 000-003 (not trained on)", su, st);
        out.println("anchors: 97.32% phrase-based MT (2017), 96.52% Java bigram, 95.0% bigram Viterbi (2026)");
        calibration(out, legal, seeds.subList(0, Math.min(4, seeds.size())), new DiacriticRestorer(lm, beam, false, 0));
        int changed = 0, syl = 0;
        for (Path s : seeds.subList(0, Math.min(4, seeds.size()))) {
            String text = RestoreEvaluation.gold(Files.readString(s, StandardCharsets.UTF_8));
            TextRestorer.Restored r = tri.restore(text);
            changed += r.changedTokens();
            syl += RestoreEvaluation.compare(text, text).syllables();
            for (TextRestorer.Edit e : r.edits()) out.printf("  changed in %s: %s -> %s%n", s.getFileName(), e.original(), e.restored());
        }
        out.printf("%nalready-correct seeds 000-003 (%,d syllables): %d tokens changed%n", syl, changed);
        Path ocrSet = ocrDir != null ? ocrDir : ModelOption.home().resolve("models/build/ocr-eval");
        if (Files.isDirectory(ocrSet)) ocr(out, ocrSet, uni, tri);
        else out.printf("%nno OCR test set at %s (scripts/make-ocr-testset builds it)%n", ocrSet);
        if (seeds.size() > 4) {
            String ocr = Files.readString(seeds.get(4), StandardCharsets.UTF_8);
            TextRestorer.Restored r = tri.restore(ocr);
            out.printf("%nOCR seed %s: %d tokens changed, mean confidence %.2f; first lines after restoration:%n",
                    seeds.get(4).getFileName(), r.changedTokens(), r.confidence());
            r.text().lines().filter(l -> !l.isBlank()).limit(12).forEach(l -> out.println("  | " + l));
        }
        return PlansCli.OK;
    }

    /** Accuracy of every proposed edit per confidence bin (nothing flagged), and what the printed token would have scored. */
    private static void calibration(PrintWriter out, String legal, List<Path> seeds, TextRestorer all) throws java.io.IOException {
        List<RestoreEvaluation.Bin> bins = RestoreEvaluation.calibration(legal, all);
        for (Path s : seeds) bins = RestoreEvaluation.plus(bins, RestoreEvaluation.calibration(Files.readString(s, StandardCharsets.UTF_8), all));
        out.printf("%nedit calibration (legal held-out + seeds 000-003, stripped; flagged below %.2f):%n", DiacriticRestorer.FLAG_BELOW);
        out.printf("  %-12s %8s %10s %14s%n", "confidence", "edits", "edit right", "printed right");
        for (RestoreEvaluation.Bin b : bins) {
            out.printf("  [%.2f,%.2f) %,8d %9.1f%% %13.1f%%%n", b.from(), b.to(), b.edits(), 100 * b.accuracy(), 100 * b.printedAccuracy());
        }
    }

    /** Gold/OCR pairs NN.gold.txt + NN.ocr.txt: aligned syllable accuracy of the OCR text before and after. */
    private static void ocr(PrintWriter out, Path dir, TextRestorer uni, TextRestorer tri) throws java.io.IOException {
        Score before = new Score(0, 0, 0), afterUni = before, afterTri = before;
        int pages = 0;
        try (Stream<Path> s = Files.list(dir)) {
            for (Path g : s.filter(p -> p.toString().endsWith(".gold.txt")).sorted().toList()) {
                Path o = g.resolveSibling(g.getFileName().toString().replace(".gold.txt", ".ocr.txt"));
                if (!Files.isRegularFile(o)) continue;
                String gold = Files.readString(g, StandardCharsets.UTF_8), ocr = Files.readString(o, StandardCharsets.UTF_8);
                before = before.plus(RestoreEvaluation.alignedAccuracy(gold, ocr));
                afterUni = afterUni.plus(RestoreEvaluation.alignedAccuracy(gold, uni.restore(ocr).text()));
                afterTri = afterTri.plus(RestoreEvaluation.alignedAccuracy(gold, tri.restore(ocr).text()));
                pages++;
            }
        }
        out.printf("%nOCR-garbled held-out legal text (%d pages rendered, read by tesseract -l eng; %,d gold syllables, aligned):%n",
                pages, before.syllables());
        out.printf("  as OCR-ed %.2f%%   after unigram %.2f%%   after n-gram %.2f%%%n", 100 * before.accuracy(),
                100 * afterUni.accuracy(), 100 * afterTri.accuracy());
    }

    private static void row(PrintWriter out, String name, String gold, TextRestorer uni, TextRestorer tri) {
        print(out, name, RestoreEvaluation.strippedAccuracy(gold, uni), RestoreEvaluation.strippedAccuracy(gold, tri));
    }

    private static void print(PrintWriter out, String name, Score u, Score t) {
        out.printf("%-32s %,10d %9.2f%% %9.2f%% %,12.0f%n", name, t.syllables(), 100 * u.accuracy(), 100 * t.accuracy(),
                t.syllables() / Math.max(1e-9, t.seconds()));
    }

    private static List<Path> seeds() throws java.io.IOException {
        Path dir = ModelOption.home().resolve("corpus/seeds");
        if (!Files.isDirectory(dir)) throw new IllegalArgumentException("no seeds at " + dir);
        try (Stream<Path> s = Files.list(dir)) {
            return new ArrayList<>(s.filter(p -> p.toString().endsWith(".txt")).sorted().toList());
        }
    }
}

package vn.plans.structure;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.plans.TestData;
import vn.plans.eval.Evaluator;
import vn.plans.eval.GoldDocument;
import vn.plans.eval.RealDocuments;
import vn.plans.eval.Similarity;
import vn.plans.model.PlanDocument;
import vn.plans.pipeline.DocumentProcessor;

/**
 * Is this unit an assignment? The rules against the OpenNLP maxent classifier, leave-one-document-out over the tune
 * task gold ({@code corpus/gold/tasks}; the OCR-ed letter is left out, there is no OCR here). A unit is positive when
 * a gold task of its document matches it (soft text ratio at least 0.8). The rules' side is what the pipeline's
 * {@link ClauseTaskReader} decides of the unit: {@link TaskClassifier#RULES} and the reader's own rules (a clause of a
 * normative execution part whose subject names a doer, a plan's item that opens with its doer); the model is asked
 * what the classifier is asked, with the reader's own structural rules beside it as the rules have them. Prints both F1s; the rules must keep the level they had when the gold was written.
 */
@Tag("integration")
class MaxentTaskClassifierExperimentTest {
    /** A document's units with their gold labels, and what the reader decided of each. */
    private record Doc(String name, List<MaxentTaskClassifier.Example> units, List<Boolean> read, List<Boolean> structural) {}

    private static List<Doc> docs() throws Exception {
        DocumentProcessor p = RealDocuments.processor();
        ClauseTaskReader reader = new ClauseTaskReader(new AgencyNormalizer(), new TimeframeParser(), TaskClassifier.RULES);
        List<Doc> out = new ArrayList<>();
        for (Path g : Evaluator.goldFiles(TestData.root().resolve("corpus/gold/tasks"))) {
            GoldDocument gold = GoldDocument.read(g);
            if ("ocr-plan".equals(gold.group()) || gold.tasks() == null) continue;
            PlanDocument d;
            try {
                d = RealDocuments.process(p, TestData.root().resolve(gold.source()).normalize());
            } catch (vn.plans.extract.ExtractionException e) {
                continue; // a page that needs OCR (decision QD-2170): no OCR engine here
            }
            List<MaxentTaskClassifier.Example> units = new ArrayList<>();
            List<Boolean> read = new ArrayList<>(), structural = new ArrayList<>();
            for (ClauseTaskReader.Candidate c : reader.candidates(Lines.of(d.pages()), d.header().docType())) {
                String soft = Similarity.soft(c.text());
                boolean task = gold.tasks().stream().anyMatch(t -> Similarity.ratio(Similarity.soft(t.text()), soft) >= Similarity.SOFT_RATIO);
                units.add(new MaxentTaskClassifier.Example(c.text(), c.kind(), c.inherited(), task));
                read.add(c.task());
                structural.add(c.structural());
            }
            out.add(new Doc(g.getFileName().toString(), units, read, structural));
        }
        return out;
    }

    private static double f1(int tp, int fp, int fn) {
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    @Test
    void rulesAgainstMaxentLeaveOneDocumentOut() throws Exception {
        assumeTrue(Files.isDirectory(TestData.sharedDir().resolve("corpus-real")), "../shared/corpus-real is absent");
        List<Doc> docs = docs();
        int[] rules = new int[3], model = new int[3]; // tp, fp, fn
        for (Doc held : docs) {
            List<MaxentTaskClassifier.Example> train = new ArrayList<>();
            for (Doc d : docs) if (d != held) train.addAll(d.units());
            MaxentTaskClassifier m = MaxentTaskClassifier.train(train);
            for (int i = 0; i < held.units().size(); i++) {
                MaxentTaskClassifier.Example e = held.units().get(i);
                count(rules, held.read().get(i), e.task());
                count(model, held.structural().get(i) || m.decide(e.text(), e.kind(), e.inherited()).task(), e.task());
            }
        }
        double r = f1(rules[0], rules[1], rules[2]), mx = f1(model[0], model[1], model[2]);
        System.out.printf("task classifier, leave-one-document-out over %d tune documents: rules F1 %.3f (tp %d fp %d fn %d), maxent F1 %.3f (tp %d fp %d fn %d)%n",
                docs.size(), r, rules[0], rules[1], rules[2], mx, model[0], model[1], model[2]);
        assertTrue(r >= 0.9, "rules F1 " + r);
    }

    private static void count(int[] c, boolean predicted, boolean gold) {
        if (predicted && gold) c[0]++;
        else if (predicted) c[1]++;
        else if (gold) c[2]++;
    }
}

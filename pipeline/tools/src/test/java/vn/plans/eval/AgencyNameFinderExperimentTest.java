package vn.plans.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.plans.TestData;
import vn.plans.model.Agency;
import vn.plans.model.PlanDocument;
import vn.plans.model.Task;
import vn.plans.pipeline.DocumentProcessor;
import vn.plans.structure.AgencyNameFinder;

/**
 * Agency spans by the rules against an OpenNLP name finder ({@link AgencyNameFinder}) trained on the tune task gold
 * ({@code corpus/gold/tasks}, the OCR-ed letter left out), both scored on the held-out gold ({@code
 * corpus/gold/heldout}) as {@code plans eval} scores {@code task.agencies}: over the gold tasks the pipeline found
 * (soft text match), lead and coordinating names together, soft name match. The model's leads replace the rules'
 * leads when it finds any in the text (else the rules' inherited lead stays), its partners replace theirs. No OCR
 * here: the scanned held-out documents give no task to either side. Prints both F1s (the README quotes them); the
 * name finder must at least learn its own training data.
 */
@Tag("integration")
class AgencyNameFinderExperimentTest {
    private static List<String> names(List<Agency> a) {
        return a.stream().map(Agency::name).toList();
    }

    /** tp, fp, fn of a greedy one-to-one soft match of two name lists. */
    private static int[] count(List<String> gold, List<String> pred) {
        boolean[] used = new boolean[pred.size()];
        int tp = 0;
        for (String g : gold) {
            for (int j = 0; j < pred.size(); j++) {
                if (!used[j] && Similarity.softEquals(g, pred.get(j), true)) { used[j] = true; tp++; break; }
            }
        }
        return new int[] {tp, pred.size() - tp, gold.size() - tp};
    }

    private static double f1(int[] c) {
        return c[0] == 0 ? 0 : 2.0 * c[0] / (2.0 * c[0] + c[1] + c[2]);
    }

    private static void add(int[] into, int[] c) {
        for (int i = 0; i < 3; i++) into[i] += c[i];
    }

    @Test
    void rulesAgainstNameFinderOnHeldOutAgencies() throws Exception {
        assumeTrue(Files.isDirectory(TestData.sharedDir().resolve("corpus-real")), "../shared/corpus-real is absent");
        List<AgencyNameFinder.Example> train = new ArrayList<>();
        for (Path g : Evaluator.goldFiles(TestData.root().resolve("corpus/gold/tasks"))) {
            GoldDocument gold = GoldDocument.read(g);
            if ("ocr-plan".equals(gold.group()) || gold.tasks() == null) continue;
            for (GoldDocument.Task t : gold.tasks()) train.add(new AgencyNameFinder.Example(t.text(), t.leadAgencies(), t.coordinatingAgencies()));
        }
        AgencyNameFinder model = AgencyNameFinder.train(train);

        int[] fit = new int[3];
        for (AgencyNameFinder.Example e : train) {
            List<String> printed = new ArrayList<>();
            for (String a : e.leads()) if (e.text().contains(a)) printed.add(a);
            for (String a : e.coordinating()) if (e.text().contains(a)) printed.add(a);
            add(fit, count(printed, model.find(e.text()).stream().map(AgencyNameFinder.Mention::name).toList()));
        }

        DocumentProcessor p = RealDocuments.processor();
        int[] rules = new int[3], finder = new int[3];
        int matched = 0;
        for (Path g : Evaluator.goldFiles(TestData.root().resolve("corpus/gold/heldout"))) {
            GoldDocument gold = GoldDocument.read(g);
            if (gold.tasks() == null || gold.tasks().isEmpty()) continue;
            Path src = TestData.root().resolve(gold.source()).normalize();
            if (!Files.exists(src)) continue;
            PlanDocument d;
            try {
                d = RealDocuments.process(p, src);
            } catch (vn.plans.extract.ExtractionException e) {
                continue; // scanned: no OCR engine here, so neither side is scored on it
            }
            int[] match = StructureScorer.matchTasks(gold.tasks(), d.tasks(), Similarity::soft);
            for (int i = 0; i < match.length; i++) {
                if (match[i] < 0) continue;
                matched++;
                GoldDocument.Task gt = gold.tasks().get(i);
                Task pt = d.tasks().get(match[i]);
                List<String> want = new ArrayList<>(gt.leadAgencies());
                want.addAll(gt.coordinatingAgencies());
                List<String> byRules = new ArrayList<>(names(pt.leadAgencies()));
                byRules.addAll(names(pt.coordinatingAgencies()));
                add(rules, count(want, byRules));
                List<AgencyNameFinder.Mention> found = model.find(pt.text());
                List<String> leads = found.stream().filter(m -> m.role().equals("lead")).map(AgencyNameFinder.Mention::name).toList();
                List<String> byModel = new ArrayList<>(leads.isEmpty() ? names(pt.leadAgencies()) : leads);
                byModel.addAll(found.stream().filter(m -> m.role().equals("coord")).map(AgencyNameFinder.Mention::name).toList());
                add(finder, count(want, byModel));
            }
        }
        System.out.printf("agency F1 on held-out (%d matched tasks): rules %.3f (tp %d fp %d fn %d), name finder %.3f (tp %d fp %d fn %d);"
                        + " name finder on its own training mentions %.3f%n", matched, f1(rules), rules[0], rules[1], rules[2],
                f1(finder), finder[0], finder[1], finder[2], f1(fit));
        assertTrue(matched > 0, "no held-out task matched: nothing compared");
        assertTrue(f1(fit) >= 0.5, "the name finder did not learn its training data: F1 " + f1(fit));
    }
}

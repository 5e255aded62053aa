package vn.plans.structure;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;

/**
 * {@link TaskClassifier} by an OpenNLP maxent model over the rules' evidence as features (assigning frame, own doer,
 * inherited doer, closing, preamble, predicate words, shape, first words, length). Trained on units of the tune
 * task gold ({@code corpus/gold/tasks}); form cells and noise are rejected before the model as in the rules. The
 * rules stay the default: see {@code MaxentTaskClassifierExperimentTest} for the cross-validated comparison.
 */
public final class MaxentTaskClassifier implements TaskClassifier {
    /** A training unit: what {@link ClauseTaskReader} asks about, with its gold label. */
    public record Example(String text, char kind, boolean inherited, boolean task) {}

    private final MaxentModel model;

    private MaxentTaskClassifier(MaxentModel model) {
        this.model = model;
    }

    public static MaxentTaskClassifier train(List<Example> examples) throws IOException {
        List<Event> events = new ArrayList<>();
        for (Example e : examples) events.add(new Event(e.task() ? "T" : "N", features(e.text(), e.kind(), e.inherited())));
        return new MaxentTaskClassifier(Maxent.train(events));
    }

    @Override
    public Decision decide(String text, char kind, boolean inherited) {
        if (TaskClassifier.isNoise(text)) return new Decision(false, "rule:form-cell");
        double[] p = model.eval(features(text, kind, inherited));
        int t = model.getIndex("T");
        return new Decision(t >= 0 && p[t] > 0.5, "model:maxent");
    }

    static String[] features(String text, char kind, boolean inherited) {
        AssignmentRules rules = AssignmentRules.get();
        String t = text.strip();
        String[] words = t.toLowerCase(Locale.ROOT).split("\\s+");
        int n = words.length;
        String len = n < 5 ? "<5" : n < 10 ? "<10" : n < 25 ? "<25" : n < 60 ? "<60" : "long";
        char last = t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
        return new String[] {
            "kind=" + kind,
            "inherited=" + inherited,
            "frame=" + AssignmentRules.hasFrame(t),
            "doer=" + (rules.subject(t) != null),
            "predicate=" + rules.hasPredicate(t),
            "closing=" + rules.isClosing(t),
            "preamble=" + rules.isPreamble(t),
            "len=" + len,
            "last=" + (Character.isLetterOrDigit(last) ? "w" : String.valueOf(last)),
            "w1=" + words[0],
            "w12=" + words[0] + "_" + (n > 1 ? words[1] : ""),
            "kind_inherited=" + kind + inherited,
            "frame_inherited=" + AssignmentRules.hasFrame(t) + inherited,
        };
    }
}

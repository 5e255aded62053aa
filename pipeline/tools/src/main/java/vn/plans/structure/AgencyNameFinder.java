package vn.plans.structure;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * Agency mentions and their role in a task's text by an OpenNLP name finder (maxent, BIO over {@link SimpleTokenizer}
 * tokens, OpenNLP's default context features), trained on hand task gold: each gold lead or coordinating agency that
 * is printed in its task's text is a {@code lead} or {@code coord} span. The experiment that compares it with the rules
 * ({@code AgencyNameFinderExperimentTest}) decides whether the pipeline uses it; the rules stay the default.
 */
public final class AgencyNameFinder {
    /** A gold task: its text and the agencies as printed. */
    public record Example(String text, List<String> leads, List<String> coordinating) {}

    /** A mention found: the name as printed, {@code lead} or {@code coord}, and its character offsets. */
    public record Mention(String name, String role, int start, int end) {}

    private final TokenNameFinderModel model;

    private AgencyNameFinder(TokenNameFinderModel model) {
        this.model = model;
    }

    public static AgencyNameFinder train(List<Example> examples) throws IOException {
        List<NameSample> samples = new ArrayList<>();
        for (Example e : examples) samples.add(sample(e));
        TrainingParameters p = TrainingParameters.defaultParams();
        p.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        p.put(TrainingParameters.ITERATIONS_PARAM, 100);
        p.put(TrainingParameters.CUTOFF_PARAM, 1);
        p.put(TrainingParameters.THREADS_PARAM, 1);
        return new AgencyNameFinder(NameFinderME.train("vi", null, ObjectStreamUtils.createObjectStream(samples), p,
                new TokenNameFinderFactory()));
    }

    /** The gold example as tokens with role spans; names not printed in the text (inherited leads) give no span. */
    static NameSample sample(Example e) {
        Span[] tokens = SimpleTokenizer.INSTANCE.tokenizePos(e.text());
        List<Span> names = new ArrayList<>();
        mark(e.text(), tokens, e.leads(), "lead", names);
        mark(e.text(), tokens, e.coordinating(), "coord", names);
        names.sort(Comparator.comparingInt(Span::getStart));
        List<Span> kept = new ArrayList<>();
        for (Span s : names) if (kept.isEmpty() || kept.getLast().getEnd() <= s.getStart()) kept.add(s);
        return new NameSample(Span.spansToStrings(tokens, e.text()), kept.toArray(Span[]::new), true);
    }

    private static void mark(String text, Span[] tokens, List<String> agencies, String role, List<Span> out) {
        for (String a : agencies) {
            int at = text.indexOf(a);
            if (at < 0) continue;
            int first = -1, last = -1;
            for (int i = 0; i < tokens.length; i++) {
                if (first < 0 && tokens[i].getStart() >= at) first = i;
                if (tokens[i].getEnd() <= at + a.length()) last = i;
            }
            if (first >= 0 && last >= first) out.add(new Span(first, last + 1, role));
        }
    }

    /** The mentions in a task's text. */
    public List<Mention> find(String text) {
        Span[] tokens = SimpleTokenizer.INSTANCE.tokenizePos(text);
        Span[] found = new NameFinderME(model).find(Span.spansToStrings(tokens, text));
        List<Mention> out = new ArrayList<>();
        for (Span s : found) {
            int start = tokens[s.getStart()].getStart(), end = tokens[s.getEnd() - 1].getEnd();
            out.add(new Mention(text.substring(start, end), s.getType(), start, end));
        }
        return out;
    }
}

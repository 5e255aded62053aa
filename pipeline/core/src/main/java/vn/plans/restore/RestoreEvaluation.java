package vn.plans.restore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import vn.plans.normalize.Syllables;
import vn.plans.normalize.ToneMarks;

/**
 * Scores a restorer on text whose diacritics were stripped: syllable accuracy over the gold tokens that are
 * Vietnamese syllables (exact match, letter case included), and how many tokens it changed in text that was
 * already correct.
 */
public final class RestoreEvaluation {
    private RestoreEvaluation() {}

    /** Correct syllables out of all gold syllables, and the seconds spent restoring. */
    public record Score(long syllables, long correct, double seconds) {
        public double accuracy() { return syllables == 0 ? 0 : (double) correct / syllables; }

        public Score plus(Score o) { return new Score(syllables + o.syllables, correct + o.correct, seconds + o.seconds); }
    }

    /** Removes every Vietnamese mark, keeping letter case and length (NFC in, one char per char out). */
    public static String strip(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            sb.append(c < 0x80 ? c : Chars.base(Chars.decompose(c)));
        }
        return sb.toString();
    }

    /** Gold text in the form the restorer produces: NFC with canonical tone placement. */
    public static String gold(String text) {
        return ToneMarks.canonicalize(Normalizer.normalize(text, Normalizer.Form.NFC));
    }

    public static Score strippedAccuracy(String goldText, TextRestorer restorer) {
        String gold = gold(goldText);
        long t0 = System.nanoTime();
        String out = restorer.restore(strip(gold)).text();
        double secs = (System.nanoTime() - t0) / 1e9;
        return compare(gold, out, secs);
    }

    public static Score compare(String gold, String out) { return compare(gold, out, 0); }

    static Score compare(String gold, String out, double secs) {
        List<Token> g = SyllableTokenizer.tokenize(gold);
        List<Token> o = SyllableTokenizer.tokenize(out);
        long syl = 0, ok = 0;
        boolean aligned = g.size() == o.size();
        for (int i = 0; i < g.size(); i++) {
            Token t = g.get(i);
            if (t.kind() != Token.Kind.WORD) continue;
            String gw = t.text(gold);
            if (!Syllables.isValid(gw)) continue;
            syl++;
            String ow = aligned ? o.get(i).text(out) : out.substring(t.start(), Math.min(out.length(), t.end()));
            if (gw.equals(ow)) ok++;
        }
        return new Score(syl, ok, secs);
    }

    /**
     * Accuracy when the output's words need not line up with the gold's (OCR splits, merges and drops words): gold
     * syllables matched by an identical output word in a longest-common-subsequence alignment of the two word lists.
     */
    public static Score alignedAccuracy(String goldText, String out) {
        String gold = gold(goldText);
        List<String> g = new java.util.ArrayList<>();
        for (Token t : SyllableTokenizer.tokenize(gold)) {
            if (t.kind() == Token.Kind.WORD && Syllables.isValid(t.text(gold))) g.add(t.text(gold));
        }
        List<String> o = new java.util.ArrayList<>();
        for (Token t : SyllableTokenizer.tokenize(out)) {
            if (t.kind() == Token.Kind.WORD || t.kind() == Token.Kind.NOISY_WORD) o.add(t.text(out));
        }
        int[] prev = new int[o.size() + 1], cur = new int[o.size() + 1];
        for (String gw : g) {
            for (int j = 1; j <= o.size(); j++) {
                cur[j] = gw.equals(o.get(j - 1)) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return new Score(g.size(), prev[o.size()], 0);
    }

    /** Confidence bins (lower bounds) for {@link #calibration}. */
    static final double[] BINS = {0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99};

    /**
     * Edits proposed in a confidence bin ({@code [from, to)}): how many, how many match the gold, and how many
     * positions were already right as printed (what not applying the edit would have kept).
     */
    public record Bin(double from, double to, long edits, long correct, long printedCorrect) {
        public double accuracy() { return edits == 0 ? 0 : (double) correct / edits; }

        public double printedAccuracy() { return edits == 0 ? 0 : (double) printedCorrect / edits; }

        Bin plus(long e, long c, long p) { return new Bin(from, to, edits + e, correct + c, printedCorrect + p); }
    }

    /**
     * Accuracy of the restorer's edits per confidence bin on stripped gold text, applied and flagged edits alike
     * (the curve the flagging threshold is chosen from).
     */
    public static List<Bin> calibration(String goldText, TextRestorer restorer) {
        String gold = gold(goldText), input = strip(gold);
        TextRestorer.Restored r = restorer.restore(input);
        Bin[] bins = new Bin[BINS.length];
        for (int b = 0; b < BINS.length; b++) bins[b] = new Bin(BINS[b], b + 1 < BINS.length ? BINS[b + 1] : 1.0, 0, 0, 0);
        List<TextRestorer.Edit> all = new java.util.ArrayList<>(r.edits());
        all.addAll(r.flagged());
        for (TextRestorer.Edit e : all) {
            int end = e.offset() + e.original().length();
            if (end > gold.length()) continue;
            String g = gold.substring(e.offset(), end);
            int b = BINS.length - 1;
            while (b > 0 && e.confidence() < BINS[b]) b--;
            bins[b] = bins[b].plus(1, g.equals(e.restored()) ? 1 : 0, g.equals(e.original()) ? 1 : 0);
        }
        return List.of(bins);
    }

    public static List<Bin> plus(List<Bin> a, List<Bin> b) {
        List<Bin> out = new java.util.ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) out.add(a.get(i).plus(b.get(i).edits(), b.get(i).correct(), b.get(i).printedCorrect()));
        return out;
    }

    /** The files' text, whole lines, up to about {@code maxSyllables} syllable tokens. */
    public static String sample(List<Path> files, long maxSyllables) throws IOException {
        StringBuilder sb = new StringBuilder();
        long syl = 0;
        for (Path f : files) {
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                if (syl >= maxSyllables) return sb.toString();
                sb.append(line).append('\n');
                for (Token t : SyllableTokenizer.tokenize(line)) if (t.kind() == Token.Kind.WORD) syl++;
            }
        }
        return sb.toString();
    }
}

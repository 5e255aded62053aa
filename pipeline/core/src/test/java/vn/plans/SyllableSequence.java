package vn.plans;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.plans.normalize.Syllables;
import vn.plans.normalize.ToneMarks;

/** Test helper: the Vietnamese syllables of a text in order (lower case, canonical tone marks), and their overlap. */
public final class SyllableSequence {
    private SyllableSequence() {}

    public static List<String> of(String text) {
        String t = ToneMarks.canonicalize(Normalizer.normalize(text, Normalizer.Form.NFC)).toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < t.length()) {
            if (!isWordChar(t.charAt(i))) { i++; continue; }
            int j = i;
            while (j < t.length() && isWordChar(t.charAt(j))) j++;
            String w = t.substring(i, j);
            if (Syllables.isValid(w)) out.add(w);
            i = j;
        }
        return out;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** Length of the longest common subsequence of {@code a} and {@code b}. */
    public static int lcs(List<String> a, List<String> b) {
        int[] prev = new int[b.size() + 1];
        int[] cur = new int[b.size() + 1];
        for (String x : a) {
            for (int j = 1; j <= b.size(); j++) {
                cur[j] = x.equals(b.get(j - 1)) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.size()];
    }

    /** Share of the expected syllables found, in order, in the actual ones (1.0 = all). */
    public static double recall(String expected, String actual) {
        List<String> e = of(expected);
        return e.isEmpty() ? 1.0 : (double) lcs(e, of(actual)) / e.size();
    }
}

package vn.plans.eval;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Soft comparison: NFC, lower case, punctuation dropped, spacing collapsed (no-break and zero-width spaces of Word
 * files count as spaces); Levenshtein ratio for free text.
 */
public final class Similarity {
    private Similarity() {}

    public static final double SOFT_RATIO = 0.8;

    public static String soft(String s) {
        if (s == null) return null;
        String n = Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return n.replaceAll("[\\p{P}\\p{S}\\p{Z}\\u200B-\\u200D\\uFEFF]+", " ").replaceAll("\\s+", " ").strip();
    }

    /** 1 - distance / max length, over code points. */
    public static double ratio(String a, String b) {
        if (a == null || b == null) return 0;
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        if (x.length == 0 && y.length == 0) return 1;
        int[] prev = new int[y.length + 1];
        int[] cur = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) prev[j] = j;
        for (int i = 1; i <= x.length; i++) {
            cur[0] = i;
            for (int j = 1; j <= y.length; j++) {
                int sub = prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return 1.0 - (double) prev[y.length] / Math.max(x.length, y.length);
    }

    public static boolean strictEquals(String a, String b) {
        return a != null && a.equals(b);
    }

    /** Soft equality: equal after {@link #soft}, or (for free text) ratio of the soft forms at least 0.8. */
    public static boolean softEquals(String a, String b, boolean freeText) {
        if (a == null || b == null) return false;
        String x = soft(a), y = soft(b);
        if (x.equals(y)) return true;
        return freeText && ratio(x, y) >= SOFT_RATIO;
    }
}

package vn.plans.eval;

import java.util.Arrays;
import java.util.List;
import vn.plans.normalize.Folding;
import vn.plans.normalize.ToneMarks;
import vn.plans.ocr.ErrorRates;

/**
 * OCR pages of a scan scored against the text of the same document in another format (a DOCX twin): each page is
 * located in the twin by a semi-global alignment of stripped, lower-case words (the twin's text before and after the
 * page costs nothing), and then scored by {@link ErrorRates} against that stretch of the twin, both sides with
 * canonical tone marks. Words on the page that the twin does not have (running heads, page numbers, a watermark in
 * the margin) count as errors; the body score passes the pages without the lines their record marks as furniture.
 */
public final class TwinEvaluation {
    private final String[] twin;
    private final String[] twinKeys;

    public TwinEvaluation(String twinText) {
        twin = ErrorRates.flatten(ToneMarks.canonicalize(twinText)).split(" ");
        twinKeys = Arrays.stream(twin).map(TwinEvaluation::key).toArray(String[]::new);
    }

    /** The twin's words that the page covers, joined by spaces. */
    public String window(String page) {
        String[] p = ErrorRates.flatten(page).split(" ");
        String[] pk = Arrays.stream(p).map(TwinEvaluation::key).toArray(String[]::new);
        int m = twin.length;
        int[] prev = new int[m + 1], cur = new int[m + 1], prevStart = new int[m + 1], curStart = new int[m + 1];
        for (int j = 0; j <= m; j++) prevStart[j] = j; // free start anywhere in the twin
        for (String w : pk) {
            cur[0] = prev[0] + 1;
            curStart[0] = prevStart[0];
            for (int j = 1; j <= m; j++) {
                int sub = prev[j - 1] + (w.equals(twinKeys[j - 1]) ? 0 : 1), del = prev[j] + 1, ins = cur[j - 1] + 1;
                if (sub <= del && sub <= ins) { cur[j] = sub; curStart[j] = prevStart[j - 1]; }
                else if (del <= ins) { cur[j] = del; curStart[j] = prevStart[j]; }
                else { cur[j] = ins; curStart[j] = curStart[j - 1]; }
            }
            int[] t = prev; prev = cur; cur = t;
            t = prevStart; prevStart = curStart; curStart = t;
        }
        int end = 0; // free end anywhere
        for (int j = 1; j <= m; j++) if (prev[j] < prev[end]) end = j;
        return String.join(" ", Arrays.copyOfRange(twin, prevStart[end], end));
    }

    public ErrorRates score(String page) {
        return ErrorRates.of(window(page), ToneMarks.canonicalize(page));
    }

    public ErrorRates score(List<String> pages) {
        ErrorRates r = ErrorRates.ZERO;
        for (String p : pages) r = r.plus(score(p));
        return r;
    }

    private static String key(String w) {
        return Folding.fold(w.toLowerCase(java.util.Locale.ROOT)).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}

package vn.plans.ocr;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Character and syllable error rates of recognized text against its source: Levenshtein distance over characters
 * (whitespace runs count as one space) and over whitespace-separated syllables, each divided by the reference
 * length. Both sides are NFC; line breaks and hyphenation layout do not count, and a non-breaking or other Unicode
 * space separates words as a space does (TT-23's DOCX twin joins {@code tại Mẫu} with U+00A0, printed as a space).
 * Totals add up over pages, so a set's rate is its total edits over its total reference length (not a mean of page
 * rates).
 */
public record ErrorRates(long charEdits, long refChars, long syllableEdits, long refSyllables) {
    public static final ErrorRates ZERO = new ErrorRates(0, 0, 0, 0);

    public static ErrorRates of(String reference, String hypothesis) {
        String ref = flatten(reference), hyp = flatten(hypothesis);
        int[] rc = ref.codePoints().toArray(), hc = hyp.codePoints().toArray();
        List<String> rw = ref.isEmpty() ? List.of() : Arrays.asList(ref.split(" "));
        List<String> hw = hyp.isEmpty() ? List.of() : Arrays.asList(hyp.split(" "));
        return new ErrorRates(distance(rc, hc), rc.length, distance(rw, hw), rw.size());
    }

    public ErrorRates plus(ErrorRates o) {
        return new ErrorRates(charEdits + o.charEdits, refChars + o.refChars, syllableEdits + o.syllableEdits,
                refSyllables + o.refSyllables);
    }

    public double cer() {
        return refChars == 0 ? 0 : (double) charEdits / refChars;
    }

    public double syllableErrorRate() {
        return refSyllables == 0 ? 0 : (double) syllableEdits / refSyllables;
    }

    /** Whitespace and Unicode space separators ({@code \\s} alone misses U+00A0, U+202F, U+2007). */
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Zs}]+");

    /** NFC, whitespace and Unicode spaces collapsed to single spaces, trimmed. */
    public static String flatten(String s) {
        return SPACES.matcher(Normalizer.normalize(s, Normalizer.Form.NFC)).replaceAll(" ").strip();
    }

    static long distance(int[] a, int[] b) {
        int[] prev = new int[b.length + 1], cur = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) prev[j] = j;
        for (int i = 1; i <= a.length; i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length; j++) {
                int sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length];
    }

    static long distance(List<String> a, List<String> b) {
        int[] prev = new int[b.size() + 1], cur = new int[b.size() + 1];
        for (int j = 0; j <= b.size(); j++) prev[j] = j;
        for (int i = 1; i <= a.size(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.size(); j++) {
                int sub = prev[j - 1] + (a.get(i - 1).equals(b.get(j - 1)) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.size()];
    }
}

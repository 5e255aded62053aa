package vn.plans.restore;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A capital abbreviation Tesseract misread in one letter, on OCR pages only: TB-1894 writes {@code VLNCN} (vật liệu
 * nổ công nghiệp) on every few lines, and its scan reads three of them {@code VUNCN}. An abbreviation of at least
 * {@link #MIN_LENGTH} capitals that no syllable spells is taken for a misreading of another one on the same page that
 * differs from it in exactly one letter, when that one is the only such form and is printed at least
 * {@link #MIN_SHARE} times as often and at least twice; the page itself says how it spells the word. A form printed
 * as often as its neighbour, or an abbreviation alone on its page, stays as printed.
 */
final class OcrAbbreviations {
    static final int MIN_LENGTH = 4;
    static final int MIN_SHARE = 2;

    private OcrAbbreviations() {}

    /** Token index → the page's own spelling, for each abbreviation read with one letter wrong. */
    static Map<Integer, String> repairs(String text, List<Token> tokens, Predicate<String> isAbbreviation) {
        Map<String, Integer> counts = new HashMap<>();
        for (Token t : tokens) {
            String w = t.text(text);
            if (candidate(t, w, isAbbreviation)) counts.merge(w, 1, Integer::sum);
        }
        Map<String, String> spelled = new HashMap<>();
        for (var f : counts.entrySet()) {
            String only = null;
            for (var g : counts.entrySet()) {
                if (g.getValue() < 2 || g.getValue() < MIN_SHARE * f.getValue() || !oneLetterApart(f.getKey(), g.getKey())) continue;
                if (only != null) { only = null; break; }
                only = g.getKey();
            }
            if (only != null) spelled.put(f.getKey(), only);
        }
        if (spelled.isEmpty()) return Map.of();
        Map<Integer, String> out = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            String r = spelled.get(tokens.get(i).text(text));
            if (r != null && candidate(tokens.get(i), tokens.get(i).text(text), isAbbreviation)) out.put(i, r);
        }
        return out;
    }

    private static boolean candidate(Token t, String w, Predicate<String> isAbbreviation) {
        if (t.kind() != Token.Kind.WORD || w.length() < MIN_LENGTH) return false;
        for (int i = 0; i < w.length(); i++) if (!Character.isUpperCase(w.charAt(i))) return false;
        return isAbbreviation.test(w);
    }

    private static boolean oneLetterApart(String a, String b) {
        if (a.length() != b.length() || a.equals(b)) return false;
        int diff = 0;
        for (int i = 0; i < a.length() && diff < 2; i++) if (a.charAt(i) != b.charAt(i)) diff++;
        return diff == 1;
    }
}

package vn.plans.restore;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import vn.plans.lexicon.Lexicon;

/**
 * A capital abbreviation Tesseract misread in one letter, on OCR pages only: TB-1894 writes {@code VLNCN} (vật liệu
 * nổ công nghiệp) on every few lines, and its scan reads three of them {@code VUNCN}. An abbreviation of at least
 * {@link #MIN_LENGTH} capitals that no syllable spells is taken for a misreading of another one on the same page that
 * differs from it in exactly one letter, when that one is the only such form and is printed at least
 * {@link #MIN_SHARE} times as often and at least twice; the page itself says how it spells the word. A form printed
 * as often as its neighbour, or an abbreviation alone on its page, stays as printed.
 *
 * <p>Frequency alone is no evidence: a page may use two real abbreviations one letter apart ({@code NSNN} and
 * {@code NHNN}, {@code PCTT} and {@code PCTN}). So the differing letter must be one Tesseract actually prints for the
 * page's ({@code [ocr_capital_confusions]} in the lexicon: L read as U, seen on TB-1894), and a Roman numeral
 * (only I V X L C D M: {@code VIII} beside {@code XIII}) is never repaired nor taken as the page's spelling, since
 * numerals one letter apart are different numbers.
 */
final class OcrAbbreviations {
    static final int MIN_LENGTH = 4;
    static final int MIN_SHARE = 2;
    /** "page's letter + printed letter" for each confusion of {@code [ocr_capital_confusions]}. */
    private static final Set<String> CONFUSIONS = confusions();
    private static final String ROMAN = "IVXLCDM";

    private OcrAbbreviations() {}

    private static Set<String> confusions() {
        Set<String> s = new HashSet<>();
        for (String e : Lexicon.standard().list("ocr_capital_confusions")) {
            String[] f = e.split("\\s*\\|\\s*");
            s.add(f[0].trim() + f[1].trim());
        }
        return Set.copyOf(s);
    }

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
                if (g.getValue() < 2 || g.getValue() < MIN_SHARE * f.getValue() || !misreadOf(f.getKey(), g.getKey())) continue;
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
        if (t.kind() != Token.Kind.WORD || w.length() < MIN_LENGTH || roman(w)) return false;
        for (int i = 0; i < w.length(); i++) if (!Character.isUpperCase(w.charAt(i))) return false;
        return isAbbreviation.test(w);
    }

    private static boolean roman(String w) {
        for (int i = 0; i < w.length(); i++) if (ROMAN.indexOf(w.charAt(i)) < 0) return false;
        return true;
    }

    /** {@code printed} is {@code spelled} with exactly one letter read as a known confusion of it. */
    static boolean misreadOf(String printed, String spelled) {
        if (printed.length() != spelled.length() || printed.equals(spelled)) return false;
        int diff = -1;
        for (int i = 0; i < printed.length(); i++) {
            if (printed.charAt(i) == spelled.charAt(i)) continue;
            if (diff >= 0) return false;
            diff = i;
        }
        return CONFUSIONS.contains("" + spelled.charAt(diff) + printed.charAt(diff));
    }
}

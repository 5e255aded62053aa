package vn.plans.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Restores capitals after a TCVN3 conversion. TCVN3 has no codes for capitals with a tone: text set in the
 * all-capitals fonts ({@code .VnTimeH}) uses the lower-case codes, so {@code HéI} converts to {@code HộI}.
 * Within a line, or a table cell of a {@code | a | b |} line, a word is put in capitals when
 * <ul>
 * <li>it has at least two ASCII capitals, no ASCII lower-case letter and a legacy code ({@code HéI}); or</li>
 * <li>all ASCII letters of its line or cell are capitals and most words there carry legacy codes
 *     ({@code Bé Y TÕ}); or</li>
 * <li>it has one ASCII capital and no lower-case, and the words on both sides are capitals words of the first
 *     kind ({@code HOµ X· HéI}).</li>
 * </ul>
 * The conversion maps one char to one char, so the converted text and the original line up position by position.
 */
final class CapitalWords {
    private CapitalWords() {}

    /** A word of the converted text with what decides its case. */
    private record Word(int from, int to, int asciiUpper, int asciiLower, boolean legacy, boolean letters) {
        boolean capsWord() { return asciiUpper >= 2 && asciiLower == 0 && legacy; }
    }

    static String restore(String converted, String original) {
        if (converted.length() != original.length()) return converted;
        StringBuilder out = new StringBuilder(converted);
        int start = 0;
        for (int i = 0; i <= converted.length(); i++) {
            if (i == converted.length() || converted.charAt(i) == '\n' || converted.charAt(i) == '|') {
                restoreSegment(out, original, start, i);
                start = i + 1;
            }
        }
        return out.toString();
    }

    private static void restoreSegment(StringBuilder text, String original, int from, int to) {
        List<Word> words = words(text, original, from, to);
        int asciiLetters = 0, asciiLower = 0, withLetters = 0, withLegacy = 0;
        for (Word w : words) {
            asciiLetters += w.asciiUpper() + w.asciiLower();
            asciiLower += w.asciiLower();
            if (w.letters()) withLetters++;
            if (w.letters() && w.legacy()) withLegacy++;
        }
        boolean capsSegment = asciiLetters >= 3 && asciiLower == 0 && withLegacy > 0 && withLegacy * 2 >= withLetters;
        for (int k = 0; k < words.size(); k++) {
            Word w = words.get(k);
            boolean between = w.asciiUpper() == 1 && w.asciiLower() == 0 && w.legacy() && k > 0 && k + 1 < words.size()
                    && words.get(k - 1).capsWord() && words.get(k + 1).capsWord();
            if (capsSegment || w.capsWord() || between) {
                for (int i = w.from(); i < w.to(); i++) text.setCharAt(i, Character.toUpperCase(text.charAt(i)));
            }
        }
    }

    private static List<Word> words(CharSequence text, String original, int from, int to) {
        List<Word> words = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (!Character.isLetterOrDigit(text.charAt(i))) { i++; continue; }
            int j = i;
            int upper = 0, lower = 0;
            boolean legacy = false, letters = false;
            while (j < to && Character.isLetterOrDigit(text.charAt(j))) {
                char c = text.charAt(j);
                if (c >= 'A' && c <= 'Z') upper++;
                else if (c >= 'a' && c <= 'z') lower++;
                letters |= Character.isLetter(c);
                legacy |= original.charAt(j) >= 0x80;
                j++;
            }
            words.add(new Word(i, j, upper, lower, legacy, letters));
            i = j;
        }
        return words;
    }
}

package vn.plans.restore;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.Predicate;
import vn.plans.normalize.Folding;
import vn.plans.normalize.Syllables;

/**
 * Decides per line whether text needs restoring, so that correct text is never touched. A line is
 * <em>stripped</em> when few of its words carry a Vietnamese mark, <em>garbled</em> when many of its words are not
 * Vietnamese syllables (OCR debris); upper-case abbreviations ({@code UBND}) count as neither. Short lines (fewer
 * than three words) follow the page: they are restored only when the page as a whole looks stripped or garbled.
 * On a garbled page (an OCR engine that prints one accent for many) marks prove little: a line there is decoded
 * when most of its words are unmarked or when any word is debris (neither a syllable nor a syllable's stripped
 * form: {@code ciia}, {@code b}, {@code s6}); the decoder then keeps what is right word by word.
 */
final class LineTriage {
    /** What to do with a line. */
    enum Mode { KEEP, STRIPPED, GARBLED }

    static final double STRIPPED_MAX_MARKED = 0.12, GARBLED_MIN_INVALID = 0.2;

    private LineTriage() {}

    /** Word statistics of a run of tokens. */
    record Counts(int words, int marked, int invalid, int unknown) {
        double markedShare() { return words == 0 ? 0 : (double) marked / words; }

        double invalidShare() { return words == 0 ? 0 : (double) invalid / words; }

        Mode mode(int minWords) {
            if (words < minWords) return Mode.KEEP;
            if (markedShare() <= STRIPPED_MAX_MARKED) return Mode.STRIPPED;
            if (invalidShare() >= GARBLED_MIN_INVALID) return Mode.GARBLED;
            return Mode.KEEP;
        }
    }

    /** {@code knownFold} says whether a stripped, lower-case word is some syllable's stripped form (not OCR debris). */
    static Counts count(String text, List<Token> tokens, int from, int to, Predicate<String> knownFold) {
        return count(text, tokens, from, to, knownFold, new HashMap<>());
    }

    private static final int WORD = 1, MARKED = 2, INVALID = 4, UNKNOWN = 8;

    /** {@code seen}: flags of words already classified in this text (syllable checks are the costly part). */
    private static Counts count(String text, List<Token> tokens, int from, int to, Predicate<String> knownFold,
            Map<String, Integer> seen) {
        int words = 0, marked = 0, invalid = 0, unknown = 0;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.kind() != Token.Kind.WORD && t.kind() != Token.Kind.NOISY_WORD) continue;
            if (SyllableTokenizer.isListLabel(text, tokens, i)) continue;
            String w = t.text(text);
            Integer f = seen.get(w);
            if (f == null) {
                f = flags(w, t.kind(), knownFold);
                seen.put(w, f);
            }
            if ((f & WORD) == 0) continue;
            words++;
            if ((f & MARKED) != 0) marked++;
            if ((f & INVALID) != 0) invalid++;
            if ((f & UNKNOWN) != 0) unknown++;
        }
        return new Counts(words, marked, invalid, unknown);
    }

    private static int flags(String w, Token.Kind kind, Predicate<String> knownFold) {
        boolean hasMark = false, upper = true, lower = false;
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (c > 0x7F && Character.isLetter(c)) hasMark = true;
            if (Character.isLowerCase(c)) { upper = false; lower = true; }
        }
        boolean valid = kind == Token.Kind.WORD && Syllables.isValid(w);
        if (!valid && upper && !lower && kind == Token.Kind.WORD && w.length() >= 2) return 0; // abbreviation
        int f = WORD;
        if (hasMark) f |= MARKED;
        if (!valid) f |= INVALID;
        if (!valid && (kind == Token.Kind.NOISY_WORD || !knownFold.test(Folding.fold(w.toLowerCase(Locale.ROOT))))) f |= UNKNOWN;
        return f;
    }

    /** The mode of each line ({@code lineStarts[i]} = index of the line's first token; a final sentinel). */
    static Mode[] triage(String text, List<Token> tokens, int[] lineStarts, Predicate<String> knownFold) {
        return triagePage(text, tokens, lineStarts, knownFold).lines();
    }

    /** The mode of the text as a whole and of each of its lines. */
    record Result(Mode page, Mode[] lines) {}

    static Result triagePage(String text, List<Token> tokens, int[] lineStarts, Predicate<String> knownFold) {
        int lines = lineStarts.length - 1;
        Map<String, Integer> seen = new HashMap<>();
        Counts[] counts = new Counts[lines];
        int words = 0, marked = 0, invalid = 0, unknown = 0;
        for (int l = 0; l < lines; l++) { // the lines partition the text: the page is their sum
            Counts c = counts[l] = count(text, tokens, lineStarts[l], lineStarts[l + 1], knownFold, seen);
            words += c.words;
            marked += c.marked;
            invalid += c.invalid;
            unknown += c.unknown;
        }
        Mode page = new Counts(words, marked, invalid, unknown).mode(1);
        Mode[] modes = new Mode[lines];
        for (int l = 0; l < lines; l++) {
            Counts c = counts[l];
            Mode m = c.mode(3);
            if (c.words > 0 && c.words < 3 && page != Mode.KEEP) {
                boolean fewMarks = c.markedShare() < 0.5;
                m = page == Mode.STRIPPED ? (fewMarks ? Mode.STRIPPED : Mode.KEEP)
                        : (fewMarks || c.invalid > 0 ? Mode.GARBLED : Mode.KEEP);
            }
            // on an OCR-garbled page, marks are no proof of a correct line: mostly unmarked words, or any debris, get decoded
            if (page == Mode.GARBLED && c.words >= 3
                    && (m == Mode.KEEP && (c.markedShare() < 0.6 || c.invalid > 0) || m == Mode.STRIPPED && c.unknown > 0)) {
                m = Mode.GARBLED;
            }
            modes[l] = m;
        }
        return new Result(page, modes);
    }
}

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
    static final double GARBLED_MIN_BAD_MARKS = 0.1, GARBLED_MIN_NOISY = 0.03, FOREIGN_MIN_UNKNOWN = 0.1;
    /**
     * Unmarked words that no syllable spells so but whose stripped form is a syllable's ({@code hien}, {@code Khuyen}):
     * this many make a line on a sound page a stripped run (its marked words are kept as printed).
     */
    static final int STRIPPED_RUN_MIN_INVALID = 2;
    /** On a page stripped as a whole, lines of Vietnamese full of foreign names are still Vietnamese. */
    static final double STRIPPED_PAGE_FOREIGN = 0.5;

    private LineTriage() {}

    /** Word statistics of a run of tokens. */
    record Counts(int words, int marked, int invalid, int unknown, int markedInvalid, int noisy, int strippedInvalid, int singles) {
        double markedShare() { return words == 0 ? 0 : (double) marked / words; }

        double invalidShare() { return words == 0 ? 0 : (double) invalid / words; }

        Counts plus(Counts o) {
            return new Counts(words + o.words, marked + o.marked, invalid + o.invalid, unknown + o.unknown,
                    markedInvalid + o.markedInvalid, noisy + o.noisy, strippedInvalid + o.strippedInvalid, singles + o.singles);
        }

        Mode mode(int minWords) {
            if (words < minWords) return Mode.KEEP;
            if (markedShare() <= STRIPPED_MAX_MARKED) return Mode.STRIPPED;
            if (invalidShare() >= GARBLED_MIN_INVALID) return Mode.GARBLED;
            return Mode.KEEP;
        }

        /**
         * The mode of a page as a whole. A page is garbled only when, besides many non-syllables, its marks
         * themselves are wrong (marked words that are no syllable: {@code hién}, {@code quyén}) or OCR debris sits
         * inside words ({@code s6}, {@code 10ng}): tables of codes, formulas, foreign names and stray letter
         * fragments in a born-digital text are invalid as syllables too, but their marked words are right.
         */
        Mode pageMode() {
            Mode m = mode(1);
            if (m != Mode.GARBLED) return m;
            return markedInvalid >= GARBLED_MIN_BAD_MARKS * marked || noisy >= GARBLED_MIN_NOISY * words ? m : Mode.KEEP;
        }

        /**
         * A stripped line in a foreign language: more than {@code share} of its words are neither syllables nor a
         * syllable's stripped form.
         */
        boolean foreign(double share) { return unknown > share * words; }
    }

    /** {@code knownFold} says whether a stripped, lower-case word is some syllable's stripped form (not OCR debris). */
    static Counts count(String text, List<Token> tokens, int from, int to, Predicate<String> knownFold) {
        return count(text, tokens, from, to, knownFold, new HashMap<>());
    }

    private static final int WORD = 1, MARKED = 2, INVALID = 4, UNKNOWN = 8, NOISY = 16;

    /** {@code seen}: flags of words already classified in this text (syllable checks are the costly part). */
    private static Counts count(String text, List<Token> tokens, int from, int to, Predicate<String> knownFold,
            Map<String, Integer> seen) {
        int words = 0, marked = 0, invalid = 0, unknown = 0, markedInvalid = 0, noisy = 0, strippedInvalid = 0, singles = 0;
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
            if ((f & (MARKED | INVALID)) == (MARKED | INVALID)) markedInvalid++;
            if ((f & NOISY) != 0) noisy++;
            if ((f & (MARKED | INVALID | UNKNOWN)) == INVALID) strippedInvalid++;
            if (w.length() == 1) singles++;
        }
        return new Counts(words, marked, invalid, unknown, markedInvalid, noisy, strippedInvalid, singles);
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
        int f = kind == Token.Kind.NOISY_WORD ? WORD | NOISY : WORD;
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
        Counts page = new Counts(0, 0, 0, 0, 0, 0, 0, 0);
        for (int l = 0; l < lines; l++) { // the lines partition the text: the page is their sum
            counts[l] = count(text, tokens, lineStarts[l], lineStarts[l + 1], knownFold, seen);
            page = page.plus(counts[l]);
        }
        Mode pageMode = page.pageMode();
        Mode[] modes = new Mode[lines];
        for (int l = 0; l < lines; l++) modes[l] = lineMode(counts[l], pageMode);
        return new Result(pageMode, modes);
    }

    private static Mode lineMode(Counts c, Mode page) {
        Mode m = c.mode(3);
        if (page == Mode.KEEP) { // a sound page: only a stripped line, or stripped run, of Vietnamese is worth restoring
            if (c.words - c.singles < 3) return Mode.KEEP; // letter fragments ("i dung sau") are no line of text
            boolean strippedRun = c.strippedInvalid >= STRIPPED_RUN_MIN_INVALID && c.unknown == 0;
            return m == Mode.STRIPPED && !c.foreign(FOREIGN_MIN_UNKNOWN) || strippedRun ? Mode.STRIPPED : Mode.KEEP;
        }
        if (c.words > 0 && c.words < 3) {
            boolean fewMarks = c.markedShare() < 0.5;
            m = page == Mode.STRIPPED ? (fewMarks ? Mode.STRIPPED : Mode.KEEP)
                    : (fewMarks || c.invalid > 0 ? Mode.GARBLED : Mode.KEEP);
        }
        if (page == Mode.STRIPPED) return m == Mode.STRIPPED && c.words >= 3 && c.foreign(STRIPPED_PAGE_FOREIGN) ? Mode.KEEP : m;
        // on an OCR-garbled page, marks are no proof of a correct line: mostly unmarked words, or any debris, get decoded
        if (c.words >= 3 && (m == Mode.KEEP && (c.markedShare() < 0.6 || c.invalid > 0) || m == Mode.STRIPPED && c.unknown > 0)) {
            m = Mode.GARBLED;
        }
        return m;
    }
}

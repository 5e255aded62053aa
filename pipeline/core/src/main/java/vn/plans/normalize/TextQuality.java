package vn.plans.normalize;

/**
 * How much a text looks like Vietnamese: the share of letters outside the Latin and Vietnamese alphabets, and the
 * share of lower-case alphabetic tokens that are not Vietnamese syllables. Used to tell a sound PDF text layer
 * from one mapped to the wrong code points, and OCR or exports that lost their diacritics.
 */
public record TextQuality(int letters, int foreignLetters, int words, int invalidWords, int markedWords,
                          int singleLetters, int gaps) {

    /**
     * A text layer is garbled when foreign letters or non-syllables dominate, when words fall apart into single
     * letters (glyphs without a Unicode mapping dropped: {@code S  Công Th ng}), or when the Vietnamese marks are
     * missing from most words while non-syllables pile up, or when whole words are missing mid-line (runs of
     * spaces where the words with unmapped glyphs were: {@code UBND  LÀO CAI  HOÀ XÃ     NAM}).
     */
    public boolean looksGarbled() {
        if (letters < 20) return false;
        if (foreignLetters > letters * 0.02) return true;
        if (words < 10) return false;
        return invalidWords > words * 0.25
                || singleLetters > words * 0.15
                || gaps > Math.max(3, words * 0.12)
                || (words >= 30 && markedShare() < 0.6 && invalidWords > words * 0.05);
    }

    /** Share of lower-case words that carry a Vietnamese diacritic (low for stripped text). */
    public double markedShare() {
        return words == 0 ? 0 : (double) markedWords / words;
    }

    public double invalidShare() {
        return words == 0 ? 0 : (double) invalidWords / words;
    }

    public static TextQuality of(String text) {
        int letters = 0, foreign = 0, words = 0, invalid = 0, marked = 0, single = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) { i++; continue; }
            int j = i;
            boolean allLetters = true;
            boolean anyLetter = false;
            boolean hasUpper = false;
            boolean hasMark = false;
            while (j < n) {
                char d = text.charAt(j);
                if (!Character.isLetterOrDigit(d)) break;
                if (Character.isLetter(d)) {
                    anyLetter = true;
                    letters++;
                    if (!isVietnameseOrLatin(d)) foreign++;
                    if (Character.isUpperCase(d)) hasUpper = true;
                    if (d > 0x7F) hasMark = true;
                } else {
                    allLetters = false;
                }
                j++;
            }
            if (j - i == 1 && anyLetter && !isVietnameseWordLetter(text.charAt(i))) single++;
            if (j - i >= 2 && anyLetter && !hasUpper) {
                words++;
                String w = text.substring(i, j);
                if (!allLetters || !Syllables.isValid(w)) invalid++;
                if (hasMark) marked++;
            }
            i = j;
        }
        return new TextQuality(letters, foreign, words, invalid, marked, single, countGaps(text));
    }

    /** Runs of two or more spaces between two words on the same line. */
    static int countGaps(String text) {
        int gaps = 0;
        int n = text.length();
        for (int i = 1; i < n - 2; i++) {
            if (text.charAt(i) != ' ' || text.charAt(i + 1) != ' ' || Character.isWhitespace(text.charAt(i - 1))) continue;
            int j = i;
            while (j < n && text.charAt(j) == ' ') j++;
            if (j < n && !Character.isWhitespace(text.charAt(j))) gaps++;
            i = j;
        }
        return gaps;
    }

    /** One-letter words of Vietnamese ("ở", "ý", "à") and list markers ("a", "b") are not a sign of damage. */
    private static boolean isVietnameseWordLetter(char c) {
        return "ởýàabcdđe".indexOf(Character.toLowerCase(c)) >= 0;
    }

    private static boolean isVietnameseOrLatin(char c) {
        if (c < 0x80) return true;
        Character.UnicodeBlock b = Character.UnicodeBlock.of(c);
        return b == Character.UnicodeBlock.LATIN_1_SUPPLEMENT || b == Character.UnicodeBlock.LATIN_EXTENDED_A
                || b == Character.UnicodeBlock.LATIN_EXTENDED_B || b == Character.UnicodeBlock.LATIN_EXTENDED_ADDITIONAL
                || b == Character.UnicodeBlock.COMBINING_DIACRITICAL_MARKS;
    }
}

package vn.plans.normalize;

/**
 * How much a text looks like Vietnamese: the share of letters outside the Latin and Vietnamese alphabets, and the
 * share of lower-case alphabetic tokens that are not Vietnamese syllables. Used to tell a sound PDF text layer
 * from one mapped to the wrong code points, and OCR or exports that lost their diacritics.
 */
public record TextQuality(int letters, int foreignLetters, int words, int invalidWords, int markedWords) {

    /** A text layer is garbled when foreign letters or non-syllables dominate. */
    public boolean looksGarbled() {
        if (letters < 20) return false;
        return foreignLetters > letters * 0.02 || (words >= 10 && invalidWords > words * 0.25);
    }

    /** Share of lower-case words that carry a Vietnamese diacritic (low for stripped text). */
    public double markedShare() {
        return words == 0 ? 0 : (double) markedWords / words;
    }

    public double invalidShare() {
        return words == 0 ? 0 : (double) invalidWords / words;
    }

    public static TextQuality of(String text) {
        int letters = 0, foreign = 0, words = 0, invalid = 0, marked = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '+' && c != '*') { i++; continue; }
            int j = i;
            boolean allLetters = true;
            boolean hasUpper = false;
            boolean hasMark = false;
            while (j < n) {
                char d = text.charAt(j);
                if (!Character.isLetterOrDigit(d) && d != '+' && d != '*') break;
                if (Character.isLetter(d)) {
                    letters++;
                    if (!isVietnameseOrLatin(d)) foreign++;
                    if (Character.isUpperCase(d)) hasUpper = true;
                    if (d > 0x7F) hasMark = true;
                } else {
                    allLetters = false;
                }
                j++;
            }
            if (j - i >= 2 && !hasUpper) {
                words++;
                String w = text.substring(i, j);
                if (!allLetters || !Syllables.isValid(w)) invalid++;
                if (hasMark) marked++;
            }
            i = j;
        }
        return new TextQuality(letters, foreign, words, invalid, marked);
    }

    private static boolean isVietnameseOrLatin(char c) {
        if (c < 0x80) return true;
        Character.UnicodeBlock b = Character.UnicodeBlock.of(c);
        return b == Character.UnicodeBlock.LATIN_1_SUPPLEMENT || b == Character.UnicodeBlock.LATIN_EXTENDED_A
                || b == Character.UnicodeBlock.LATIN_EXTENDED_B || b == Character.UnicodeBlock.LATIN_EXTENDED_ADDITIONAL
                || b == Character.UnicodeBlock.COMBINING_DIACRITICAL_MARKS;
    }
}

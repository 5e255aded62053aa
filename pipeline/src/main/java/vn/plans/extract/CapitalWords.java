package vn.plans.extract;

/**
 * Restores capitals after a TCVN3 conversion. TCVN3 has no codes for capitals with a tone: text set in the
 * all-capitals fonts ({@code .VnTimeH}) uses the lower-case codes, so {@code HéI} converts to {@code HộI}. A word
 * with at least two ASCII capitals and no ASCII lower-case letter, or any word of a line whose ASCII letters are
 * all capitals and whose words mostly carry legacy codes (chars above ASCII), is put in capitals. The conversion maps one char
 * to one char, so the converted text and the original line up position by position.
 */
final class CapitalWords {
    private CapitalWords() {}

    static String restore(String converted, String original) {
        if (converted.length() != original.length()) return converted;
        StringBuilder out = new StringBuilder(converted);
        int lineStart = 0;
        while (lineStart <= converted.length()) {
            int lineEnd = converted.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = converted.length();
            restoreLine(out, original, lineStart, lineEnd);
            lineStart = lineEnd + 1;
        }
        return out.toString();
    }

    private static void restoreLine(StringBuilder text, String original, int from, int to) {
        int asciiLetters = 0, asciiLower = 0, words = 0, convertedWords = 0;
        for (int i = from; i < to; ) {
            if (!Character.isLetterOrDigit(text.charAt(i))) { i++; continue; }
            int j = wordEnd(text, i, to);
            boolean hasLetter = false, changed = false;
            for (int k = i; k < j; k++) {
                char c = text.charAt(k);
                if (isAsciiLetter(c)) {
                    asciiLetters++;
                    if (Character.isLowerCase(c)) asciiLower++;
                }
                hasLetter |= Character.isLetter(c);
                changed |= original.charAt(k) >= 0x80;
            }
            if (hasLetter) {
                words++;
                if (changed) convertedWords++;
            }
            i = j;
        }
        boolean capsLine = asciiLetters >= 3 && asciiLower == 0 && convertedWords * 2 >= words && convertedWords > 0;
        for (int i = from; i < to; ) {
            if (!Character.isLetterOrDigit(text.charAt(i))) { i++; continue; }
            int j = wordEnd(text, i, to);
            if (capsLine || capsWord(text, original, i, j)) {
                for (int k = i; k < j; k++) text.setCharAt(k, Character.toUpperCase(text.charAt(k)));
            }
            i = j;
        }
    }

    private static boolean capsWord(CharSequence text, String original, int from, int to) {
        int upper = 0;
        boolean changed = false;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (isAsciiLetter(c)) {
                if (Character.isLowerCase(c)) return false;
                upper++;
            }
            changed |= original.charAt(k) >= 0x80;
        }
        return upper >= 2 && changed;
    }

    private static int wordEnd(CharSequence text, int from, int to) {
        int j = from;
        while (j < to && Character.isLetterOrDigit(text.charAt(j))) j++;
        return j;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}

package vn.plans.restore;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into syllable-sized tokens without ever merging across whitespace. Leading and trailing
 * punctuation is split off each whitespace-separated chunk; what remains is a {@link Token.Kind#WORD} when it is
 * letters only, a {@link Token.Kind#NUMBER} when digits dominate, a {@link Token.Kind#CODE} when it holds inner
 * separators ({@code 27/QĐ-TTg}, {@code KH-UBND}, {@code https://…}, {@code v.v}), and a
 * {@link Token.Kind#NOISY_WORD} when letters mix with a few digits or OCR symbols ({@code s6}, {@code K¢é},
 * {@code B6}, {@code B9}, {@code ¢6}, {@code S&}, {@code S6'} with the apostrophe OCR prints for the horn of {@code ơ}). Words joined by a hyphen ({@code dong-Thuong}) and a list number glued to its
 * word ({@code 5.Sé}) are split into words and punctuation; all-capital hyphenated codes ({@code KH-UBND}) are not.
 */
final class SyllableTokenizer {
    private SyllableTokenizer() {}

    /** Symbols OCR engines print for Vietnamese vowels with stacked marks. */
    static boolean isOcrDebris(char c) {
        return c == '¢' || c == '€' || c == '¥' || c == '£' || c == '§' || c == '&';
    }

    private static boolean isEdgePunct(char c) {
        return !Character.isLetterOrDigit(c) && !isOcrDebris(c);
    }

    static List<Token> tokenize(CharSequence s) {
        List<Token> out = new ArrayList<>(s.length() / 4 + 4);
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (Character.isWhitespace(s.charAt(i))) { i++; continue; }
            int j = i;
            while (j < n && !Character.isWhitespace(s.charAt(j))) j++;
            chunk(s, i, j, out);
            i = j;
        }
        return out;
    }

    private static void chunk(CharSequence s, int start, int end, List<Token> out) {
        int a = start;
        while (a < end && isEdgePunct(s.charAt(a))) {
            out.add(new Token(a, a + 1, Token.Kind.PUNCT));
            a++;
        }
        int b = end;
        while (b > a && isEdgePunct(s.charAt(b - 1))) b--;
        int horn = hornEnd(s, a, end);
        if (horn > 0) { // S6'Y tế: the apostrophe is the horn of ơ (Sở), and the space before Y was lost
            out.add(new Token(a, horn, Token.Kind.NOISY_WORD));
            if (horn < end) chunk(s, horn, end, out);
            return;
        }
        if (a < b) {
            Token.Kind kind = classify(s, a, b);
            // "86:" at a header's start is an OCR-misread label ("Số:"), not a number: a number never takes a colon
            if (kind == Token.Kind.NUMBER && b - a <= 2 && b < end && s.charAt(b) == ':' && (a == 0 || s.charAt(a - 1) == '\n')) {
                kind = Token.Kind.NOISY_WORD;
            }
            int label = kind == Token.Kind.CODE ? listLabelEnd(s, a, b) : -1;
            if (label > 0) { // 5.Sé Tw phap: a list number glued to its first word
                out.add(new Token(a, label - 1, Token.Kind.NUMBER));
                out.add(new Token(label - 1, label, Token.Kind.PUNCT));
                chunk(s, label, end, out);
                return;
            }
            if (kind == Token.Kind.CODE && isHyphenatedWords(s, a, b)) {
                for (int k = a; k < b; ) { // Lao dong-Thuong binh: words joined by a hyphen, not a code
                    int e = k;
                    while (e < b && s.charAt(e) != '-') e++;
                    out.add(new Token(k, e, Token.Kind.WORD));
                    if (e < b) out.add(new Token(e, e + 1, Token.Kind.PUNCT));
                    k = e + 1;
                }
            } else {
                out.add(new Token(a, b, kind));
            }
        }
        for (int k = b; k < end; k++) out.add(new Token(k, k + 1, Token.Kind.PUNCT));
    }

    /**
     * A list label: one letter right before {@code )} ({@code b)}, {@code (c)}), or opening its line right before
     * {@code .} or {@code -} ({@code đ- Xác minh}). Labels are not syllables to repair.
     */
    static boolean isListLabel(CharSequence s, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.end() - t.start() != 1 || !Character.isLetter(s.charAt(t.start())) || t.end() >= s.length()) return false;
        char next = s.charAt(t.end());
        if (next == ')') return true;
        boolean opensLine = t.start() == 0 || s.charAt(t.start() - 1) == '\n'
                || i > 0 && tokens.get(i - 1).kind() == Token.Kind.PUNCT && tokens.get(i - 1).start() == t.start() - 1
                        && s.charAt(t.start() - 1) == '(';
        return opensLine && (next == '.' || next == '-');
    }

    /** Where the word starts in {@code 5.Sé}/{@code 4,Cong} (one or two digits, '.' or ',', a capital), else -1. */
    static int listLabelEnd(CharSequence s, int a, int b) {
        int k = a;
        while (k < b && k - a < 2 && Character.isDigit(s.charAt(k))) k++;
        if (k == a || k + 1 >= b || (s.charAt(k) != '.' && s.charAt(k) != ',')) return -1;
        return Character.isUpperCase(s.charAt(k + 1)) ? k + 1 : -1;
    }

    /**
     * The end of {@code S6'} at {@code a}: letters, the {@code 6} OCR reads for {@code o} and an apostrophe right after
     * it, the horn of {@code ơ} ({@code S6'} for {@code Sở}), at a chunk's end or before a capital (a lost space:
     * {@code S6'Y}); else -1. A digit glued between letters and an apostrophe is in no number or code.
     */
    static int hornEnd(CharSequence s, int a, int end) {
        int k = a;
        while (k < end && Character.isLetter(s.charAt(k))) k++;
        if (k == a || k - a > 3 || k + 1 >= end || s.charAt(k) != '6' || !isApostrophe(s.charAt(k + 1))) return -1;
        int h = k + 2;
        return h == end || Character.isUpperCase(s.charAt(h)) || isEdgePunct(s.charAt(h)) && !isApostrophe(s.charAt(h)) ? h : -1;
    }

    private static boolean isApostrophe(char c) { return c == '\''; }

    /** Letter-only parts joined by single hyphens, at least one with a lower-case letter ({@code dong-Thuong}, not {@code KH-UBND}). */
    static boolean isHyphenatedWords(CharSequence s, int a, int b) {
        boolean lower = false;
        int part = 0;
        for (int k = a; k < b; k++) {
            char c = s.charAt(k);
            if (c == '-') {
                if (part == 0) return false;
                part = 0;
            } else if (Character.isLetter(c)) {
                part++;
                lower |= Character.isLowerCase(c);
            } else {
                return false;
            }
        }
        return part > 0 && lower;
    }

    static Token.Kind classify(CharSequence s, int a, int b) {
        int letters = 0, digits = 0, other = 0, debris = 0;
        for (int k = a; k < b; k++) {
            char c = s.charAt(k);
            if (Character.isLetter(c)) letters++;
            else if (Character.isDigit(c)) digits++;
            else if (isOcrDebris(c)) debris++;
            else other++;
        }
        if (other > 0) return letters == 0 ? Token.Kind.NUMBER : Token.Kind.CODE;
        if (letters == 0 && debris > 0 && digits == 1 && b - a == 2) return Token.Kind.NOISY_WORD; // ¢6 (có)
        if (letters == 0) return digits > 0 ? Token.Kind.NUMBER : Token.Kind.PUNCT;
        if (digits == 0 && debris == 0) return Token.Kind.WORD;
        int len = b - a;
        boolean lower = false;
        for (int k = a; k < b; k++) lower |= Character.isLowerCase(s.charAt(k));
        // B6, T6, B9: a capital and the 6 or 9 OCR reads for ô/ộ/ổ; other capitals with digits are codes (COVID19, H5N1, F0)
        if (!lower && digits > 0) {
            return b - a == 2 && (s.charAt(b - 1) == '6' || s.charAt(b - 1) == '9') ? Token.Kind.NOISY_WORD : Token.Kind.CODE;
        }
        // a syllable with one or two misread letters: s6, c6, 10ng, ph01, K¢é; longer mixes are codes (H5N1, COVID19)
        return len <= 7 && letters >= digits + debris && digits + debris <= 2 ? Token.Kind.NOISY_WORD : Token.Kind.CODE;
    }
}

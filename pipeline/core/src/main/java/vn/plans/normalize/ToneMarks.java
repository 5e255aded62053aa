package vn.plans.normalize;

import java.text.Normalizer;

/**
 * Canonical tone-mark placement for Vietnamese syllables ("traditional" style, the one most government
 * documents print: {@code hòa}, {@code Ủy}, {@code thủy}; with a final consonant the mark sits on the
 * second vowel in every style: {@code hoàn}, {@code tuyến}). A syllable's letters, case and marks are kept;
 * only which vowel carries the tone may move. Words that are not Vietnamese syllables pass unchanged.
 */
public final class ToneMarks {
    private ToneMarks() {}

    // Combining tone marks: grave, acute, hook above, tilde, dot below.
    private static final String TONES = "\u0300\u0301\u0309\u0303\u0323";

    /** NFC + canonical tone placement of every syllable in {@code text}. */
    public static String canonicalize(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = null;
        int n = nfc.length();
        int i = 0;
        while (i < n) {
            char c = nfc.charAt(i);
            if (!Character.isLetter(c)) {
                if (out != null) out.append(c);
                i++;
                continue;
            }
            int j = i;
            while (j < n && Character.isLetter(nfc.charAt(j))) j++;
            String word = nfc.substring(i, j);
            String fixed = canonicalSyllable(word);
            if (out == null && !fixed.equals(word)) {
                out = new StringBuilder(n);
                out.append(nfc, 0, i);
            }
            if (out != null) out.append(fixed);
            i = j;
        }
        return out == null ? nfc : out.toString();
    }

    /** Words already placed; only short words, the length of a syllable. */
    private static final Memo<String> MEMO = new Memo<>(200_000, ToneMarks::place);

    /** Canonical placement for one word of letters; returns it unchanged when it is not a marked syllable. */
    static String canonicalSyllable(String word) {
        return word.length() > 8 ? place(word) : MEMO.get(word);
    }

    private static String place(String word) {
        String nfd = Normalizer.normalize(word, Normalizer.Form.NFD);
        int tone = -1;
        int tonePos = -1;
        StringBuilder base = new StringBuilder(nfd.length());
        for (int k = 0; k < nfd.length(); k++) {
            char ch = nfd.charAt(k);
            int t = TONES.indexOf(ch);
            if (t >= 0) {
                if (tone >= 0) return word; // two tone marks: not a syllable
                tone = t;
                tonePos = base.length();
            } else {
                base.append(ch);
            }
        }
        if (tone < 0) return word;
        // base is NFD without tone; letters with quality marks (circumflex, breve, horn) still decomposed.
        String plain = Normalizer.normalize(base, Normalizer.Form.NFC);
        int target = toneVowelIndex(plain);
        if (target < 0) return word;
        // Map the char index in 'plain' (NFC) to a position in the NFD base: insert after the letter's marks.
        StringBuilder rebuilt = new StringBuilder(plain.length() + 1);
        for (int k = 0; k < plain.length(); k++) {
            rebuilt.append(plain.charAt(k));
            if (k == target) rebuilt.append(TONES.charAt(tone));
        }
        String result = Normalizer.normalize(rebuilt, Normalizer.Form.NFC);
        return result;
    }

    /** Index (in the NFC toneless syllable) of the vowel that carries the tone, or -1 if not a syllable. */
    static int toneVowelIndex(String s) {
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        int n = lower.length();
        int start = 0;
        // Initial consonant cluster; 'qu' and 'gi' (before a vowel) belong to the onset.
        while (start < n && !isVowel(lower.charAt(start))) start++;
        if (start == n) return -1;
        if (start > 0 && lower.charAt(start - 1) == 'q' && lower.charAt(start) == 'u') start++;
        else if (start > 0 && lower.charAt(start - 1) == 'g' && lower.charAt(start) == 'i'
                && start + 1 < n && isVowel(lower.charAt(start + 1))) start++;
        int end = start;
        while (end < n && isVowel(lower.charAt(end))) end++;
        if (end == start) {
            // "gì", "quỳ"-like onsets swallowed the only vowel: the mark goes on it.
            return start - 1;
        }
        for (int k = end; k < n; k++) if (isVowel(lower.charAt(k))) return -1; // vowel after consonant: not one syllable
        int len = end - start;
        if (len > 3) return -1;
        // A vowel with a quality mark carries the tone (for ươ the ơ).
        int marked = -1;
        for (int k = start; k < end; k++) {
            if ("âăêôơư".indexOf(lower.charAt(k)) >= 0) marked = k;
        }
        if (marked >= 0) return marked;
        if (len == 1) return start;
        boolean hasFinal = end < n;
        if (hasFinal) return end - 1;
        if (len == 3) return start + 1;
        return start; // two vowels, open syllable: traditional style (hòa, ủy, mía)
    }

    private static boolean isVowel(char c) {
        return "aăâeêioôơuưy".indexOf(c) >= 0;
    }
}

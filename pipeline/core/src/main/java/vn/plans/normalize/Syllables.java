package vn.plans.normalize;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Phonotactic check of Vietnamese syllables: onset + vowel cluster + final, with the rule that syllables closed
 * by {@code c ch p t} take only the acute or dot-below tone. It accepts every syllable of standard Vietnamese and
 * rejects mojibake ({@code 7+ѬѪ1*}), stripped-and-garbled OCR ({@code ciia}) and most foreign words.
 */
public final class Syllables {
    private Syllables() {}

    private static final String[] ONSETS = {"ngh", "ng", "gh", "gi", "kh", "nh", "ph", "th", "tr", "ch", "qu",
            "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", ""};
    private static final Set<String> OPEN_ONLY = Set.of("ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu",
            "oi", "ôi", "ơi", "ui", "ưa", "ưi", "ưu", "iêu", "oai", "oay", "oao", "oeo", "uây", "uôi", "uya", "uyu",
            "ươi", "ươu", "yêu", "ua", "uơ", "ya", "uai", "uay", "uêu");
    private static final Set<String> CLOSED_ONLY = Set.of("ă", "â", "iê", "oă", "uâ", "uô", "ươ", "yê", "uyê", "oo", "uă");
    private static final Set<String> BOTH = Set.of("a", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "oa", "oe", "uê",
            "uy", "ue", "uơ");
    private static final Set<String> FINALS = Set.of("", "c", "ch", "m", "n", "ng", "nh", "p", "t");

    /** Answers already computed, by word (every stage asks: look-alikes, split syllables, text quality, triage). */
    private static final Memo<Boolean> MEMO = new Memo<>(200_000, Syllables::check);

    /** True when {@code word} (any case, NFC or NFD) is a well-formed Vietnamese syllable. */
    public static boolean isValid(String word) {
        if (word.isEmpty() || word.length() > 8) return false;
        return MEMO.get(word);
    }

    private static boolean check(String word) {
        String nfd = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        int tone = 0;
        StringBuilder base = new StringBuilder(nfd.length());
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            switch (c) {
                case '\u0300', '\u0309', '\u0303' -> { if (tone != 0) return false; tone = 1; }
                case '\u0301', '\u0323' -> { if (tone != 0) return false; tone = 2; }
                default -> base.append(c);
            }
        }
        String s = Normalizer.normalize(base, Normalizer.Form.NFC);
        for (String onset : ONSETS) {
            if (!s.startsWith(onset)) continue;
            String rest = s.substring(onset.length());
            if (onset.equals("gi") && (rest.isEmpty() || !startsWithVowel(rest))) rest = "i" + rest;
            if (onset.equals("qu") && rest.isEmpty()) continue;
            if (rhymeOk(rest, tone)) return true;
        }
        return false;
    }

    private static boolean startsWithVowel(String s) {
        return "aăâeêioôơuưy".indexOf(s.charAt(0)) >= 0;
    }

    private static boolean rhymeOk(String rhyme, int tone) {
        int v = 0;
        while (v < rhyme.length() && "aăâeêioôơuưy".indexOf(rhyme.charAt(v)) >= 0) v++;
        if (v == 0) return false;
        String nucleus = rhyme.substring(0, v);
        String fin = rhyme.substring(v);
        if (!FINALS.contains(fin)) return false;
        boolean open = fin.isEmpty();
        if (open ? !(OPEN_ONLY.contains(nucleus) || BOTH.contains(nucleus))
                : !(CLOSED_ONLY.contains(nucleus) || BOTH.contains(nucleus))) {
            return false;
        }
        boolean stop = fin.equals("c") || fin.equals("ch") || fin.equals("p") || fin.equals("t");
        return !stop || tone == 2;
    }
}

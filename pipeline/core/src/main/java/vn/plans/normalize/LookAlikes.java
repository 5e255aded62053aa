package vn.plans.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One normalization of look-alike characters inside Vietnamese words, for text layers and old converters that
 * print one code point for another: {@code ƣ} (U+01A3) for {@code ư} ({@code Thƣơng}), {@code Ð} (U+00D0) for
 * {@code Đ}, a Cyrillic {@code а} inside {@code củа}, a Cyrillic {@code с)} as a list letter; {@code HÕA} for
 * {@code HÒA} in the same converter's text (it prints {@code ƣ} too; {@code hõa} is no Vietnamese word); and the
 * syllables an old OCR layer split apart ({@code V iệ t}, {@code tả i}) joined again. The table of characters is
 * the resource {@code lookalikes.tsv}. A change is made only where the result is a valid syllable
 * ({@link Syllables}) and, for the Cyrillic and Greek letters, only inside a word that also has Latin letters, so
 * a Greek {@code α} in {@code α-pinene} stays. Split syllables are joined only on a text that shows at least
 * {@value #MIN_SPLITS} of them (a split layer), and only when the joined form is a valid syllable and a part is
 * not. Callers keep the printed form ({@code printed_text}) beside the normalized one.
 */
public final class LookAlikes {
    static final int MIN_SPLITS = 3;
    private static final Map<Character, Character> ALWAYS = new HashMap<>();
    private static final Map<Character, Character> IN_WORD = new HashMap<>();
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    private static final Pattern LIST_LETTER = Pattern.compile("(?m)(^|\\s)(\\p{L})(\\d{0,2}\\))");
    private static final Pattern HOA = Pattern.compile("(?<![\\p{L}])([Hh])([Õõ])([Aa])(?![\\p{L}])");
    /**
     * Two or three letter runs separated by single spaces on one line: the candidates for a split syllable, the
     * matches of {@code (?<![\p{L}\p{M}\p{N}])([\p{L}\p{M}]+) ([\p{L}\p{M}]+)(?: ([\p{L}\p{M}]+))?(?![\p{L}\p{M}\p{N}])}
     * as {@link Matcher#find(int)} finds them, found by {@link #nextSplit} without the regex: run on every word pair
     * of every page, the regex (its find and groups) was 7% of the samples of a fresh C1 JVM running the pipeline
     * over the 104 digital corpus-real files (JFR). The test holds the scan to the regex.
     */
    static final String SPLIT = "(?<![\\p{L}\\p{M}\\p{N}])([\\p{L}\\p{M}]+) ([\\p{L}\\p{M}]+)(?: ([\\p{L}\\p{M}]+))?(?![\\p{L}\\p{M}\\p{N}])";

    /** The characters of both tables, for the scan of every page that finds none (no boxing, no hashing per character). */
    private static final java.util.BitSet KEYS = new java.util.BitSet(1 << 16);
    /** The in-word table's characters: a text without any has no list letter to change ({@link #listLetters}). */
    private static final java.util.BitSet IN_WORD_KEYS = new java.util.BitSet(1 << 16);

    static {
        load();
        for (char c : ALWAYS.keySet()) KEYS.set(c);
        for (char c : IN_WORD.keySet()) IN_WORD_KEYS.set(c);
        KEYS.or(IN_WORD_KEYS);
    }

    private LookAlikes() {
    }

    /** The text with its look-alike characters and split syllables normalized; the same string when none. */
    public static String normalize(String text) {
        String out = characters(text);
        if (out.indexOf('ư') >= 0 || out.indexOf('Ư') >= 0) {
            if (text.indexOf('ƣ') >= 0 || text.indexOf('Ƣ') >= 0) out = hoa(out);
        }
        return joinSplits(out);
    }

    private static String characters(String text) {
        if (!any(text, KEYS)) return text;
        StringBuilder out = new StringBuilder(text.length());
        Matcher m = WORD.matcher(text);
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start());
            String w = m.group();
            out.append(any(w, KEYS) ? word(w) : w); // a word without a look-alike is itself
            last = m.end();
        }
        out.append(text, last, text.length());
        String words = out.toString();
        return any(words, IN_WORD_KEYS) ? listLetters(words) : words;
    }

    private static boolean any(String text, java.util.BitSet keys) {
        for (int i = 0; i < text.length(); i++) if (keys.get(text.charAt(i))) return true;
        return false;
    }

    private static String word(String w) {
        StringBuilder fixed = new StringBuilder(w.length());
        boolean latin = false, foreign = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            Character a = ALWAYS.get(c);
            Character b = IN_WORD.get(c);
            if (a != null) fixed.append(a.charValue());
            else if (b != null) { fixed.append(b.charValue()); foreign = true; }
            else { fixed.append(c); if (isLatin(c)) latin = true; }
        }
        String f = fixed.toString();
        if (foreign && !(latin && Syllables.isValid(f))) {
            // keep the Cyrillic or Greek letters, still fixing the "always" ones
            StringBuilder keep = new StringBuilder(w.length());
            for (int i = 0; i < w.length(); i++) {
                Character a = ALWAYS.get(w.charAt(i));
                keep.append(a != null ? a.charValue() : w.charAt(i));
            }
            return keep.toString();
        }
        return f;
    }

    /** A lone Cyrillic or Greek letter used as a list letter ({@code с)}, {@code а3)}) is the Latin one. */
    private static String listLetters(String text) {
        Matcher m = LIST_LETTER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Character latin = IN_WORD.get(m.group(2).charAt(0));
            String letter = latin == null ? m.group(2) : String.valueOf(latin.charValue());
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + letter + m.group(3)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String hoa(String text) {
        Matcher m = HOA.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String o = m.group(2).equals("Õ") ? "Ò" : "ò";
            m.appendReplacement(out, m.group(1) + o + m.group(3));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Joins split syllables on a split layer: one that shows at least {@value #MIN_SPLITS} strict joins
     * ({@code V iệ t}); on such a layer lone letters count as parts too ({@code tả i}), elsewhere they are words or
     * variables ({@code thứ i}).
     */
    private static String joinSplits(String text) {
        List<int[]> strict = joins(text, false);
        if (strict.size() < MIN_SPLITS) return text;
        List<int[]> joins = joins(text, true);
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        for (int[] j : joins) {
            out.append(text, last, j[0]);
            for (int k = j[0]; k < j[1]; k++) if (text.charAt(k) != ' ') out.append(text.charAt(k));
            last = j[1];
        }
        return out.append(text, last, text.length()).toString();
    }

    private static List<int[]> joins(String text, boolean lenient) {
        List<int[]> joins = new ArrayList<>();
        int[] r = new int[6];
        int from = 0;
        while (from < text.length() && nextSplit(text, from, r)) {
            String a = text.substring(r[0], r[1]), b = text.substring(r[2], r[3]);
            if (r[4] >= 0 && splitSyllable(lenient, a, b, text.substring(r[4], r[5]))) {
                joins.add(new int[] {r[0], r[5]});
                from = r[5];
            } else if (splitSyllable(lenient, a, b)) {
                joins.add(new int[] {r[0], r[3]});
                from = r[3];
            } else {
                from = r[1] + 1;
            }
        }
        return joins;
    }

    /**
     * The next match of {@link #SPLIT} starting at or after {@code from}, as the regex finds it: the leftmost start
     * whose character before (one char, as the regex's look-behind reads it) is no letter, mark or digit, and runs
     * of letters and marks (code points) that are maximal, since a shorter run is followed by a letter where the
     * pattern needs the space or the boundary. Fills {@code runs} with the start and end of the two runs, and of the
     * third ({@code -1, -1} without one).
     */
    static boolean nextSplit(String text, int from, int[] runs) {
        int n = text.length();
        for (int s = from; s < n; s++) {
            if (s > 0) {
                char before = text.charAt(s - 1);
                if (!Character.isSurrogate(before) && letterMarkOrDigit(before)) continue;
            }
            int e1 = run(text, s);
            if (e1 == s || e1 >= n || text.charAt(e1) != ' ') continue;
            int e2 = run(text, e1 + 1);
            if (e2 == e1 + 1) continue;
            if (e2 < n && text.charAt(e2) == ' ') {
                int e3 = run(text, e2 + 1);
                if (e3 > e2 + 1 && !boundaryFails(text, e3)) {
                    runs[0] = s; runs[1] = e1; runs[2] = e1 + 1; runs[3] = e2; runs[4] = e2 + 1; runs[5] = e3;
                    return true;
                }
            }
            if (boundaryFails(text, e2)) continue;
            runs[0] = s; runs[1] = e1; runs[2] = e1 + 1; runs[3] = e2; runs[4] = -1; runs[5] = -1;
            return true;
        }
        return false;
    }

    /** The end of the run of letters and marks ({@code [\p{L}\p{M}]+}, by code point) from {@code i}; i when none. */
    private static int run(String text, int i) {
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int t = Character.getType(cp);
            if (t < Character.UPPERCASE_LETTER || t > Character.COMBINING_SPACING_MARK) break;
            i += Character.charCount(cp);
        }
        return i;
    }

    /** The look-ahead {@code (?![\p{L}\p{M}\p{N}])} at {@code i} fails: a letter, mark or digit follows. */
    private static boolean boundaryFails(String text, int i) {
        if (i >= text.length()) return false;
        int t = Character.getType(text.codePointAt(i));
        return t >= Character.UPPERCASE_LETTER && t <= Character.OTHER_NUMBER;
    }

    private static boolean letterMarkOrDigit(char c) {
        int t = Character.getType(c);
        return t >= Character.UPPERCASE_LETTER && t <= Character.OTHER_NUMBER;
    }

    /**
     * The joined form is a syllable, in one case pattern, and a part is no syllable: strictly, a part of two or
     * more letters ({@code iệ}) or one of three parts; leniently (on a split layer) any part, or a lone {@code i}.
     * A lone consonant after a word ({@code thứ n}, a variable) is no evidence of a split.
     */
    private static boolean splitSyllable(boolean lenient, String... parts) {
        // the parts first: on ordinary text both words of a pair are syllables, and the pair is rejected without
        // building and checking the joined form (a new string each time; the conditions are pure, so the order
        // changes no answer)
        boolean partEvidence = false;
        for (String p : parts) {
            if (!Syllables.isValid(p) && (lenient || p.length() >= 2 || parts.length == 3) || lenient && p.equals("i")) {
                partEvidence = true;
                break;
            }
        }
        if (!partEvidence) return false;
        String whole = String.join("", parts);
        if (!Syllables.isValid(whole)) return false;
        String lower = whole.toLowerCase(Locale.ROOT);
        String upper = whole.toUpperCase(Locale.ROOT);
        boolean capitalized = whole.substring(1).equals(lower.substring(1));
        return whole.equals(lower) || whole.equals(upper) || capitalized;
    }

    private static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7)
                || (c >= 0x1E00 && c <= 0x1EFF);
    }

    private static void load() {
        try (InputStream in = LookAlikes.class.getResourceAsStream("lookalikes.tsv")) {
            if (in == null) throw new IllegalStateException("lookalikes.tsv missing from the classpath");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                (f[2].equals("always") ? ALWAYS : IN_WORD).put(f[0].charAt(0), f[1].charAt(0));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

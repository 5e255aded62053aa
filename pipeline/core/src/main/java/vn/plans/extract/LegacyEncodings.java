package vn.plans.extract;

import java.util.Locale;
import vn.plans.normalize.Syllables;
import vn.plans.normalize.TextQuality;

/**
 * Detection and conversion of Vietnamese text in the pre-Unicode 8-bit encodings TCVN3 (ABC, fonts {@code .VnTime})
 * and VNI (fonts {@code VNI-Times}), as it arrives from old Word files through Tika (one char per legacy byte, read
 * as Windows-1252). The tables are resources ({@code tcvn3.tsv}, {@code vni.tsv}).
 * <p>Detection is conservative: a text is converted only when it has many chars of the legacy ranges, almost no
 * letters that only Unicode Vietnamese has ({@code ơ ư đ ạ ả ấ...}), and its conversion reads as Vietnamese far
 * better ({@link TextQuality}: share of lower-case words that are not Vietnamese syllables) than the text as given.
 * Unicode Vietnamese, French and English text are returned unchanged. A text that mixes Unicode and legacy
 * paragraphs has its legacy lines judged together and converted line by line; lines with a letter only Unicode has
 * are never touched.
 * <p>TCVN3 has no codes for capitals with a tone: the all-capitals fonts ({@code .VnTimeH}) draw the lower-case
 * codes as capitals. After conversion, words written in ASCII capitals ({@code HéI} → {@code HỘI}) and lines that
 * are all capitals ({@code Bé Y TÕ} → {@code BỘ Y TẾ}) are therefore put in capitals; a lone capital with a tone
 * in a mixed-case word cannot be told from the lower-case letter and stays lower case.
 */
public final class LegacyEncodings {
    private LegacyEncodings() {}

    public static final String TCVN3 = "TCVN3";
    public static final String VNI = "VNI";

    private static final LegacyTable TCVN3_TABLE = LegacyTable.load(TCVN3, "tcvn3.tsv", false);
    private static final LegacyTable VNI_TABLE = LegacyTable.load(VNI, "vni.tsv", true);

    /** Below this many legacy-range chars a text is too short to judge and is left alone. */
    static final int MIN_LEGACY_CHARS = 8;
    /** Legacy-range chars per letter: Vietnamese in TCVN3 or VNI has about one per syllable; French far fewer. */
    static final double MIN_LEGACY_SHARE = 0.06;
    /** Letters found only in Unicode Vietnamese, per letter: above this the text is Unicode already. */
    static final double MAX_UNICODE_SHARE = 0.01;
    /** The converted text must be mostly Vietnamese syllables... */
    static final double MAX_CONVERTED_INVALID = 0.2;
    /** ...and this much better than the text as given. */
    static final double MIN_GAIN = 0.2;

    /** Detection scores at most this many chars (the opening of the text): a book-length text takes no longer. */
    static final int PROBE_CHARS = 40_000;

    /** The converted text and the encoding that was detected ({@code null}: Unicode already, text unchanged). */
    public record Result(String text, String encoding) {}

    public static Result convert(String text) {
        if (text == null || text.isEmpty()) return new Result(text, null);
        String encoding = detect(text);
        if (encoding != null) return new Result(convert(text, encoding), encoding);
        return convertMixed(text);
    }

    /**
     * A document that mixes Unicode paragraphs with legacy ones (an old template, a pasted section): the lines
     * that could be legacy (legacy-range chars, no Unicode-only letter) are judged together, and each is converted
     * only when that leaves fewer words that are not syllables: a tie, as for a short Unicode line like
     * {@code Thông tin} (TCVN3 would read {@code Thụng tin}), keeps the line as it is.
     */
    private static Result convertMixed(String text) {
        String[] lines = text.split("\n", -1);
        StringBuilder candidates = new StringBuilder();
        boolean[] candidate = new boolean[lines.length];
        int count = 0;
        for (int i = 0; i < lines.length; i++) {
            candidate[i] = !hasUnicodeOnlyLetter(lines[i]) && hasLegacyChar(lines[i]);
            if (candidate[i]) {
                candidates.append(lines[i]).append('\n');
                count++;
            }
        }
        boolean allOrNothing = count == 0 || count == lines.length; // then the whole text was judged already
        if (allOrNothing) return new Result(text, null);
        String encoding = detect(candidates.toString());
        if (encoding == null) return new Result(text, null);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) out.append('\n');
            String line = lines[i];
            if (candidate[i]) {
                String converted = convertLine(line, table(encoding));
                if (invalidWords(converted) < invalidWords(line)) line = converted;
            }
            out.append(line);
        }
        return new Result(out.toString(), encoding);
    }

    /** The encoding {@code text} is written in, or null when it is not (clearly) legacy text. */
    private static String detect(String text) {
        if (!looksLegacy(text)) return null;
        String probe = probe(text);
        TextQuality before = TextQuality.of(probe);
        String best = null;
        TextQuality bestQ = null;
        for (LegacyTable t : new LegacyTable[] {TCVN3_TABLE, VNI_TABLE}) {
            TextQuality q = TextQuality.of(convert(probe, t.name()));
            if (bestQ == null || q.invalidShare() < bestQ.invalidShare()) {
                best = t.name();
                bestQ = q;
            }
        }
        boolean good = bestQ.words() >= 5 && bestQ.invalidShare() <= MAX_CONVERTED_INVALID
                && bestQ.foreignLetters() == 0 && gain(before, bestQ) >= MIN_GAIN;
        return good ? best : null;
    }

    /** The opening of a long text, cut at a line end: enough to score the encodings on. */
    static String probe(String text) {
        if (text.length() <= PROBE_CHARS) return text;
        int cut = text.lastIndexOf('\n', PROBE_CHARS);
        return text.substring(0, cut > PROBE_CHARS / 2 ? cut : PROBE_CHARS);
    }

    /**
     * Converts {@code text} from the named encoding ({@link #TCVN3} or {@link #VNI}, any case) to Unicode NFC,
     * without detection. Lines holding a letter that only Unicode has ({@code ơ ư đ ạ...}: no legacy byte reads as
     * one) are Unicode already and are left as they are.
     */
    public static String convert(String text, String encoding) {
        LegacyTable t = table(encoding);
        if (text.indexOf('\n') < 0) return hasUnicodeOnlyLetter(text) ? text : convertLine(text, t);
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) out.append('\n');
            out.append(hasUnicodeOnlyLetter(lines[i]) ? lines[i] : convertLine(lines[i], t));
        }
        return out.toString();
    }

    private static String convertLine(String line, LegacyTable t) {
        String out = t.decode(line);
        return t == TCVN3_TABLE ? CapitalWords.restore(out, line) : out;
    }

    /** Unicode to the named legacy encoding, one char per byte as Windows-1252 reads it (for test material). */
    public static String encode(String unicode, String encoding) {
        return table(encoding).encode(java.text.Normalizer.normalize(unicode, java.text.Normalizer.Form.NFC));
    }

    private static LegacyTable table(String encoding) {
        return switch (encoding.toUpperCase(Locale.ROOT)) {
            case TCVN3, "ABC", "TCVN" -> TCVN3_TABLE;
            case VNI -> VNI_TABLE;
            default -> throw new IllegalArgumentException("unknown legacy encoding " + encoding);
        };
    }

    /** How much better the converted text reads: fewer non-syllables, or more words at all (legacy bytes split words). */
    private static double gain(TextQuality before, TextQuality after) {
        double invalidGain = before.invalidShare() - after.invalidShare();
        double wordGain = before.words() == 0 ? 1 : (double) (after.words() - before.words()) / after.words();
        return Math.max(invalidGain, wordGain);
    }

    /** Many legacy-range chars and almost no Unicode-only Vietnamese letters. */
    static boolean looksLegacy(String text) {
        int letters = 0, legacy = 0, unicodeOnly = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean isLegacy = TCVN3_TABLE.isLegacyChar(c) || VNI_TABLE.isLegacyChar(c);
            if (Character.isLetter(c) || isLegacy) letters++;
            if (isLegacy) legacy++;
            if (isUnicodeOnlyVietnamese(c)) unicodeOnly++;
        }
        return legacy >= MIN_LEGACY_CHARS && legacy >= letters * MIN_LEGACY_SHARE && unicodeOnly <= letters * MAX_UNICODE_SHARE;
    }

    /** Words of two or more chars, any case, that are not Vietnamese syllables (legacy codes split or spoil words). */
    static int invalidWords(String s) {
        int invalid = 0;
        int i = 0;
        while (i < s.length()) {
            if (!isWordChar(s.charAt(i))) { i++; continue; }
            int j = i;
            while (j < s.length() && isWordChar(s.charAt(j))) j++;
            if (j - i >= 2 && !Syllables.isValid(s.substring(i, j))) invalid++;
            i = j;
        }
        return invalid;
    }

    /** Letters, and the non-letter chars that TCVN3 and VNI use as letters ({@code ¸ µ ·}...). */
    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || (c >= 0xA0 && c <= 0xFF && TCVN3_TABLE.isLegacyChar(c));
    }

    private static boolean hasUnicodeOnlyLetter(String s) {
        for (int i = 0; i < s.length(); i++) if (isUnicodeOnlyVietnamese(s.charAt(i))) return true;
        return false;
    }

    private static boolean hasLegacyChar(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (TCVN3_TABLE.isLegacyChar(c) || VNI_TABLE.isLegacyChar(c)) return true;
        }
        return false;
    }

    /** ă đ ĩ ũ ơ ư and the Latin Extended Additional letters, and combining marks: none is in Windows-1252. */
    private static boolean isUnicodeOnlyVietnamese(char c) {
        return c == 'ă' || c == 'Ă' || c == 'đ' || c == 'Đ' || c == 'ĩ' || c == 'Ĩ' || c == 'ũ' || c == 'Ũ'
                || c == 'ơ' || c == 'Ơ' || c == 'ư' || c == 'Ư' || (c >= 0x1EA0 && c <= 0x1EF9) || (c >= 0x0300 && c <= 0x0323);
    }
}

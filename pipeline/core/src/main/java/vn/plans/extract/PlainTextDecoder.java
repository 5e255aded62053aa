package vn.plans.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.plans.normalize.Syllables;
import vn.plans.model.FailureReason;

/**
 * The charset of a plain-text file, chosen by what Vietnamese needs: a byte-order mark decides (UTF-8, UTF-16 LE or
 * BE); UTF-16 without BOM shows as zero bytes on one side of most pairs; bytes that are valid UTF-8 are UTF-8 (and
 * {@link LegacyEncodings} still converts TCVN3 or VNI text that happens to be valid UTF-8, as for every other
 * format); otherwise Windows-1258, TCVN3 and VNI are each scored by the share of words that are valid Vietnamese
 * syllables ({@link Syllables}) and the best wins. Text that is not Vietnamese at all (English, codes) and decodes
 * as UTF-8 stays UTF-8. A file whose letters are mostly outside ASCII but that no
 * candidate turns into Vietnamese is mojibake in every reading and fails with that reason instead of being decoded
 * wrongly and "restored".
 */
final class PlainTextDecoder {
    static final Charset WINDOWS_1258 = Charset.forName("windows-1258");
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Bytes scored per candidate: enough for a verdict, and a long file takes no longer. */
    static final int PROBE_BYTES = 64 * 1024;
    /** Share of valid syllables the best reading must reach when the text is not plain ASCII. */
    static final double MIN_VIETNAMESE = 0.5;
    static final int MIN_WORDS = 20;

    /** The text and the charset it was read in (for the document's warnings; TCVN3 or VNI when converted). */
    record Decoded(String text, String charset) {}

    private record Candidate(String name, String text, double valid, int words) {}

    private PlainTextDecoder() {
    }

    static Decoded decode(byte[] bytes) throws ExtractionException {
        Decoded bom = byBom(bytes);
        if (bom != null) return bom;
        byte[] probe = bytes.length <= PROBE_BYTES ? bytes : java.util.Arrays.copyOf(bytes, PROBE_BYTES);
        List<Candidate> candidates = new ArrayList<>();
        Charset utf16 = utf16WithoutBom(probe);
        String utf8 = utf16 == null ? strictUtf8(probe) : null;
        if (utf16 != null) {
            candidates.add(score(utf16 == StandardCharsets.UTF_16LE ? "UTF-16LE" : "UTF-16BE", new String(probe, utf16)));
        } else if (utf8 != null) {
            if (doubleEncoded(utf8)) {
                throw new ExtractionException(FailureReason.Cause.CORRUPT, "plain text is mojibake: UTF-8 that was read as Windows-1252 and saved as "
                        + "UTF-8 again (\"" + firstMarked(utf8) + "\"); no encoding reads it as Vietnamese");
            }
            // valid UTF-8 is UTF-8 (legacy text typed as ASCII-range bytes is LegacyEncodings' to judge, as before)
            candidates.add(score("UTF-8", LegacyEncodings.convert(utf8).text()));
        } else {
            candidates.add(score("windows-1258", new String(probe, WINDOWS_1258)));
            String latin = new String(probe, WINDOWS_1252);
            candidates.add(score(LegacyEncodings.TCVN3, LegacyEncodings.convert(latin, LegacyEncodings.TCVN3)));
            candidates.add(score(LegacyEncodings.VNI, LegacyEncodings.convert(latin, LegacyEncodings.VNI)));
        }
        Candidate best = null;
        for (Candidate c : candidates) if (best == null || c.valid() > best.valid() + 1e-9) best = c;
        if (best == null) throw new ExtractionException(FailureReason.Cause.UNSUPPORTED, "plain text in no known encoding");
        boolean unicode = best.name().startsWith("UTF");
        if (best.words() >= MIN_WORDS && best.valid() < MIN_VIETNAMESE && !(unicode && mostlyAscii(best.text()))) {
            throw new ExtractionException(FailureReason.Cause.CORRUPT, String.format(Locale.ROOT,
                    "plain text is mojibake in every encoding tried (UTF-8, UTF-16, Windows-1258, TCVN3, VNI): "
                            + "at best %.0f%% valid Vietnamese syllables (%s)", 100 * best.valid(), best.name()));
        }
        if (best.name().equals("UTF-8")) {
            LegacyEncodings.Result r = LegacyEncodings.convert(nfc(new String(bytes, StandardCharsets.UTF_8)));
            return new Decoded(r.text(), r.encoding() == null ? "UTF-8" : r.encoding());
        }
        return new Decoded(full(bytes, best.name()), best.name());
    }

    private static Decoded byBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new Decoded(nfc(new String(b, 3, b.length - 3, StandardCharsets.UTF_8)), "UTF-8");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new Decoded(nfc(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE)), "UTF-16LE");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new Decoded(nfc(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE)), "UTF-16BE");
        }
        return null;
    }

    /** UTF-16 text without a BOM: most of the high bytes (ASCII letters, spaces, digits) are zero on one side. */
    static Charset utf16WithoutBom(byte[] b) {
        int pairs = b.length / 2;
        if (pairs < 8) return null;
        int evenZero = 0, oddZero = 0;
        for (int i = 0; i + 1 < b.length; i += 2) {
            if (b[i] == 0) evenZero++;
            if (b[i + 1] == 0) oddZero++;
        }
        Charset cs = oddZero > pairs * 0.3 && evenZero < pairs * 0.05 ? StandardCharsets.UTF_16LE
                : evenZero > pairs * 0.3 && oddZero < pairs * 0.05 ? StandardCharsets.UTF_16BE : null;
        return cs != null && printable(new String(b, 0, pairs * 2, cs)) ? cs : null;
    }

    /** Text, not binary data with zeros on one side: letters, digits, spaces and punctuation, no control codes. */
    private static boolean printable(String s) {
        int good = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t' || (!Character.isISOControl(c) && Character.isDefined(c)
                    && !Character.isSurrogate(c) && c != 0xFFFD)) good++;
        }
        return good >= s.length() * 0.98;
    }

    private static String strictUtf8(byte[] probe) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(probe)).toString();
        } catch (CharacterCodingException e) {
            // a probe cut inside a multi-byte sequence: judge the part before it (the cut may fall right after the
            // lead byte, with no continuation byte yet)
            int cut = probe.length;
            while (cut > 0 && cut > probe.length - 4 && (probe[cut - 1] & 0xC0) == 0x80) cut--;
            if (cut > 0 && (probe[cut - 1] & 0xC0) == 0xC0) cut--;
            if (cut == probe.length || probe.length < PROBE_BYTES) return null;
            try {
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(probe, 0, cut)).toString();
            } catch (CharacterCodingException again) {
                return null;
            }
        }
    }

    /**
     * UTF-8 read as Windows-1252 and saved as UTF-8 again ({@code Sá»‘} for {@code Số}): every char is a
     * Windows-1252 one, and those chars' bytes are themselves UTF-8 of Vietnamese letters.
     */
    private static boolean doubleEncoded(String utf8) {
        if (utf8.chars().anyMatch(c -> c > 0xFF && !WINDOWS_1252.newEncoder().canEncode((char) c) && c != 0xFFFD)) return false;
        String inner = new String(utf8.getBytes(WINDOWS_1252), StandardCharsets.UTF_8);
        if (inner.chars().noneMatch(c -> c > 0xFF && Character.isLetter(c))) return false;
        Candidate once = score("", utf8), twice = score("", inner);
        return twice.words() >= MIN_WORDS && twice.valid() > once.valid() + 0.1;
    }

    private static String firstMarked(String text) {
        for (String w : text.split("\\s+")) if (w.chars().anyMatch(c -> c > 0x7F)) return w;
        return "";
    }

    private static String full(byte[] bytes, String name) {
        return switch (name) {
            case "UTF-16LE" -> nfc(new String(bytes, StandardCharsets.UTF_16LE));
            case "UTF-16BE" -> nfc(new String(bytes, StandardCharsets.UTF_16BE));
            case "windows-1258" -> nfc(new String(bytes, WINDOWS_1258));
            default -> LegacyEncodings.convert(new String(bytes, WINDOWS_1252), name);
        };
    }

    private static Candidate score(String name, String text) {
        String nfc = nfc(text);
        int words = 0, valid = 0;
        for (String w : nfc.split("[^\\p{L}]+")) {
            if (w.isEmpty()) continue;
            words++;
            if (Syllables.isValid(w)) valid++;
        }
        return new Candidate(name, nfc, words == 0 ? 0 : (double) valid / words, words);
    }

    private static boolean mostlyAscii(String text) {
        long letters = text.chars().filter(Character::isLetter).count();
        long nonAscii = text.chars().filter(c -> c > 0x7F && Character.isLetter(c)).count();
        return letters > 0 && nonAscii < letters * 0.05;
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}

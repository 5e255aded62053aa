package vn.plans.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.plans.normalize.Reflow;
import vn.plans.TestData;

class LegacyEncodingsTest {
    static final Path ROOT = TestData.root();
    static final String VOWELS = "aăâeêioôơuưy";
    static final String[] TONES = {"", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"};

    /** The 67 lower-case letters of Vietnamese outside ASCII (vowels with their marks and đ). */
    static List<String> lowerLetters() {
        List<String> out = new ArrayList<>();
        for (char v : VOWELS.toCharArray()) {
            for (String tone : TONES) {
                String l = Normalizer.normalize(v + tone, Normalizer.Form.NFC);
                if (l.charAt(0) >= 0x80) out.add(l);
            }
        }
        out.add("đ");
        return out;
    }

    @Test
    void thereAre134Letters() {
        List<String> lower = lowerLetters();
        assertEquals(67, lower.size());
        assertEquals(67, lower.stream().distinct().count());
        lower.forEach(l -> assertEquals(1, l.length(), l));
    }

    @ParameterizedTest
    @ValueSource(strings = {"TCVN3", "VNI"})
    void everyLetterRoundTrips(String encoding) {
        for (String lower : lowerLetters()) {
            String upper = lower.toUpperCase(Locale.ROOT);
            String lowerLegacy = LegacyEncodings.encode(lower, encoding);
            assertTrue(lowerLegacy.chars().allMatch(c -> c < 0x100), "not 8-bit: " + lower);
            assertEquals(lower, LegacyEncodings.convert(lowerLegacy, encoding), encoding + " " + lower);
            // capitals inside a word in capitals: TCVN3 writes them with the lower-case codes (.VnTimeH)
            String word = "NG" + upper + "N";
            assertEquals(word, LegacyEncodings.convert(LegacyEncodings.encode(word, encoding), encoding), encoding + " " + upper);
        }
    }

    @Test
    void vniCapitalsHaveTheirOwnCodesAndStandAlone() {
        for (String lower : lowerLetters()) {
            String upper = lower.toUpperCase(Locale.ROOT);
            assertEquals(upper, LegacyEncodings.convert(LegacyEncodings.encode(upper, "VNI"), "VNI"), upper);
        }
    }

    @Test
    void knownSpellingsFromTheTables() {
        assertEquals("được", LegacyEncodings.convert("ñöôïc", "VNI"));
        assertEquals("Việt Nam", LegacyEncodings.convert("Vieät Nam", "VNI"));
        assertEquals("ĐỒNG", LegacyEncodings.convert("ÑOÀNG", "VNI"));
        assertEquals("Ấp", LegacyEncodings.convert("Aáp", "VNI")); // mark typed without Shift
        assertEquals("Hà Nội", LegacyEncodings.convert("Hµ Néi", "TCVN3"));
        assertEquals("được", LegacyEncodings.convert("\u00AE\u00AD\u00EEc", "TCVN3"));
        assertEquals("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", LegacyEncodings.convert("CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM", "TCVN3"));
        assertEquals("BỘ Y TẾ", LegacyEncodings.convert("Bé Y TÕ", "TCVN3"));
        assertEquals("Số: 12/KH-UBND", LegacyEncodings.convert("Sè: 12/KH-UBND", "TCVN3"));
        assertEquals("theo Số 12/KH-UBND", LegacyEncodings.convert("theo Sè 12/KH-UBND", "TCVN3"));
        // a table line: each cell is judged on its own; a one-capital word between capitals words follows them
        assertEquals("| UỶ BAN NHÂN DÂN HUYỆN BA TƠ | CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do |",
                LegacyEncodings.convert("| Uû BAN NH¢N D¢N HUYÖN BA T¥ | CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM §éc lËp - Tù do |", "TCVN3"));
    }

    static String seedParagraphs(String seed) throws Exception {
        Path p;
        try (var s = Files.list(ROOT.resolve("corpus/seeds"))) {
            p = s.filter(f -> f.getFileName().toString().startsWith(seed)).findFirst().orElseThrow();
        }
        return Reflow.reflow(Files.readString(p));
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void unicodeSeedsAreLeftAlone(String seed) throws Exception {
        String text = seedParagraphs(seed);
        LegacyEncodings.Result r = LegacyEncodings.convert(text);
        assertNull(r.encoding());
        assertEquals(text, r.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "003"})
    void seedsEncodedInEitherEncodingAreDetectedAndRestored(String seed) throws Exception {
        String text = seedParagraphs(seed);
        for (String enc : List.of("TCVN3", "VNI")) {
            String legacy = LegacyEncodings.encode(text, enc);
            // what a .doc really stores is bytes: make sure the text survives as Windows-1252
            Charset cp1252 = Charset.forName("windows-1252");
            assertEquals(legacy, new String(legacy.getBytes(cp1252), cp1252));
            LegacyEncodings.Result r = LegacyEncodings.convert(legacy);
            assertEquals(enc, r.encoding(), seed + " in " + enc);
            if (enc.equals("VNI")) assertEquals(text, r.text());
            else assertEquals(text.toLowerCase(Locale.ROOT), r.text().toLowerCase(Locale.ROOT));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "L'été dernier, nous sommes allés à la plage près de Montréal. Les élèves étaient très contents, "
                    + "et le café était délicieux. Où êtes-vous né ? À Genève, où j'ai étudié la musique française.",
            "The quick brown fox jumps over the lazy dog. Naïve café owners in Zürich prefer crème brûlée, "
                    + "façades and rôles in the théâtre; the résumé lists a coöperative.",
            "Ủy ban nhân dân tỉnh Quảng Ngãi ban hành Kế hoạch thực hiện các nhiệm vụ trọng tâm năm 2025.",
            "Tôi là giáo viên, tôi yêu trò chơi của các em nhỏ ở Hà Tây và Huế; tháng này mùa màng tốt."})
    void otherTextIsLeftAlone(String text) {
        LegacyEncodings.Result r = LegacyEncodings.convert(text);
        assertNull(r.encoding(), text);
        assertEquals(text, r.text());
    }

    @Test
    void mixedDocumentsHaveOnlyTheirLegacyLinesConverted() throws Exception {
        List<String> lines = seedParagraphs("003").lines().toList();
        StringBuilder mixed = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            // every third paragraph still in Unicode, as when a TCVN3 file was partly retyped
            mixed.append(i % 3 == 0 ? lines.get(i) : LegacyEncodings.encode(lines.get(i), "TCVN3")).append('\n');
        }
        mixed.append("Tôi là giáo viên\n"); // Unicode with Windows-1252 letters only: must survive
        LegacyEncodings.Result r = LegacyEncodings.convert(mixed.toString());
        assertEquals("TCVN3", r.encoding());
        List<String> out = r.text().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (i % 3 == 0) assertEquals(lines.get(i), out.get(i));
            else assertEquals(lines.get(i).toLowerCase(Locale.ROOT), out.get(i).toLowerCase(Locale.ROOT));
        }
        assertEquals("Tôi là giáo viên", out.getLast());
    }

    @Test
    void unicodeWithFrenchParagraphsIsLeftAlone() throws Exception {
        String text = seedParagraphs("001") + "\nRésumé : à côté de l'hôtel, où l'été était très doux, les élèves ont "
                + "étudié la géographie française.\nNaïve café, crème brûlée, façade, rôle, théâtre.\n";
        LegacyEncodings.Result r = LegacyEncodings.convert(text);
        assertNull(r.encoding());
        assertEquals(text, r.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003"})
    void blindConversionSkipsLinesThatAreUnicodeAlready(String seed) throws Exception {
        // a line with a letter no legacy byte reads as (ơ ư đ ạ ...) is Unicode: blind conversion must keep it
        List<String> lines = seedParagraphs(seed).lines().toList();
        for (String enc : List.of("TCVN3", "VNI")) {
            List<String> out = LegacyEncodings.convert(String.join("\n", lines), enc).lines().toList();
            int kept = 0;
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).matches(".*[ăĂđĐĩĨũŨơƠưƯ\u1EA0-\u1EF9].*")) continue;
                assertEquals(lines.get(i), out.get(i));
                kept++;
            }
            assertTrue(kept > lines.size() * 0.8, kept + " of " + lines.size());
        }
    }
}

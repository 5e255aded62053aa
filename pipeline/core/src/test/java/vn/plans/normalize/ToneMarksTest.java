package vn.plans.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ToneMarksTest {
    @ParameterizedTest
    @CsvSource({
            "hoà, hòa", "hòa, hòa", "Uỷ ban, Ủy ban", "Ủy ban, Ủy ban", "thuỷ, thủy", "khoẻ, khỏe",
            "hoàn thành, hoàn thành", "tuyến, tuyến", "quý, quý", "giữa, giữa", "gì, gì", "người, người",
            "khuỷu, khuỷu", "ngoài, ngoài", "của, của", "mía, mía", "UỶ BAN, ỦY BAN", "HOÀ, HÒA", "Quảng Ngãi, Quảng Ngãi",
            "oà, òa"})
    void movesTheMarkToTheCanonicalVowel(String in, String expected) {
        assertEquals(expected, ToneMarks.canonicalize(in));
    }

    @Test
    void composesDecomposedInput() {
        String nfd = Normalizer.normalize("Trẻ em khuyết tật", Normalizer.Form.NFD);
        assertEquals("Trẻ em khuyết tật", ToneMarks.canonicalize(nfd));
    }

    @Test
    void leavesNonSyllablesAndPunctuationAlone() {
        String s = "Số: 27/QĐ-TTg ngày 03/01/2025; café, naïve, UBND, https://x.vn/a?b=c";
        assertEquals(s, ToneMarks.canonicalize(s));
    }

    @Test
    void seedsAreStableUnderCanonicalization() throws Exception {
        // canonicalizing twice changes nothing, on every seed
        for (String seed : new String[] {"000", "001", "002", "003"}) {
            String text = java.nio.file.Files.readString(vn.plans.TestData.seed(seed));
            String once = ToneMarks.canonicalize(text);
            assertEquals(once, ToneMarks.canonicalize(once), seed);
        }
    }
}

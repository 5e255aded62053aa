package vn.plans.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CandidateGeneratorTest {
    @TempDir Path dir;

    private static List<String> forms(CandidateGenerator.Candidates c) { return Arrays.asList(c.forms()); }

    @Test
    void diacriticCandidatesShareTheStrippedForm() throws IOException {
        CandidateGenerator g = new CandidateGenerator(TinyModel.train(dir, 3));
        List<String> ban = forms(g.candidates("ban", false, true, 10));
        assertTrue(ban.containsAll(List.of("ban", "bàn", "bạn", "bán", "bản")), ban.toString());
        assertFalse(ban.contains("bài"));
    }

    @Test
    void ocrConfusionsProposeTheIntendedSyllable() throws IOException {
        CandidateGenerator g = new CandidateGenerator(TinyModel.train(dir, 3));
        assertTrue(forms(g.candidates("ciia", true, false, 10)).contains("của"));   // ii -> u
        assertTrue(forms(g.candidates("s6", true, false, 10)).contains("số"));     // 6 -> o
        assertTrue(forms(g.candidates("thuc", true, false, 10)).contains("thực"));
        assertTrue(forms(g.candidates("pich", true, false, 10)).contains("đích")); // P -> Đ
        assertFalse(forms(g.candidates("ciia", false, false, 10)).contains("của")); // not without OCR mode
    }

    @Test
    void printedMarksAreEvidence() {
        // é supports ế (same tone) better than ề, and an added mark is free only in stripped text
        assertTrue(CandidateGenerator.evidence("khuyén", "khuyến", false) > CandidateGenerator.evidence("khuyén", "khuyền", false));
        assertEquals(0f, CandidateGenerator.evidence("quyen", "quyền", true));
        assertTrue(CandidateGenerator.evidence("quyen", "quyền", false) < 0f);
        assertTrue(CandidateGenerator.evidence("vé", "ve", false) < CandidateGenerator.evidence("ve", "về", false));
    }

    /** Confusions of tesseract without Vietnamese, as printed in the Sơn La seed (004). */
    @Test
    void tesseractConfusionsOfTheSonLaSeed() throws IOException {
        CandidateGenerator g = new CandidateGenerator(TinyModel.train(dir, 3));
        CandidateGenerator.Marks garbled = CandidateGenerator.Marks.UNRELIABLE;
        assertTrue(forms(g.candidates("cta", true, garbled, 10)).contains("của"));   // t -> ư/u
        assertFalse(forms(g.candidates("cta", true, false, 10)).contains("của"));    // only on a page garbled as a whole
        assertTrue(forms(g.candidates("ctia", true, garbled, 10)).contains("của"));
        assertTrue(forms(g.candidates("caa", true, garbled, 10)).contains("của"));   // a -> u
        assertTrue(forms(g.candidates("céc", true, garbled, 10)).contains("các"));   // é -> á
        assertTrue(forms(g.candidates("quc", true, garbled, 10)).contains("quốc"));  // lost vowel after qu-
        assertTrue(forms(g.candidates("k&", true, garbled, 10)).contains("kế"));     // & -> e
        assertTrue(forms(g.candidates("¢6", true, garbled, 10)).contains("có"));     // ¢ -> c, 6 -> o
        // keeping a word no syllable explains costs on a garbled line, as much as OCR debris
        CandidateGenerator.Candidates cta = g.candidates("cta", true, garbled, 10);
        assertEquals(CandidateGenerator.PAGE_NOISY_KEPT, cta.evidence()[forms(cta).indexOf("cta")]);
    }

    @Test
    void marksOnGarbledLinesAreWeakEvidence() {
        // tesseract prints é for ế, ề, ệ, á, ơ...: a contradicting mark costs less than on a trusted line, a missing one nothing
        float trusted = CandidateGenerator.evidence("vé", "về", CandidateGenerator.Marks.TRUSTED);
        float garbled = CandidateGenerator.evidence("vé", "về", CandidateGenerator.Marks.UNRELIABLE);
        assertTrue(garbled > trusted, garbled + " vs " + trusted);
        assertEquals(0f, CandidateGenerator.evidence("dong", "động", CandidateGenerator.Marks.UNRELIABLE));
        assertTrue(CandidateGenerator.evidence("khuyén", "khuyến", CandidateGenerator.Marks.UNRELIABLE)
                > CandidateGenerator.evidence("khuyén", "khuyền", CandidateGenerator.Marks.UNRELIABLE));
    }
}

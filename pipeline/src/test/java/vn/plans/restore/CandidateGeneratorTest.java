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
}

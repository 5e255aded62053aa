package vn.plans.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SimilarityTest {
    @Test
    void softIgnoresCasePunctuationAndSpacing() {
        assertTrue(Similarity.softEquals("Văn phòng HĐND&UBND huyện", "văn phòng HĐND & UBND  huyện.", false));
        assertFalse(Similarity.strictEquals("Văn phòng HĐND&UBND huyện", "văn phòng HĐND & UBND huyện"));
    }

    @Test
    void softKeepsDiacritics() {
        assertFalse(Similarity.softEquals("Phòng Tư pháp", "Phong Tu phap", false));
    }

    @Test
    void levenshteinRatio() {
        assertEquals(1.0, Similarity.ratio("trẻ em", "trẻ em"));
        assertEquals(1.0 - 1.0 / 6, Similarity.ratio("trẻ em", "trẻ en"), 1e-9);
        assertTrue(Similarity.softEquals("Tăng cường hiệu quả hoạt động liên ngành.",
                "Tăng cường hiệu quả hoạt động liên ngành trong năm", true));
        assertFalse(Similarity.softEquals("Tổ chức chấm bài", "Tổ chức kiểm tra", true));
    }

    @Test
    void fieldScoreCountsMismatchAsBothErrors() {
        FieldScore f = new FieldScore();
        f.add(true, true, false);
        f.add(true, true, true);
        f.add(false, true, false);
        assertEquals(1, f.tp());
        assertEquals(2, f.fp());
        assertEquals(1, f.fn());
    }
}

package vn.plans.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ErrorRatesTest {
    @Test
    void aNonBreakingSpaceSeparatesWordsAsASpaceDoes() {
        // TT-23's DOCX twin (page 10 of the scan): "theo quy định tại<U+00A0>Mẫu số 01 Phụ lục X<U+00A0>ban hành kèm"
        String twin = "theo quy định tại\u00a0Mẫu số 01 Phụ lục X\u00a0ban hành kèm";
        String page = "theo quy định tại Mẫu số 01 Phụ lục X ban hành kèm";
        ErrorRates r = ErrorRates.of(twin, page);
        assertEquals(0, r.syllableEdits());
        assertEquals(0, r.charEdits());
        assertEquals(13, r.refSyllables());
        assertEquals(new ErrorRates(0, 3, 0, 2), ErrorRates.of("a\u202fb", "a\u2007 b"), "narrow and figure spaces too");
    }

    @Test
    void aWrongSyllableCountsOnce() {
        ErrorRates r = ErrorRates.of("thuốc nổ công nghiệp", "thuộc nỗ công nghiệp");
        assertEquals(2, r.syllableEdits());
        assertEquals(4, r.refSyllables());
        assertEquals(2, r.charEdits());
    }
}

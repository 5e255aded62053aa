package vn.plans.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tokenizer + triage + candidates + beam decoder on a model trained in the test. */
@org.junit.jupiter.api.Tag("integration")
class DiacriticRestorerTest {
    @TempDir Path dir;
    NgramModel lm;
    DiacriticRestorer restorer;

    @BeforeEach
    void setUp() throws IOException {
        lm = TinyModel.train(dir, 3);
        restorer = new DiacriticRestorer(lm);
    }

    @Test
    void restoresStrippedTextKeepingSpacingAndLineBreaks() {
        String in = "Uy ban nhan dan tinh  ban hanh ke hoach\n\nthuc hien quyen tre em cua Lien hop quoc.\n";
        TextRestorer.Restored r = restorer.restore(in);
        assertEquals("Ủy ban nhân dân tỉnh  ban hành kế hoạch\n\nthực hiện quyền trẻ em của Liên hợp quốc.\n", r.text());
        assertEquals(r.edits().size(), r.changedTokens());
        TextRestorer.Edit first = r.edits().get(0);
        assertEquals(0, first.offset());
        assertEquals("Uy", first.original());
        assertEquals("Ủy", first.restored());
        assertTrue(first.confidence() > 0 && first.confidence() <= 1);
    }

    @Test
    void contextChoosesBetweenSameStrippedForms() {
        assertEquals("Chúng tôi đi học ở trường làng.", restorer.restore("Chung toi di hoc o truong lang.").text());
        assertEquals("bàn tay, bạn bè, bán hàng, bản đồ", restorer.restore("ban tay, ban be, ban hang, ban do").text());
    }

    @Test
    void restoresTheInputsLetterCase() {
        assertEquals("KẾ HOẠCH THỰC HIỆN QUYỀN TRẺ EM", restorer.restore("KE HOACH THUC HIEN QUYEN TRE EM").text());
        assertEquals("ĐÍCH", DiacriticRestorer.applyCase("PiCH", "đích"));
        assertEquals("Của", DiacriticRestorer.applyCase("Cua", "của"));
        assertEquals("TTg", DiacriticRestorer.applyCase("TTg", "ttg"));
    }

    @Test
    void leavesCorrectTextAndCodesAlone() {
        String ok = "Ủy ban nhân dân tỉnh ban hành kế hoạch số 54/KH-UBND thực hiện quyền trẻ em.\nBàn tay, bạn bè.";
        TextRestorer.Restored r = restorer.restore(ok);
        assertEquals(ok, r.text());
        assertEquals(0, r.changedTokens());
        String codes = "ke hoach so 27/QD-TTg ngay 03/01/2025 cua UBND tinh";
        assertTrue(restorer.restore(codes).text().contains(" 27/QD-TTg ngay 03/01/2025 ") || restorer.restore(codes).text().contains(" 27/QD-TTg ngày 03/01/2025 "));
        assertTrue(restorer.restore(codes).text().contains("UBND"));
    }

    @Test
    void repairsOcrConfusions() {
        String garbled = "Thuc hién Khuyén nghi ciia Uy ban vé quyén tré em ciia Lién hop quéc";
        assertEquals("Thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc", restorer.restore(garbled).text());
    }

    @Test
    void unigramBaselineIgnoresContext() {
        DiacriticRestorer uni = new DiacriticRestorer(lm, 1, true);
        String out = uni.restore("ban tay, ban be, ban hang, ban do").text();
        String first = out.substring(0, out.indexOf(' '));
        assertTrue(out.startsWith(first + " tay, " + first + " bè"), out); // the same form every time
    }

    @Test
    void misreadDInsideDocumentCodesIsRepaired() {
        assertEquals("27/QĐ-", DiacriticRestorer.repairCode("27/QPb-"));
        assertEquals("15/QĐ-UBND", DiacriticRestorer.repairCode("15/QPD-UBND"));
        assertEquals("54/KH-UBND", DiacriticRestorer.repairCode("54/KH-UBND"));
        assertEquals("Pb-210", DiacriticRestorer.repairCode("Pb-210")); // lead stays lead: not inside capitals
    }
}

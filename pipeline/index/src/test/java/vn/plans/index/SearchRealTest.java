package vn.plans.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plans.TestData;

/** Document numbers over real documents of corpus-dev and corpus-real. */
class SearchRealTest {
    @Test
    void stampedNumberIsReadFromTheFileNameOnlyWhenTheHeaderLeftItBlank() {
        // KH-2242's DOCX prints "Số: /KH-SCT" (the number was stamped at signing); its file name carries 2242
        assertEquals("2242/KH-SCT", PlanIndex.stampedNumber("/KH-SCT", "../shared/corpus-dev/KH-2242_23.4.2026_Kiem-tra-cap-GCN-28-don-vi.docx"));
        assertEquals(null, PlanIndex.stampedNumber("/KH-SCT", "x/TB-2245_23.4.2026_To-chuc.docx"), "another symbol");
        assertEquals(null, PlanIndex.stampedNumber("1894/TB-SCT", "x/TB-1894-ket-qua.pdf"), "the header's own number stands");
    }

    @Test
    void codeKeysIgnoreSpacesCaseAndTheStroke() {
        assertEquals(Fields.codeKey("181/2024/NĐ-CP"), Fields.codeKey("181 / 2024 / nd-cp"));
        assertEquals(Fields.codeKey("27/QĐ-TTg"), Fields.codeKey("27/QD–TTG"));
    }

    @Test
    void filterKeysResolveTypeSymbolsAndAbbreviations() {
        assertEquals(Fields.key("KE_HOACH"), Fields.key(Abbreviations.type("KH")));
        assertEquals(Fields.key("Kế hoạch"), Fields.key("KE_HOACH"));
        assertEquals(Fields.key("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện").replace(" va ", " "),
                Fields.key("Văn phòng HĐND&UBND huyện"));
        assertEquals(Fields.key("Quảng Ngãi"), Fields.key("Quang Ngai"));
    }
}

package vn.plans.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plans.gazetteer.Gazetteer;
import vn.plans.model.ExtractionMethod;
import vn.plans.model.Header;
import vn.plans.model.Page;
import vn.plans.model.PlanDocument;
import vn.plans.model.SourceInfo;
import vn.plans.model.Structure;

class EnricherTest {
    private final Enricher enricher = new Enricher(Gazetteer.load());

    private static PlanDocument doc(String text, Header h) {
        return PlanDocument.of("x", new SourceInfo("x.txt", "text/plain", "x", text.length()),
                List.of(new Page(1, text, ExtractionMethod.PLAIN_TEXT)), new Structure(h, List.of(), List.of()), false,
                List.of());
    }

    @Test
    void provinceFromTheHeaderIsMappedToItsProvinceAfterTheMerger() {
        // Resolution 202/2025/QH15: Kon Tum and Quảng Ngãi form Quảng Ngãi; Hải Dương joins Hải Phòng.
        Header h = new Header(null, null, "UBND tỉnh Kon Tum", null, "Kon Tum", "Kon Tum", "2024-05-02", null, List.of(),
                List.of(), null);
        Header out = enricher.enrich(doc("UBND TỈNH KON TUM", h)).header();
        assertEquals("Kon Tum", out.province());
        assertEquals("Quảng Ngãi", out.province2025());
        assertEquals(2024, out.year());
    }

    @Test
    void provinceInferredFromThePlaceLineAndYearFromTheDateLine() {
        Header out = enricher.enrich(doc("UBND HUYỆN BA TƠ\nBa Tơ, ngày      tháng 4 năm 2025\nKẾ HOẠCH", Header.empty())).header();
        assertEquals("Quảng Ngãi", out.province());
        assertEquals("Quảng Ngãi", out.province2025());
        assertEquals(2025, out.year());
    }

    @Test
    void nothingNamedLeavesTheFieldsEmpty() {
        Header out = enricher.enrich(doc("Biên bản họp", Header.empty())).header();
        assertNull(out.province());
        assertNull(out.province2025());
        assertNull(out.year());
    }
}

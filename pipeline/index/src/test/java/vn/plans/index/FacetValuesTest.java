package vn.plans.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plans.model.DocumentType;
import vn.plans.model.ExtractionMethod;
import vn.plans.model.Header;
import vn.plans.model.Page;
import vn.plans.model.PlanDocument;
import vn.plans.model.SourceInfo;
import vn.plans.model.Structure;

/** The index takes province, province after 2025 and year from the record's header; it computes none of them. */
class FacetValuesTest {
    private static PlanDocument doc(String id, String text, Header h) {
        Page page = new Page(1, text, ExtractionMethod.PLAIN_TEXT);
        return PlanDocument.of(id, new SourceInfo(id + ".txt", "text/plain", id, text.length()), List.of(page),
                new Structure(h, List.of(), List.of()), false, List.of());
    }

    @Test
    void provinceAfter2025AndYearAreReadFromTheRecord(@TempDir Path dir) throws Exception {
        // The gazetteer maps Quảng Ngãi to Quảng Ngãi; a record whose enrich stage left province_2025 empty must
        // stay without one in the index, and the date line (năm 2025) must not override the record's year.
        Header undecided = new Header(DocumentType.KE_HOACH, "1/KH-UBND", "UBND huyện Ba Tơ", null, "Quảng Ngãi", null,
                "Ba Tơ", null, 2024, "Kế hoạch A", List.of(), List.of(), null);
        Header kontum = new Header(DocumentType.KE_HOACH, "2/KH-UBND", "UBND tỉnh Kon Tum", null, "Kon Tum",
                "Quảng Ngãi", "Kon Tum", "2024-05-02", 2024, "Kế hoạch B", List.of(), List.of(), null);
        try (PlanIndex idx = new PlanIndex(dir)) {
            idx.put(doc("a", "UBND HUYỆN BA TƠ\nBa Tơ, ngày 10 tháng 4 năm 2025\nKẾ HOẠCH", undecided));
            idx.put(doc("b", "UBND TỈNH KON TUM\nKon Tum, ngày 02 tháng 5 năm 2024\nKẾ HOẠCH", kontum));
        }
        try (PlanSearcher s = new PlanSearcher(dir)) {
            SearchResult r = s.search(new SearchRequest("", false, Map.of(), 10, 10));
            assertEquals(List.of(new SearchResult.FacetCount("Quảng Ngãi", 1)), r.facets().get("province_2025"));
            assertEquals(List.of(new SearchResult.FacetCount("2024", 2)), r.facets().get("year"));
            assertEquals(List.of(new SearchResult.FacetCount("KE_HOACH", 2)), r.facets().get("type"));
        }
    }
}

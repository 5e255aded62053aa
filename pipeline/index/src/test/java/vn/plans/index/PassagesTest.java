package vn.plans.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plans.furniture.PageFurniture;
import vn.plans.model.ExtractionMethod;
import vn.plans.model.Header;
import vn.plans.model.Page;
import vn.plans.model.PlanDocument;
import vn.plans.model.SourceInfo;

/** Page furniture is not indexed as the document's words. */
class PassagesTest {
    /**
     * Three pages of the TT-23 scan as OCR-ed, each ending in the publisher's running footer ({@code Tel:
     * +84-28-3930 3279 * www.ThuVienPhapLuat.vn}, read differently on each): the passages hold the body, not the footer.
     */
    @Test
    void runningFootersAreLeftOutOfThePassages() {
        List<Page> pages = PageFurniture.standard().mark(List.of(
                page(1, "Điều 17. Báo cáo định kỳ, đột xuất", "# TEE +B4-28-3930 3279 + www. IhuVienPhapImat.VN"),
                page(2, "c) Thực hiện báo cáo theo yêu cầu của cơ quan có thẩm quyền;", "TEE +84-28-3930 3279 + www. IhuVienPhapLuat.Vn kở"),
                page(3, "Điều 19. Trách nhiệm của Sở Công Thương", "° Tek +84-28-3930 3279 * www.ThuVienPhapLuat.vn")));
        PlanDocument d = new PlanDocument(PlanDocument.SCHEMA_VERSION, "tt23", new SourceInfo("tt23.pdf", "application/pdf", "tt23", 1),
                Header.empty(), List.of(), List.of(), false, List.of(), null, pages);
        List<Passages.Passage> passages = Passages.of(d, Passages.printed(d));
        assertEquals(3, passages.size());
        for (Passages.Passage p : passages) {
            assertFalse(p.text().contains("3930") || p.text().contains("Vien"), p.text());
            assertTrue(p.text().startsWith("Điều") || p.text().startsWith("c)"), p.text());
        }
        assertTrue(d.fullText().contains("www.ThuVienPhapLuat.vn"), "the record's text keeps the footer");
    }

    private static Page page(int n, String... lines) {
        return new Page(n, String.join("\n", lines), ExtractionMethod.OCR);
    }
}

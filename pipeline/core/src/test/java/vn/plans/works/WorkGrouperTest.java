package vn.plans.works;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.plans.TestData;
import vn.plans.model.DocumentType;
import vn.plans.model.ExtractionMethod;
import vn.plans.model.Header;
import vn.plans.model.Page;
import vn.plans.model.PlanDocument;
import vn.plans.model.SourceInfo;
import vn.plans.model.Version;
import vn.plans.normalize.Folding;

/** Sketches and grouping on the seeds' real text: whole copies, a first page, two plans, a page collection. */
class WorkGrouperTest {
    private static String seed(String n) throws Exception {
        return Files.readString(TestData.seed(n));
    }

    /** The text's first {@code share} of characters, to the end of that line (a first page). */
    private static String head(String text, double share) {
        int end = text.indexOf('\n', (int) (text.length() * share));
        return end < 0 ? text : text.substring(0, end);
    }

    private static PlanDocument doc(String id, String text, String mediaType, ExtractionMethod method, String number,
                                    String date) {
        Header h = new Header(DocumentType.KE_HOACH, number, number == null ? null : "Ủy ban nhân dân huyện Ba Tơ",
                null, null, null, null, date, null, null, List.of(), List.of(), null);
        return new PlanDocument(PlanDocument.SCHEMA_VERSION, id, id, new SourceInfo("/in/" + id, mediaType, id, 1),
                List.of(), h, List.of(), List.of(), false, List.of(), Map.of(), List.of(new Page(1, text, method)));
    }

    @Test
    void sketchesMeasureResemblanceAndContainment() throws Exception {
        TextSketch s0 = TextSketch.of(seed("000")), s1 = TextSketch.of(seed("001"));
        TextSketch page = TextSketch.of(head(seed("000"), 0.25));
        assertEquals(1.0, s0.resemblance(TextSketch.of(seed("000"))));
        assertEquals(1.0, s0.resemblance(TextSketch.of(Folding.fold(seed("000")))), "marks do not count");
        assertTrue(s0.resemblance(s1) < 0.3, "two plans: " + s0.resemblance(s1));
        assertTrue(page.containedIn(s0) >= 0.95, "a first page is in its plan: " + page.containedIn(s0));
        assertTrue(page.resemblance(s0) < WorkGrouper.NEAR_DUPLICATE, "but is not a near duplicate: " + page.resemblance(s0));
        assertTrue(page.containedIn(s1) < 0.5, "nor in another plan: " + page.containedIn(s1));
    }

    @Test
    void copiesAndPagesJoinTheirPlanButACollectionOfPagesStaysApart() throws Exception {
        String t0 = seed("000"), t1 = seed("001");
        List<PlanDocument> docs = List.of(
                doc("a000txt", t0, "text/plain", ExtractionMethod.PLAIN_TEXT, null, null),
                doc("b000docx", t0, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        ExtractionMethod.PLAIN_TEXT, null, null),
                doc("c000page", head(t0, 0.25), "image/png", ExtractionMethod.OCR, null, null),
                doc("d001txt", t1, "text/plain", ExtractionMethod.PLAIN_TEXT, null, null),
                doc("e001page", head(t1, 0.25), "image/png", ExtractionMethod.OCR, null, null),
                doc("f-scan", head(t0, 0.25) + "\n" + head(t1, 0.25), "application/pdf", ExtractionMethod.OCR, null, null));
        Map<String, WorkGrouper.Assignment> w = WorkGrouper.group(docs.stream().map(WorkGrouper::member).toList());
        assertEquals("a000txt", w.get("b000docx").workId());
        assertEquals("a000txt", w.get("c000page").workId());
        assertEquals("d001txt", w.get("e001page").workId());
        assertEquals("f-scan", w.get("f-scan").workId(), "pages of two plans are not a version of either");
        List<Version> v = w.get("a000txt").versions();
        assertEquals(List.of("b000docx", "a000txt", "c000page"), v.stream().map(Version::id).toList(), "docx, then txt, then the page");
        assertTrue(v.get(0).representative());
        assertEquals(List.of(false, false, true), v.stream().map(Version::partial).toList());
        assertEquals("part", v.get(2).match());
        assertEquals(List.of(), w.get("f-scan").versions(), "a work of one version lists none");
    }

    @Test
    void differentNumbersAreDifferentDocumentsAndTheSameNumberIsOne() throws Exception {
        String t0 = seed("000");
        List<PlanDocument> docs = List.of(
                doc("a", t0, "text/plain", ExtractionMethod.PLAIN_TEXT, "61/KH-UBND", "2025-04-04"),
                doc("b", t0, "text/plain", ExtractionMethod.PLAIN_TEXT, "62/KH-UBND", "2025-04-04"),
                doc("c", seed("002"), "application/pdf", ExtractionMethod.OCR, "61/KH-UBND", "2025-04-04"),
                doc("d", seed("003"), "text/plain", ExtractionMethod.PLAIN_TEXT, "/KH-UBND", "2025-04"));
        Map<String, WorkGrouper.Assignment> w = WorkGrouper.group(docs.stream().map(WorkGrouper::member).toList());
        assertNotEquals(w.get("a").workId(), w.get("b").workId(), "same text, other number");
        assertEquals("a", w.get("c").workId(), "same number, issuer and date");
        assertEquals("identity", w.get("a").versions().get(1).match());
        assertEquals("d", w.get("d").workId(), "a blank number with a month is no identity");
    }

    @Test
    void anAttachedDraftDoesNotMakeASubmissionADraft() throws Exception {
        // the phiếu trình lists "2. Dự thảo Giấy phép vận chuyển hàng hóa nguy hiểm" among its attachments
        java.nio.file.Path f = TestData.shared().resolve("corpus-real/hnh-sct-vn__Phieu-trinh-cap-GP-loai-5-8-DucGiang.docx");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(f), "corpus-real phiếu trình absent");
        var text = new vn.plans.extract.TikaTextExtractor().extract(f,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document").pages().get(0).text();
        assertTrue(Folding.fold(text).contains("du thao giay phep"), "the attachment line is there");
        assertEquals(null, WorkGrouper.status(text));
    }

    @Test
    void draftAndSignedAreReadFromTheText() {
        assertEquals("draft", WorkGrouper.status("UBND TỈNH LÀO CAI\nDỰ THẢO\nQUYẾT ĐỊNH"));
        assertEquals("draft", WorkGrouper.status("| SỞ CÔNG THƯƠNG | | (Dự thảo) |\nQUYẾT ĐỊNH"));
        assertEquals("signed", WorkGrouper.status("QUYẾT ĐỊNH …\nKý bởi: Sở Công Thương\nThời gian ký: 09.04.2026"));
        assertEquals(null, WorkGrouper.status("KẾ HOẠCH thực hiện"));
    }
}

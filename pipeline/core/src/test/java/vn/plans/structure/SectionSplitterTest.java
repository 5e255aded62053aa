package vn.plans.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plans.model.ExtractionMethod;
import vn.plans.model.Page;
import vn.plans.model.Section;

class SectionSplitterTest {
    private List<Section> split(String text) {
        return new SectionSplitter().split(List.of(new Page(1, text, ExtractionMethod.PLAIN_TEXT)));
    }

    @Test
    void markdownBoldHeadsAndNesting() { // seed 002 and 001
        List<Section> s = split("""
                #### I. MỤC ĐÍCH, YÊU CẦU
                - Xác định rõ trách nhiệm.
                #### II. NHIỆM VỤ VÀ GIẢI PHÁP
                ##### 1. Nhiệm vụ, giải pháp chung
                1.1. Đẩy mạnh và đa dạng các hình thức truyền thông.
                **2. Nhiệm vụ, giải pháp cụ thể:** (Có phụ lục kèm theo).
                **III. KINH PHÍ:** Nguồn ngân sách nhà nước bố trí trong dự toán.
                #### **IV. TỔ CHỨC THỰC HIỆN**
                1 . Văn phòng HĐND&UBND huyện chủ trì triển khai; thường xuyên theo dõi.
                Nơi nhận:
                - Sở Y tế;
                """);
        assertEquals(List.of("I", "II", "II.1", "II.1.1", "II.2", "III", "IV", "IV.1"), s.stream().map(Section::path).toList());
        assertEquals("Nhiệm vụ, giải pháp cụ thể", s.get(4).heading());
        assertEquals("KINH PHÍ", s.get(5).heading());
        assertEquals("TỔ CHỨC THỰC HIỆN", s.get(6).heading());
        assertEquals("Văn phòng HĐND&UBND huyện chủ trì triển khai", s.get(7).heading());
    }

    @Test
    void appendixLinesAreNotSections() { // seed 000: group rows and row numbers of the phụ lục
        List<Section> s = split("""
                I. MỤC ĐÍCH
                1. Mục đích
                PHỤ LỤC
                I Rà soát hoàn thiện pháp luật, chính sách
                1. Rà soát đề xuất sửa đổi
                """);
        assertEquals(List.of("I", "I.1", "PL"), s.stream().map(Section::path).toList(), "the appendix is one section");
        assertEquals(vn.plans.model.DocumentPart.APPENDIX, s.getLast().kind());
        assertEquals(3, s.getLast().line());
    }

    @Test
    void aHeadingCutByAPageBreakGoesOnOverleaf() { // seed 000 rendered as PDF: II.7 ends page 2
        List<Section> s = new SectionSplitter().split(List.of(
                new Page(1, "II. NHIỆM VỤ\n7. Bảo đảm nguồn lực thực hiện quyền trẻ em và các mục tiêu, chỉ", ExtractionMethod.TEXT_LAYER),
                new Page(2, "tiêu về trẻ em. Ưu tiên bố trí nguồn lực.\n8. Hợp tác quốc tế", ExtractionMethod.TEXT_LAYER)));
        assertEquals("Bảo đảm nguồn lực thực hiện quyền trẻ em và các mục tiêu, chỉ tiêu về trẻ em", s.get(1).heading());
        assertEquals("Hợp tác quốc tế", s.get(2).heading());
        // on the same page a following line is a new paragraph (page text is reflowed), not the heading's rest
        List<Section> same = split("II. NHIỆM VỤ\n7. Bảo đảm nguồn lực\ntheo quy định");
        assertEquals("Bảo đảm nguồn lực", same.get(1).heading());
    }

    /** REVIEW3 #8: the closing that asks for amendments ({@code nếu cần sửa đổi, bổ sung}) ends the body too. */
    @Test
    void aFeedbackClosingAskingForAmendmentsEndsTheBody() {
        Lines lines = Lines.of(List.of(new Page(1, """
                I. TỔ CHỨC THỰC HIỆN
                1. Sở Y tế chủ trì tổ chức tập huấn.
                Trong quá trình tổ chức thực hiện, nếu cần sửa đổi, bổ sung, các cơ quan, đơn vị gửi văn bản về Sở Nội vụ để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét./.
                """, ExtractionMethod.PLAIN_TEXT)));
        assertEquals(2, SectionSplitter.bodyEnd(lines));
        Lines duty = Lines.of(List.of(new Page(1, """
                Điều 3. Nhà đầu tư có trách nhiệm
                Trong quá trình thực hiện nếu phát hiện thấy vũ khí, bom đạn, vật liệu nổ và công trình quốc phòng phải trao đổi ngay với Bộ Chỉ huy quân sự tỉnh.
                """, ExtractionMethod.PLAIN_TEXT)));
        assertEquals(2, SectionSplitter.bodyEnd(duty));
    }

    /**
     * A short letter without a numbered heading, its text wrapped into lines (a PDF export): its body ends at {@code Nơi
     * nhận}, not at the end of the text (the header's fallback end, line 40, lay past it), so the request before it is
     * not joined with {@code Nơi nhận:} into one paragraph that ends with a colon. Written for this test.
     */
    @Test
    void aShortLetterWithoutHeadingsEndsAtItsRecipients() {
        String text = String.join("\n",
                "UBND TỈNH LÀO CAI", "SỞ CÔNG THƯƠNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Số: 777/SCT-QLCN", "Lào Cai, ngày 10 tháng 3 năm 2026", "V/v phúc đáp hồ sơ đề nghị cấp Giấy chứng nhận",
                "Kính gửi: Sở Xây dựng tỉnh Lào Cai.",
                "Sở Công Thương nhận được Văn bản số 88/SXD-KT ngày 01/3/2026 của Sở Xây dựng về việc đề nghị phối hợp thẩm định hồ sơ.",
                "Sở Công Thương đề nghị Công ty khẩn trương rà soát, bổ sung hồ sơ theo quy định và gửi về Sở Công Thương trước ngày 20/3.",
                "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "GIÁM ĐỐC", "Nguyễn Văn G");
        Lines lines = Lines.of(List.of(new Page(1, text, ExtractionMethod.PLAIN_TEXT)));
        assertEquals(10, SectionSplitter.bodyEnd(lines));
        List<vn.plans.model.Task> tasks = new ClauseTaskReader(new AgencyNormalizer(false), new TimeframeParser(), TaskClassifier.RULES, false)
                .extract("d", lines, 0, vn.plans.model.DocumentType.CONG_VAN);
        assertEquals(List.of("Sở Công Thương đề nghị Công ty khẩn trương rà soát, bổ sung hồ sơ theo quy định và gửi về Sở Công Thương trước ngày 20/3."),
                tasks.stream().map(vn.plans.model.Task::text).toList());
    }
}

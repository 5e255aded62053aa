package vn.plans.normalize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plans.TestData;
import vn.plans.model.ExtractionMethod;
import vn.plans.model.Page;

class ReflowTest {
    @Test
    void joinsLayoutBreaksInsideParagraphs() {
        String in = "1. Tiếp tục rà soát đề xuất sửa đổi, bổ sung hoàn thiện hệ thống pháp luật, \n\n"
                + "chính sách để thúc đẩy việc thực hiện quyền trẻ em.\n"
                + "2. Tăng cường truyền thông.\n";
        assertEquals("1. Tiếp tục rà soát đề xuất sửa đổi, bổ sung hoàn thiện hệ thống pháp luật, chính sách để thúc "
                + "đẩy việc thực hiện quyền trẻ em.\n2. Tăng cường truyền thông.", Reflow.reflow(in));
    }

    @Test
    void aTextThatIndentsItsParagraphsJoinsItsMarginLinesAfterAFullStopToo() throws Exception {
        // QĐ 16/2026 read line by line (corpus-dev): a paragraph's first line is indented, its other lines stand at
        // the margin, and a sentence of clause 4 ends at a line's end ("… khi có yêu cầu." / "Phối hợp xử lý …")
        String text = Reflow.reflow(Files.readString(TestData.shared().resolve("corpus-dev/QD-16-2026-Quy-che-CCN-Lao-Cai-OCR.txt")));
        List<String> lines = List.of(text.split("\n"));
        assertTrue(lines.contains("4. Cung cấp thông tin cần thiết về nhà đầu tư và dự án đầu tư khi có yêu cầu. Phối hợp xử lý "
                + "các vụ việc liên quan đến an ninh trật tự trong các cụm công nghiệp."), "the margin line goes on with clause 4");
        // an indented line opens a paragraph of its own, after a line that ends with a full stop as after any other
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Trường hợp chưa đủ điều kiện đáp ứng yêu cầu mua điện")),
                "the indented paragraph under clause 1 of Điều 27 stays apart");
        assertTrue(lines.contains("Điều 25. Trách nhiệm Thanh tra tỉnh"), "an article's title stays a line");
        // whole paragraphs (a DOCX), some typed with leading spaces, are no text of lines: each stays a paragraph
        StringBuilder docx = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            docx.append(i % 3 == 0 ? "    " : "").append(i + 1).append(" tổ chức, cá nhân có liên quan thực hiện việc kiểm tra, rà soát")
                    .append(" hồ sơ, tài liệu theo quy định của pháp luật về hóa chất và báo cáo kết quả về cơ quan có thẩm quyền.\n");
        }
        assertEquals(12, Reflow.reflow(docx.toString()).split("\n").length);
        // a text with no indented paragraphs keeps the old rule: a full stop at a line's end ends the paragraph
        assertEquals(2, Reflow.reflow("1. Cung cấp thông tin cần thiết về nhà đầu tư và dự án đầu tư khi có yêu cầu.\n"
                + "Phối hợp xử lý các vụ việc liên quan đến an ninh trật tự trong các cụm công nghiệp.\n").split("\n").length);
    }

    @Test
    void keepsHeadingsBulletsAndCapitalLinesApart() {
        String in = "KẾ HOẠCH\nTriển khai thực hiện công tác trẻ em\nI. MỤC ĐÍCH\na) Xác định rõ\n- Rà soát\n";
        assertEquals(5, Reflow.reflow(in).split("\n").length);
    }

    @Test
    void dropsPageNumbersButKeepsAppendixRowNumbers() throws Exception {
        String text = Reflow.reflow(Files.readString(TestData.seed("003")));
        assertFalse(Arrays.stream(text.split("\n")).anyMatch(l -> l.strip().equals("3")), "page number 3 dropped");
        String baTo = Reflow.reflow(Files.readString(TestData.seed("000")));
        String appendix = baTo.substring(baTo.indexOf("PHỤ LỤC"));
        assertTrue(Arrays.stream(appendix.split("\n")).anyMatch(l -> l.equals("1")), "TT column kept in the appendix");
        assertTrue(baTo.contains("Thực hiện Kế hoạch số 29/KH-UBND ngày 10/02/2025 của UBND tỉnh Quảng Ngãi về kế hoạch"),
                "the line break inside 'Quảng Ngãi' is joined");
    }

    @Test
    void aLineOpeningWithALoneMarkIsNoContinuation() {
        // TT-23 page 2 (scan) as the pipeline's OCR read its last two lines: the paragraph runs on to page 3, the
        // second line is the publisher's running footer with a speck before it
        String last = "c) Cấp, cấp lại, cấp điều chỉnh giấy phép sử dụng vật liệu nỗ công nghiệp cho tô chức, doanh nghiệp "
                + "nghiên cứu, thử nghiệm vật liệu nô công nghiệp hoặc";
        String footer = "“ TeE +84-28-3930 3279 * www.ThuVienPhapLat.Vn";
        assertEquals(last + "\n" + footer, Reflow.reflow(last + "\n" + footer + "\n", true, true));
        assertEquals(last + " “thử nghiệm”", Reflow.reflow(last + "\n“thử nghiệm”\n", true, true),
                "a quote glued to its word goes on");
    }

    @Test
    void paragraphStartsAreWhereTheReflowWouldNotJoin() {
        // TB-1894 page 2 as Tesseract printed it, three physical lines: a list item, its wrapped rest, the next item
        List<String> lines = List.of(
                "- Đề nghị Công ty tiếp tục tăng cường công tác quản lý, kiểm tra, giám sát",
                "đảm bảo thực hiện nỗ mìn đúng thiết kế, phương án nỗ mìn đã được phê duyệt (về",
                "",
                "- Tiếp tục thực hiện giám sát việc lập hộ chiếu nỗ mìn khoa học, cần thận",
                "2. Kiến nghị",
                "Đề việc chấp hành quy định của pháp luật");
        assertArrayEquals(new boolean[] {true, false, true, true, true, true}, Reflow.paragraphStarts(lines, true));
        String joined = Reflow.reflow(String.join("\n", lines), true, true);
        assertEquals(4, joined.split("\n").length, joined);
    }

    @Test
    void inATextLayerALineOpeningWithALoneMarkJoinsAsAnyLine() {
        // two names of Luật Đầu tư's list of narcotic substances (vi-corpus legal, Luat-Dau-tu-so-61-2020-QH14,
        // rows 33 and 34) set one after the other on a page: the first is the page's longest line, the second opens
        // with '(±) ', the document's own text and no OCR speck, so on a text-layer page it joins as any line would
        String first = "(±) - N - hydroxy - [α - methyl - 3,4 - (methylenedyoxy) phenethyl] hydroxylamine";
        String second = "(±) N - ethyl - methyl - 3,4 - (methylenedioxy) phenethylamine";
        assertEquals(first + " " + second, Reflow.reflow(first + "\n" + second + "\n", true, false));
        assertEquals(first + "\n" + second, Reflow.reflow(first + "\n" + second + "\n", true, true),
                "on an OCR page the same line stays apart");
    }

    @Test
    void theNormalizeStageKeepsALoneMarkLineApartOnOcrPagesOnly() {
        // TT-23 page 2's last two lines (as in aLineOpeningWithALoneMarkIsNoContinuation), once as an OCR page and
        // once as a text-layer page of one document
        String last = "c) Cấp, cấp lại, cấp điều chỉnh giấy phép sử dụng vật liệu nỗ công nghiệp cho tô chức, doanh nghiệp "
                + "nghiên cứu, thử nghiệm vật liệu nô công nghiệp hoặc";
        String footer = "“ TeE +84-28-3930 3279 * www.ThuVienPhapLat.Vn";
        String page = last + "\n" + footer + "\n";
        List<Page> out = PageNormalizer.normalize(List.of(
                new Page(1, page, ExtractionMethod.OCR),
                new Page(2, page, ExtractionMethod.TEXT_LAYER)));
        assertEquals(last + "\n" + footer, out.get(0).text(), "OCR page: the footer stays apart");
        assertEquals(last + " " + footer, out.get(1).text(), "text-layer page: joined as before the OCR rule");
    }

    @Test
    void pagedTextDropsNumbersOnlyAtPageEdges() {
        assertEquals("Nội dung trang.\n12 đơn vị", Reflow.reflow("3\nNội dung trang.\n12 đơn vị\n- 4 -\n", true));
    }
}

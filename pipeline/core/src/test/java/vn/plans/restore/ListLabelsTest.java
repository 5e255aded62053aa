package vn.plans.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.plans.TestData;

/**
 * List labels and stroke debris as Tesseract {@code vie} printed them on the body pages 10-12 of the TT-23 scan
 * ({@code ../shared/corpus-real/hnh-sct-vn__TT-23-2024-BCT-tienchat.pdf}); the expected labels are those of its DOCX
 * twin ({@code sd-vlncn-sct-vn__TT-23-2024-BCT.docx}). Run through the restorer on an OCR page, so the edits it records
 * are checked too: the printed text with its edits applied must be the restored text (what the serve view rebuilds).
 */
@org.junit.jupiter.api.Tag("integration")
class ListLabelsTest {
    static DiacriticRestorer restorer;

    @BeforeAll
    static void load() throws IOException {
        restorer = TestData.restorer();
    }

    /** The page restored as an OCR page, after checking that its edits rebuild it from the printed text. */
    static String repaired(String text) {
        TextRestorer.Restored r = restorer.restore(text, TextRestorer.Source.OCR);
        List<TextRestorer.Edit> edits = r.edits().stream().sorted(Comparator.comparingInt(TextRestorer.Edit::offset)).toList();
        StringBuilder rebuilt = new StringBuilder();
        int at = 0;
        for (TextRestorer.Edit e : edits) {
            assertTrue(e.offset() >= at && text.startsWith(e.original(), e.offset()), "edit " + e + " does not fit " + text);
            rebuilt.append(text, at, e.offset()).append(e.restored());
            at = e.offset() + e.original().length();
        }
        assertEquals(r.text(), rebuilt.append(text, at, text.length()).toString(), "the edits rebuild the restored text");
        return edges(r.text());
    }

    /**
     * Each line's edges, where labels and strokes are: what comes before its first word of two letters or more and
     * after its last letter ({@code "-_ b) |. ¬"}); the words between are the tone channel's, not tested here.
     */
    static String edges(String text) {
        return java.util.regex.Pattern.compile("(?m)^(.*?)\\p{L}{2}.*\\p{L}(.*)$").matcher(text).replaceAll("$1…$2");
    }

    @Test
    void aMisreadLabelTakesItsPlaceInTheSequenceAndStrokesBesideItGo() {
        // page 10: "a)" read as "_..8)" after the clause number, "b)" with a stroke before it, a speck after a sentence
        String page = "b) Tổ chức, doanh nghiệp sử dụng vật liệu nổ công nghiệp báo cáo năm. ¬\n"
                + "2. Báo cáo định kỳ trong hoạt động sản xuất, kinh doanh\n"
                + "_..8) Tổ chức, doanh nghiệp được phép kinh doanh\n"
                + "-_ b) Tổ chức, doanh nghiệp sản xuất tiền chất thuốc nổ\n";
        assertEquals(edges("b) Tổ chức, doanh nghiệp sử dụng vật liệu nổ công nghiệp báo cáo năm. \n"
                + "2. Báo cáo định kỳ trong hoạt động sản xuất, kinh doanh\n"
                + "a) Tổ chức, doanh nghiệp được phép kinh doanh\n"
                + "b) Tổ chức, doanh nghiệp sản xuất tiền chất thuốc nổ\n"), repaired(page));
    }

    @Test
    void repairsDoNotRaiseThePageConfidence() {
        // the dropped strokes and the repaired label are no decoder choice: the page's mean is that of its word edits
        String page = "-_ b) Tổ chức, doanh nghiệp sản xuất tiền chất thuốc nổ\n"
                + "Xét đê nghị của Công ty Cổ phân Khai thác vật liệu xây dựng\n";
        TextRestorer.Restored r = restorer.restore(page, TextRestorer.Source.OCR);
        List<TextRestorer.Edit> words = r.edits().stream().filter(e -> e.original().chars().anyMatch(Character::isLetter)
                && e.original().length() > 1).toList();
        assertTrue(r.text().contains("đề nghị") && r.text().startsWith("b) Tổ chức"), r.text());
        assertEquals(words.stream().mapToDouble(TextRestorer.Edit::confidence).average().orElseThrow(), r.confidence(), 1e-9,
                r.edits().toString());
    }

    @Test
    void labelsOpeningAPageAreReadFromEachOther() {
        // page 12 opens with points e) and g) of the list begun on page 11, read "©)" and "ø)"
        String page = "©) Thực hiện chức năng quản lý nhà nước\nø) Cập nhật dữ liệu, thông tin\n2. Cục Hóa chất\n"
                + "a) Hướng dẫn việc thực hiện\nb) Tiếp nhận đăng ký mới\n__— ©) Chủ trì, phối hợp\nd) Cập nhật dữ liệu\n";
        assertEquals(edges("e) Thực hiện chức năng quản lý nhà nước\ng) Cập nhật dữ liệu, thông tin\n2. Cục Hóa chất\n"
                + "a) Hướng dẫn việc thực hiện\nb) Tiếp nhận đăng ký mới\nc) Chủ trì, phối hợp\nd) Cập nhật dữ liệu\n"),
                repaired(page));
    }

    @Test
    void dAndDdAreTakenFromTheLabelBefore() {
        // page 11: "d)" read as "đ)" after "c)"; the "đ)" after it is right, and calls for the d) before it
        String page = "c) Tuyên truyền, phổ biến\nđ) Cấp, cấp lại, cấp điều chỉnh giấy phép\nđ) Tổng hợp báo cáo định kỳ\n";
        assertEquals(edges("c) Tuyên truyền, phổ biến\nd) Cấp, cấp lại, cấp điều chỉnh giấy phép\nđ) Tổng hợp báo cáo định kỳ\n"),
                repaired(page));
    }

    @Test
    void labelsThatFitOrHaveNoNeighbourAndOrdinaryLinesStay() {
        for (String page : List.of(
                "a) Một\nb) Hai\nc) Ba\n",
                "đ) Tổng hợp báo cáo\n",                     // no label before it: kept
                "c) Thực hiện\ne) Tổng hợp\n",                // e) after c) is no misreading the lists know
                "©) Chủ trì\n",                               // c) or e): nothing says which
                "- Sở Công Thương;\n- Công an tỉnh;\n",        // list dashes
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n______\n", // a rule under a header
                "khoảng 5 - 10 m; điểm a) khoản 2\n")) {
            assertEquals(edges(page), repaired(page));
        }
    }

    @Test
    void aBarGluedToTextIsALetterOrDigitAndStays() {
        // Tesseract prints "|" for I, l and 1: a heading number, a Roman numeral, a word's first letter
        for (String page : List.of(
                "|. MỤC ĐÍCH, YÊU CẦU\n",
                "|I. NHIỆM VỤ VÀ GIẢI PHÁP\n",
                "|ập kế hoạch thực hiện\n")) {
            assertEquals(edges(page), repaired(page));
        }
    }

    @Test
    void theLabelOrderStartsAgainAtEachClauseAndNumberedListsStayNumbered() {
        for (String page : List.of(
                "a) Tổ chức thực hiện\n5) Năm\n6) Sáu\n",                  // a numbered list: 6) is six
                "e) Tổng hợp báo cáo\n7) Bảy\n8) Tám\n9) Chín\n",           // 8) 9) are numbers, not g)
                "e) Tổng hợp báo cáo\n2. Cục Hóa chất\n8) Hướng dẫn\n",     // a new clause: nothing before 8)
                "b) Tiếp nhận\nĐiều 5. Trách nhiệm\n©) Chủ trì\n",          // c) or e): the b) is of another article
                "c) Tuyên truyền\nđ) Tổng hợp báo cáo\ne) Cập nhật dữ liệu\n")) { // d) missing, or đ)? the printed stays
            assertEquals(edges(page), repaired(page));
        }
    }

    @Test
    void specksAfterALinesLastSentenceGo() {
        // pages 10-12: marks Tesseract printed after a line's sentence had ended; the twin has none of them
        String page = "Mẫu số 02 Phụ lục X ban hành kèm theo Thông tư này trước ngày 18 tháng 12 đối với báo cáo năm. | '\n"
                + "ban hành văn bản quy định tại điểm đ khoản 2 Điều 4 Thông tư này; .\n"
                + "d) Cập nhật dữ liệu vào Cơ sở dữ liệu theo quy định tại khoản 2 Điều 11 Thông tư này. .\n";
        assertEquals(edges("Mẫu số 02 Phụ lục X ban hành kèm theo Thông tư này trước ngày 18 tháng 12 đối với báo cáo năm. \n"
                + "ban hành văn bản quy định tại điểm đ khoản 2 Điều 4 Thông tư này; \n"
                + "d) Cập nhật dữ liệu vào Cơ sở dữ liệu theo quy định tại khoản 2 Điều 11 Thông tư này. \n"), repaired(page));
    }

    @Test
    void aSignaturesStrokesAfterARecipientGo() {
        // TB-1894 page 2: the signature and stamp beside the list of recipients, read after a recipient's ";" (the
        // document: "- Công ty CP XD Giao thông Yên Bái;", "- Công ty TNHH Hiệp Phú;")
        String page = "- Cộng ty CP XD Giao thông Yên Bái; ^ Á Ễ\n"
                + "- Tông công ty xây dựng Trường Sơn; PHO GIAM ĐỌC\n"
                + "- Công ty TNHH Hiệp Phú; (\n"
                + "- Ban Giám đôc Sở;\n";
        assertEquals(edges("- Cộng ty CP XD Giao thông Yên Bái; \n"
                + "- Tông công ty xây dựng Trường Sơn; PHO GIAM ĐỌC\n"
                + "- Công ty TNHH Hiệp Phú; \n"
                + "- Ban Giám đôc Sở;\n"), repaired(page));
        // a lone letter is no speck as the first mark after a sentence, nor after a word
        String letters = "- Tổ chức các đoàn công tác; Á ^\nkhu vực Đông Nam Á\n";
        assertEquals(edges(letters), repaired(letters));
    }

    @Test
    void anOpeningBracketTheNextLineClosesStays() {
        // REVIEW4 finding 3: a "(" at a line's end whose content continues on the next line is text, not a speck
        String page = "- Các đơn vị theo danh sách tại Phụ lục; (\nkèm theo Quyết định này)\n";
        assertEquals(edges(page), repaired(page));
    }

    @Test
    void aSpeckAloneBetweenTwoWordsGoes() {
        // page 13 "quy định ` tại": the twin reads "quy định tại" (page 12's "nhập _ khẩu" stays: a _ may be a form's blank)
        String page = "của tổ chức, doanh nghiệp quy định ` tại khoản 4 Điều 17 Thông tư này\n";
        TextRestorer.Restored r = restorer.restore(page, TextRestorer.Source.OCR);
        repaired(page); // the edits rebuild the text
        assertTrue(r.text().contains("quy định tại khoản 4"), r.text());
    }

    @Test
    void marksThatAreTextStay() {
        for (String page : List.of(
                "PHỤ LỤC |\n",                                   // a bar after a heading: I, l or 1
                "như sau: “\n",                                  // a quote may open the next line
                "như sau: ‘\n",                                  // so may a single one
                "như sau: '\n",
                "khoảng 5 - 10 m; tuyến Hà Nội - Hải Phòng\n",   // dashes between words
                "Ban hành kèm theo Thông tư này.\n",
                "Nơi nhận:\n- Như Điều 3;\n")) {
            assertEquals(edges(page), repaired(page));
        }
        // the blanks of a form to fill in, as OCR reads a date line's underscores: words between them, no speck
        String form = "Sơn La, ngày _ tháng _ năm 2025\n";
        repaired(form);
        TextRestorer.Restored r = restorer.restore(form, TextRestorer.Source.OCR);
        assertTrue(r.text().contains("ngày _ tháng _ năm"), r.text());
    }
}

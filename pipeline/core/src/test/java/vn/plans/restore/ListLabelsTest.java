package vn.plans.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * List labels and stroke debris as Tesseract {@code vie} printed them on the body pages 10-12 of the TT-23 scan
 * ({@code ../shared/corpus-real/hnh-sct-vn__TT-23-2024-BCT-tienchat.pdf}); the expected labels are those of its DOCX
 * twin ({@code sd-vlncn-sct-vn__TT-23-2024-BCT.docx}).
 */
class ListLabelsTest {
    /** The text with {@link ListLabels#repairs} applied (a dropped token takes the spaces after it along). */
    static String repaired(String text) {
        List<Token> tokens = SyllableTokenizer.tokenize(text);
        Map<Integer, String> r = new TreeMap<>(ListLabels.repairs(text, tokens));
        StringBuilder out = new StringBuilder();
        int copied = 0;
        for (Map.Entry<Integer, String> e : r.entrySet()) {
            Token t = tokens.get(e.getKey());
            out.append(text, copied, t.start()).append(e.getValue());
            copied = t.end();
            if (e.getValue().isEmpty()) while (copied < text.length() && text.charAt(copied) == ' ') copied++;
        }
        return out.append(text.substring(copied)).toString();
    }

    @Test
    void aMisreadLabelTakesItsPlaceInTheSequenceAndStrokesBesideItGo() {
        // page 10: "a)" read as "_..8)" after the clause number, "b)" with a stroke before it, a speck after a sentence
        String page = "b) Tổ chức, doanh nghiệp sử dụng vật liệu nổ công nghiệp báo cáo năm. ¬\n"
                + "2. Báo cáo định kỳ trong hoạt động sản xuất, kinh doanh\n"
                + "_..8) Tổ chức, doanh nghiệp được phép kinh doanh\n"
                + "-_ b) Tổ chức, doanh nghiệp sản xuất tiền chất thuốc nổ\n";
        assertEquals("b) Tổ chức, doanh nghiệp sử dụng vật liệu nổ công nghiệp báo cáo năm. \n"
                + "2. Báo cáo định kỳ trong hoạt động sản xuất, kinh doanh\n"
                + "a) Tổ chức, doanh nghiệp được phép kinh doanh\n"
                + "b) Tổ chức, doanh nghiệp sản xuất tiền chất thuốc nổ\n", repaired(page));
    }

    @Test
    void labelsOpeningAPageAreReadFromEachOther() {
        // page 12 opens with points e) and g) of the list begun on page 11, read "©)" and "ø)"
        String page = "©) Thực hiện chức năng quản lý nhà nước\nø) Cập nhật dữ liệu, thông tin\n2. Cục Hóa chất\n"
                + "a) Hướng dẫn việc thực hiện\nb) Tiếp nhận đăng ký mới\n__— ©) Chủ trì, phối hợp\nd) Cập nhật dữ liệu\n";
        assertEquals("e) Thực hiện chức năng quản lý nhà nước\ng) Cập nhật dữ liệu, thông tin\n2. Cục Hóa chất\n"
                + "a) Hướng dẫn việc thực hiện\nb) Tiếp nhận đăng ký mới\nc) Chủ trì, phối hợp\nd) Cập nhật dữ liệu\n",
                repaired(page));
    }

    @Test
    void dAndDdAreTakenFromTheLabelBefore() {
        // page 11: "d)" read as "đ)" after "c)"; the "đ)" after it is right
        String page = "c) Tuyên truyền, phổ biến\nđ) Cấp, cấp lại, cấp điều chỉnh giấy phép\nđ) Tổng hợp báo cáo định kỳ\n";
        assertEquals("c) Tuyên truyền, phổ biến\nd) Cấp, cấp lại, cấp điều chỉnh giấy phép\nđ) Tổng hợp báo cáo định kỳ\n",
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
            assertEquals(page, repaired(page));
        }
    }
}

package vn.plans.furniture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plans.TestData;
import vn.plans.extract.EmbeddedFontDecoder;
import vn.plans.extract.PdfTextExtractor;
import vn.plans.model.ExtractionMethod;
import vn.plans.model.Furniture;
import vn.plans.model.Page;
import vn.plans.normalize.PageNormalizer;

class PageFurnitureTest {
    private static final PageFurniture FURNITURE = PageFurniture.standard();

    /**
     * TT-23/2024/TT-BCT as scanned ({@code corpus-real/hnh-sct-vn__TT-23-2024-BCT-tienchat.pdf}) prints the publisher's
     * line {@code Tel: +84-28-3930 3279 * www.ThuVienPhapLuat.vn} at the foot of every page; Tesseract reads it
     * differently on each of pages 10-13 (the lines below as OCR-ed), and the initials after it on page 11 are no
     * footer. The first and last body lines are those of the pages.
     */
    @Test
    void ocrVariantsOfTheRunningFooterAreMarkedOnEveryPage() {
        List<Page> pages = List.of(
                ocr(1, "Điều 17. Báo cáo định kỳ, đột xuất",
                        "b) Báo cáo Sở Công Thương tỉnh, thành phố trực thuộc Trung ương nơi",
                        "# TEE +B4-28-3930 3279 + www. IhuVienPhapImat.VN"),
                ocr(2, "lãi tiến hành hoạt động vật liệu nỗ công nghiệp, tiền chất thuốc nỗ trong thời hạn 48",
                        "tổng kết công tác quản lý, sử dụng vật liệu nổ công nghiệp, tiền chất thuốc nổ;",
                        "TEE +84-28-3930 3279 + www. IhuVienPhapLuat.Vn kở", "⁄ t2"),
                ocr(3, "©) Thực hiện chức năng quản lý nhà nước của cơ quan chuyên môn về xây dựng",
                        "c) Chủ trì, phối hợp với các cơ quan, đơn vị liên quan tập huấn nghiệp vụ",
                        "° Tek +84-28-3930 3279 * www.ThuVienPhapLuat.vn"),
                ocr(4, "Điều 19. Trách nhiệm của Sở Công Thương",
                        "Bộ trưởng Bộ Công Thương ban hành hoặc liên tịch ban hành.",
                        "° TeÈE +B4-28-3930 3279 + www. Thu VienPhapL,uat.Vn", "““"));
        List<Page> marked = FURNITURE.mark(pages);
        for (Page p : marked) {
            assertEquals(1, p.furniture().size(), "page " + p.number() + ": " + p.furniture());
            Furniture f = p.furniture().getFirst();
            assertEquals(Furniture.Kind.RUNNING_FOOTER, f.kind());
            String line = p.text().substring(f.offset(), f.end());
            assertTrue(line.contains("3930 3279"), line);
            assertEquals(p.text().substring(0, f.offset()).split("\n", -1).length, f.line());
            assertTrue(p.bodyText().contains("Công Thương") || p.bodyText().contains("công nghiệp") || p.bodyText().contains("chức năng"));
            assertTrue(!p.bodyText().contains("3930") && p.bodyText().length() == p.text().length(), "blanked in place");
        }
        assertEquals(pages.get(0).text(), marked.get(0).text(), "the text itself is unchanged");
    }

    /**
     * TT-23 prints the publisher's line up the right margin; on page 16 of the scan Tesseract put it second on the page,
     * on pages 15 and 17 last (as OCR-ed): the same running line, marked where it is read.
     */
    @Test
    void aMarginLineReadAtTheTopOfOnePageIsStillTheRunningLine() {
        List<Page> pages = List.of(
                ocr(15, "b) Khu vực kho chứa vật liệu nổ công nghiệp", "đ) Kiểm tra định kỳ việc bảo quản",
                        "# Tek +84-28-3930 3279 + www. LhuVienPhapLuat.Vn"),
                ocr(16, "PHỤ LỤC I", "# Tek +84-28-3930 3279 * www. LhuVienPhapLat.VIN", "DANH MỤC TIỀN CHẤT THUỐC NỔ",
                        "STT | Tên tiền chất | Mã HS", "5 | Thuốc nổ hỗn hợp của các loại thuốc nổ mạnh đơn chất | 3602.00.00"),
                ocr(17, "Mẫu số 01", "Tên tổ chức, doanh nghiệp", "° Tek +84-28-3930 3279 # vwww.ThuVienPhapLuat.Vn"));
        List<Page> marked = FURNITURE.mark(pages);
        assertEquals(List.of(Furniture.Kind.RUNNING_FOOTER), marked.get(0).furniture().stream().map(Furniture::kind).toList());
        assertEquals(List.of(2), marked.get(1).furniture().stream().map(Furniture::line).toList());
        assertEquals(Furniture.Kind.RUNNING_HEADER, marked.get(1).furniture().getFirst().kind());
        assertEquals(1, marked.get(2).furniture().size());
    }

    /**
     * QĐ 2463/2026 ({@code corpus-real/kccn-sct-vn__QD-2463-2026-CTDT-KCN-Vo-Lao.pdf}, its text layer) prints its page
     * number alone above the text of pages 2-5; its annex (pages 6-12) is a table of boundary coordinates whose rows
     * ({@code 35 2460036,211 441458,76 …}) end every page and are body, as is the table's head repeated on pages 7-12.
     */
    @Test
    void pageNumbersOfADigitalPdfAndNotTheRowsOfItsCoordinateTable() throws Exception {
        List<Page> marked = FURNITURE.mark(textLayer("kccn-sct-vn__QD-2463-2026-CTDT-KCN-Vo-Lao.pdf"));
        List<String> found = new ArrayList<>();
        for (Page p : marked) {
            for (Furniture f : p.furniture()) found.add(p.number() + ":" + f.kind().json() + ":" + p.text().substring(f.offset(), f.end()));
        }
        assertEquals(List.of("2:page_number:2", "3:page_number:3", "4:page_number:4", "5:page_number:5"), found);
    }

    /** GCN ĐKĐT KCN Bản Qua: pages 5-9 end in rows of a coordinate table ({@code M33 2497939,8 407275,95}): body. */
    @Test
    void rowsOfNumbersAreNoRunningLines() throws Exception {
        for (Page p : FURNITURE.mark(textLayer("kccn-sct-vn__GCN-DKDT-KCN-Ban-Qua-30-6-2026.pdf"))) {
            assertEquals(List.of(), p.furniture(), "page " + p.number());
        }
    }

    /**
     * Pages that each open with the national motto (a document of one-page forms; here each with other lines of
     * TT-23/2024): the motto is never furniture, however often it heads a page.
     */
    @Test
    void theNationalMottoIsNeverFurniture() {
        List<String> body = List.of("3. Kiểm tra định kỳ, đột xuất việc chấp hành quy định pháp luật về vật liệu nổ công nghiệp",
                "c) Thực hiện báo cáo theo yêu cầu của cơ quan có thẩm quyền;",
                "2. Cục Hóa chất", "b) Duy trì, nâng cấp, phát triển Cơ sở dữ liệu;",
                "Điều 20. Điều khoản thi hành", "1. Thông tư này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2025.");
        List<Page> pages = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            pages.add(ocr(i, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", body.get(i - 1)));
        }
        for (Page p : FURNITURE.mark(pages)) assertEquals(List.of(), p.furniture(), "page " + p.number());
    }

    /**
     * A one-page form (as OCR reads a table): its last lines are the cells of a quantity column, each {@code 1} on
     * page 1. Page numbers are voted by pages, not lines: one page is no run of page numbers, and a page has one.
     */
    @Test
    void aColumnOfNumbersEndingOnePageIsNoPageNumber() {
        Page form = ocr(1, "DANH MỤC HỒ SƠ ĐỀ NGHỊ CẤP GIẤY PHÉP", "STT | Tên tài liệu | Số lượng",
                "Đơn đề nghị cấp giấy phép", "Bản sao giấy chứng nhận đăng ký doanh nghiệp", "1", "1", "1");
        assertEquals(List.of(), FURNITURE.mark(List.of(form)).getFirst().furniture());
    }

    /**
     * Pages that each open with the issuer's line (as a decree's pages repeat its header block): on page 1 it is the
     * document's own header, which the header parser reads from the body, so it is not marked there; on the later pages
     * it is a running head.
     */
    @Test
    void theFirstPagesHeadIsTheDocumentsHeaderNotARunningHead() {
        List<List<String>> body = List.of(
                List.of("Số: 125/QĐ-UBND", "QUYẾT ĐỊNH", "Ban hành Kế hoạch thực hiện Chương trình hành động"),
                List.of("Điều 2. Giao Sở Công Thương chủ trì, phối hợp với các sở, ngành", "a) Tổ chức triển khai kế hoạch",
                        "b) Tổng hợp báo cáo kết quả thực hiện"),
                List.of("Điều 3. Quyết định này có hiệu lực kể từ ngày ký.", "Nơi nhận:", "- Như Điều 3;"));
        List<Page> pages = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            List<String> lines = new ArrayList<>(List.of("ỦY BAN NHÂN DÂN TỈNH SƠN LA"));
            lines.addAll(body.get(i - 1));
            pages.add(ocr(i, lines.toArray(String[]::new)));
        }
        List<Page> marked = FURNITURE.mark(pages);
        assertEquals(List.of(), marked.get(0).furniture(), "page 1");
        for (Page p : marked.subList(1, 3)) {
            assertEquals(List.of(Furniture.Kind.RUNNING_HEADER), p.furniture().stream().map(Furniture::kind).toList(), "page " + p.number());
            assertEquals(1, p.furniture().getFirst().line());
        }
    }

    private static Page ocr(int number, String... lines) {
        return new Page(number, String.join("\n", lines), ExtractionMethod.OCR);
    }

    private static List<Page> textLayer(String name) throws Exception {
        Path f = TestData.shared().resolve("corpus-real").resolve(name);
        return PageNormalizer.normalize(new PdfTextExtractor(null, EmbeddedFontDecoder.standard()).extract(f, "application/pdf").pages());
    }
}

package vn.plans.structure;

import vn.plans.model.DocumentType;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plans.model.ExtractionMethod;
import vn.plans.model.Header;
import vn.plans.model.Page;

class HeaderParserTest {
    private final HeaderParser p = new HeaderParser();

    private Header parse(String text) {
        return p.parse(Lines.of(List.of(new Page(1, text, ExtractionMethod.PLAIN_TEXT))));
    }

    @Test
    void docxTwoColumnHeader() { // KH-2242 as Tika writes its header table
        Header h = parse("""
                | UBND TỈNH LÀO CAI | | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
                | SỞ CÔNG THƯƠNG | | Độc lập - Tự do - Hạnh phúc |
                | Số: /KH-SCT | | Lào Cai, ngày tháng 4 năm 2026 |
                KẾ HOẠCH
                Kiểm tra, cấp Giấy chứng nhận huấn luyện kỹ thuật an toàn vật liệu nổ công nghiệp
                Căn cứ Nghị định số 181/2024/NĐ-CP ngày 31/12/2024 của Chính phủ quy định chi tiết;
                I. MỤC ĐÍCH, YÊU CẦU
                """);
        assertEquals("Sở Công Thương", h.issuer());
        assertEquals("UBND tỉnh Lào Cai", h.issuerParent());
        assertEquals("/KH-SCT", h.number());
        assertEquals("Lào Cai", h.place());
        assertEquals("2026-04", h.issuedDate());
        assertEquals(DocumentType.KE_HOACH, h.docType());
        assertEquals("Kiểm tra, cấp Giấy chứng nhận huấn luyện kỹ thuật an toàn vật liệu nổ công nghiệp", h.title());
        assertEquals("181/2024/NĐ-CP", h.legalBases().getFirst().number());
        assertEquals("2024-12-31", h.legalBases().getFirst().date());
    }

    @Test
    void issuerAndMottoInterleavedOnOneLine() { // the two header columns run together by a PDF exporter
        Header h = parse("""
                ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                HUYỆN BA TƠ Độc lập - Tự do - Hạnh phúc
                Số: 61 /KH-UBND Ba Tơ, ngày 04 tháng 4 năm 2025
                KẾ HOẠCH
                Triển khai thực hiện công tác trẻ em
                I. MỤC ĐÍCH, YÊU CẦU
                """);
        assertEquals("Ủy ban nhân dân huyện Ba Tơ", h.issuer());
        assertEquals("61/KH-UBND", h.number());
        assertEquals("Ba Tơ", h.place());
        assertEquals("2025-04-04", h.issuedDate());
    }

    @Test
    void issuerFromTheEnactingClauseWhenTheHeaderLostIt() { // seed 001 (Markdown without the header table)
        Header h = parse("""
                Số: 61 /KH-UBND
                Sơn Tây, ngày 04 tháng 4 năm 2025
                ## KẾ HOẠCH
                ### Triển khai thực hiện công tác trẻ em trên địa bàn huyện năm 2025
                Thực hiện Kế hoạch số 65/UBND ngày 31/3/2025 của tỉnh Quảng Ngãi về ban hành Kế hoạch; UBND huyện ban hành Kế hoạch triển khai thực hiện công tác trẻ em cụ thể sau:
                ## I. MỤC ĐÍCH, YÊU CẦU
                """);
        assertEquals("UBND huyện Sơn Tây", h.issuer());
        assertEquals("Quảng Ngãi", h.province());
        assertEquals("Triển khai thực hiện công tác trẻ em trên địa bàn huyện năm 2025", h.title());
        assertEquals("Kế hoạch số 65/UBND ngày 31/3/2025 của tỉnh Quảng Ngãi", h.legalBases().getFirst().text());
    }

    @Test
    void signerInterleavedWithRecipients() { // seed 000
        Header h = parse("""
                Số: /KH-UBND
                KẾ HOẠCH
                Tiêu đề
                I. MỤC ĐÍCH
                Nơi nhận: KT. CHỦ TỊCH
                - Sở Y tế;
                - CT, PCT UBND huyện;
                - Lưu: VT, VP.
                PHÓ CHỦ TỊCH
                Lữ Đình Tích
                """);
        assertEquals("Lữ Đình Tích", h.signer().name());
        assertEquals("PHÓ CHỦ TỊCH", h.signer().title());
        assertEquals("KT. CHỦ TỊCH", h.signer().onBehalf());
        assertEquals(List.of("Sở Y tế", "CT, PCT UBND huyện", "Lưu: VT, VP"), h.recipients());
    }

    @Test
    void signerInATableCell() { // KH-3957
        Header h = parse("""
                Số: /KH-SCT
                KẾ HOẠCH
                Tiêu đề
                I. MỤC ĐÍCH
                | Nơi nhận: - Ban Giám đốc Sở; - Lưu: VT, CN(Linh). | | KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Hoàng Văn Thuân |
                """);
        assertEquals("Hoàng Văn Thuân", h.signer().name());
        assertEquals("PHÓ GIÁM ĐỐC", h.signer().title());
        assertEquals("KT. GIÁM ĐỐC", h.signer().onBehalf());
        assertEquals(List.of("Ban Giám đốc Sở", "Lưu: VT, CN(Linh)"), h.recipients());
    }

    @Test
    void ocrHeaderWithoutBodyLineAndATitleOpeningLikeThePreamble() { // the shape of seed 004 after restoration
        Header h = parse("""
                TỈNH ĐIỆN BIÊN Độc lập - Tự do - Hạnh phúc
                Số: 12 /KH-UBND Điện Biên, ngày 05 tháng 3 năm 2025
                KẾ HOẠCH
                Thực hiện Chương trình hành động vì trẻ em
                Thực hiện Quyết định số 27/QĐ- TTg ngày 03/01/2025 của Thủ tướng
                Chính phủ về công tác trẻ em.
                Theo đề nghị của Giám đốc Sở Y tế, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
                I. MỤC ĐÍCH, YÊU CẦU
                """);
        assertEquals("Ủy ban nhân dân tỉnh Điện Biên", h.issuer());
        assertEquals("Thực hiện Chương trình hành động vì trẻ em", h.title());
        assertEquals(List.of("Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ"),
                h.legalBases().stream().map(vn.plans.model.LegalBasis::text).toList());
    }

    @Test
    void aPreambleCitationRightAfterTheTypeIsNotATitle() {
        Header h = parse("""
                KẾ HOẠCH
                Thực hiện Kế hoạch số 29/KH-UBND ngày 10/02/2025 của UBND tỉnh Quảng Ngãi.
                Căn cứ Luật Trẻ em ngày 05 tháng 4 năm 2016;
                I. MỤC ĐÍCH, YÊU CẦU
                """);
        assertEquals(null, h.title());
        assertEquals(2, h.legalBases().size(), h.legalBases().toString());
    }

    @Test
    void ocrSignatureBlockInterleavedWithRecipientsAndUnaccented() {
        Header h = parse("""
                I. MỤC ĐÍCH
                Trên đây là Kế hoạch.
                Noi nhén: TM. UY BAN NHAN DAN
                - Bộ Y tế; KT. CHỦ TỊCH
                - Chủ tịch UBND tỉnh; PHO CHU TICH
                - Lưu: VT.
                Nguyễn Văn An
                """);
        assertEquals(List.of("Bộ Y tế", "Chủ tịch UBND tỉnh", "Lưu: VT"), h.recipients());
        assertEquals("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH", h.signer().onBehalf());
        assertEquals("PHÓ CHỦ TỊCH", h.signer().title());
        assertEquals("Nguyễn Văn An", h.signer().name());
    }

    /**
     * A template's header holds placeholders for its issuer and number (the reference {@code PHƯƠNG ÁN TỔ CHỨC VẬN
     * CHUYỂN HÀNG HÓA NGUY HIỂM} of corpus-real, {@code CÔNG TY ……….} over {@code Số: …….}): its sample wording asks no
     * one, so it is flagged and no task is read; a draft with a blank number under a real issuer is not a template.
     */
    @Test
    void aBlankTemplateIsFlaggedAndAssignsNothing() {
        String template = String.join("\n",
                "| CÔNG TY ………. | | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |",
                "| Số: ……. | | Độc lập - Tự do - Hạnh phúc |",
                "PHƯƠNG ÁN TỔ CHỨC VẬN CHUYỂN HÀNG HÓA NGUY HIỂM",
                "Kính gửi: Cục kỹ thuật an toàn và môi trường công nghiệp",
                "1. Tên tổ chức/cá nhân vận chuyển hàng nguy hiểm: Công ty ……………",
                "2. Sau khi nhận được báo cáo, Quản lý đội xe, phụ trách an toàn có trách nhiệm báo cáo Công an PCCC theo SĐT 114.",
                "Đề nghị quý cơ quan xem xét");
        List<String> warnings = new java.util.ArrayList<>();
        p.parse(Lines.of(List.of(new Page(1, template, ExtractionMethod.PLAIN_TEXT))), List.of(), warnings);
        assertEquals(List.of(HeaderParser.BLANK_TEMPLATE), warnings);
        vn.plans.model.Structure s = new PlanStructureExtractor().extract("d", List.of(new Page(1, template, ExtractionMethod.PLAIN_TEXT)), List.of());
        assertEquals(List.of(), s.tasks());
        String draft = template.replace("CÔNG TY ……….", "SỞ CÔNG THƯƠNG").replace("Số: …….", "Số:      /SCT-CN");
        List<String> none = new java.util.ArrayList<>();
        p.parse(Lines.of(List.of(new Page(1, draft, ExtractionMethod.PLAIN_TEXT))), List.of(), none);
        assertEquals(List.of(), none.stream().filter(HeaderParser.BLANK_TEMPLATE::equals).toList());
        List<vn.plans.model.Task> drafted = new PlanStructureExtractor().extract("d", List.of(new Page(1, draft, ExtractionMethod.PLAIN_TEXT)), List.of()).tasks();
        assertEquals(List.of("Đề nghị quý cơ quan xem xét"), drafted.stream().map(vn.plans.model.Task::text).toList());
    }
}

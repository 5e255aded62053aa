package vn.plans.structure;

import vn.plans.model.DocumentPart;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plans.model.Agency;
import vn.plans.model.ExtractionMethod;
import vn.plans.model.Page;
import vn.plans.model.Table;
import vn.plans.model.Task;

class AppendixTableReaderTest {
    private final AppendixTableReader r = new AppendixTableReader(new AgencyNormalizer(), new TimeframeParser());

    private static List<String> names(List<Agency> a) {
        return a.stream().map(Agency::name).toList();
    }

    /** Seed 000's phụ lục as the PDF exporter wrote it: each cell's lines one after another. */
    private static final String INTERLEAVED = """
            PHỤ LỤC
            PHÂN CÔNG MỘT SỐ NHIỆM VỤ
            TT
            Nhiệm vụ thực hiện các nội dung
            khuyến nghị
            Cơ quan
            chủ trì
            Cơ quan phối
            hợp
            Thời gian
            thực hiện
            IV
            Triển khai dịch vụ đáp ứng thực hiện
            quyền trẻ em
            1
            Tổ chức triển khai các chính sách trợ giúp
            xã hội. Triển khai các dịch vụ dễ tiếp
            cận, thân thiện với trẻ em: hỗ trợ,
            Văn phòng
            HĐND&UBND
            huyện
            Các cơ quan,
            đơn vị, hội
            đoàn thể liên
            quan; UBND
            các xã, thị trấn.
            Thường
            xuyên trong
            năm
            can thiệp trẻ em khuyết tật; giáo dục nghề
            nghiệp; tư vấn tâm lý, tái hòa nhập cộng
            các vấn đề về trẻ em.
            2
            Giảm thiểu tình trạng tảo hôn, hôn nhân
            cận huyết thống.
            Phòng Dân tộc
            – Tôn giáo
            Các cơ quan,
            đơn vị, hội
            đoàn thể liên
            Thường
            xuyên trong
            năm
            quan; UBND
            các xã, thị trấn.
            3
            Phòng, chống xâm hại trẻ em trên môi
            trường mạng.
            Phòng Văn hóa,
            Khoa học và
            Thông tin;
            Trung tâm
            TTVHTT
            huyện
            Các cơ quan,
            đơn vị, hội
            đoàn thể liên
            quan.
            Thường
            xuyên trong
            năm
            8
            VII Bảo đảm nguồn lực thực hiện
            Bảo đảm nguồn lực thực hiện quyền trẻ em
            theo quy định.
            Phòng Tài
            chính - Kế
            hoạch
            Các cơ quan,
            đơn vị
            Năm 2025
            """;

    @Test
    void interleavedCellsAcrossPageBreaksAndGroupRows() {
        List<Task> t = r.fromText("d", Lines.of(List.of(new Page(1, INTERLEAVED, ExtractionMethod.TEXT_LAYER))), 0);
        assertEquals(List.of("PL1.IV.1", "PL1.IV.2", "PL1.IV.3", "PL1.VII"), t.stream().map(Task::section).toList(),
                "the page number 8 is dropped; VII has no numbered rows and is a task itself");
        Task first = t.getFirst();
        assertEquals("Tổ chức triển khai các chính sách trợ giúp xã hội. Triển khai các dịch vụ dễ tiếp cận, thân thiện với"
                + " trẻ em: hỗ trợ, can thiệp trẻ em khuyết tật; giáo dục nghề nghiệp; tư vấn tâm lý, tái hòa nhập cộng"
                + " các vấn đề về trẻ em.", first.text(), "text continued after the page break goes back to the task cell");
        assertEquals(List.of("Văn phòng HĐND&UBND huyện"), names(first.leadAgencies()));
        assertEquals(List.of("Các cơ quan, đơn vị, hội đoàn thể liên quan", "UBND các xã, thị trấn"), names(first.coordinatingAgencies()));
        assertEquals("recurring", first.timeframe().kind().json());
        Task second = t.get(1);
        assertEquals("Giảm thiểu tình trạng tảo hôn, hôn nhân cận huyết thống.", second.text());
        assertEquals(List.of("Phòng Dân tộc – Tôn giáo"), names(second.leadAgencies()));
        assertEquals(List.of("Các cơ quan, đơn vị, hội đoàn thể liên quan", "UBND các xã, thị trấn"), names(second.coordinatingAgencies()),
                "the coordinating cell continued after the timeframe");
        assertEquals("Thường xuyên trong năm", second.timeframe().raw());
        Task third = t.get(2);
        assertEquals("Phòng, chống xâm hại trẻ em trên môi trường mạng.", third.text());
        assertEquals(List.of("Phòng Văn hóa, Khoa học và Thông tin", "Trung tâm TTVHTT huyện"), names(third.leadAgencies()));
        assertEquals(List.of("Các cơ quan, đơn vị, hội đoàn thể liên quan"), names(third.coordinatingAgencies()));
        Task group = t.get(3);
        assertEquals("Bảo đảm nguồn lực thực hiện quyền trẻ em theo quy định.", group.text());
        assertEquals(DocumentPart.APPENDIX, group.source());
        assertEquals(List.of("Phòng Tài chính - Kế hoạch"), names(group.leadAgencies()));
        assertEquals("year", group.timeframe().kind().json());
    }

    @Test
    void docxTableWithPeopleOnePerParagraph() { // KH-3957 appendix table
        Table table = new Table(1, List.of(
                List.of("TT", "Nhiệm vụ thực hiện", "Người thực hiện", "Ghi chú"),
                List.of("1.", "Rà soát việc đáp ứng các điều kiện của học viên", "Vũ Việt Linh\nNguyễn Thị Loan", ""),
                List.of("2.", "Tổ chức chấm bài", "Vũ Việt Linh", "")));
        List<Task> t = r.fromTables("d", List.of(new Table(1, List.of(List.of("UBND TỈNH LÀO CAI", "", "CỘNG HÒA"))), table), 3);
        assertEquals(2, t.size());
        assertEquals("PL1.1", t.getFirst().section());
        assertEquals("d-t4", t.getFirst().taskId());
        assertEquals(List.of("Vũ Việt Linh", "Nguyễn Thị Loan"), names(t.getFirst().leadAgencies()));
    }

    @Test
    void docxTableWithGroupRows() {
        Table table = new Table(2, List.of(
                List.of("TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"),
                List.of("II", "Truyền thông, giáo dục", "", "", ""),
                List.of("1", "Truyền thông về Luật Trẻ em", "Phòng Tư pháp", "UBND các xã, thị trấn", "Quý III năm 2025")));
        Task t = r.fromTables("d", List.of(table), 0).getFirst();
        assertEquals("PL1.II.1", t.section());
        assertEquals(List.of("UBND các xã, thị trấn"), names(t.coordinatingAgencies()));
        assertEquals(List.of("2025-Q3"), t.timeframe().quarters());
        assertEquals(2, t.page());
    }

    /**
     * A report's table of solutions (Phụ lục 3 of the report of the Văn phòng UBND tỉnh, tune: {@code
     * corpus/gold/tasks/bc-vp-ubnd-cum-cong-nghiep.json}; cells as printed, two rows): the {@code Giải pháp, kiến nghị}
     * column is the task, the {@code Cơ quan phụ trách} cell labels the roles, a group title spans the row.
     */
    @Test
    void docxTableOfSolutionsWithARoleCell() {
        Table table = new Table(5, List.of(
                List.of("TT", "Cụm công nghiệp (vị trí, diện tích, chủ đầu tư, cơ sở pháp lý)", "Tiến độ hiện tại", "Khó khăn, vướng mắc",
                        "Giải pháp, kiến nghị", "Cơ quan phụ trách", "Nguồn lực thực hiện"),
                List.of("I. CỤM CÔNG NGHIỆP ĐÃ CÓ CHỦ ĐẦU TƯ HẠ TẦNG, ĐANG TRIỂN KHAI (07 cụm)"),
                List.of("7", "CCN Bảo Minh", "GPMB đến 01/6/2026 đạt 10 ha.", "Phải hoàn tất thủ tục chuyển đổi mục đích sử dụng 12,87 ha đất rừng sản xuất.",
                        "Sở Công Thương phối hợp Sở Nông nghiệp và Môi trường, Sở Xây dựng hỗ trợ chủ đầu tư hoàn tất thủ tục chuyển đổi 12,87 ha đất rừng.",
                        "Chủ trì: Công ty CP Đầu tư Trung Chính Bảo Minh (CĐT). Phối hợp: UBND phường Âu Lâu (GPMB); Sở Nông nghiệp và Môi trường, Sở Xây dựng (chuyển đổi đất rừng); HĐND tỉnh (danh mục thu hồi đất).",
                        "Vốn ngoài ngân sách: 500 tỷ đồng (chủ đầu tư)."),
                List.of("III. CỤM CÔNG NGHIỆP DO UBND CẤP XÃ, PHƯỜNG QUẢN LÝ (16 cụm)"),
                List.of("10", "CCN Đông An", "Tỷ lệ lấp đầy 48,35%.", "Chưa có Quyết định thành lập theo Nghị định số 32/2024/NĐ-CP.",
                        "UBND xã Đông Cuông hoàn thiện hồ sơ trình thành lập CCN trước ngày 31/12/2026 theo Điều 36, Điều 37 Nghị định số 32/2024/NĐ-CP; triển khai mở rộng 16 ha.",
                        "Chủ trì: UBND xã Đông Cuông; Sở Công Thương thẩm định, hướng dẫn áp dụng Điều 36, Điều 37 Nghị định số 32/2024/NĐ-CP.",
                        "Hạ tầng đã đầu tư 12,9 tỷ đồng.")));
        List<Task> t = r.fromTables("d", List.of(table), 0);
        assertEquals(List.of("PL1.I.7", "PL1.III.10"), t.stream().map(Task::section).toList());
        assertTrue(t.getFirst().text().startsWith("Sở Công Thương phối hợp Sở Nông nghiệp"), t.getFirst().text());
        assertEquals(List.of("Công ty CP Đầu tư Trung Chính Bảo Minh"), names(t.getFirst().leadAgencies()));
        assertEquals(List.of("UBND phường Âu Lâu", "Sở Nông nghiệp và Môi trường", "Sở Xây dựng", "HĐND tỉnh"), names(t.getFirst().coordinatingAgencies()));
        assertEquals(List.of("UBND xã Đông Cuông"), names(t.get(1).leadAgencies()));
        assertEquals(List.of("Sở Công Thương"), names(t.get(1).coordinatingAgencies()));
    }

    /** REVIEW3 #5: an abbreviation's period ({@code UBND TP. Lào Cai}, {@code TT. Phát triển quỹ đất}) ends no role. */
    @Test
    void aRoleCellKeepsAbbreviatedNames() {
        Table table = new Table(1, List.of(
                List.of("TT", "Giải pháp, kiến nghị", "Cơ quan phụ trách", "Thời gian"),
                List.of("1", "Hoàn thành bồi thường, giải phóng mặt bằng cụm công nghiệp.",
                        "Chủ trì: UBND TP. Lào Cai. Phối hợp: Sở Tài chính; TT. Phát triển quỹ đất (GPMB).", "Năm 2026")));
        List<Task> t = r.fromTables("d", List.of(table), 0);
        assertEquals(1, t.size());
        assertEquals(List.of("UBND TP. Lào Cai"), names(t.getFirst().leadAgencies()));
        assertEquals(List.of("Sở Tài chính", "TT. Phát triển quỹ đất"), names(t.getFirst().coordinatingAgencies()));
    }

    /** REVIEW3 #6: a lịch công tác's {@code Lãnh đạo phụ trách} column makes no task table. */
    @Test
    void aWorkCalendarIsNoTaskTable() {
        Table table = new Table(1, List.of(
                List.of("STT", "Nội dung công việc", "Lãnh đạo phụ trách", "Thời gian"),
                List.of("1", "Họp giao ban tuần", "Đồng chí Chủ tịch UBND tỉnh", "Thứ Hai, 8 giờ 00"),
                List.of("2", "Làm việc với Sở Tài chính", "Đồng chí Phó Chủ tịch UBND tỉnh", "Thứ Ba, 14 giờ 00")));
        assertEquals(List.of(), r.fromTables("d", List.of(table), 0));
    }

    /**
     * QĐ 1696/QĐ-UBND (corpus-dev, the PDF text layer as pdftotext reads it): its appendix lists the competences the
     * decision delegates, under a header with no column of doers; its group row I was read as a task.
     */
    @Test
    void aListOfDelegatedCompetencesWithoutADoerColumnHasNoTasks() {
        String text = String.join("\n",
                "PHỤ LỤC:",
                "DANH MỤC NHIỆM VỤ QUYỀN HẠN TRONG LĨNH VỰC AN TOÀN VỆ SINH LAO ĐỘNG;",
                "VẬN CHUYỂN HÀNG HÓA NGUY HIỂM THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA UBND TỈNH,",
                "ỦY QUYỀN CHO GIÁM ĐỐC SỞ CÔNG THƯƠNG THỰC HIỆN",
                "(Kèm theo Quyết định số 1696 /QĐ-UBND ngày 15 / 5 /2026 của UBND tỉnh Lào Cai)",
                "STT", "NỘI DUNG NHIỆM VỤ ỦY QUYỀN", "CĂN CỨ PHÁP", "LÝ", "GHI", "CHÚ", "DANH MỤC TTHC ĐÃ CÔNG BỐ", "TÊN TTHC",
                "I.", "Lĩnh vực Vận chuyển hàng hóa nguy hiểm", "1",
                "Cấp, cấp điều chỉnh, cấp lại, thu hồi",
                "Cấp Giấy phép vận chuyển hàng hóa",
                "giấy phép vận chuyển hàng hóa nguy",
                "II", "Lĩnh vực An toàn vệ sinh lao động", "1",
                "Điều 27 Nghị",
                "Cấp chứng chỉ kiểm định viên");
        assertEquals(List.of(), r.fromText("d", Lines.of(List.of(new Page(1, text, ExtractionMethod.TEXT_LAYER))), 0));
    }

    /** A task table without a time column: the deadline the task cell states is the timeframe (gold rules, {@code timeframe}). */
    @Test
    void aTaskCellsOwnDeadlineWithoutATimeColumn() {
        Table table = new Table(1, List.of(
                List.of("TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Ghi chú"),
                List.of("1", "Hoàn thiện hồ sơ trình thành lập cụm công nghiệp trước ngày 31/12/2026", "UBND xã Đông Cuông", "Sở Công Thương", "")));
        Task t = r.fromTables("d", List.of(table), 0).getFirst();
        assertEquals("trước ngày 31/12/2026", t.timeframe().raw());
        assertEquals("2026-12-31", t.timeframe().deadline());
    }
}

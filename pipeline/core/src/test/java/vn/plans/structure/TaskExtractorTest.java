package vn.plans.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plans.model.Agency;
import vn.plans.model.ExtractionMethod;
import vn.plans.model.Page;
import vn.plans.model.Task;

class TaskExtractorTest {
    private final TaskExtractor x = new TaskExtractor(new AgencyNormalizer(), new TimeframeParser());

    private List<Task> tasks(String text) {
        Lines lines = Lines.of(List.of(new Page(1, text, ExtractionMethod.PLAIN_TEXT)));
        return x.extract("d", lines, new SectionSplitter().headings(lines));
    }

    private static List<String> names(List<Agency> a) {
        return a.stream().map(Agency::name).toList();
    }

    @Test
    void itemWithAttributeBullets() { // seed 001, II.9
        List<Task> t = tasks("""
                ## I. MỤC ĐÍCH, YÊU CẦU
                1. Mục đích chung.
                ## II. NHIỆM VỤ VÀ GIẢI PHÁP TRỌNG TÂM
                9. Tổ chức các hoạt động hưởng ứng Tháng hành động vì trẻ em.
                - Cơ quan chủ trì: Trung tâm Y tế, Phòng Văn hóa, Khoa học và Thông tin.
                - Cơ quan, đơn vị phối hợp thực hiện: Các cơ quan, ban, ngành, Hội đoàn thể liên quan; UBND các xã.
                - Thời gian thực hiện: Quý II, IV năm 2025.
                """);
        assertEquals(1, t.size(), "purpose items are not tasks");
        Task task = t.getFirst();
        assertEquals("II.9", task.section());
        assertEquals(List.of("Trung tâm Y tế", "Phòng Văn hóa, Khoa học và Thông tin"), names(task.leadAgencies()));
        assertEquals(List.of("Các cơ quan, ban, ngành, Hội đoàn thể liên quan", "UBND các xã"), names(task.coordinatingAgencies()));
        assertEquals("quarter", task.timeframe().kind().json());
    }

    @Test
    void inlineLeadAndCoordinating() { // seed 001, IV.2
        List<Task> t = tasks("""
                IV. TỔ CHỨC THỰC HIỆN
                2. Phòng Tài chính – Kế hoạch chủ trì, phối hợp với các sở, ban ngành và địa phương tổng hợp, thẩm định kinh phí.
                """);
        assertEquals(List.of("Phòng Tài chính – Kế hoạch"), names(t.getFirst().leadAgencies()));
        assertEquals(List.of("các sở, ban ngành", "địa phương"), names(t.getFirst().coordinatingAgencies()));
    }

    @Test
    void sectionOrganizedByAgency() { // seed 001, IV.5: bullets are tasks of the agency the item names
        List<Task> t = tasks("""
                IV. TỔ CHỨC THỰC HIỆN
                5. UBND các xã xây dựng và triển khai kế hoạch; trong đó, tập trung thực hiện các nội dung sau:
                - Tăng cường chỉ đạo triển khai thực hiện công tác bảo vệ, chăm sóc trẻ em.
                - Kiện toàn, củng cố tổ chức phối hợp liên ngành về công tác trẻ em.
                V. CHẾ ĐỘ BÁO CÁO
                Các cơ quan, ban, ngành, đoàn thể, địa phương định kỳ trước ngày 15/5/2025 báo cáo UBND huyện.
                """);
        assertEquals(3, t.size());
        assertTrue(t.subList(0, 2).stream().allMatch(k -> names(k.leadAgencies()).equals(List.of("UBND các xã"))));
        assertEquals("IV.5", t.get(1).section());
        assertEquals("2025-05-15", t.get(2).timeframe().deadline());
    }

    @Test
    void listOfOfficesIsDistributedAndNamesPrintedElsewhereStayWhole() { // seed 001, II.2 and IV.3
        List<Task> t = tasks("""
                II. NHIỆM VỤ VÀ GIẢI PHÁP
                2. Truyền thông đến từng cộng đồng dân cư.
                - Cơ quan chủ trì: Trung tâm Y tế.
                - Cơ quan, đơn vị phối hợp thực hiện: Phòng Văn hóa, Khoa học và Thông tin, Phòng Giáo dục và Đào tạo.
                IV. TỔ CHỨC THỰC HIỆN
                3. Các Phòng: Giáo dục và Đào tạo, Tư pháp, Văn hóa, Khoa học và Thông tin, Huyện đoàn căn cứ chức năng, nhiệm vụ được giao, chủ động xây dựng kế hoạch.
                """);
        assertEquals(List.of("Phòng Giáo dục và Đào tạo", "Phòng Tư pháp", "Phòng Văn hóa, Khoa học và Thông tin", "Huyện đoàn"),
                names(t.get(1).leadAgencies()));
    }

    @Test
    void labelledAgencyItemIsATaskContinuedByItsParagraph() { // seed 004 (restored), IV.7
        List<Task> t = tasks("""
                IV. TỔ CHỨC THỰC HIỆN
                7. Sở Thông tin và Truyền thông: Nâng cao kiến thức, kỹ năng về bảo vệ trẻ em trên môi trường mạng.
                Phòng, chống xâm hại trẻ em trên môi trường mạng.
                """);
        assertEquals(1, t.size());
        assertEquals(List.of("Sở Thông tin và Truyền thông"), names(t.getFirst().leadAgencies()));
        assertTrue(t.getFirst().text().endsWith("Phòng, chống xâm hại trẻ em trên môi trường mạng."));
    }

    @Test
    void assignmentLineLendsItsAgencyToTheItemsBelow() { // KH-3957, III
        List<Task> t = tasks("""
                III. TỔ CHỨC THỰC HIỆN
                Giao phòng Quản lý Công nghiệp triển khai, thực hiện các công việc liên quan:
                1. Tổ chức kiểm tra kỹ thuật an toàn cho các đối tượng liên quan đến hoạt động VLNCN.
                2. Chuẩn bị các điều kiện cần thiết khác để tổ chức kiểm tra kỹ thuật an toàn.
                Trên đây là Kế hoạch kiểm tra.
                """);
        assertEquals(2, t.size());
        assertEquals(List.of("phòng Quản lý Công nghiệp"), names(t.get(1).leadAgencies()));
        assertEquals("Phòng Quản lý Công nghiệp", t.get(1).leadAgencies().getFirst().canonical());
    }

    @Test
    void headingsWithChildrenAndAppendixPointersAreNotTasks() { // seed 002, II
        List<Task> t = tasks("""
                II. NHIỆM VỤ VÀ GIẢI PHÁP
                1. Nhiệm vụ, giải pháp chung
                1.1. Đẩy mạnh và đa dạng các hình thức truyền thông.
                1.2. Củng cố, kiện toàn cơ cấu tổ chức bộ máy làm công tác trẻ em.
                2. Nhiệm vụ, giải pháp cụ thể: (Có phụ lục kèm theo).
                """);
        assertEquals(List.of("II.1.1", "II.1.2"), t.stream().map(Task::section).toList());
    }

    @Test
    void agencyLabelFollowedByACapitalisedPhoiHopVoi() { // seed 004, IV.12, after restoration
        List<Task> t = tasks("""
                IV. TỔ CHỨC THỰC HIỆN
                12. Sở Kế hoạch và Đầu tư: Phối hợp với Cục Thống kê tỉnh, Sở Lao động - Thương binh và Xã hội trong việc đảm bảo nguồn lực thực hiện các chương trình.
                """);
        assertEquals(1, t.size());
        assertEquals(List.of("Sở Kế hoạch và Đầu tư"), names(t.getFirst().leadAgencies()));
        assertEquals(List.of("Cục Thống kê tỉnh", "Sở Lao động - Thương binh và Xã hội"),
                names(t.getFirst().coordinatingAgencies()));
    }

    /**
     * An implementation section without numbered items (the blasting plan PANM Thành Hương, tune: {@code
     * corpus/gold/tasks/other-panm-thanh-huong.json}, lines shortened): its bullets that name a doer, after an opening
     * clause too, are its tasks; bullets of duties without a doer, of staff liability or of the plan's effect are not.
     */
    @Test
    void bulletsOfAnImplementationSectionWithoutNumberedItems() {
        List<Task> t = tasks("""
                IV. Các biện pháp an toàn, thi công và cung ứng vật liệu nổ.
                - Doanh nghiệp không bố trí kho bảo quản VLNCN và không có phương tiện vận chuyển VLNCN tại khu vực mỏ.
                V. Tổ chức thực hiện:
                - Trong quá trình sử dụng VLNCN, doanh nghiệp tổ chức giám sát ảnh hưởng của nổ mìn (chấn động, sóng không khí, đá văng) đối với nhà dân, quốc lộ 32 và các công trình lân cận; bồi thường thiệt hại (nếu có) theo quy định của pháp luật.
                - Các cán bộ công nhân viên có bất cứ vi phạm gì trong quá trình thi công sẽ chịu hoàn toàn trách nhiệm trước pháp luật và chịu kỷ luật theo Quyết định của lãnh đạo đơn vị.
                - Tất cả mọi sự kiện bất thường xảy ra trong đợt nổ phải ghi chép chính xác, báo cáo về đơn vị và được ghi lại ở phần kết quả nổ mìn trong hộ chiếu.
                - Các sự cố (nếu có) phải được ghi lại ở phần kết quả nổ mìn trong hộ chiếu.
                - Phương án nổ mìn có hiệu lực sau khi được người có thẩm quyền của doanh nghiệp phê duyệt.
                """);
        assertEquals(1, t.size(), t.stream().map(Task::text).toList().toString());
        assertTrue(t.getFirst().text().startsWith("Trong quá trình sử dụng VLNCN"));
        assertEquals("V", t.getFirst().section());
        assertEquals(List.of("doanh nghiệp"), names(t.getFirst().leadAgencies()));
    }

    /**
     * REVIEW3 #1: a results section's bullets ({@code đã} tổ chức …) are reports, not tasks, and a section's bullets
     * before its first numbered item are no items when the section has numbered items.
     */
    @Test
    void bulletsOfResultsOrBeforeTheFirstNumberedItemAreNoTasks() {
        List<Task> t = tasks("""
                I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025
                - Sở Y tế đã tổ chức 12 lớp tập huấn cho cán bộ y tế cơ sở.
                - Ủy ban nhân dân các xã đã hoàn thành rà soát hộ nghèo.
                II. NHIỆM VỤ NĂM 2026
                1. Sở Y tế chủ trì tổ chức tập huấn.
                """);
        assertEquals(List.of("II.1"), t.stream().map(Task::section).toList(), t.stream().map(Task::text).toList().toString());
        assertEquals(List.of("Sở Y tế"), names(t.getFirst().leadAgencies()));
        List<Task> u = tasks("""
                II. NHIỆM VỤ VÀ GIẢI PHÁP
                - Sở Công Thương chủ trì rà soát các cụm công nghiệp.
                1. Sở Y tế chủ trì tổ chức tập huấn.
                """);
        assertEquals(List.of("II.1"), u.stream().map(Task::section).toList(), u.stream().map(Task::text).toList().toString());
    }

    /** A numbered item whose doer runs into {@code đã} is a result, as such a bullet is: no task, no {@code Sở Y tế đã} lead. */
    @Test
    void aNumberedItemThatReportsWorkDoneIsNoTask() {
        List<Task> t = tasks("""
                II. NHIỆM VỤ
                1. Sở Y tế đã tổ chức 12 lớp tập huấn cho cán bộ y tế cơ sở.
                2. Sở Nội vụ hướng dẫn các đơn vị thực hiện.
                """);
        assertEquals(List.of("Sở Nội vụ hướng dẫn các đơn vị thực hiện."), t.stream().map(Task::text).toList());
        assertEquals(List.of("Sở Nội vụ"), names(t.getFirst().leadAgencies()));
    }

    /**
     * REVIEW4 finding 4: {@code đã} / {@code đang} inside a doer phrase (a relative clause: {@code đã được giao nhiệm vụ},
     * {@code đang quản lý}) is no report of work done; the items stay tasks.
     */
    @Test
    void anAspectWordInsideTheDoerPhraseIsNoReport() {
        List<Task> t = tasks("""
                II. NHIỆM VỤ
                1. Các sở, ban, ngành đã được giao nhiệm vụ tại Kế hoạch số 45/KH-UBND chủ trì, tiếp tục triển khai các nhiệm vụ được giao.
                2. Các đơn vị đang quản lý, sử dụng tài sản công rà soát, báo cáo tình hình sử dụng tài sản.
                3. Sở Y tế đã tổ chức 12 lớp tập huấn cho cán bộ y tế cơ sở.
                """);
        assertEquals(List.of("II.1", "II.2"), t.stream().map(Task::section).toList());
    }

    /** REVIEW4 finding 7: {@code của Chính phủ quy định về …} cited in a plan's item gives no {@code Chính phủ} lead. */
    @Test
    void aCitedDecreeGivesNoLead() {
        List<Task> t = tasks("""
                II. NHIỆM VỤ
                1. Thực hiện Nghị định số 13/2023/NĐ-CP của Chính phủ quy định về bảo vệ dữ liệu cá nhân, Sở Khoa học và Công nghệ chủ trì hướng dẫn các cơ quan, đơn vị.
                - Các đơn vị thực hiện Nghị định số 13/2023/NĐ-CP của Chính phủ quy định về bảo vệ dữ liệu cá nhân.
                """);
        assertTrue(t.stream().flatMap(x -> x.leadAgencies().stream()).noneMatch(a -> a.name().contains("Chính phủ")), t.toString());
    }

    /** REVIEW4 finding 5: a result title joined to its task part by a comma or semicolon, not {@code và}, keeps its tasks. */
    @Test
    void aResultTitleJoinedByACommaKeepsItsTasks() {
        List<Task> t = tasks("""
                I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025
                1. Sở Công Thương chủ trì kiểm tra 20 cơ sở kinh doanh hóa chất.
                II. ĐÁNH GIÁ KẾT QUẢ NĂM 2025, PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2026
                1. Sở Công Thương chủ trì kiểm tra 25 cơ sở kinh doanh hóa chất.
                III. TÌNH HÌNH THỰC HIỆN; NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM 6 THÁNG CUỐI NĂM
                1. Sở Công Thương chủ trì kiểm tra 30 cơ sở kinh doanh hóa chất.
                """);
        assertEquals(List.of("II.1", "III.1"), t.stream().map(Task::section).toList());
    }

    /** {@code KẾT QUẢ THỰC HIỆN NHIỆM VỤ} reports work done: no task section, although its title names {@code nhiệm vụ}. */
    @Test
    void aSectionOfResultsIsNoTaskSection() {
        List<Task> t = tasks("""
                I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025
                1. Sở Công Thương chủ trì kiểm tra 20 cơ sở kinh doanh hóa chất.
                II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025 VÀ PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026
                1. Sở Công Thương chủ trì kiểm tra 25 cơ sở kinh doanh hóa chất.
                III. NHIỆM VỤ NĂM 2026
                1. Sở Công Thương chủ trì kiểm tra 30 cơ sở kinh doanh hóa chất.
                """);
        assertEquals(List.of("II.1", "III.1"), t.stream().map(Task::section).toList());
    }

    @Test
    void coordinatorsEndAtTheSharedClauseEnd() { // CV-5973 (read as an outline), 5. Sở Xây dựng and the xã bullet
        // every "phối hợp (chặt chẽ) với", each name ended by the predicate / coord-stop words of task-rules.tsv
        assertEquals(List.of("cơ quan liên quan", "Công an tỉnh"), names(x.coordinating(
                "Chủ trì, phối hợp với cơ quan liên quan rà soát tổng thể các phương tiện, thiết bị khai thác cát, sỏi lòng sông,"
                        + " suối, hồ so với thiết kế đã được phê duyệt; đối với những dự án đã được phê duyệt có sử dụng tàu cuốc theo thiết kế,"
                        + " chủ động hướng dẫn, đôn đốc, yêu cầu các đơn vị điều chỉnh thiết kế không sử dụng tàu cuốc, thời gian thực"
                        + " hiện xong trong tháng 6/2026; Trường hợp cố tình vi phạm, phối hợp với Công an tỉnh xử lý"
                        + " nghiêm theo quy định pháp luật.")));
        assertEquals(List.of("Công an tỉnh", "Sở Nông nghiệp và Môi trường", "các cơ quan liên quan"), names(x.coordinating(
                "Phối hợp chặt chẽ với Công an tỉnh, Sở Nông nghiệp và Môi trường và các cơ quan liên quan trong việc kiểm tra,"
                        + " xác minh, xử lý các tổ chức, cá nhân sử dụng tàu cuốc để khai thác khoáng sản trên lòng sông, suối, hồ")));
    }

    @Test
    void theSubjectEndsAtTheSharedVerbCut() { // the outline reader's own verb list folded into AssignmentRules.namedBeforeVerb
        // KH 3036 (the OCR-ed plan): "thông báo" ends the doer, not the later "tham gia"
        assertEquals(List.of("Công ty Cổ phần Năng lượng Bảo Long"), names(x.subject("Đề nghị Công ty Cổ phần Năng lượng Bảo Long"
                + " thông báo cho các chủ thể tham gia xây dựng công trình chuẩn bị đầy đủ hồ sơ, tài liệu liên quan đến nội")));
        // QĐ 16/2026 (Quy chế): "thẩm định", "là cơ quan đầu mối"; the biên bản of the NH3 licence: "bố trí"
        assertEquals(List.of("Sở Tài chính"), names(x.subject("Sở Tài chính thẩm định phương án giá dịch vụ trong cụm công nghiệp"
                + " (áp dụng trường hợp thẩm quyền Ủy ban nhân dân tỉnh phê duyệt), hướng dẫn Ủy ban nhân dân cấp xã thẩm định, phê"
                + " duyệt giá dịch vụ trong cụm công nghiệp")));
        assertEquals(List.of("Sở Công Thương"), names(x.subject("Sở Công Thương là cơ quan đầu mối quản lý nhà nước đối với công tác"
                + " quản lý, phát triển cụm công nghiệp trên địa bàn tỉnh.")));
        assertEquals(List.of("Công ty"), names(x.subject("Công ty bố trí 03 người áp tải: ông Lê Bá Tuấn Thành, sinh ngày 06/10/1966,"
                + " số định danh cá nhân 033066009949")));
        // a verb phrase (not-doer) and a collective of things open no doer: QĐ 1074 Điều 1, PANM Thành Hương V
        assertEquals(List.of(), x.subject("Ban hành các giải pháp kỹ thuật nâng cao an toàn phòng cháy, chữa cháy cho các cơ sở,"
                + " công trình không bảo đảm yêu cầu về phòng cháy và chữa cháy"));
        assertEquals(List.of(), x.subject("Các sự cố (nếu có) phải được ghi lại ở phần kết quả nổ mìn trong hộ chiếu."));
    }

    /**
     * PANM Thành Hương V (tune gold {@code other-panm-thanh-huong.json}): a bullet's later sentence that opens with a doer
     * adds it ({@code chỉ huy nổ mìn}); one that names again a doer before it adds none ({@code Chỉ huy nổ mìn} after
     * {@code cán bộ chỉ huy nổ mìn của doanh nghiệp}).
     */
    @Test
    void aBulletsLaterSentencesAddTheirDoers() {
        List<Task> t = tasks("""
                V. Tổ chức thực hiện:
                - Công tác nổ mìn giao cho cán bộ chỉ huy nổ mìn của doanh nghiệp đã được huấn luyện, có Giấy chứng nhận huấn luyện kỹ thuật an toàn VLNCN còn hiệu lực. Chỉ huy nổ mìn tiến hành kiểm soát, chỉ đạo thợ mìn thực hiện các bước theo đúng phương án đã lập và QCVN 01:2019/BCT.
                - Trong quá trình sử dụng VLNCN, doanh nghiệp tổ chức giám sát ảnh hưởng của nổ mìn (chấn động, sóng không khí, đá văng) đối với nhà dân, quốc lộ 32 và các công trình lân cận; bồi thường thiệt hại (nếu có) theo quy định của pháp luật. Trước mỗi đợt nổ, chỉ huy nổ mìn lập hộ chiếu nổ mìn theo Phụ lục VIII Thông tư số 23/2024/TT-BCT, phù hợp với nội dung phương án này và Giấy phép sử dụng VLNCN được cấp. Phương án được thực hiện đồng bộ với Bản đánh giá nguy cơ rủi ro về an toàn và Kế hoạch ứng cứu khẩn cấp của doanh nghiệp lập theo Điều 14, Điều 16 Thông tư số 23/2024/TT-BCT.
                - Các sự cố (nếu có) phải được ghi lại ở phần kết quả nổ mìn trong hộ chiếu.
                """);
        assertEquals(2, t.size());
        assertEquals(List.of("cán bộ chỉ huy nổ mìn của doanh nghiệp"), names(t.get(0).leadAgencies()));
        assertEquals(List.of("doanh nghiệp", "chỉ huy nổ mìn"), names(t.get(1).leadAgencies()));
    }

    /**
     * A QCVN amendment printed on its own (no type line, read as an outline): under {@code III. Tổ chức thực hiện} the
     * item {@code 19. Bổ sung điểm 2.3 như sau:} introduces the provision it adds, quoted, and the amendment's own
     * appendix follows; neither is work. Written for this test in the form such amendments take.
     */
    @Test
    void whatAnAmendingInstructionWritesIsNoTask() {
        List<Task> t = tasks("""
                I. Quy định chung
                1. Bổ sung điểm 3.6 như sau:
                “3.6. Hệ thống thu gom là một trong các phương tiện nhằm ngăn ngừa hóa chất tràn, đổ.”
                III. Tổ chức thực hiện
                19. Bổ sung điểm 2.3 như sau:
                “2.3. Trường hợp văn bản được viện dẫn trong Quy chuẩn này được sửa đổi, bổ sung hoặc thay thế thì thực hiện theo văn bản mới”.
                Phụ lục A
                Thay thế Phụ lục A của QCVN 05A:2020/BCT bằng Phụ lục A kèm theo Sửa đổi 1:2024 QCVN 05A:2020/BCT.
                20. Cục Hóa chất chủ trì hướng dẫn thực hiện Sửa đổi 1:2024.
                """);
        assertEquals(List.of("III.20"), t.stream().map(Task::section).toList(), t.toString());
        assertEquals(List.of("Cục Hóa chất"), names(t.getFirst().leadAgencies()));
    }

    /**
     * The inspected unit of an inspection plan ({@code Đơn vị được kiểm tra có trách nhiệm …}, the gold rules' own
     * example): the passive after {@code được} qualifies the doer, it is not the verb the doer's span ends at.
     */
    @Test
    void aPassiveAfterDượcStaysInTheDoer() {
        assertEquals(List.of("Các doanh nghiệp được kiểm tra"), x.subject("Các doanh nghiệp được kiểm tra có trách nhiệm chuẩn bị đầy đủ hồ sơ, tài liệu.")
                .stream().map(Agency::name).toList());
        assertEquals(List.of("Đơn vị được kiểm tra"), x.subject("Đơn vị được kiểm tra chuẩn bị báo cáo theo đề cương gửi Đoàn kiểm tra.")
                .stream().map(Agency::name).toList());
    }

    /** A doer that the copula names in its role ({@code Sở Công Thương là cơ quan thường trực, chủ trì …}) ends before it. */
    @Test
    void theDoerEndsBeforeTheCopulaOfItsRole() {
        assertEquals(List.of("Sở Công Thương"), x.subject("Sở Công Thương là cơ quan thường trực, chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch.")
                .stream().map(Agency::name).toList());
    }

    /**
     * {@code 1. Giao Công an tỉnh:} over lettered items (the gold rules' "Lead inherited from a heading": {@code 3. Giao Sở
     * Công Thương:} is a container): each item is a task of that doer, as under {@code 3. Thanh tra tỉnh:}.
     */
    @Test
    void aGiveContainerLendsItsDoer() {
        List<Task> t = tasks("""
                II. NHIỆM VỤ, GIẢI PHÁP
                1. Giao Công an tỉnh:
                a) Chủ trì, phối hợp với Bộ Chỉ huy Quân sự tỉnh xây dựng phương án bảo vệ các mục tiêu trọng điểm;
                b) Tăng cường tuần tra, kiểm soát, xử lý vi phạm trật tự an toàn giao thông.
                2. Thanh tra tỉnh:
                - Tổng hợp kết quả thanh tra, báo cáo UBND tỉnh.
                """);
        assertEquals(List.of(List.of("Công an tỉnh"), List.of("Công an tỉnh"), List.of("Thanh tra tỉnh")),
                t.stream().map(task -> names(task.leadAgencies())).toList(), t.toString());
        assertEquals(List.of("Bộ Chỉ huy Quân sự tỉnh"), names(t.getFirst().coordinatingAgencies()));
    }

    /** {@code - Nội dung: …} beside the lead and time bullets is a field of the item, no task of its own (session 37, probe t61). */
    @Test
    void aContentBulletIsAFieldOfTheItem() {
        List<Task> t = tasks("""
                ## II. NHIỆM VỤ VÀ GIẢI PHÁP
                1. Tăng cường công tác tuyên truyền
                - Nội dung: Tuyên truyền các quy định về an toàn hóa chất.
                - Đơn vị chủ trì: Sở Công Thương.
                - Đơn vị phối hợp: Sở Văn hóa, Thể thao và Du lịch; UBND các xã, phường.
                - Thời gian thực hiện: Năm 2027.
                """);
        assertEquals(List.of("Tăng cường công tác tuyên truyền"), t.stream().map(Task::text).toList());
        assertEquals(List.of("Sở Công Thương"), names(t.getFirst().leadAgencies()));
        assertEquals(List.of("Sở Văn hóa, Thể thao và Du lịch", "UBND các xã, phường"), names(t.getFirst().coordinatingAgencies()));
    }

    /**
     * A paragraph of the implementation section that assigns ({@code Giao Sở Công Thương theo dõi …}) or opens with its
     * doers and what they do ({@code Các sở, ban, ngành, UBND các xã, phường căn cứ Kế hoạch này triển khai …}) is a
     * task; a closing formula there is not (probes t61, t62).
     */
    @Test
    void paragraphsOfTheImplementationSectionThatAssignAreTasks() {
        List<Task> t = tasks("""
                ## III. TỔ CHỨC THỰC HIỆN
                Giao Sở Công Thương theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo UBND tỉnh trước ngày 20/12/2027.
                Các sở, ban, ngành, UBND các xã, phường căn cứ Kế hoạch này triển khai thực hiện; định kỳ báo cáo kết quả về Sở Công Thương trước ngày 15/12/2027.
                Đề nghị các đơn vị nghiêm túc triển khai thực hiện./.
                """);
        assertEquals(List.of(List.of("Sở Công Thương"), List.of("Các sở, ban, ngành", "UBND các xã, phường")),
                t.stream().map(x -> names(x.leadAgencies())).toList(), t.toString());
    }

    /**
     * A numbered line that only names its doer, or a short topic heading, over a paragraph that opens with a capital (a
     * DOCX's two paragraphs, a text file's two lines): the paragraph is its own, not the heading's continuation (probes t60, t63).
     */
    @Test
    void aShortHeadingIsNotContinuedByTheParagraphUnderIt() {
        List<Task> t = tasks("""
                ## II. TỔ CHỨC THỰC HIỆN
                1. Sở Tài chính
                Tham mưu bố trí kinh phí thực hiện Kế hoạch.
                2. Công tác kiểm tra
                Kiểm tra các cơ sở kinh doanh hàng hóa trên địa bàn, xử lý nghiêm các hành vi vi phạm.
                """);
        assertEquals(List.of("Tham mưu bố trí kinh phí thực hiện Kế hoạch.",
                "Kiểm tra các cơ sở kinh doanh hàng hóa trên địa bàn, xử lý nghiêm các hành vi vi phạm."), t.stream().map(Task::text).toList());
        assertEquals(List.of("Sở Tài chính"), names(t.getFirst().leadAgencies()));
    }

    /** Lettered items under a topic container take the doer of a preceding {@code Giao X … sau:} line of the section (probe t63). */
    @Test
    void itemsOfATopicContainerTakeTheDoerOfAPrecedingGiaoLine() {
        List<Task> t = tasks("""
                ## II. NHIỆM VỤ CỤ THỂ
                Giao Sở Công Thương chủ trì thực hiện các nhiệm vụ sau:
                1. Công tác tuyên truyền
                a) Tổ chức tuyên truyền các quy định về kinh doanh hàng hóa trên các phương tiện thông tin đại chúng.
                b) Phát hành tờ rơi hướng dẫn người tiêu dùng nhận biết hàng giả.
                """);
        assertEquals(List.of(List.of("Sở Công Thương"), List.of("Sở Công Thương")), t.stream().map(x -> names(x.leadAgencies())).toList(), t.toString());
    }
}

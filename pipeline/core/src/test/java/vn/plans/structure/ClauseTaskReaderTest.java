package vn.plans.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.plans.structure.ClauseTaskReader.requestSection;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plans.model.Agency;
import vn.plans.model.DocumentType;
import vn.plans.model.ExtractionMethod;
import vn.plans.model.Page;
import vn.plans.model.Task;

/**
 * Decisions that issue a regulation: the lines are those of QĐ 16/2026/QĐ-UBND (corpus-dev, Quy chế quản lý cụm
 * công nghiệp tỉnh Lào Cai) as the normalize stage leaves them, shortened to one or two clauses per article.
 */
class ClauseTaskReaderTest {
    private static final String DECISION = String.join("\n",
            "QUYẾT ĐỊNH",
            "Ban hành Quy chế quản lý cụm công nghiệp trên địa bàn tỉnh Lào Cai",
            "Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý cụm công nghiệp trên địa bàn tỉnh Lào Cai.",
            "Điều 2. Điều khoản thi hành",
            "1. Quyết định này có hiệu lực sau 10 ngày kể từ ngày ký ban hành.",
            "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Công Thương;",
            "Thủ trưởng các sở, ban, ngành thuộc tỉnh; Ủy ban nhân dân các xã, phường và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.",
            "Nơi nhận: TM. ỦY BAN NHÂN DÂN",
            "- Văn phòng Chính phủ;",
            "QUY CHẾ",
            "Quản lý các cụm công nghiệp trên địa bàn tỉnh Lào Cai",
            "(Ban hành kèm theo Quyết định số 16 /2026/QĐ-UBND ngày 25 / 02 /2026 của Ủy ban nhân dân tỉnh Lào Cai)",
            "Chương I",
            "QUY ĐỊNH CHUNG",
            "Điều 3. Xây dựng, ban hành và tổ chức thực hiện pháp luật, cơ chế, chính sách",
            "1. Sở Công Thương",
            "a) Chủ trì xây dựng các quy định và tổ chức thực hiện các văn bản quy phạm pháp luật, cơ chế, chính sách về cụm công nghiệp.",
            "Chương III",
            "TỔ CHỨC THỰC HIỆN",
            "Điều 17. Trách nhiệm Sở Tài chính",
            "1. Chủ trì thực hiện các thủ tục sau:",
            "Thẩm định trình Ủy ban nhân dân tỉnh phê duyệt quyết định chấp thuận chủ trương đầu tư cụm công nghiệp.",
            "2. Tổng hợp phương án ngân sách địa phương hỗ trợ đầu tư xây dựng hạ tầng kỹ thuật cụm công nghiệp 05 năm và hàng năm trên cơ sở đề nghị của Sở Công Thương.",
            "Điều 23. Trách nhiệm Thuế tỉnh Lào Cai",
            "2. Theo dõi, đề nghị các doanh nghiệp trong cụm công nghiệp thực hiện nghĩa vụ tài chính theo quy định của pháp luật đối với Nhà nước.",
            "Điều 24. Trách nhiệm Công an tỉnh",
            "4. Cung cấp thông tin cần thiết về nhà đầu tư và dự án đầu tư khi có yêu cầu.",
            "Phối hợp xử lý các vụ việc liên quan đến an ninh trật tự trong các cụm công nghiệp.",
            "5. Phối hợp với các cơ quan chức năng thẩm định, kiểm tra việc thực hiện pháp luật về môi trường đối với các dự án, nhà đầu tư trong cụm công nghiệp.",
            "Điều 25. Trách nhiệm Thanh tra tỉnh",
            "Rà soát xây dựng Kế hoạch thanh tra hằng năm về các lĩnh vực liên quan gồm: Thanh tra trách nhiệm quản lý nhà nước đối với hoạt động của cụm công nghiệp.",
            "Điều 28. Trách nhiệm Ủy ban nhân dân cấp xã",
            "2. Chủ trì, phối hợp với các sở, ngành có liên quan lập quy hoạch, kế hoạch đầu tư phát triển các công trình hạ tầng kỹ thuật đến hàng rào cụm công nghiệp.",
            "4. Quản lý cụm công nghiệp:",
            "Uỷ ban nhân dân cấp xã giao cho phòng Kinh tế/Kinh tế, Hạ tầng và Đô thị thực hiện việc quản lý nhà nước đối với các cụm công nghiệp trên địa bàn theo quy định pháp luật hiện hành, cụ thể:",
            "- Quyết định hỗ trợ đầu tư hoặc đề xuất cơ quan có thẩm quyền quyết định hỗ trợ đầu tư hạ tầng kỹ thuật trong và ngoài cụm công nghiệp.",
            "- Đối với địa bàn có doanh nghiệp đầu tư kinh doanh hạ tầng kỹ thuật cụm công nghiệp thì đơn vị kinh doanh hạ tầng thực hiện quản lý cụm công nghiệp theo Nghị định số 32/2024/NĐ-CP ngày 15 tháng 3 năm 2024.",
            "8. Thanh tra, kiểm tra, đánh giá việc chấp hành pháp luật, chính sách về cụm công nghiệp theo thẩm quyền.",
            "Điều 30. Tổ chức thực hiện",
            "2. Phòng Kinh tế/Kinh tế, Hạ tầng và Đô thị cấp xã là đơn vị đầu mối trực tiếp giúp Ủy ban nhân dân cấp xã quản lý nhà nước về cụm công nghiệp trên địa bàn theo phân cấp của Ủy ban nhân dân tỉnh.",
            "3. Trường hợp ban hành văn bản quy phạm pháp luật mới thay thế văn bản quy phạm pháp luật viện dẫn tại quy chế này thì áp dụng quy định tại văn bản mới.");

    private static List<Task> tasks() {
        return read(DECISION, DocumentType.QUYET_DINH);
    }

    /** The tasks the reader finds in a text of one page. */
    private static List<Task> read(String text, DocumentType type) {
        return read(text, type, false);
    }

    private static List<Task> read(String text, DocumentType type, boolean ocrText) {
        Lines lines = Lines.of(List.of(new Page(1, text, ocrText ? ExtractionMethod.OCR : ExtractionMethod.PLAIN_TEXT)));
        return new ClauseTaskReader(new AgencyNormalizer(ocrText), new TimeframeParser(), TaskClassifier.RULES, ocrText).extract("d", lines, 0, type);
    }

    private static List<String> names(List<Agency> a) {
        return a.stream().map(Agency::name).toList();
    }

    /** The lead names of each task, in order. */
    private static List<List<String>> leads(List<Task> tasks) {
        return tasks.stream().map(t -> names(t.leadAgencies())).toList();
    }

    private static Task starting(List<Task> tasks, String prefix) {
        return tasks.stream().filter(t -> t.text().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no task '" + prefix + "' in " + tasks.stream().map(Task::text).toList()));
    }

    /**
     * CV 193 (tune, {@code corpus/gold/tasks/cv-193-ubnd-quan-ly-vlncn.json}), its PDF text layer as the normalize stage
     * leaves it: item f) printed its second sentence on a line of its own, a paragraph between f) and g).
     */
    private static final String LETTER_193 = String.join("\n",
            "6. Trách nhiệm của các tổ chức, doanh nghiệp hoạt động trong lĩnh vực có liên quan đến VLNCN, TCTN",
            "e) Quản lý chặt chẽ VLNCN, TCTN từ khâu tiếp nhận, vận chuyển, bảo quản đến sử dụng. Tuyệt đối không để xảy ra tình trạng thất thoát, mất cắp vật liệu nổ; chủ động phối hợp với lực lượng công an địa phương trong công tác bảo vệ, phòng ngừa tội phạm.",
            "f) Thông báo kế hoạch nổ mìn cho chính quyền địa phương, công an xã, dân cư khu vực lân cận và tổ chức cảnh báo an toàn trước, trong và sau khi nổ.",
            "Công khai, minh bạch thông tin hoạt động liên quan đến VLNCN, TCTN; tiếp nhận ý kiến phản ánh của cộng đồng và có biện pháp xử lý, khắc phục kịp thời các vấn đề ảnh hưởng đến đời sống dân sinh.",
            "g) Thường xuyên phối hợp với chính quyền địa phương, các cơ quan chức năng và cộng đồng dân cư để nâng cao hiệu quả quản lý, cùng hướng tới mục tiêu phát triển bền vững, an toàn và thân thiện với môi trường.");

    @Test
    void aParagraphBetweenTwoItemsGoesOnWithTheFirst() {
        List<Task> tasks = read(LETTER_193, DocumentType.CONG_VAN);
        Task f = starting(tasks, "Thông báo kế hoạch nổ mìn");
        assertEquals("Thông báo kế hoạch nổ mìn cho chính quyền địa phương, công an xã, dân cư khu vực lân cận và tổ chức cảnh báo an toàn"
                + " trước, trong và sau khi nổ. Công khai, minh bạch thông tin hoạt động liên quan đến VLNCN, TCTN; tiếp nhận ý kiến phản ánh"
                + " của cộng đồng và có biện pháp xử lý, khắc phục kịp thời các vấn đề ảnh hưởng đến đời sống dân sinh.", f.text());
        assertEquals(List.of("các tổ chức, doanh nghiệp hoạt động trong lĩnh vực có liên quan đến VLNCN, TCTN"), names(f.leadAgencies()));
        assertTrue(tasks.stream().noneMatch(t -> t.text().startsWith("Công khai")));
        assertEquals(3, tasks.size());
    }

    /** In a normative text each paragraph is read on its own: ND 178/2026 Điều 47.3 a) does not take the list's content after it. */
    @Test
    void aNormativeParagraphBetweenTwoItemsIsNotJoined() {
        Task a = starting(read(DECREE_178, DocumentType.NGHI_DINH), "Trong thời hạn 06 tháng");
        assertTrue(a.text().endsWith("khu tránh trú bão."), a.text());
    }

    /**
     * The giấy chứng nhận đăng ký đầu tư of KCN Bản Qua (tune, {@code corpus/gold/tasks/gcn-dkdt-kcn-ban-qua.json}), its PDF
     * text layer as normalized: 3.1, a duty of the investor by {@code phải}, and the investor's duties under {@code 2. Các
     * điều kiện đối với nhà đầu tư thực hiện dự án}; a
     * bullet's second sentence on a line of its own opens {@code Trong quá trình thực hiện nếu phát hiện …}, no feedback
     * closing that ends the body.
     */
    private static final String CERTIFICATE = String.join("\n",
            "Điều 3: Các quy định đối với nhà đầu tư thực hiện dự án",
            "1. Nhà đầu tư phải làm thủ tục đăng ký cấp tài khoản sử dụng trên Hệ thống thông tin quốc gia về đầu tư theo quy định của pháp luật.",
            "2. Các điều kiện đối với nhà đầu tư thực hiện dự án",
            "- Tập trung mọi nguồn lực triển khai thực hiện dự án theo đúng mục tiêu, tiến độ đã được phê duyệt. Trong quá trình tồn tại của dự án, Nhà đầu tư nghiêm túc thực hiện: (i) Báo cáo giám sát đánh giá đầu tư dự án (định kỳ hằng quý và cả năm) gửi Sở Công thương, Ban Quản lý Khu kinh tế, Ủy ban nhân dân xã Bát Xát để theo dõi, quản lý theo quy định.",
            "- Tuân thủ đầy đủ các quy định về giữ gìn an ninh trật tự trong khu vực;",
            "Trong quá trình thực hiện nếu phát hiện thấy vũ khí, bom đạn, vật liệu nổ và công trình quốc phòng phải trao đổi ngay với Bộ Chỉ huy quân sự tỉnh và các cơ quan chức năng của địa phương để cùng phối hợp giải quyết.",
            "- Thực hiện nghiêm túc các nội dung sau: (i) Nghĩa vụ tài chính (các khoản thuế, phí,..) đối với nhà nước theo đúng quy định.",
            "Điều 4: Giấy chứng nhận đăng ký đầu tư này được lập thành 02 (hai) bản gốc: Nhà đầu tư được cấp 01 bản, 01 bản lưu tại Ban Quản lý Khu kinh tế tỉnh Lào Cai.");

    @Test
    void aCertificatesConditionsAreTheInvestorsDuties() {
        List<Task> tasks = read(CERTIFICATE, DocumentType.GIAY_CHUNG_NHAN);
        List<String> prefixes = List.of("Nhà đầu tư phải làm thủ tục", "Tập trung mọi nguồn lực", "Tuân thủ đầy đủ",
                "Thực hiện nghiêm túc các nội dung sau");
        assertEquals(prefixes.size(), tasks.size(), tasks.stream().map(Task::text).toList().toString());
        for (int i = 0; i < prefixes.size(); i++) assertTrue(tasks.get(i).text().startsWith(prefixes.get(i)), tasks.get(i).text());
        assertEquals(List.of("Nhà đầu tư"), names(tasks.get(0).leadAgencies()));
        for (Task t : tasks.subList(1, tasks.size())) assertEquals(List.of("nhà đầu tư"), names(t.leadAgencies()), t.text());
        // a passive duty names no doer (PANM Thành Hương: "Các sự cố (nếu có) phải được ghi lại …")
        assertTrue(!AssignmentRules.hasFrame("Các sự cố (nếu có) phải được ghi lại vào sổ theo dõi."));
        assertTrue(starting(tasks, "Tuân thủ").text().endsWith("để cùng phối hợp giải quyết."));
    }

    /**
     * A letter asking for a dossier (tune, {@code cv-vbhc-de-nghi-bo-sung-ho-so.json}): its preamble {@code Thực hiện Phiếu
     * chuyển số …} reports the transfer {@code … về việc giao cho Sở Công Thương giải quyết …}, no task of this letter.
     */
    @Test
    void aTransferSlipInThePreambleIsNoTask() {
        List<Task> tasks = read(String.join("\n",
                "Thực hiện Phiếu chuyển số 650/PC-VPUBND ngày 10/6/2026 của Văn phòng Ủy ban nhân dân tỉnh Lào Cai về việc giao cho Sở Công Thương giải quyết đề nghị của Công ty TNHH đá cẩm thạch An Phú (Công ty) tại Văn bản số 38/2026/AP-DA ngày 28/5/2026 về việc đề nghị Sở Công Thương báo cáo UBND tỉnh có văn bản đề nghị Cục Kỹ thuật an toàn và Môi trường công nghiệp - Bộ Công Thương cấp giấy phép dịch vụ nổ mìn trên địa bàn tỉnh Lào Cai cho Công ty.",
                "Để có cơ sở xem xét, thẩm định và báo cáo UBND tỉnh, Sở Công Thương đề nghị Công ty TNHH Đá cẩm thạch An Phú rà soát, giải trình và bổ sung đầy đủ các nội dung còn thiếu nêu trên."),
                DocumentType.CONG_VAN);
        assertEquals(1, tasks.size(), tasks.stream().map(Task::text).toList().toString());
        assertEquals(List.of("Công ty TNHH Đá cẩm thạch An Phú"), names(tasks.get(0).leadAgencies()));
    }

    /** A licence of the Ministry of Science (tune, scanned; {@code gp-bkhcn-thong-dat-quy-chau.json}): the licensee before {@code chỉ được}. */
    @Test
    void aLicenseeEndsBeforeWhatItIsPermitted() {
        Task t = starting(read("4. Công ty TNHH Vận tải Thông Đạt Vận Trình Quý Châu chỉ được sử dụng các phương tiện vận chuyển, người tham gia vận"
                + " chuyển, bao bì, thùng chứa và loại, nhóm hàng hóa nguy hiểm đã đăng ký và có trách nhiệm duy trì các điều kiện an toàn.",
                DocumentType.GIAY_PHEP), "Công ty TNHH");
        assertEquals(List.of("Công ty TNHH Vận tải Thông Đạt Vận Trình Quý Châu"), names(t.leadAgencies()));
    }

    /** ĐLVN 05:2017 (tune, a verification procedure): the definitions' container names no doer, so its lines are no tasks. */
    @Test
    void aProceduresDefinitionsAndRequirementsAreNoTasks() {
        assertEquals(List.of(), read(String.join("\n",
                "2 Giải thích từ ngữ",
                "Các từ ngữ trong văn bản này được hiểu sau:",
                "2.1 Ô tô xi téc là loại xe chuyên dụng, được thiết kế để vận chuyển, giao nhận xăng dầu trên đó lắp đặt xi téc ô tô.",
                "1.1 Đồng hồ chuẩn",
                "- Độ chính xác/ độ không đảm bảo đo ≤ 1/3 MPE của xi téc.",
                "- Lưu lượng đảm bảo để thực hiện mỗi phép đo cho mỗi ngăn từ 5 phút đến 30 phút."), null));
    }

    /**
     * ND 71/2019 (tune scan, {@code corpus/gold/scans/nd-71-2019-xu-phat-hoa-chat-vlncn.json}), its last articles as OCR
     * reads them: a speck before the execution clause, which says {@code chịu trách nhiệm tổ chức thực hiện Nghị định này}.
     */
    @Test
    void anOcrExecutionClauseThatOrganizesTheDecreeIsItsTask() {
        List<Task> tasks = read(String.join("\n",
                "Chương IV",
                "ĐIỀU KHOẢN THI HÀNH",
                "Điều 67. Điều khoản chuyển tiếp",
                "1. Đối với hành vi vi phạm hành chính trong lĩnh vực hóa chất và vật liệu nổ công nghiệp xảy ra trước thời điểm Nghị định này có hiệu lực mà sau đó mới bị phát hiện hoặc đang xem xét, giải quyết thì áp dụng Nghị định của Chính phủ về xử phạt vi phạm hành chính có hiệu lực tại thời điểm thực hiện hành vi vi phạm để xử lý.",
                "Điều 68. Hiệu lực thi hành",
                "1. Nghị định này có hiệu lực thi hành từ ngày 15 tháng 10 năm 2019.",
                "Điều 69. Trách nhiệm thi hành",
                ". Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm tổ chức thực hiện Nghị định này ./."),
                DocumentType.NGHI_DINH, true);
        assertEquals(1, tasks.size(), tasks.stream().map(Task::text).toList().toString());
        assertTrue(tasks.getFirst().text().startsWith("Các Bộ trưởng, Thủ trưởng"), tasks.getFirst().text());
        assertEquals(List.of("Các Bộ trưởng", "Thủ trưởng cơ quan ngang bộ", "Thủ trưởng cơ quan thuộc Chính phủ",
                "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"), names(tasks.getFirst().leadAgencies()));
    }

    /**
     * NQ 19/2026/NQ-CP (tune scan, {@code corpus/gold/scans/nq-19-2026-cat-giam-tthc-bct.json}), Điều 6 as OCR reads it:
     * {@code „b}} for {@code b)}, and the items of {@code 3. Ủy ban nhân dân cấp tỉnh} that open with the verb {@code Tổ chức}.
     */
    @Test
    void anOcrItemKeepsItsLetterAndTheVerbTổChứcIsNoDoer() {
        List<Task> tasks = read(String.join("\n",
                "Chương HI",
                "ĐIỀU KHOẢN THI HÀNH",
                "Điều 6. Tổ chức thi hành",
                "1. Bộ Công Thương",
                "a) Chịu trách nhiệm triển khai thi hành, theo dõi, đôn đốc, kiểm tra việc thực hiện Nghị quyết này;",
                "„b} Trình cơ quan, người có thẩm quyền ban hành hoặc ban hành theo thẩm quyền. văn bản quy phạm pháp luật theo Phụ lục ban hành kèm theo Nghị quyết này để phân cấp, cắt giảm, đơn giản hóa thủ tục hành chính, điều kiện kinh doanh, bảo đảm có hiệu lực trước ngày 01 tháng 3 năm 2027.",
                "3. Ủy ban nhân dân cấp tỉnh",
                "a) Tổ chức việc thực hiện, triển khai nhiệm vụ, quyền hạn được phân cấp theo quy định của Nghị quyết này và quy định của pháp luật về tổ chức chính quyền địa phương;",
                "b) Tổ chức nguỗồn lực thực hiện tại địa phương.",
                "Điều 7. Điều khoản chuyển tiếp"), DocumentType.NGHI_QUYET, true);
        assertEquals(4, tasks.size(), tasks.stream().map(Task::text).toList().toString());
        Task b = starting(tasks, "Trình cơ quan");
        assertEquals(List.of("Bộ Công Thương"), names(b.leadAgencies()));
        assertEquals("Điều 6.1", b.section());
        for (String item : List.of("Tổ chức việc", "Tổ chức nguỗồn lực")) {
            assertEquals(List.of("Ủy ban nhân dân cấp tỉnh"), names(starting(tasks, item).leadAgencies()));
        }
    }

    @Test
    void theExecutionClauseKeepsItsWrappedFirstLine() {
        Task t = starting(tasks(), "Chánh Văn phòng");
        assertEquals(List.of("Chánh Văn phòng Ủy ban nhân dân tỉnh", "Giám đốc Sở Công Thương", "Thủ trưởng các sở, ban, ngành thuộc tỉnh",
                "Ủy ban nhân dân các xã, phường", "các tổ chức, cá nhân có liên quan"), names(t.leadAgencies()));
    }

    /**
     * Điều 24.4 prints its second sentence on a line of its own ({@code yêu cầu.} ended the line before), which the
     * normalize stage leaves as a paragraph: it goes on with the clause (one task, as the gold reads the clause).
     */
    @Test
    void aClauseKeepsTheParagraphThatGoesOnWithIt() {
        List<Task> tasks = read(DECISION, DocumentType.QUYET_DINH, true); // QĐ 16/2026 is an OCR dump
        Task t = starting(tasks, "Cung cấp thông tin");
        assertEquals("Cung cấp thông tin cần thiết về nhà đầu tư và dự án đầu tư khi có yêu cầu. Phối hợp xử lý các vụ việc liên quan"
                + " đến an ninh trật tự trong các cụm công nghiệp.", t.text());
        assertEquals(List.of("Công an tỉnh"), names(t.leadAgencies()));
        assertTrue(tasks.stream().noneMatch(x -> x.text().startsWith("Phối hợp xử lý")));
        assertEquals(List.of("Công an tỉnh"), names(starting(tasks, "Phối hợp với các cơ quan chức năng").leadAgencies()));
    }

    /**
     * In a text the document holds too, a paragraph after a numbered clause of a doer's article goes on with the clause
     * (it was dropped as an explanation of the clause; the tune gold of QĐ 16/2026 joins such paragraphs, Điều 23.1,
     * 24.4, 27.1, the last one a case norm that names its doer: {@code Trường hợp chưa đủ điều kiện …, Công ty … có văn
     * bản trả lời …}).
     */
    @Test
    void inDigitalTextTheClauseIsJoinedWithTheParagraphThatGoesOnWithIt() {
        List<Task> tasks = tasks();
        assertEquals("Cung cấp thông tin cần thiết về nhà đầu tư và dự án đầu tư khi có yêu cầu. Phối hợp xử lý các vụ việc liên quan"
                + " đến an ninh trật tự trong các cụm công nghiệp.", starting(tasks, "Cung cấp thông tin").text());
    }

    /**
     * Luật 42/2024/QH15 (tune, {@code corpus/gold/tasks/luat-42-2024-vu-khi-vlncn.json}): its state-management chapter
     * (standing duties), and the articles of its execution chapter, one or two clauses each, as printed.
     */
    private static final String LAW_42 = String.join("\n",
            "Chương VII",
            "QUẢN LÝ NHÀ NƯỚC VỀ VŨ KHÍ, VẬT LIỆU NỔ, TIỀN CHẤT THUỐC NỔ, CÔNG CỤ HỖ TRỢ",
            "Điều 70. Trách nhiệm quản lý nhà nước về vũ khí, vật liệu nổ, tiền chất thuốc nổ, công cụ hỗ trợ",
            "1. Chính phủ thống nhất quản lý nhà nước về vũ khí, vật liệu nổ, tiền chất thuốc nổ, công cụ hỗ trợ.",
            "2. Bộ Công an là cơ quan chủ trì giúp Chính phủ thống nhất quản lý nhà nước về vũ khí, vật liệu nổ, tiền chất thuốc nổ, công cụ hỗ trợ theo quy định của Luật này. Bộ trưởng Bộ Công an ban hành danh mục vũ khí quân dụng quy định tại điểm b khoản 2 Điều 2; danh mục vũ khí thể thao quy định tại điểm a khoản 5 Điều 2; danh mục vũ khí thô sơ quy định tại điểm a khoản 4 Điều 2; danh mục dao có tính sát thương cao quy định tại khoản 6 Điều 2; danh mục công cụ hỗ trợ quy định tại điểm a và điểm b khoản 11 Điều 2 của Luật này.",
            "Chương VIII",
            "ĐIỀU KHOẢN THI HÀNH",
            "Điều 73. Hiệu lực thi hành",
            "1. Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2025, trừ trường hợp quy định tại khoản 2 Điều này.",
            "Điều 74. Áp dụng quy định của Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ đối với dao có tính sát thương cao",
            "1. Căn cứ các quy định của Luật này, để phòng, chống các hành vi sử dụng dao có tính sát thương cao với mục đích phạm tội, gây rối, làm mất trật tự công cộng hoặc chống đối cơ quan, tổ chức thực hiện nhiệm vụ, người thi hành công vụ, Chính phủ quy định các biện pháp bảo đảm an toàn trong hoạt động sản xuất, kinh doanh, xuất khẩu, nhập khẩu, vận chuyển, sử dụng dao có tính sát thương cao để thực hiện từ ngày 01 tháng 01 năm 2026. Các biện pháp bảo đảm an toàn phải phù hợp với thực tiễn, không gây cản trở đến hoạt động bình thường của tổ chức, cá nhân.",
            "2. Tổ chức, cá nhân sản xuất, kinh doanh, xuất khẩu, nhập khẩu dao có tính sát thương cao có trách nhiệm cung cấp thông tin về số lượng, chủng loại sản phẩm, nhãn hiệu, tên cơ sở sản xuất khi có yêu cầu của cơ quan Công an nơi tổ chức, cá nhân đóng trụ sở, nơi sản xuất, kinh doanh hoặc nơi cư trú để phục vụ bảo đảm an ninh, trật tự.",
            "Điều 75. Quy định chuyển tiếp",
            "1. Các loại giấy phép, giấy chứng nhận, chứng chỉ về vũ khí, vật liệu nổ, tiền chất thuốc nổ, công cụ hỗ trợ đã được cấp trước ngày Luật này có hiệu lực thi hành mà còn thời hạn thì được tiếp tục sử dụng cho đến hết thời hạn hiệu lực ghi trong giấy phép, giấy chứng nhận, chứng chỉ.");

    /** Luật Xây dựng 135/2025/QH15 (tune, {@code corpus/gold/tasks/luat-135-2025-xay-dung.json}): its effect and transition articles. */
    private static final String LAW_135 = String.join("\n",
            "Chương VIII",
            "ĐIỀU KHOẢN THI HÀNH ",
            "Điều 94. Hiệu lực thi hành",
            "1. Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2026, trừ trường hợp quy định tại khoản 2 Điều này.",
            "3. Luật Xây dựng số 50/2014/QH13 đã được sửa đổi, bổ sung một số điều theo Luật số 03/2016/QH14, Luật số 35/2018/QH14, Luật số 40/2019/QH14, Luật số 62/2020/QH14, Luật số 45/2024/QH15, Luật số 47/2024/QH15, Luật số 55/2024/QH15, Luật số 61/2024/QH15, Luật số 84/2025/QH15, Luật số 93/2025/QH15 và Luật số 95/2025/QH15 (sau đây gọi là Luật Xây dựng số 50/2014/QH13) hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành.",
            "4. Chính phủ quy định chi tiết các nội dung quy định tại khoản 1 Điều 6, Điều 7, Điều 8, Điều 11, Điều 16, điểm a khoản 1 Điều 18, Điều 19, Điều 21, Điều 22, khoản 3 Điều 23, Điều 32, Điều 42, Điều 47, khoản 1 Điều 48, Điều 49, Điều 51, Điều 54, Điều 55, Điều 58, Điều 64, Điều 65, Điều 67, Điều 68; Điều 79, Điều 82, Điều 85, Điều 87 và hướng dẫn thực hiện Luật này.",
            "Điều 95. Điều khoản chuyển tiếp",
            "8. Công trình xây dựng khởi công trước ngày 01 tháng 7 năm 2026 thuộc đối tượng kiểm tra công tác nghiệm thu theo quy định của Luật Xây dựng số 50/2014/QH13 nhưng không thuộc đối tượng kiểm tra công tác nghiệm thu theo quy định của Luật này thì không thực hiện việc kiểm tra công tác nghiệm thu. Chủ đầu tư có trách nhiệm tổ chức quản lý chất lượng, quản lý thi công xây dựng, nghiệm thu hoàn thành công trình, bàn giao đưa vào khai thác, sử dụng theo quy định và chịu trách nhiệm về kết quả nghiệm thu của mình.");

    /**
     * A law's execution chapter: the Government's delegation in the effect article ({@code Chính phủ quy định chi tiết
     * … và hướng dẫn thực hiện Luật này}) and a clause whose subject follows a long opening clause ({@code Căn cứ các
     * quy định của Luật này, để phòng, chống …, người thi hành công vụ, Chính phủ quy định …}) are tasks; the standing
     * duties of the state-management chapter, the effect, repeal and transition clauses are not (the gold has 2 + 1).
     */
    @Test
    void aLawsExecutionChapterAssignsTheGovernmentsDelegationAndItsDuties() {
        List<Task> law42 = read(LAW_42, DocumentType.LUAT);
        assertEquals(List.of("Chính phủ"), names(starting(law42, "Căn cứ các quy định của Luật này").leadAgencies()));
        assertEquals(List.of("Tổ chức, cá nhân sản xuất, kinh doanh, xuất khẩu, nhập khẩu dao có tính sát thương cao"),
                names(starting(law42, "Tổ chức, cá nhân sản xuất").leadAgencies()));
        assertEquals(2, law42.size(), law42.stream().map(Task::text).toList().toString());
        List<Task> law135 = read(LAW_135, DocumentType.LUAT);
        Task delegation = starting(law135, "Chính phủ quy định chi tiết");
        assertEquals(List.of("Chính phủ"), names(delegation.leadAgencies()));
        assertEquals("Điều 94.4", delegation.section());
        assertEquals(1, law135.size(), law135.stream().map(Task::text).toList().toString());
    }

    /** ND 178/2026 Điều 47 (tune, {@code corpus/gold/tasks/nd-178-2026-tai-san-ket-cau-ha-tang.json}), two of its clauses shortened to a few items. */
    private static final String DECREE_178 = String.join("\n",
            "Chương IV",
            "TỔ CHỨC THỰC HIỆN",
            "Điều 47. Trách nhiệm thi hành",
            "3. Trách nhiệm của bộ quản lý chuyên ngành:",
            "a) Trong thời hạn 06 tháng, kể từ ngày Nghị định này có hiệu lực thi hành, các bộ quản lý chuyên ngành thực hiện việc quy định, công bố, điều chỉnh danh mục tài sản kết cấu hạ tầng theo quy định tại khoản 1 Điều 1 Nghị định này đối với tài sản kết cấu hạ tầng cụm công nghiệp, khu công nghiệp, khu kinh tế, khu chế xuất, khu công nghệ cao, khu nông nghiệp ứng dụng công nghệ cao, hạ tầng thương mại, hạ tầng thông tin và truyền thông, hạ tầng công nghiệp công nghệ số (bao gồm cả khu công nghệ số tập trung); tài sản kết cấu hạ tầng văn hóa, hạ tầng thể thao, hạ tầng du lịch; tài sản kết cấu hạ tầng đô thị; tài sản kết cấu hạ tầng kỹ thuật bảo vệ môi trường; tài sản kết cấu hạ tầng đê điều; tài sản kết cấu hạ tầng cảng cá, khu neo đậu, khu tránh trú bão.",
            "Danh mục tài sản kết cấu hạ tầng gồm: Chi tiết các loại tài sản kết cấu hạ tầng, đơn vị tính, các thông số đo lường theo quy định của pháp luật chuyên ngành về hạ tầng tương ứng.",
            "b) Giao cơ quan quản lý chuyên ngành về hạ tầng ở trung ương chủ trì, phối hợp với các cơ quan có liên quan có ý kiến đối với việc giao tài sản, khai thác tài sản kết cấu hạ tầng (phê duyệt Đề án khai thác, phê duyệt giá khởi điểm để đấu giá cho thuê, chuyển nhượng quyền khai thác tài sản), xử lý tài sản kết cấu hạ tầng trước khi bộ, cơ quan trung ương quyết định, phê duyệt theo thẩm quyền hoặc bộ, cơ quan trung ương đề nghị cơ quan, người có thẩm quyền quyết định, phê duyệt theo quy định tại Nghị định này.",
            "6. Các cơ quan, đơn vị, doanh nghiệp và các đối tượng khác có liên quan được nộp hồ sơ điện tử trong trường hợp đã có chữ ký số khi thực hiện các thủ tục quy định tại Nghị định này. Trường hợp thực hiện thủ tục quy định tại Nghị định này mà phải thực hiện qua nhiều bước thì các bản chính theo quy định của từng thủ tục được lưu tại cơ quan có thẩm quyền quyết định hoặc cơ quan của người có thẩm quyền quyết định; các cơ quan khác lưu bản sao.",
            "Bản chính bản tổng hợp, giải trình, tiếp thu ý kiến của các cơ quan liên quan trong thành phần hồ sơ quy định tại Nghị định này là bản đóng dấu treo của cơ quan, đơn vị, doanh nghiệp quản lý tài sản.",
            "Điều 48. Điều khoản chuyển tiếp");

    /**
     * In an execution article, what a list holds ({@code Danh mục tài sản kết cấu hạ tầng gồm: …}) and a permission
     * ({@code Các cơ quan, đơn vị, doanh nghiệp … được nộp hồ sơ điện tử …}) are no tasks; the duties around them are.
     */
    @Test
    void aListsContentAndAPermissionAreNoTasks() {
        List<Task> tasks = read(DECREE_178, DocumentType.NGHI_DINH);
        // the time limit opens the clause of the doer it names, as the gold has it (before session 35: the heading's "bộ quản lý chuyên ngành")
        assertEquals(List.of("các bộ quản lý chuyên ngành"), names(starting(tasks, "Trong thời hạn 06 tháng").leadAgencies()));
        assertEquals(List.of("cơ quan quản lý chuyên ngành về hạ tầng ở trung ương"), names(starting(tasks, "Giao cơ quan quản lý").leadAgencies()));
        for (String no : List.of("Danh mục tài sản", "Các cơ quan, đơn vị, doanh nghiệp", "Bản chính")) {
            assertTrue(tasks.stream().noneMatch(t -> t.text().startsWith(no)), no + " in " + tasks.stream().map(Task::text).toList());
        }
    }

    /** Letter 3686/UBND-XD (tune) as the normalize stage leaves it, the explaining paragraphs shortened. */
    private static final String LETTER_3686 = String.join("\n",
            "Kính gửi: Bộ Xây dựng",
            "Ủy ban nhân dân tỉnh Lào Cai nhận được phản ánh của các doanh nghiệp về những khó khăn, vướng mắc trong việc kiểm tra điều kiện an toàn về phòng cháy, chữa cháy (PCCC) đối với phương tiện vận chuyển vật liệu nổ công nghiệp",
            "(VLNCN), tiền chất thuốc nổ (TCTN) đã gây ảnh hưởng đến hoạt động sản xuất của các doanh nghiệp và việc làm của các lao động. Để tháo gỡ vướng mắc cho các doanh nghiệp, đồng thời để đảm bảo mục tiêu tăng trưởng hai con số theo chỉ đạo của Trung ương, Ủy ban nhân dân tỉnh Lào Cai báo cáo và đề nghị Bộ Xây dựng nội dung như sau:",
            "1. Quy định về kiểm tra điều kiện PCCC đối với phương tiện vận chuyển VLNCN, TCTN và thực tế hiện nay",
            "Theo quy định tại điểm d khoản 2 Điều 13 và khoản 6 Điều 14 Nghị định số 105/2025/NĐ-CP2, cơ quan đăng kiểm thực hiện việc kiểm tra điều kiện an toàn về PCCC đối với phương tiện giao thông theo trình tự, thủ tục của pháp luật chuyên ngành về kiểm định an toàn kỹ thuật và bảo vệ môi trường.",
            "2. Khó khăn, vướng mắc",
            "Tuy nhiên đến nay, các cơ quan đăng kiểm tại địa phương vẫn chưa được hướng dẫn cụ thể để triển khai thực hiện.",
            "3. Kiến nghị",
            "Để kịp thời tháo gỡ khó khăn, vướng mắc cho doanh nghiệp, bảo đảm hoạt động sản xuất, kinh doanh và tiến độ thi công các công trình, dự án trọng điểm trên địa bàn tỉnh Lào Cai, Ủy ban nhân dân tỉnh Lào Cai trân trọng đề nghị Bộ Xây dựng:",
            "(i). Chỉ đạo Cục Đăng kiểm Việt Nam khẩn trương ban hành văn bản hướng dẫn các cơ quan đăng kiểm địa phương triển khai việc kiểm tra điều kiện an toàn về PCCC đối với phương tiện giao thông đường sắt, phương tiện thủy nội địa, tàu biển, phương tiện giao thông cơ giới đường bộ vận chuyển VLNCN, TCTN theo đúng quy định tại điểm d khoản 2 Điều 13 và khoản 6 Điều 14 Nghị định số",
            "105/2025/NĐ-CP.",
            "Ủy ban nhân dân tỉnh Lào Cai trân trọng đề nghị Bộ Xây dựng quan tâm, sớm xem xét, chỉ đạo giải quyết./.");

    /** The numbered topic of a letter that reports and asks is a heading; its request items keep the addressee. */
    @Test
    void aLettersTopicHeadingIsNoTask() {
        List<Task> tasks = read(LETTER_3686, DocumentType.CONG_VAN);
        assertTrue(tasks.stream().noneMatch(t -> t.text().startsWith("Quy định về")), tasks.stream().map(Task::text).toList().toString());
        assertEquals(List.of("Bộ Xây dựng"), names(starting(tasks, "Chỉ đạo Cục Đăng kiểm").leadAgencies()));
    }

    /** The /SCT-CN letter on the new chemicals decrees and circulars (tune), two of its bullet lists shortened. */
    private static final String LETTER_SCT_CN = String.join("\n",
            "Thực hiện chỉ đạo của UBND tỉnh tại văn bản số 502/UBND-KT ngày 20/01/2026 về việc triển khai Nghị định số 25/2026/NĐ-CP và để đảm bảo việc thực hiện đồng bộ Luật Hóa chất số 69/2025/QH15 có hiệu lực từ ngày 01/01/2026, Sở Công Thương tỉnh Lào Cai hướng dẫn, tuyên truyền và yêu cầu các đơn vị hoạt động hóa chất thực hiện các nội dung trọng tâm sau:",
            "1. Về phổ biến Văn bản quy phạm pháp luật mới",
            "Đề nghị các Sở, ngành và địa phương, Ủy ban nhân dân xã, phường phối hợp với Sở Công Thương trong việc tuyên truyền, hướng dẫn đến các tổ chức, cá nhân có liên quan triển khai các văn bản quy phạm pháp luật thuộc lĩnh vực hóa chất. Yêu cầu các tổ chức, cá nhân hoạt động hóa chất thuộc lĩnh vực, địa bàn quản lý chủ động nghiên cứu, cập nhật các văn bản quy phạm pháp luật sau:",
            "- Nghị định số 24/2026/NĐ-CP ngày 17 tháng 01 năm 2026 của Chính phủ quy định các danh mục hóa chất thuộc phạm vi điều chỉnh của Luật Hóa chất.",
            "- Thông tư số 02/2026/TT-BCT ngày 17 tháng 01 năm 2026 của Bộ trưởng Bộ Công Thương quy định một số biện pháp thi hành Luật Hóa chất và Nghị định số 25/2026/NĐ-CP ngày 17 tháng 01 năm 2026 của Chính phủ.",
            "2. Các nội dung trọng tâm đơn vị cần nghiên cứu, thực hiện",
            "Đề nghị các đơn vị hoạt động hóa chất trên địa bàn tỉnh nghiên cứu, nắm rõ và thực hiện đúng các quy định của Luật Hóa chất số 69/2025/QH15, trong đó chú trọng thực hiện các nội dung sau:",
            "- Cập nhật hồ sơ an toàn: Xây dựng hoặc điều chỉnh Kế hoạch/Biện pháp phòng ngừa, ứng phó sự cố hóa chất theo ngưỡng khối lượng mới.",
            "- Thương xuyên cập nhật, nghiên cứu các văn bản quy phạm pháp luật về lĩnh vực hóa chất và triển khai thực hiện nghiêm túc, đúng, đủ theo quy định của pháp luật.",
            "Sở Công Thương đề nghị các Sở, ban, ngành tỉnh; UBND xã, phường và các đơn vị hoạt động hóa chất trên địa bàn tỉnh nghiên cứu, triển khai thực hiện theo đúng quy định. Trong quá trình triển khai thực hiện, nếu có vướng mắc hoặc vấn đề phát sinh đề nghị các đơn vị phản hồi về Sở Công Thương để tổng hợp, báo cáo, đề xuất UBND tỉnh kiến nghị cấp có thẩm quyền xem xét hướng dẫn thực hiện (Đính kèm các văn bản có liên quan)./.");

    /**
     * The request whose object is a list of documents is a task, the documents are not; a numbered topic that names
     * {@code đơn vị} is a heading; the feedback formula that sends difficulties back to the Sở is no task (the gold,
     * {@code corpus/gold/tasks/cv-hc-trien-khai-nd-tt-hoa-chat.json}, has 8 tasks and none of these).
     */
    @Test
    void aLettersRequestToStudyDocumentsIsATaskAndItsTopicsAreNot() {
        List<Task> tasks = read(LETTER_SCT_CN, DocumentType.CONG_VAN);
        Task study = starting(tasks, "Yêu cầu các tổ chức, cá nhân hoạt động hóa chất");
        assertEquals(List.of("các tổ chức, cá nhân hoạt động hóa chất thuộc lĩnh vực, địa bàn quản lý"), names(study.leadAgencies()));
        assertEquals(List.of("các Sở, ngành", "địa phương", "Ủy ban nhân dân xã, phường"), names(starting(tasks, "Đề nghị các Sở, ngành").leadAgencies()));
        assertEquals(List.of("các đơn vị hoạt động hóa chất trên địa bàn tỉnh"), names(starting(tasks, "Cập nhật hồ sơ an toàn").leadAgencies()));
        for (String no : List.of("Nghị định số", "Thông tư số", "Các nội dung trọng tâm", "Trong quá trình triển khai")) {
            assertTrue(tasks.stream().noneMatch(t -> t.text().startsWith(no)), no + " in " + tasks.stream().map(Task::text).toList());
        }
    }

    /**
     * The report of the Sở Công Thương on the chemicals strategy (tune, {@code hc-sct-vn__Ban-trinh-BC-chien-luoc-CN-hoachat.docx}),
     * its sections shortened: the work it reports (a section title that names the strategy's {@code yêu cầu} included)
     * assigns nothing, its proposals to the ministry do ({@code corpus/gold/tasks/bc-sct-chien-luoc-hoa-chat.json}).
     */
    private static final String REPORT_STRATEGY = String.join("\n",
            "Thực hiện Công văn số 81/UBND-KT ngày 06/01/2026 của Ủy ban nhân dân tỉnh Lào Cai. Sở Công Thương báo cáo kết quả như sau:",
            "1. Tình hình thực hiện Chiến lược hóa chất",
            "Năm 2025, Sở Công Thương đã ban hành Văn bản số 1018/SCT-KTATMT ngày 10/4/2025 về việc yêu cầu đơn vị tăng cường công tác quản lý an toàn hóa chất. Tổ chức kiểm tra việc thực hiện công tác phòng ngừa ứng phó sự cố hóa chất 07 đơn vị trên địa bàn tỉnh.",
            "4. Quy hoạch của địa phương và việc tích hợp, lồng ghép nội dung và yêu cầu của Chiến lược hóa chất vào Quy hoạch địa phương (trước và sau sát nhập/điều chỉnh địa giới hành chính)",
            "Hiện nay, tỉnh Lào Cai hiện đang tổ chức điều chỉnh Quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050. Ủy ban nhân dân tỉnh giao Sở Tài chính phối hợp với đơn vị tư vấn làm việc trực tiếp với các Sở, ban, ngành tỉnh về nội dung điều chỉnh các phương án tích hợp vào Quy hoạch tỉnh Lào Cai thời kỳ 2021 - 2030, tầm nhìn đến năm 2050.",
            "6. Kiến nghị",
            "Để triển khai thực hiện Chiến lược phát triển ngành Hóa chất Việt Nam đến năm 2030, tầm nhìn đến năm 2040 đảm bảo hiệu quả và phát huy được tiềm năng, thế mạnh của tỉnh Lào Cai, Sở Công Thương đề xuất Bộ Công Thương một số nội dung như sau:",
            "- Tiếp tục hướng dẫn, hỗ trợ địa phương trong việc định hướng phát triển các phân ngành công nghiệp hóa chất phù hợp điều kiện thực tế, nhất là trong công tác quy hoạch, thu hút đầu tư và lựa chọn công nghệ.",
            "- Ban hành Kế hoạch triển khai, thực hiện Chiến lược phát triển ngành Hóa chất Việt Nam đến năm 2030, tầm nhìn 2040 trong đó cụ thể hóa các định hướng phát triển hóa chất theo từng vùng làm căn cứ triển khai Chiến lược phát triển ngành hóa chất và bố trí quỹ đất phù hợp tại địa phương.",
            "Trên đây là báo cáo kết quả triển khai Chiến lược phát triển ngành công nghiệp hóa chất Việt Nam đến năm 2030, tầm nhìn đến năm 2040 trên địa bàn tỉnh Lào Cai, Sở Công Thương báo cáo Bộ Công Thương nghiên cứu, xem xét./.");

    @Test
    void aReportAssignsOnlyInItsProposals() {
        List<Task> tasks = read(REPORT_STRATEGY, DocumentType.BAO_CAO);
        starting(tasks, "Tiếp tục hướng dẫn, hỗ trợ địa phương");
        starting(tasks, "Ban hành Kế hoạch triển khai");
        assertEquals(2, tasks.size(), tasks.stream().map(Task::text).toList().toString());
        for (Task t : tasks) assertEquals(List.of("Bộ Công Thương"), names(t.leadAgencies()), t.text());
    }

    /**
     * The report of the UBND on Chỉ thị 38 (tune, {@code qlks-sct-vn__BC-tinh-ket-qua-Chi-thi-38-TTg.docx}): the
     * proposals are numbered in parentheses under {@code Đề nghị Bộ …:}, the reason given for one is not a proposal, and
     * the work the UBND reported having assigned is a fact.
     */
    private static final String REPORT_MINERALS = String.join("\n",
            "2. Một số nội dung đã thực hiện trong năm 2025",
            "2.2. Về quy hoạch khoáng sản",
            "- Đối với Quy hoạch tỉnh Lào Cai: Thực hiện Nghị Quyết số 05/NQ-HĐND ngày 09/02/2026 của Hội đồng nhân dân tỉnh Lào Cai về việc thông qua điều chỉnh Quy hoạch tỉnh Lào Cai thời kỳ 2021-2030, tầm nhìn đến năm 2050, Ủy ban nhân dân tỉnh đã giao Sở Tài chính chủ trì, phối hợp với các Sở, ban, ngành và địa phương thực hiện rà soát, tham mưu điều chỉnh Quy hoạch tỉnh cho phù hợp với thực tiễn.",
            "4. Đề xuất, kiến nghị",
            "Đề nghị Bộ Nông nghiệp và Môi trường:",
            "(1). Xem xét, kiến nghị Chính phủ xem xét, sửa đổi Điều 137, Nghị định số 193/2025/NĐ-CP ngày 02/7/2025, trong đó sửa đổi phương thức thu, nộp tiền cấp quyền khai thác khoáng sản đối với các mỏ trúng đấu giá quyền khai thác khoáng sản.",
            "Lý do: (i) Tránh tình trạng các đơn vị tham gia đấu giá chủ yếu thực hiện thương mại, đầu cơ, gây lũng đoạn thị trường đấu giá; (ii) Tránh được việc các đơn vị chỉ tập trung khai thác thân quặng thuận lợi, có giá trị cao và để lại thân quặng có vị trí khó khăn và giá trị thấp, gây lãng phí nguồn tài nguyên khoáng sản.",
            "(2). Xem xét, sớm triển khai thực hiện xây dựng cơ sở dữ liệu quốc gia về tài nguyên địa chất, khoáng sản, quản lý tập trung, thống nhất trên phạm vi toàn quốc.",
            "Ủy ban nhân dân tỉnh Lào Cai trân trọng báo cáo Bộ Nông nghiệp và Môi trường tổng hợp và quan tâm xem xét, giải quyết./.");

    @Test
    void aReportsProposalsNumberedInParenthesesAreTasksOfItsAddressee() {
        List<Task> tasks = read(REPORT_MINERALS, DocumentType.BAO_CAO);
        assertEquals(2, tasks.size(), tasks.stream().map(Task::text).toList().toString());
        assertEquals(List.of("Bộ Nông nghiệp và Môi trường"), names(starting(tasks, "Xem xét, kiến nghị Chính phủ").leadAgencies()));
        assertEquals(List.of("Bộ Nông nghiệp và Môi trường"), names(starting(tasks, "Xem xét, sớm triển khai").leadAgencies()));
    }

    /** The yearly explosives report (tune, {@code sd-vlncn-sct-vn__BC-dinh-ky-VLNCN-nam-2025.docx}): the addressee ends before the object. */
    private static final String REPORT_EXPLOSIVES = String.join("\n",
            "1. Tình hình quản lý, sử dụng VLNCN, TCTN",
            "Công an tỉnh đã tổ chức kiểm tra 04 lượt, không phát hiện vi phạm; Thanh tra tỉnh trong năm 2025 qua công tác thanh tra 07 doanh nghiệp khai thác khoáng sản làm vật liệu xây dựng, đã tham mưu, trình UBND tỉnh xử phạt vi phạm hành chính về VLNCN đối với Công ty Cổ phần đá quý và vàng Yên Bái.",
            "5. Đề xuất, kiến nghị",
            "Uỷ ban nhân dân tỉnh Lào Cai đề nghị Bộ Công Thương một số nội dung như sau:",
            "- Sớm đưa cơ sở dữ liệu về VLNCN, TCTN được quy định tại Thông tư số 23/2024/TT-BCT ngày 07/11/2024 của Bộ Công Thương vào hoạt động.",
            "- Bãi bỏ Quy định xây dựng kế hoạch hoặc biện pháp phòng ngừa, ứng phó sự cố hóa chất đối với kho vật liệu nổ công nghiệp.",
            "Uỷ ban nhân dân tỉnh Lào Cai đề nghị Cục Kỹ thuật an toàn và Môi trường công nghiệp xem xét, tổng hợp./.");

    @Test
    void aReportsAddresseeEndsBeforeTheObjectOfItsProposal() {
        List<Task> tasks = read(REPORT_EXPLOSIVES, DocumentType.BAO_CAO);
        assertEquals(3, tasks.size(), tasks.stream().map(Task::text).toList().toString());
        assertEquals(List.of("Bộ Công Thương"), names(starting(tasks, "Sớm đưa cơ sở dữ liệu").leadAgencies()));
        assertEquals(List.of("Bộ Công Thương"), names(starting(tasks, "Bãi bỏ Quy định").leadAgencies()));
        assertEquals(List.of("Cục Kỹ thuật an toàn và Môi trường công nghiệp"), names(starting(tasks, "Uỷ ban nhân dân tỉnh Lào Cai đề nghị Cục").leadAgencies()));
    }

    /**
     * Under an item the letter asks for, its explanation's numbered points are no tasks (the Mông Sơn letter, tune:
     * {@code corpus/gold/tasks/cv-tra-lai-ho-so-gpsd-mong-son.json} has the numbered items only); read as items in
     * parentheses since reports number their proposals {@code (1).}, {@code (2).}.
     */
    @Test
    void theNumberedPointsThatExplainARequestedItemAreNoTasks() {
        String text = String.join("\n",
                "Căn cứ Điều 38, Điều 39 Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ ngày 29/6/2024, qua thẩm định, hồ sơ chưa đủ điều kiện để trình cấp Giấy phép. Sở Công Thương trả lại hồ sơ (gửi kèm theo Công văn này) và đề nghị Công ty hoàn thiện các nội dung sau:",
                "1. Hiệu chỉnh Phương án nổ mìn số 01/PANM-MS ngày 14/7/2026 thống nhất với thiết kế được duyệt",
                "Theo điểm c khoản 1 Điều 39 Luật số 42/2024/QH15, thiết kế khai thác mỏ do chủ đầu tư phê duyệt phải bảo đảm điều kiện về an toàn theo tiêu chuẩn, quy chuẩn kỹ thuật.",
                "(1) Đường kính lỗ khoan lớn: Phương án chọn 76 mm và 90 mm (trang 7); thiết kế tính toán, lựa chọn 105 mm trong dải 76-105 mm (trang 59, 61 Thuyết minh thiết kế).",
                "(2) Đường kháng chân tầng W: Phương án 2,7 m và 3,2 m (trang 7); thiết kế 3,5-4,0 m (trang 60, 61).",
                "2. Rà soát, sửa lỗi số liệu trong Phương án nổ mìn");
        List<Task> tasks = read(text, DocumentType.CONG_VAN);
        assertEquals(List.of("Hiệu chỉnh Phương án nổ mìn số 01/PANM-MS ngày 14/7/2026 thống nhất với thiết kế được duyệt",
                "Rà soát, sửa lỗi số liệu trong Phương án nổ mìn"), tasks.stream().map(Task::text).toList());
        for (Task t : tasks) assertEquals(List.of("Công ty"), names(t.leadAgencies()));
    }

    /**
     * A letter's execution sentence lists its doers with {@code ;} (CV-7432, corpus-dev, tune gold {@code
     * cv-7432-trien-khai-qd-1074.json}): the first member stays with the sentence and is a lead.
     */
    @Test
    void aLettersDoerListKeepsItsFirstMember() {
        String text = String.join("\n",
                "3. Tổ chức thực hiện",
                "Thủ trưởng các sở, ban, ngành, đoàn thể tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường; người đứng đầu các cơ quan, đơn vị có liên quan chịu trách nhiệm tổ chức triển khai thực hiện nghiêm túc các nội dung nêu trên; trong quá trình thực hiện nếu phát sinh khó khăn, vướng mắc vượt thẩm quyền, kịp thời báo cáo Sở Xây dựng để tổng hợp, tham mưu Ủy ban nhân dân tỉnh xem xét, chỉ đạo theo quy định./.");
        Task t = starting(read(text, DocumentType.CONG_VAN), "Thủ trưởng các sở");
        assertEquals(List.of("Thủ trưởng các sở, ban, ngành, đoàn thể tỉnh", "Chủ tịch Ủy ban nhân dân các xã, phường",
                "người đứng đầu các cơ quan, đơn vị có liên quan"), names(t.leadAgencies()));
    }

    /** A letter that asks to receive application dossiers asks (review of 26686af: {@code hồ sơ đề nghị} is no reported request). */
    @Test
    void aRequestToReceiveApplicationDossiersIsATask() {
        List<Task> tasks = read("Sở Công Thương đề nghị Ủy ban nhân dân huyện tiếp nhận hồ sơ đề nghị hỗ trợ của các hộ dân và tổng hợp gửi Sở trước ngày 30/12/2026.",
                DocumentType.CONG_VAN);
        assertEquals(1, tasks.size(), tasks.stream().map(Task::text).toList().toString());
        // the addressee's span runs on: "tiếp nhận" is no predicate, it opens names ("Bộ phận tiếp nhận và trả kết quả")
        assertTrue(names(tasks.getFirst().leadAgencies()).getFirst().startsWith("Ủy ban nhân dân huyện"), tasks.getFirst().leadAgencies().toString());
    }

    /** A report without a section of proposals is read as a letter: its request is a task (review of 26686af). */
    @Test
    void aReportWithoutAProposalSectionKeepsItsRequests() {
        List<Task> tasks = read(String.join("\n",
                "Thực hiện Công văn số 81/UBND-KT ngày 06/01/2026 của Ủy ban nhân dân tỉnh, Sở Công Thương báo cáo như sau:",
                "Sở Công Thương đề nghị Ủy ban nhân dân tỉnh chỉ đạo các sở, ngành tăng cường kiểm tra việc chấp hành các quy định về an toàn hóa chất trên địa bàn."),
                DocumentType.BAO_CAO);
        assertEquals(1, tasks.size(), tasks.stream().map(Task::text).toList().toString());
        assertEquals(List.of("Ủy ban nhân dân tỉnh"), names(tasks.getFirst().leadAgencies()));
    }

    /**
     * A report's numbered line that asks is a proposal, not a section title; a title that ends with its proposals
     * ({@code Khó khăn, vướng mắc và kiến nghị}) opens the proposal section (review of 26686af).
     */
    @Test
    void aReportsNumberedProposalIsNoSectionAndATitleEndingInKienNghiIsOne() {
        List<Task> numbered = read(String.join("\n",
                "1. Kết quả thực hiện",
                "Năm 2025, Sở Công Thương đã tổ chức kiểm tra 07 đơn vị trên địa bàn tỉnh.",
                "2. Đề nghị Bộ Công Thương sớm ban hành hướng dẫn thực hiện Nghị định số 24/2026/NĐ-CP."),
                DocumentType.BAO_CAO);
        assertEquals(List.of("Đề nghị Bộ Công Thương sớm ban hành hướng dẫn thực hiện Nghị định số 24/2026/NĐ-CP."),
                numbered.stream().map(Task::text).toList());
        List<Task> titled = read(String.join("\n",
                "1. Kết quả thực hiện",
                "Ủy ban nhân dân tỉnh đã giao Sở Tài chính chủ trì rà soát, tham mưu điều chỉnh Quy hoạch tỉnh.",
                "2. Khó khăn, vướng mắc và kiến nghị",
                "Sở Công Thương đề nghị Bộ Công Thương sớm ban hành hướng dẫn thực hiện Nghị định số 24/2026/NĐ-CP."),
                DocumentType.BAO_CAO);
        assertEquals(List.of("Sở Công Thương đề nghị Bộ Công Thương sớm ban hành hướng dẫn thực hiện Nghị định số 24/2026/NĐ-CP."),
                titled.stream().map(Task::text).toList());
    }

    /** Outside a report's proposals a later {@code đề xuất} does not take the container's addressee (review of 26686af). */
    @Test
    void aGiaoContainerKeepsItsAddresseeBeforeALaterProposeVerb() {
        List<Task> tasks = read(String.join("\n",
                "Giao Sở Tài chính chủ trì, phối hợp các đơn vị liên quan đề xuất Ủy ban nhân dân tỉnh các nội dung sau:",
                "- Bố trí kinh phí thực hiện kiểm tra an toàn hóa chất năm 2026.",
                "- Điều chỉnh dự toán ngân sách cho các đơn vị được giao nhiệm vụ."),
                DocumentType.THONG_BAO);
        assertEquals(2, tasks.size(), tasks.stream().map(Task::text).toList().toString());
        for (Task t : tasks) assertEquals(List.of("Sở Tài chính"), names(t.leadAgencies()), t.text());
    }

    /** A list of doers that ends a paragraph stays with the request it completes (review of 762a13a: the pending members were dropped). */
    @Test
    void aDoerListThatEndsAParagraphStaysWithItsRequest() {
        String text = "Sở Công Thương đề nghị các đơn vị sau cử cán bộ tham gia Đoàn kiểm tra: Công an tỉnh; Sở Xây dựng; Ủy ban nhân dân xã Bảo Thắng;";
        assertEquals(List.of(text), ClauseTaskReader.requestSentences(text));
    }

    /** Doers before a sentence that is no task stay with the request before them, not dropped with it (second review of 815cceb, D). */
    @Test
    void aDoerListBeforeAFactStaysWithItsRequest() {
        String request = "Sở Công Thương đề nghị các đơn vị sau cử cán bộ tham gia Đoàn kiểm tra: Công an tỉnh; Sở Xây dựng; Ủy ban nhân dân xã Bảo Thắng;";
        List<String> parts = ClauseTaskReader.requestSentences(request + " Thời gian kiểm tra từ ngày 01/12/2026;");
        assertEquals(List.of(request), parts);
    }

    /** The files a phiếu trình attaches (tune, {@code hnh-sct-vn__Phieu-trinh-cap-GP-loai-5-8-DucGiang.docx}) are no one's tasks. */
    @Test
    void theFilesAPhieuTrinhAttachesAreNoTasks() {
        String text = String.join("\n",
                "Đơn vị trình : Phòng Quản lý Hóa chất (QLHC).",
                "Vấn đề trình : Cấp Giấy phép vận chuyển hàng hóa nguy hiểm loại 5, 8 cho Công ty TNHH hóa chất công nghiệp Đức Giang.",
                "Các văn bản kèm theo:",
                "1. Biên bản thẩm định Hồ sơ đề nghị cấp Giấy phép vận chuyển hàng nguy hiểm;",
                "2. Dự thảo Giấy phép vận chuyển hàng hóa nguy hiểm;",
                "3. Hồ sơ đề nghị cấp Giấy phép vận chuyển hàng hóa nguy hiểm.");
        List<Task> tasks = read(text, DocumentType.PHIEU_TRINH);
        assertEquals(List.of(), tasks.stream().map(Task::text).toList());
    }

    /**
     * A phiếu trình holds its proposal in a cell of its form (the same file, its rows as the DOCX reader writes them):
     * the request sentence is the task, its lead the office it asks; the bases, facts and the opinion cells are not.
     */
    @Test
    void aPhieuTrinhsProposalInItsFormIsATask() {
        String text = String.join("\n",
                "PHIẾU TRÌNH",
                "Kính gửi: Cục trưởng Phùng Mạnh Ngọc",
                "| Tóm tắt nội dung và kiến nghị (Ý kiến của cơ quan trình; Ý kiến của các cơ quan nhà nước có liên quan; Ý kiến của các đơn vị phối hợp xử lý): Căn cứ khoản 1 Điều 8 Thông tư 38/2025/TT-BCT ngày 19 tháng 6 năm 2025 của Bộ Công Thương về việc phân cấp Cục Hóa chất có thẩm quyền tiếp nhận hồ sơ, thẩm định, cấp, cấp lại, thu hồi Giấy phép vận chuyển hàng hóa nguy hiểm. Ngày 06/11/2025, Công ty TNHH hóa chất công nghiệp Đức Giang đã nộp hồ sơ đề nghị cấp Giấy phép vận chuyển hàng hóa nguy hiểm. Sau khi xem xét, thẩm định hồ sơ theo các quy định hiện hành, Phòng QLHC đã dự thảo Giấy phép vận chuyển hàng hóa nguy hiểm cho Công ty. Phòng QLHC kính đề nghị Lãnh đạo Cục xem xét và ký ban hành Giấy phép vận chuyển hàng hóa nguy hiểm./. |",
                "| Tên và chữ ký, số điện thoại của chuyên viên thụ lý: Điện thoại: 024.22205136 Nguyễn Đắc Khánh | Ý kiến của Lãnh đạo đơn vị: Kính trình Lãnh đạo Cục ký văn bản Trưởng phòng QLHC Đỗ Thanh Hà |",
                "| Phòng QLHC kính trình Lãnh đạo Cục hồ sơ và dự thảo Giấy phép vận chuyển của Công ty TNHH hóa chất công nghiệp Đức Giang. |",
                "| Ý kiến giải quyết của Lãnh đạo Cục: |");
        List<Task> tasks = read(text, DocumentType.PHIEU_TRINH);
        assertEquals(List.of("Phòng QLHC kính đề nghị Lãnh đạo Cục xem xét và ký ban hành Giấy phép vận chuyển hàng hóa nguy hiểm./."),
                tasks.stream().map(Task::text).toList());
        assertEquals(List.of("Lãnh đạo Cục"), names(tasks.getFirst().leadAgencies()));
    }

    /** The notice of results on the Móng Sến 1 explosives store (tune), its items under the investor's requirements. */
    private static final String NOTICE_MONG_SEN = String.join("\n",
            "2. Yêu cầu đối với chủ đầu tư",
            "a) Lưu trữ hồ sơ công trình theo quy định.",
            "c) Các yêu cầu khác:",
            "- Trong quá trình hoạt động phải tuân thủ nghiêm ngặt quy trình, quy phạm và biện pháp an toàn, an ninh trật tự theo quy định pháp luật hiện hành.",
            "- Sau khi hoàn thành thi công, đưa các hạng mục nêu trên vào khai thác sử dụng, Công ty cổ phần Năng lượng Bảo Long có trách nhiệm tổ chức dỡ bỏ toàn bộ công trình kho VLNCN, thu hồi VLNCN còn lại (nếu có) và hoàn trả mặt bằng theo đúng quy định pháp luật; không sử dụng kho VLNCN cho mục đích lưu trữ lâu dài hoặc bất kỳ mục đích khác ngoài phạm vi quy định tại văn bản này.",
            "Sở Công Thương thông báo cho Công ty cổ phần Năng lượng Bảo Long được biết, tổ chức thực hiện./.");

    /** A notice's item that names its own doer after an opening clause keeps it (the heading's doer is the fallback). */
    @Test
    void aNoticesItemKeepsTheDoerAfterItsOpeningClause() {
        List<Task> tasks = read(NOTICE_MONG_SEN, DocumentType.THONG_BAO);
        assertEquals(List.of("Công ty cổ phần Năng lượng Bảo Long"), names(starting(tasks, "Sau khi hoàn thành thi công").leadAgencies()));
        assertEquals(List.of("chủ đầu tư"), names(starting(tasks, "Lưu trữ hồ sơ").leadAgencies()));
    }

    @Test
    void theIssuedRegulationIsReadByItsExecutionChapterOnly() {
        List<Task> tasks = tasks();
        assertEquals(List.of("Sở Tài chính"), names(starting(tasks, "Thẩm định trình").leadAgencies()));
        assertEquals(List.of("Sở Tài chính"), names(starting(tasks, "Tổng hợp phương án").leadAgencies()));
        // whom the tax office asks is not the doer
        assertEquals(List.of("Thuế tỉnh Lào Cai"), names(starting(tasks, "Theo dõi, đề nghị").leadAgencies()));
        assertEquals(List.of("Thanh tra tỉnh"), names(starting(tasks, "Rà soát xây dựng").leadAgencies()));
        Task plan = starting(tasks, "Chủ trì, phối hợp với các sở, ngành có liên quan lập");
        assertEquals(List.of("Ủy ban nhân dân cấp xã"), names(plan.leadAgencies()));
        assertEquals(List.of("các sở, ngành có liên quan"), names(plan.coordinatingAgencies()));
        assertEquals(List.of("phòng Kinh tế/Kinh tế, Hạ tầng và Đô thị"), names(starting(tasks, "Quyết định hỗ trợ").leadAgencies()));
        assertEquals(List.of("Ủy ban nhân dân cấp xã"), names(starting(tasks, "Thanh tra, kiểm tra, đánh giá").leadAgencies()));
        assertEquals(List.of("Phòng Kinh tế/Kinh tế, Hạ tầng và Đô thị cấp xã"), names(starting(tasks, "Phòng Kinh tế").leadAgencies()));
        // not tasks: the regulation's substance, effect, a norm for a case, the rule for replaced texts
        // (corpus/gold/README.md, "A decision that issues a regulation"; corpus/gold/tasks/qd-16-2026-quy-che-ccn.json
        // has none of them)
        for (String no : List.of("Chủ trì xây dựng các quy định", "Quyết định này có hiệu lực", "Đối với địa bàn", "Trường hợp ban hành")) {
            assertTrue(tasks.stream().noneMatch(t -> t.text().startsWith(no)), no);
        }
    }

    /** A title that only mentions proposals as its matter ({@code giải quyết kiến nghị của cử tri}) opens no proposal section (second review of 815cceb, A). */
    @Test
    void aTitleAboutSettlingVotersProposalsIsNoProposalSection() {
        List<Task> tasks = read(String.join("\n",
                "1. Kết quả thực hiện",
                "Năm 2025, Sở Công Thương đã tổ chức kiểm tra 07 đơn vị trên địa bàn tỉnh.",
                "2. Kết quả giải quyết kiến nghị của cử tri",
                "Ủy ban nhân dân tỉnh đã giao Sở Tài nguyên và Môi trường kiểm tra, xử lý vi phạm."),
                DocumentType.BAO_CAO);
        assertEquals(List.of(), tasks.stream().map(Task::text).toList());
    }

    /** A report with sections but no section of proposals reports facts: it is not read as a letter (second review of 815cceb, B). */
    @Test
    void aSectionedReportWithoutProposalsHasNoTasks() {
        List<Task> tasks = read(String.join("\n",
                "1. Kết quả thực hiện",
                "Ủy ban nhân dân tỉnh đã giao Sở Tài chính chủ trì rà soát, tham mưu điều chỉnh Quy hoạch tỉnh.",
                "2. Phương hướng nhiệm vụ năm 2027",
                "Sở Công Thương tiếp tục phối hợp với các sở, ngành kiểm tra việc chấp hành các quy định về an toàn hóa chất."),
                DocumentType.BAO_CAO);
        assertEquals(List.of(), tasks.stream().map(Task::text).toList());
    }

    /** A report's numbered proposal without a final period is a proposal, not a section title (second review of 815cceb, C). */
    @Test
    void aReportsNumberedProposalWithoutAPeriodIsNoSection() {
        List<Task> tasks = read(String.join("\n",
                "1. Kết quả thực hiện",
                "Năm 2025, Sở Công Thương đã tổ chức kiểm tra 07 đơn vị trên địa bàn tỉnh.",
                "2. Đề nghị Bộ Công Thương hỗ trợ kinh phí kiểm tra an toàn hóa chất",
                "3. Đề nghị Bộ Tài chính bố trí vốn cho các dự án",
                "4. Đề nghị Bộ Xây dựng hướng dẫn thủ tục"),
                DocumentType.BAO_CAO);
        assertEquals(List.of("Đề nghị Bộ Công Thương hỗ trợ kinh phí kiểm tra an toàn hóa chất",
                "Đề nghị Bộ Tài chính bố trí vốn cho các dự án", "Đề nghị Bộ Xây dựng hướng dẫn thủ tục"),
                tasks.stream().map(Task::text).toList());
        assertEquals(List.of("Bộ Công Thương"), names(tasks.getFirst().leadAgencies()));
    }

    /**
     * A report's proposals under numbered addressees: {@code 1. Đề nghị Bộ Công Thương} over bullets and {@code 2. Đề
     * nghị Bộ Tài nguyên và Môi trường} over a paragraph lend the addressee to them, and the closing sentence that asks
     * a named body is a task (tham luận of the Sở Công Thương, 2019, tune: {@code
     * corpus/gold/tasks/bc-sct-tham-luan-tham-dinh-thiet-ke-mo.json}, lines shortened).
     */
    @Test
    void aNumberedAddresseeOfAReportLendsItToTheProposalsUnderIt() {
        List<Task> tasks = read(String.join("\n",
                "Tuy nhiên, trong quá trình thực hiện vẫn còn tồn tại, hạn chế cần quan tâm, như:",
                "- Chưa có văn bản hướng dẫn kiểm tra công tác nghiệm thu công trình đưa vào sử dụng đối với các dự án khai thác, chế biến khoáng sản.",
                "Để khắc phục những tồn tại, hạn chế nêu trên, Sở Công Thương Lào Cai kiến nghị:",
                "1. Đề nghị Bộ Công Thương",
                "- Kiến nghị Chính phủ điều chỉnh, bổ sung Nghị định số 59/2015/NĐ-CP ngày 18/6/2015 và Nghị định số 42/2017/NĐ-CP ngày 05/4/2017, để quy định rõ ràng về thẩm quyền thẩm định thiết kế mỏ.",
                "- Sớm ban hành các văn bản về tiêu chuẩn các loại tinh quặng được chế biến tại các nhà máy tuyển để đáp ứng làm nguyên liệu chế biến sâu.",
                "2. Đề nghị Bộ Tài nguyên và Môi trường",
                "Sớm bàn giao các khu vực khoáng sản nhỏ lẻ cho tỉnh Lào Cai quản lý để lập Quy hoạch khoáng sản, cấp giấy phép khai thác, phê duyệt trữ lượng...",
                "Trên đây là báo cáo tham luận về kết quả công tác quản lý lập, thẩm định và phê duyệt dự án đầu tư, thiết kế xây dựng và dự toán xây dựng công trình mỏ khoáng sản trên địa bàn tỉnh Lào Cai, Sở Công Thương Lào Cai đề nghị Cục Kỹ thuật an toàn và Môi trường công nghiệp tổng hợp, báo cáo Hội nghị./."),
                DocumentType.BAO_CAO);
        List<String> texts = tasks.stream().map(Task::text).toList();
        assertEquals(4, texts.size(), texts.toString());
        List<String> opens = List.of("Kiến nghị Chính phủ điều chỉnh", "Sớm ban hành các văn bản", "Sớm bàn giao", "Trên đây là báo cáo tham luận");
        for (int i = 0; i < 4; i++) assertTrue(texts.get(i).startsWith(opens.get(i)), texts.get(i));
        assertEquals(List.of("Bộ Công Thương"), names(tasks.get(0).leadAgencies()));
        assertEquals(List.of("Bộ Công Thương"), names(tasks.get(1).leadAgencies()));
        assertEquals(List.of("Bộ Tài nguyên và Môi trường"), names(tasks.get(2).leadAgencies()));
        assertEquals(List.of("Cục Kỹ thuật an toàn và Môi trường công nghiệp"), names(tasks.get(3).leadAgencies()));
    }

    /**
     * A report's proposals to one official keep that addressee also where an item proposes that the official assign
     * someone else ({@code 7. Giao Sở Công Thương chủ trì …}, as {@code 3. Chỉ đạo Sở …}); the object of {@code phối hợp
     * với} ends before the verb ({@code … UBND xã Yên Bình hoàn thành …}). Lines of the report of the Văn phòng UBND tỉnh
     * (tune: {@code corpus/gold/tasks/bc-vp-ubnd-cum-cong-nghiep.json}), shortened.
     */
    @Test
    void aReportsProposalToAssignKeepsTheAddressee() {
        List<Task> tasks = read(String.join("\n",
                "I. HIỆN TRẠNG CHUNG",
                "Trên địa bàn tỉnh hiện có 23 cụm công nghiệp đã thành lập hoặc đã được phê duyệt quy hoạch chi tiết.",
                "V. KIẾN NGHỊ",
                "Để kịp thời tháo gỡ khó khăn, vướng mắc, Văn phòng Ủy ban nhân dân tỉnh kính đề nghị đồng chí Chủ tịch Ủy ban nhân dân tỉnh chỉ đạo một số nội dung sau:",
                "3. Chỉ đạo Sở Nông nghiệp và Môi trường khẩn trương chủ trì, phối hợp với UBND phường Văn Phú, UBND xã Yên Bình hoàn thành phương án xử lý tài sản trên đất, báo cáo UBND tỉnh.",
                "7. Giao Sở Công Thương chủ trì, phối hợp với các sở, ngành, UBND các xã, phường liên quan tiếp tục theo dõi, kiểm tra, đôn đốc tiến độ triển khai các cụm công nghiệp."),
                DocumentType.BAO_CAO);
        assertEquals(2, tasks.size(), tasks.stream().map(Task::text).toList().toString());
        for (Task t : tasks) assertEquals(List.of("đồng chí Chủ tịch Ủy ban nhân dân tỉnh"), names(t.leadAgencies()), t.text());
        assertEquals(List.of("UBND phường Văn Phú", "UBND xã Yên Bình"), names(tasks.get(0).coordinatingAgencies()));
        assertEquals(List.of("các sở, ngành", "UBND các xã, phường liên quan"), names(tasks.get(1).coordinatingAgencies()));
    }

    /** REVIEW3 finding 2: a plan's closing formula ({@code Trên đây là Kế hoạch …, yêu cầu các cơ quan …}) is no task. */
    @Test
    void aPlansClosingParagraphIsNoTask() {
        List<Task> tasks = read(String.join("\n",
                "1. Sở Y tế chủ trì tổ chức tập huấn cho cán bộ y tế cơ sở.",
                "Trên đây là Kế hoạch triển khai công tác cải cách hành chính năm 2026, yêu cầu các cơ quan, đơn vị, địa phương triển khai thực hiện./.",
                "Nơi nhận:"), DocumentType.KE_HOACH);
        assertEquals(List.of("Sở Y tế chủ trì tổ chức tập huấn cho cán bộ y tế cơ sở."), tasks.stream().map(Task::text).toList());
    }

    /** REVIEW3 finding 3: the nouns {@code Tổ chức tín dụng}, {@code Tổ chức chính trị - xã hội} are doers, not the verb. */
    @Test
    void anItemLedByTheNounTổChứcKeepsItsDoer() {
        List<Task> tasks = read(String.join("\n",
                "3. Trách nhiệm của Ngân hàng Nhà nước chi nhánh tỉnh",
                "a) Tổ chức tín dụng trên địa bàn tỉnh có trách nhiệm báo cáo tình hình cho vay hằng quý.",
                "b) Tổ chức chính trị - xã hội tỉnh phối hợp tuyên truyền chính sách tín dụng."), DocumentType.CONG_VAN);
        assertEquals(List.of("Tổ chức tín dụng trên địa bàn tỉnh"), names(starting(tasks, "Tổ chức tín dụng").leadAgencies()));
        assertEquals(List.of("Tổ chức chính trị - xã hội tỉnh"), names(starting(tasks, "Tổ chức chính trị").leadAgencies()));
    }

    /** REVIEW3 finding 4: a paragraph between two bullets that names its own doer is a task of its own. */
    @Test
    void aParagraphBetweenTwoItemsThatNamesItsDoerStays() {
        List<Task> tasks = read(String.join("\n",
                "2. Trách nhiệm của các sở, ngành",
                "- Sở Y tế chủ trì kiểm tra an toàn thực phẩm.",
                "Sở Tài chính bố trí kinh phí thực hiện kiểm tra an toàn thực phẩm.",
                "- Sở Công Thương kiểm tra thị trường."), DocumentType.KE_HOACH);
        assertEquals(3, tasks.size(), tasks.stream().map(Task::text).toList().toString());
        assertEquals(List.of("Sở Y tế"), names(starting(tasks, "Sở Y tế").leadAgencies()));
        assertEquals(List.of("Sở Tài chính"), names(starting(tasks, "Sở Tài chính").leadAgencies()));
    }

    /**
     * A plan whose outline gives no task is read by clauses; its item just before the closing paragraph ({@code 2. Sở Nội
     * vụ hướng dẫn các đơn vị thực hiện.}, the reviewer's line after {@link #aPlansClosingParagraphIsNoTask}'s input)
     * states what its doer does. It was lost as a heading that only names a doer ({@code 8. Thanh tra tỉnh}), and then
     * as an item without an assigning frame.
     */
    @Test
    void aPlansItemBeforeItsClosingParagraphIsATask() {
        List<Task> tasks = read(String.join("\n",
                "1. Sở Y tế chủ trì tổ chức tập huấn cho cán bộ y tế cơ sở.",
                "2. Sở Nội vụ hướng dẫn các đơn vị thực hiện.",
                "Trên đây là Kế hoạch triển khai công tác cải cách hành chính năm 2026, yêu cầu các cơ quan, đơn vị, địa phương triển khai thực hiện./.",
                "Nơi nhận:"), DocumentType.KE_HOACH);
        assertEquals(List.of("Sở Y tế chủ trì tổ chức tập huấn cho cán bộ y tế cơ sở.", "Sở Nội vụ hướng dẫn các đơn vị thực hiện."),
                tasks.stream().map(Task::text).toList());
        assertEquals(List.of("Sở Nội vụ"), names(tasks.get(1).leadAgencies()));
    }

    /** In a plan read by clauses, an item whose doer runs into {@code đã} reports work done ({@code report_aspect}). */
    @Test
    void aPlansItemThatReportsWorkDoneIsNoTask() {
        List<Task> tasks = read(String.join("\n",
                "1. Sở Y tế đã tổ chức 12 lớp tập huấn cho cán bộ y tế cơ sở.",
                "2. Sở Nội vụ hướng dẫn các đơn vị thực hiện.",
                "Nơi nhận:"), DocumentType.KE_HOACH);
        assertEquals(List.of("Sở Nội vụ hướng dẫn các đơn vị thực hiện."), tasks.stream().map(Task::text).toList());
    }

    /** REVIEW4 finding 4: {@code đã được giao} / {@code đang quản lý} inside the doer phrase is no report; the items are tasks. */
    @Test
    void aPlansItemWithAnAspectWordInsideItsDoerIsATask() {
        List<Task> tasks = read(String.join("\n",
                "1. Các sở, ban, ngành đã được giao nhiệm vụ tại Kế hoạch số 45/KH-UBND chủ trì, tiếp tục triển khai các nhiệm vụ được giao.",
                "2. Các đơn vị đang quản lý, sử dụng tài sản công rà soát, báo cáo tình hình sử dụng tài sản.",
                "3. Sở Y tế đã tổ chức 12 lớp tập huấn cho cán bộ y tế cơ sở.",
                "Nơi nhận:"), DocumentType.KE_HOACH);
        assertEquals(2, tasks.size(), tasks.toString());
        assertTrue(tasks.getFirst().text().startsWith("Các sở, ban, ngành đã được giao"), tasks.toString());
        assertTrue(tasks.get(1).text().startsWith("Các đơn vị đang quản lý"), tasks.toString());
    }

    @Test
    void aResultTitleJoinedByACommaIsARequestSection() {
        assertTrue(requestSection("ĐÁNH GIÁ KẾT QUẢ NĂM 2025, PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2026"));
        assertTrue(requestSection("TÌNH HÌNH THỰC HIỆN; NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM 6 THÁNG CUỐI NĂM"));
        assertTrue(!requestSection("KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025"));
    }

    /**
     * REVIEW4 finding 7: {@code quy định về} (a predicate for laws' execution parts) cuts no subject span inside a plan's
     * citation of a decree: {@code của Chính phủ quy định về …} gives no {@code Chính phủ} lead.
     */
    @Test
    void aCitedDecreeGivesNoLead() {
        List<Task> tasks = read(String.join("\n",
                "Thực hiện Nghị định số 13/2023/NĐ-CP của Chính phủ quy định về bảo vệ dữ liệu cá nhân, UBND tỉnh yêu cầu các sở, ban, ngành thực hiện:",
                "1. Sở Khoa học và Công nghệ chủ trì hướng dẫn các cơ quan, đơn vị bảo vệ dữ liệu cá nhân.",
                "2. Công an tỉnh phối hợp với Bộ Tư pháp quy định về trình tự kiểm tra.",
                "Nơi nhận:"), DocumentType.KE_HOACH);
        assertTrue(tasks.stream().flatMap(t -> t.leadAgencies().stream()).noneMatch(a -> a.name().contains("Chính phủ")), tasks.toString());
        assertTrue(!tasks.isEmpty(), tasks.toString());
    }

    /** A section that reports results asks for nothing, although its title names {@code nhiệm vụ}; a later part may ask. */
    @Test
    void aSectionOfResultsIsNoRequestSection() {
        assertTrue(!requestSection("KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025"));
        assertTrue(!requestSection("ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NHIỆM VỤ"));
        assertTrue(requestSection("KẾT QUẢ KIỂM TRA VÀ KIẾN NGHỊ"));
        assertTrue(requestSection("NHIỆM VỤ VÀ GIẢI PHÁP"));
    }

    /**
     * CV-5973 (corpus-dev, its lines as the normalize stage leaves them): the text export put the page's footnote 1 (whose
     * mark is {@code khoáng sản1.}) inside the bullet the page break cut, and joined the bullet's next words to it; the
     * task is the bullet without the note.
     */
    @Test
    void aFootnoteInsideABulletIsNotItsText() {
        List<Task> tasks = read(String.join("\n",
                "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:",
                "1. Trách nhiệm chung của các cơ quan, đơn vị",
                "- Lãnh đạo, chỉ đạo tập trung thực hiện nghiêm các quy định của pháp luật trong công tác quản lý nhà nước về địa chất, khoáng sản1.",
                "- Đề cao trách nhiệm của người đứng đầu trong cơ quan, đơn vị trong việc bảo vệ khoáng sản chưa khai thác; kịp thời phát hiện, giải tỏa, ngăn chặn và xử lý nghiêm các hành vi vi phạm pháp luật, đặc biệt là: (i) Khai thác khoáng sản",
                "1 Các quy định của Luật Địa chất và Khoáng sản năm 2024 và các văn bản hướng dẫn thi hành; Nghị quyết số 10- NQ/TW ngày 10/02/2022 của Bộ Chính trị về định hướng chiến lược địa chất, khoáng sản và công nghiệp khai khoáng đến năm 2030, tầm nhìn đến năm 2045 và Chiến lược địa chất, khoáng sản và công nghiệp khai khoáng đến năm 2030, tầm nhìn đến năm 2045 của Thủ tướng Chính phủ; Nghị quyết số 88/NQ-CP ngày 22/7/2022 của Chính phủ ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 10-NQ/TW; Quyết định số 334/QĐ-TTg ngày 01/4/2023 của Thủ tướng Chính phủ phê duyệt “Chiến lược địa chất, khoáng sản và công nghiệp khai khoáng đến năm 2030, tầm nhìn đến năm 2045; Chương trình hành động số 39-CTr/TU ngày 29/01/2026 của BTV Tỉnh ủy Lào Cai thực hiện Nghị quyết số 10-NQ/TW; Chỉ thị số 38/CT-TTg ngày 29/9/2020 của Thủ tướng Chính phủ; Chỉ thị số 11- CT/TU ngày 04/02/2026 của BTV Tỉnh ủy; Các văn bản chỉ đạo, yêu cầu và hướng dẫn của Ủy ban nhân dân tỉnh, Sở Nông nghiệp và Môi trường… trái phép; (ii) Khai thác không đúng nội dung giấy phép; (iii) Không thực hiện đầy đủ nghĩa vụ tài chính; (iv) Vi phạm quy định về bảo vệ môi trường. Kịp thời phát hiện, kiểm điểm, xử lý nghiêm cán bộ, công chức, viên chức cấp dưới có hành vi tiếp tay cho tổ chức, cá nhân có hoạt động khoáng sản trái phép.",
                "- Tăng cường phối hợp giữa các cơ quan: Sở Nông nghiệp và Môi trường, Sở Công Thương, Sở Xây dựng, Sở Tài chính, Thanh tra tỉnh, Công an tỉnh và chính quyền địa phương trong công tác thanh tra, kiểm tra, giám sát hoạt động khoáng sản."),
                DocumentType.CONG_VAN);
        assertEquals("Đề cao trách nhiệm của người đứng đầu trong cơ quan, đơn vị trong việc bảo vệ khoáng sản chưa khai thác; kịp thời phát hiện,"
                + " giải tỏa, ngăn chặn và xử lý nghiêm các hành vi vi phạm pháp luật, đặc biệt là: (i) Khai thác khoáng sản trái phép; (ii) Khai thác"
                + " không đúng nội dung giấy phép; (iii) Không thực hiện đầy đủ nghĩa vụ tài chính; (iv) Vi phạm quy định về bảo vệ môi trường. Kịp"
                + " thời phát hiện, kiểm điểm, xử lý nghiêm cán bộ, công chức, viên chức cấp dưới có hành vi tiếp tay cho tổ chức, cá nhân có hoạt"
                + " động khoáng sản trái phép.", starting(tasks, "Đề cao trách nhiệm").text());
        assertEquals(List.of("các cơ quan, đơn vị"), names(starting(tasks, "Đề cao trách nhiệm").leadAgencies()));
    }

    /**
     * A request's addressee ends before its verb, and the verbs requests use are predicates ({@code task-rules.tsv}:
     * {@code bổ sung}, {@code dừng}, {@code khắc phục}, {@code giải trình}, {@code tách}, {@code điều chỉnh}, …): with
     * none of the listed verbs after it an addressee had no end, so {@code đề nghị Công ty tách số lượng …} named no
     * doer and a letter's request was lost. The request clauses of tune lines (the Mông Sơn letter, NQ 66.18/2026 Phụ lục
     * d), ND 21/2026 b), TT 36/2025 d), CV-5973 and the comments on the Ngòi Nhù 1A dossier), from the opener on.
     */
    @Test
    void aRequestsAddresseeEndsBeforeItsVerb() {
        String[][] cases = {
                {"đề nghị Công ty tách số lượng theo từng chủng loại, thống nhất với số liệu tính toán tại Phương án nổ mìn.", "Công ty"},
                {"yêu cầu doanh nghiệp dừng hoạt động và khắc phục các nội dung chưa đáp ứng.", "doanh nghiệp"},
                {"yêu cầu tổ chức, cá nhân giải trình, chỉnh sửa hoặc bổ sung hoàn thiện hồ sơ.", "tổ chức, cá nhân"},
                {"yêu cầu tổ chức, cá nhân bổ sung, hoàn thiện, trong đó nêu rõ nội dung cần bổ sung, hoàn thiện.", "tổ chức, cá nhân"},
                {"yêu cầu các đơn vị điều chỉnh thiết kế không sử dụng tàu cuốc, thời gian thực hiện xong trong tháng 6/2026.", "các đơn vị"},
                {"yêu cầu Chủ đầu tư khắc phục, bổ sung (theo mẫu công văn yêu cầu hoàn thiện đã có tiền lệ tại Sở).", "Chủ đầu tư"},
        };
        for (String[] c : cases) {
            AssignmentRules.Span s = AssignmentRules.get().subject(c[0]);
            assertEquals(c[1], s == null ? null : s.name(), c[0]);
        }
        // the Mông Sơn request as a letter's paragraph is a task of its addressee
        List<Task> letter = read(String.join("\n", "Kính gửi: Công ty cổ phần Mông Sơn.",
                "Đề nghị Công ty tách số lượng theo từng chủng loại, thống nhất với số liệu tính toán tại Phương án nổ mìn.",
                "Nơi nhận:"), DocumentType.CONG_VAN);
        assertEquals(1, letter.size(), letter.toString());
        assertEquals(List.of("Công ty"), names(letter.get(0).leadAgencies()));
    }

    /** Paragraphs wrapped into lines of at most {@code width} characters, as a PDF text layer or OCR prints them. */
    private static String wrapped(int width, String... paragraphs) {
        StringBuilder out = new StringBuilder();
        for (String p : paragraphs) {
            StringBuilder line = new StringBuilder();
            for (String w : p.split(" ")) {
                if (!line.isEmpty() && line.length() + 1 + w.length() > width) { out.append(line).append('\n'); line.setLength(0); }
                if (!line.isEmpty()) line.append(' ');
                line.append(w);
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }

    /**
     * TT 23/2024/TT-BCT (tune; its scan {@code TT-23-2024-BCT-tienchat.pdf} prints it in lines): in a text of lines the
     * chapter line {@code Chương IV} after the full last line of Điều 17.6 went on with that clause, so the execution
     * chapter {@code TRÁCH NHIỆM THI HÀNH} was never opened and Điều 18's duties were lost. A chapter line and a title in
     * capitals open a block, as Reflow never joins them.
     */
    @Test
    void aChapterLineAfterAFullLineOpensTheChapter() {
        String text = wrapped(100,
                "6. Tổ chức, doanh nghiệp quản lý, sử dụng vật liệu nổ công nghiệp, tiền chất thuốc nổ thuộc phạm vi quản lý của Bộ Quốc phòng thực hiện báo cáo theo quy định tại khoản 1, khoản 2, khoản 3 và khoản 4 Điều này và báo cáo về cấp trên là cơ quan, đơn vị trực thuộc Bộ Quốc phòng để tổng hợp, báo cáo về cơ quan được Bộ Quốc phòng giao quản lý nhà nước về vật liệu nổ công nghiệp, tiền chất thuốc nổ.",
                "Chương IV", "TRÁCH NHIỆM THI HÀNH",
                "Điều 18. Trách nhiệm của các cơ quan thuộc Bộ Công Thương",
                "1. Cục Kỹ thuật an toàn và Môi trường công nghiệp",
                "a) Chủ trì, phối hợp với các cơ quan, tổ chức có liên quan xây dựng các văn bản quy phạm pháp luật, quy chuẩn kỹ thuật an toàn về vật liệu nổ công nghiệp, tiền chất thuốc nổ;",
                "b) Chủ trì, tổ chức thực hiện kiểm tra, thanh tra và xử lý các hành vi vi phạm đối với các tổ chức, doanh nghiệp, cá nhân liên quan đến quản lý, sử dụng vật liệu nổ công nghiệp, sản xuất tiền chất thuốc nổ theo quy định của pháp luật;",
                "c) Tuyên truyền, phổ biến và hướng dẫn việc thực hiện các quy định pháp luật trong quản lý, sử dụng vật liệu nổ công nghiệp, tiền chất thuốc nổ;");
        List<String> lines = List.of(text.split("\n"));
        int chapter = lines.indexOf("Chương IV");
        // the case: the line before the chapter ran to the text's full width
        assertTrue(lines.get(chapter - 1).length() >= 0.8 * ClauseTaskReader.lineWidth(
                Lines.of(List.of(new Page(1, text, ExtractionMethod.PLAIN_TEXT))).all()), lines.get(chapter - 1));
        List<Task> tasks = read(text, DocumentType.THONG_TU);
        assertEquals(List.of("Điều 18.1", "Điều 18.1", "Điều 18.1"), tasks.stream().map(Task::section).toList(), tasks.toString());
        assertEquals(List.of("Cục Kỹ thuật an toàn và Môi trường công nghiệp"), names(tasks.get(0).leadAgencies()));
    }

    /**
     * Two requests in one sentence, {@code Đề nghị A …; đề nghị B …}: one task, both addressees its leads. The line is
     * the closing request of the internal letter on the KCN (tune, {@code cv-vbhc-noi-bo-y-kien-kcn.json}) with a second
     * request added after its {@code ;}; no tune, corpus-dev or vi-corpus text prints two addressees so.
     */
    @Test
    void aSecondRequestAfterASemicolonAddsItsAddressee() {
        List<Task> tasks = read(String.join("\n",
                "Kính gửi: Phòng Kế hoạch - Tổng hợp",
                "Phòng Quản lý công nghiệp cơ bản nhất trí với chủ trương đầu tư dự án; đề nghị Phòng Kế hoạch - Tổng hợp nghiên cứu, tổng hợp;"
                        + " đề nghị Văn phòng Sở theo dõi, đôn đốc việc thực hiện./."), DocumentType.CONG_VAN);
        Task t = starting(tasks, "Phòng Quản lý công nghiệp");
        assertEquals(List.of("Phòng Kế hoạch - Tổng hợp", "Văn phòng Sở"), names(t.leadAgencies()));
    }

    /**
     * A circular that issues a national technical regulation prints the QCVN after its signature block; the QCVN's
     * {@code TRÁCH NHIỆM CỦA CÁC TỔ CHỨC, CÁ NHÂN} and {@code TỔ CHỨC THỰC HIỆN} parts are its execution part (gold
     * rules: a QCVN is read as a normative text), its technical and management parts are not. The text is written for
     * this test from the drafting formulas of QCVN (decimal parts {@code 1.} … {@code 5.}, clauses {@code 5.1.}); no
     * gold or held-out file was read for it.
     */
    private static final String CIRCULAR_WITH_QCVN = String.join("\n",
            "Điều 1. Ban hành kèm theo Thông tư này Quy chuẩn kỹ thuật quốc gia về chất lượng an toàn kỹ thuật đối với xe máy chuyên dùng.",
            "Điều 2. Hiệu lực thi hành",
            "Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2026.",
            "Điều 3. Tổ chức thực hiện",
            "Chánh Văn phòng Bộ, Cục trưởng Cục Đăng kiểm Việt Nam, Thủ trưởng các cơ quan, tổ chức và cá nhân có liên quan chịu trách nhiệm thi hành Thông tư này./.",
            "Nơi nhận:",
            "- Như Điều 3;",
            "- Lưu: VT, KHCN.",
            "BỘ TRƯỞNG",
            "QCVN 22:2025/BGTVT",
            "QUY CHUẨN KỸ THUẬT QUỐC GIA VỀ CHẤT LƯỢNG AN TOÀN KỸ THUẬT ĐỐI VỚI XE MÁY CHUYÊN DÙNG",
            "Lời nói đầu",
            "QCVN 22:2025/BGTVT do Cục Đăng kiểm Việt Nam biên soạn, Bộ Khoa học và Công nghệ thẩm định, Bộ trưởng Bộ Giao thông vận tải ban hành.",
            "1. QUY ĐỊNH CHUNG",
            "1.1. Phạm vi điều chỉnh",
            "Quy chuẩn này quy định về chất lượng an toàn kỹ thuật đối với xe máy chuyên dùng.",
            "2. QUY ĐỊNH KỸ THUẬT",
            "2.1. Xe phải có đủ hồ sơ kỹ thuật.",
            "3. QUY ĐỊNH VỀ QUẢN LÝ",
            "3.1. Cục Đăng kiểm Việt Nam thực hiện kiểm tra chứng nhận xe nhập khẩu theo quy định.",
            "4. TRÁCH NHIỆM CỦA CÁC TỔ CHỨC, CÁ NHÂN",
            "4.1. Cơ sở sản xuất, lắp ráp, nhập khẩu xe máy chuyên dùng có trách nhiệm bảo đảm chất lượng xe phù hợp với Quy chuẩn này.",
            "4.2. Cơ sở đăng kiểm có trách nhiệm kiểm tra xe theo đúng quy trình quy định.",
            "5. TỔ CHỨC THỰC HIỆN",
            "5.1. Cục Đăng kiểm Việt Nam chịu trách nhiệm hướng dẫn, tổ chức triển khai và kiểm tra việc thực hiện Quy chuẩn này.",
            "5.2. Sở Giao thông vận tải các tỉnh có trách nhiệm phối hợp với Cục Đăng kiểm Việt Nam kiểm tra việc thực hiện Quy chuẩn này tại địa phương.",
            "5.3. Trường hợp các văn bản được viện dẫn trong Quy chuẩn này có sự thay đổi, bổ sung hoặc được thay thế thì thực hiện theo quy định trong văn bản mới.",
            "Phụ lục A",
            "Cục Đăng kiểm Việt Nam có trách nhiệm lưu hồ sơ theo Mẫu số 01.");

    @Test
    void theExecutionPartsOfTheTechnicalRegulationACircularIssuesAssign() {
        List<Task> tasks = read(CIRCULAR_WITH_QCVN, DocumentType.THONG_TU);
        assertEquals(List.of("Điều 3", "QCVN 22:2025/BGTVT 4.1", "QCVN 22:2025/BGTVT 4.2", "QCVN 22:2025/BGTVT 5.1",
                "QCVN 22:2025/BGTVT 5.2"), tasks.stream().map(Task::section).toList(), tasks.toString());
        assertEquals(List.of("Cơ sở sản xuất, lắp ráp, nhập khẩu xe máy chuyên dùng"), names(tasks.get(1).leadAgencies()));
        assertEquals(List.of("Cơ sở đăng kiểm"), names(tasks.get(2).leadAgencies()));
        assertEquals(List.of("Sở Giao thông vận tải các tỉnh"), names(tasks.get(4).leadAgencies()));
        assertEquals(List.of("Cục Đăng kiểm Việt Nam"), names(tasks.get(4).coordinatingAgencies()));
    }

    /**
     * An amendment of a QCVN quotes the provisions it adds ({@code 19. Bổ sung điểm 2.3 như sau:} + {@code “2.3. …”}):
     * the quoted provision belongs to the amended text, it assigns nothing of this one, even under {@code Tổ chức thực
     * hiện}; the amendment's own {@code Phụ lục A} that follows is no part of it. Written for this test in the form of
     * an amendment (Roman parts, numbered items).
     */
    @Test
    void aProvisionAnAmendmentQuotesIsNoTask() {
        List<Task> tasks = read(String.join("\n",
                "Điều 1. Ban hành kèm theo Thông tư này Sửa đổi 1:2024 QCVN 05A:2020/BCT.",
                "Điều 2. Tổ chức thực hiện",
                "Chánh Văn phòng Bộ, Cục trưởng Cục Hóa chất và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Thông tư này./.",
                "Nơi nhận:",
                "- Lưu: VT, HC.",
                "SỬA ĐỔI 1:2024 QCVN 05A:2020/BCT",
                "QUY CHUẨN KỸ THUẬT QUỐC GIA VỀ AN TOÀN TRONG SẢN XUẤT, KINH DOANH HÓA CHẤT NGUY HIỂM",
                "I. Quy định chung",
                "1. Bổ sung điểm 3.6 như sau:",
                "“3.6. Hệ thống thu gom là một trong các phương tiện nhằm ngăn ngừa hóa chất tràn, đổ.”",
                "III. Tổ chức thực hiện",
                "19. Bổ sung điểm 2.4 như sau:",
                "“2.4. Cục Hóa chất có trách nhiệm hướng dẫn, kiểm tra việc thực hiện Quy chuẩn này.”",
                "Phụ lục A",
                "Thay thế Phụ lục A của QCVN 05A:2020/BCT bằng Phụ lục A kèm theo Sửa đổi 1:2024."), DocumentType.THONG_TU);
        assertEquals(List.of("Điều 2"), tasks.stream().map(Task::section).toList(), tasks.toString());
    }

    /**
     * Letters written for this test in the forms of a Sở's letters (no gold or held-out file read): a request for papers
     * listed below it is one task, the papers are not; the addressee of a request ends before the clause that restricts
     * it ({@code các tổ chức, cá nhân chưa thực hiện báo cáo …}); a paragraph whose last sentence opens the issuer's
     * opinion ({@code … Sở Công Thương có ý kiến như sau:}) lends its items no doer from an earlier sentence that reports
     * a request ({@code … Văn bản số … của Sở Xây dựng về việc đề nghị tham gia ý kiến …}).
     */
    @Test
    void aRequestForPapersIsOneTaskAndAnOpinionLendsNoDoer() {
        List<Task> papers = read(String.join("\n",
                "Kính gửi: Công ty TNHH Logistic Minh Anh.",
                "Qua xem xét, hồ sơ của Công ty chưa đầy đủ theo quy định. Sở Công Thương đề nghị Công ty bổ sung các tài liệu sau:",
                "- Bản sao giấy chứng nhận đăng ký xe ô tô;",
                "- Danh sách người điều khiển phương tiện kèm theo chứng chỉ huấn luyện;",
                "- Phương án ứng cứu khẩn cấp.",
                "Trân trọng./."), DocumentType.CONG_VAN);
        assertEquals(List.of("Sở Công Thương đề nghị Công ty bổ sung các tài liệu sau:"), papers.stream().map(Task::text).toList());
        assertEquals(List.of("Công ty"), names(papers.getFirst().leadAgencies()));

        List<Task> overdue = read("Để có cơ sở tổng hợp, Sở Công Thương đề nghị các tổ chức, cá nhân chưa thực hiện báo cáo khẩn trương"
                + " gửi báo cáo về Sở Công Thương trước ngày 20/11/2025.", DocumentType.CONG_VAN);
        assertEquals(List.of("các tổ chức, cá nhân"), names(overdue.getFirst().leadAgencies()));

        List<Task> opinion = read(String.join("\n",
                "Kính gửi: Sở Xây dựng tỉnh Lào Cai.",
                "Sở Công Thương nhận được Văn bản số 512/SXD-QLXD ngày 05/6/2019 của Sở Xây dựng về việc đề nghị tham gia ý kiến thiết kế cơ sở dự án. Sau khi nghiên cứu hồ sơ, Sở Công Thương có ý kiến như sau:",
                "1. Về thiết kế khai thác: Phương pháp khai thác lộ thiên, khấu theo lớp bằng là phù hợp.",
                "2. Đề nghị chủ đầu tư bổ sung thiết kế hệ thống thoát nước mỏ."), DocumentType.CONG_VAN);
        assertEquals(List.of("Đề nghị chủ đầu tư bổ sung thiết kế hệ thống thoát nước mỏ."), opinion.stream().map(Task::text).toList());
        assertEquals(List.of("chủ đầu tư"), names(opinion.getFirst().leadAgencies()));
    }

    /**
     * TT 43/2025 Điều 11 (tune, {@code tt-43-2025-ky-thuat-an-toan-ks.json}): clause 2 is a norm for those that do not
     * yet comply, a transition; no task of the circular's execution.
     */
    @Test
    void aNormForThoseNotYetComplyingIsNoTask() {
        List<Task> tasks = read(String.join("\n",
                "Điều 11. Điều khoản thi hành",
                "1. Thông tư này có hiệu lực thi hành kể từ ngày ký.",
                "2. Trong thời hạn 01 năm, kể từ ngày Thông tư này có hiệu lực, tổ chức, cá nhân khai thác khoáng sản chưa đáp ứng được các điều kiện quy định tại Thông tư này, phải đảm bảo tuân thủ theo các quy định tại Thông tư này."),
                DocumentType.THONG_TU);
        assertEquals(List.of(), tasks.stream().map(Task::text).toList());
    }

    /**
     * Circulars written for this test in the forms the gold rules name (no gold or held-out file read): an article of
     * the reporting regime inside the execution chapter is normative content, no task (gold README: "reporting regimes
     * (`Chế độ báo cáo` articles …): normative content"); a clause of the effect article that charges a body with the
     * text's execution ({@code Cục Công nghiệp có trách nhiệm hướng dẫn, kiểm tra việc thực hiện Thông tư này}) is one.
     */
    @Test
    void aReportingRegimeIsNoTaskAndTheChargeOfExecutionIs() {
        List<Task> chapter = read(String.join("\n",
                "Chương III",
                "TỔ CHỨC THỰC HIỆN",
                "Điều 6. Trách nhiệm của Sở Giao thông vận tải",
                "Sở Giao thông vận tải các tỉnh có cửa khẩu phối hợp với lực lượng chức năng tại cửa khẩu kiểm tra việc thực hiện Thông tư này.",
                "Điều 7. Chế độ báo cáo",
                "1. Doanh nghiệp vận tải báo cáo Sở Giao thông vận tải kết quả hoạt động vận tải định kỳ 6 tháng.",
                "2. Sở Giao thông vận tải tổng hợp, báo cáo Cục Đường bộ Việt Nam trước ngày 30 tháng 7."), DocumentType.THONG_TU);
        assertEquals(List.of("Điều 6"), chapter.stream().map(Task::section).toList(), chapter.toString());

        List<Task> effect = read(String.join("\n",
                "Điều 5. Hiệu lực thi hành",
                "1. Thông tư này có hiệu lực thi hành kể từ ngày 05 tháng 9 năm 2025.",
                "2. Cục Công nghiệp có trách nhiệm hướng dẫn, kiểm tra việc thực hiện Thông tư này.",
                "3. Trong quá trình thực hiện, nếu có vướng mắc, đề nghị các cơ quan, tổ chức, cá nhân phản ánh về Bộ Công Thương để được hướng dẫn./."),
                DocumentType.THONG_TU);
        assertEquals(List.of("Điều 5.2"), effect.stream().map(Task::section).toList(), effect.toString());
        assertEquals(List.of("Cục Công nghiệp"), names(effect.getFirst().leadAgencies()));
    }

    /**
     * Letters written for this test: under {@code … đề nghị Công ty hoàn thiện các nội dung sau:} each numbered item is
     * a task and the bullets and lettered points that explain it are not; under a department's {@code … hướng dẫn một
     * số nội dung như sau:} each item that names who does what is a task of that doer, after its topic and opening
     * clause, without an assigning verb.
     */
    @Test
    void explainedItemsAndGuidanceItems() {
        List<Task> returned = read(String.join("\n",
                "Kính gửi: Công ty cổ phần Khoáng sản Mông Sơn.",
                "Qua thẩm định, hồ sơ chưa đáp ứng quy định. Sở Công Thương trả lại hồ sơ và đề nghị Công ty hoàn thiện các nội dung sau:",
                "1. Hiệu chỉnh thiết kế nổ mìn phù hợp với điều kiện thực tế của mỏ.",
                "Thiết kế nổ mìn của Công ty chưa tính toán khoảng cách an toàn về chấn động đối với các công trình lân cận:",
                "- Nhà dân cách biên giới mỏ 250 m;",
                "- Đường giao thông liên xã cách biên giới mỏ 180 m.",
                "2. Bổ sung quy trình bảo quản vật liệu nổ công nghiệp tại kho.",
                "a) Quy trình chưa nêu rõ trách nhiệm của thủ kho;",
                "b) Quy trình chưa quy định việc kiểm tra định kỳ.",
                "Sau khi hoàn thiện các nội dung nêu trên, đề nghị Công ty nộp lại hồ sơ về Sở Công Thương để được xem xét theo quy định."),
                DocumentType.CONG_VAN);
        assertEquals(List.of("Hiệu chỉnh thiết kế nổ mìn phù hợp với điều kiện thực tế của mỏ.",
                "Bổ sung quy trình bảo quản vật liệu nổ công nghiệp tại kho.",
                "Sau khi hoàn thiện các nội dung nêu trên, đề nghị Công ty nộp lại hồ sơ về Sở Công Thương để được xem xét theo quy định."),
                returned.stream().map(Task::text).toList());

        List<Task> guidance = read(String.join("\n",
                "Kính gửi: Sở Công Thương các tỉnh, thành phố trực thuộc trung ương.",
                "Thực hiện Nghị quyết số 202/2025/QH15 của Quốc hội, Cục Công nghiệp hướng dẫn một số nội dung như sau:",
                "1. Về tên cụm công nghiệp: Đối với cụm công nghiệp có tên gắn với địa danh cũ, Ủy ban nhân dân cấp tỉnh quyết định việc điều chỉnh tên cụm công nghiệp.",
                "2. Về chế độ báo cáo: Sở Công Thương tổng hợp, báo cáo tình hình cụm công nghiệp về Bộ Công Thương trước ngày 15/12/2025.",
                "3. Về kết quả: Các tỉnh đã hoàn thành việc rà soát cụm công nghiệp."), DocumentType.CONG_VAN);
        assertEquals(2, guidance.size(), guidance.toString());
        assertEquals(List.of("Ủy ban nhân dân cấp tỉnh"), names(guidance.get(0).leadAgencies()));
        assertEquals(List.of("Sở Công Thương"), names(guidance.get(1).leadAgencies()));
    }

    /**
     * A decree's chapter of the standing duties of the field, titled {@code TRÁCH NHIỆM CỦA …} but {@code … TRONG QUẢN
     * LÝ NHÀ NƯỚC VỀ …}, is no execution part (gold README: "Chapters of standing state-management duties … are not
     * execution parts"); its execution clause still is. Written for this test.
     */
    @Test
    void aChapterOfStandingDutiesIsNoExecutionPart() {
        List<Task> tasks = read(String.join("\n",
                "Chương II",
                "TRÁCH NHIỆM CỦA CÁC BỘ, NGÀNH VÀ ỦY BAN NHÂN DÂN CÁC CẤP TRONG QUẢN LÝ NHÀ NƯỚC VỀ KHU CHẾ XUẤT",
                "Điều 2. Trách nhiệm của Bộ Công Thương",
                "1. Xây dựng, trình cấp có thẩm quyền ban hành văn bản quy phạm pháp luật về khu chế xuất.",
                "Điều 3. Trách nhiệm của Ủy ban nhân dân cấp tỉnh",
                "1. Chỉ đạo các sở, ngành thực hiện quản lý khu chế xuất.",
                "Chương III",
                "ĐIỀU KHOẢN THI HÀNH",
                "Điều 5. Hiệu lực thi hành",
                "1. Nghị định này có hiệu lực thi hành kể từ ngày 01 tháng 5 năm 2025.",
                "2. Các Bộ trưởng, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm thi hành Nghị định này./."),
                DocumentType.NGHI_DINH);
        assertEquals(List.of("Điều 5.2"), tasks.stream().map(Task::section).toList(), tasks.toString());
    }

    /** {@code … kính đề nghị Sở Xây dựng quan tâm, phối hợp./.}: the closing formula with its comma is no task either. */
    @Test
    void theClosingFormulaWithItsCommaIsNoTask() {
        List<Task> tasks = read(String.join("\n",
                "Kính gửi: Sở Xây dựng tỉnh Lào Cai.",
                "Sở Công Thương đề nghị Sở Xây dựng cung cấp hồ sơ thiết kế của dự án trước ngày 20/3/2026.",
                "Sở Công Thương kính đề nghị Sở Xây dựng quan tâm, phối hợp./."), DocumentType.CONG_VAN);
        assertEquals(List.of("Sở Công Thương đề nghị Sở Xây dựng cung cấp hồ sơ thiết kế của dự án trước ngày 20/3/2026."),
                tasks.stream().map(Task::text).toList());
    }

    /**
     * A notice of inspection results (written for this test in the form the gold rules name: "the items under `Yêu cầu
     * đối với chủ đầu tư` / `… đối với Công ty …` are tasks of that doer"): under {@code II. YÊU CẦU}, the container
     * {@code 1. Đối với Công ty …:} lends the company to its bullets; the findings of {@code I. KẾT QUẢ KIỂM TRA} are no tasks.
     */
    @Test
    void aNoticesRequirementsForACompanyAreItsTasks() {
        List<Task> tasks = read(String.join("\n",
                "Sở Công Thương thông báo kết quả kiểm tra như sau:",
                "I. KẾT QUẢ KIỂM TRA",
                "1. Hồ sơ pháp lý: Công ty đã được cấp Giấy phép sử dụng vật liệu nổ công nghiệp số 12/GP-SCT.",
                "II. YÊU CẦU",
                "1. Đối với Công ty cổ phần Khai khoáng Bản Vẽ:",
                "- Bổ sung sổ theo dõi xuất, nhập vật liệu nổ công nghiệp theo đúng mẫu quy định;",
                "- Báo cáo kết quả khắc phục về Sở Công Thương trước ngày 15/10/2025.",
                "2. Giao Phòng Kỹ thuật an toàn - Môi trường theo dõi, đôn đốc Công ty thực hiện các nội dung trên."), DocumentType.THONG_BAO);
        assertEquals(3, tasks.size(), tasks.toString());
        assertEquals(List.of("Công ty cổ phần Khai khoáng Bản Vẽ"), names(tasks.get(0).leadAgencies()));
        assertEquals(List.of("Công ty cổ phần Khai khoáng Bản Vẽ"), names(tasks.get(1).leadAgencies()));
        assertEquals(List.of("Phòng Kỹ thuật an toàn - Môi trường"), names(tasks.get(2).leadAgencies()));
    }

    /**
     * The same regulation as QCVNs also print it: clause numbers without their closing period ({@code 5.1 Cục Đăng
     * kiểm …}, which the unit reader split as clause 5 with the text {@code 1 Cục …}), and parts named {@code Phần 5.};
     * the same tasks come out.
     */
    @Test
    void theRegulationsOtherNumberingsGiveTheSameTasks() {
        String noPeriods = CIRCULAR_WITH_QCVN.replaceAll("(?m)^(\\d\\.\\d)\\. ", "$1 ");
        String parts = CIRCULAR_WITH_QCVN.replaceAll("(?mU)^(\\d)\\. ((?:QUY|TRÁCH|TỔ)\\b)", "Phần $1. $2");
        for (String text : List.of(noPeriods, parts)) {
            List<Task> tasks = read(text, DocumentType.THONG_TU);
            assertEquals(List.of("Điều 3", "QCVN 22:2025/BGTVT 4.1", "QCVN 22:2025/BGTVT 4.2", "QCVN 22:2025/BGTVT 5.1",
                    "QCVN 22:2025/BGTVT 5.2"), tasks.stream().map(Task::section).toList(), text);
            assertEquals(List.of("Cục Đăng kiểm Việt Nam"), names(tasks.get(3).leadAgencies()));
        }
        assertTrue(noPeriods.contains("\n5.1 Cục Đăng kiểm") && parts.contains("\nPhần 5. TỔ CHỨC THỰC HIỆN"));
    }

    /**
     * A letter whose issuer directs without naming the addressee ({@code … Chủ tịch UBND tỉnh có ý kiến chỉ đạo như
     * sau:}, {@code Để chủ động ứng phó với mưa lũ, Bộ Công Thương yêu cầu:}; written for this test in the form the gold
     * rules name, "each sentence that carries a request is a task; its lead is the addressee as named in it"): each item
     * that names its doer is a task of that doer, with or without an assigning verb; the urging formula that closes the
     * letter is none, and neither is an item of a direction the letter reports ({@code UBND tỉnh đã chỉ đạo như sau:}).
     */
    @Test
    void theItemsOfADirectionThatNamesNoAddresseeAreTasksOfTheirDoers() {
        List<Task> tasks = read(String.join("\n",
                "Kính gửi: Các sở, ban, ngành tỉnh.",
                "Thực hiện Chỉ thị số 05/CT-TTg ngày 10/11/2026 của Thủ tướng Chính phủ, Chủ tịch UBND tỉnh có ý kiến chỉ đạo như sau:",
                "1. Giao Công an tỉnh chủ trì kiểm tra an toàn phòng cháy, chữa cháy tại các chợ.",
                "2. Sở Công Thương chỉ đạo các doanh nghiệp kinh doanh xăng dầu rà soát phương án chữa cháy tại chỗ.",
                "3. Các chủ đập, hồ chứa thủy điện rà soát, cập nhật phương án ứng phó thiên tai.",
                "Yêu cầu các cơ quan, đơn vị khẩn trương triển khai thực hiện./."), DocumentType.CONG_VAN);
        assertEquals(List.of(List.of("Công an tỉnh"), List.of("Sở Công Thương"), List.of("Các chủ đập, hồ chứa thủy điện")),
                leads(tasks), tasks.toString());

        List<Task> reported = read(String.join("\n",
                "Kính gửi: Bộ Công Thương.",
                "Thời gian qua, UBND tỉnh đã chỉ đạo như sau:",
                "1. Sở Công Thương kiểm tra các cửa hàng xăng dầu trên địa bàn tỉnh trong quý III.",
                "2. UBND các xã, phường tuyên truyền các biện pháp bảo đảm an toàn trong khu dân cư."), DocumentType.CONG_VAN);
        assertEquals(List.of(), reported, reported.toString());
    }

    /**
     * A letter's one paragraph that opens with its grounds and then asks ({@code Căn cứ Luật …; để có cơ sở tổng hợp …,
     * Sở Công Thương kính đề nghị Quý cơ sở báo cáo …}) is a request, not a preamble line; a ground that cites what
     * another body asked ({@code Thực hiện Văn bản số … của Bộ Công Thương đề nghị …}) and the decision's {@code Xét đề
     * nghị của …} stay preamble.
     */
    @Test
    void aRequestAfterTheGroundsItOpensWithIsATask() {
        List<Task> tasks = read(String.join("\n",
                "Kính gửi: Các cơ sở sử dụng năng lượng trọng điểm trên địa bàn tỉnh.",
                "Căn cứ Luật Sử dụng năng lượng tiết kiệm và hiệu quả ngày 17 tháng 6 năm 2010; để có cơ sở tổng hợp, báo cáo Bộ Công "
                        + "Thương, Sở Công Thương kính đề nghị Quý cơ sở báo cáo tình hình sử dụng năng lượng năm 2026, gửi về Sở Công "
                        + "Thương trước ngày 20/12/2026.",
                "Thực hiện Văn bản số 812/BCT-ĐL của Bộ Công Thương đề nghị các địa phương rà soát quy hoạch điện."), DocumentType.CONG_VAN);
        assertEquals(1, tasks.size(), tasks.toString());
        assertEquals(List.of("Quý cơ sở"), names(tasks.getFirst().leadAgencies()));
        AssignmentRules rules = AssignmentRules.get();
        assertTrue(!rules.asksAfterOpening("Xét đề nghị của Giám đốc Sở Công Thương tại Tờ trình số 45/TTr-SCT ngày 02/3/2026, "
                + "đề nghị của Phòng Quản lý công nghiệp."));
    }

    /**
     * A decision (written for this test in the form the gold rules name, "each article or numbered item of an article
     * that assigns is a task"): under {@code Điều 2. Tổ chức thực hiện} each clause that names its doer assigns without
     * an assigning verb; {@code Điều 3. Trách nhiệm của Sở Khoa học và Công nghệ} lends that doer to its clauses; the
     * content approved by {@code Điều 1. Phê duyệt …} is none.
     */
    @Test
    void aDecisionsImplementationArticleAssignsToTheDoersItsClausesName() {
        List<Task> tasks = read(String.join("\n",
                "QUYẾT ĐỊNH:",
                "Điều 1. Phê duyệt Đề án phát triển thương mại điện tử tỉnh Lào Cai giai đoạn 2026-2030 với các nội dung chủ yếu sau:",
                "1. Mục tiêu: đến năm 2030, 60% doanh nghiệp có website.",
                "Điều 2. Tổ chức thực hiện",
                "1. Sở Công Thương hướng dẫn, theo dõi, đôn đốc việc thực hiện Đề án.",
                "2. Sở Tài chính bố trí kinh phí thực hiện Đề án theo quy định.",
                "Điều 3. Trách nhiệm của Sở Khoa học và Công nghệ",
                "1. Hỗ trợ doanh nghiệp ứng dụng công nghệ số trong kinh doanh.",
                "2. Phối hợp với Sở Công Thương tổ chức hội thảo về thương mại điện tử.",
                "Điều 4. Quyết định này có hiệu lực kể từ ngày ký."), DocumentType.QUYET_DINH);
        assertEquals(List.of("Điều 2.1", "Điều 2.2", "Điều 3.1", "Điều 3.2"), tasks.stream().map(Task::section).toList(), tasks.toString());
        assertEquals(List.of(List.of("Sở Công Thương"), List.of("Sở Tài chính"), List.of("Sở Khoa học và Công nghệ"),
                List.of("Sở Khoa học và Công nghệ")), leads(tasks));
        assertEquals(List.of("Sở Công Thương"), names(tasks.get(3).coordinatingAgencies()));
    }

    /**
     * A notice of conclusions (written for this test): under {@code … kết luận như sau:} and its {@code 2. Nhiệm vụ thời
     * gian tới:} each item that names its doer is a task ({@code UBND các xã có dự án đẩy nhanh …}: the doer ends at the
     * verb); the assessment of what was done ({@code … đã tích cực phối hợp …}) is none.
     */
    @Test
    void theItemsOfAConclusionsTasksAreTasksOfTheirDoers() {
        List<Task> tasks = read(String.join("\n",
                "Sau khi nghe Sở Công Thương báo cáo, đồng chí Phó Chủ tịch UBND tỉnh kết luận như sau:",
                "1. Thời gian qua, các sở, ngành và địa phương đã tích cực phối hợp tháo gỡ khó khăn cho các dự án.",
                "2. Nhiệm vụ thời gian tới:",
                "a) Sở Tài chính tham mưu bố trí kinh phí bồi thường, giải phóng mặt bằng các dự án lưới điện.",
                "b) UBND các xã có dự án đẩy nhanh công tác giải phóng mặt bằng, bàn giao mặt bằng cho chủ đầu tư.",
                "3. Giao Văn phòng UBND tỉnh theo dõi, đôn đốc các đơn vị thực hiện."), DocumentType.THONG_BAO);
        assertEquals(List.of(List.of("Sở Tài chính"), List.of("UBND các xã có dự án"), List.of("Văn phòng UBND tỉnh")),
                leads(tasks), tasks.toString());
    }

    /**
     * A letter's container that asks without naming whom ({@code Để chủ động phòng ngừa, Sở Công Thương đề nghị:}, written
     * for this test): a bullet that names its doer keeps it, ending at the verb ({@code Sở Công Thương các tỉnh, thành phố
     * kiểm tra công tác …}, {@code UBND các xã, phường tuyên truyền …}), and one that does not is asked of the letter's
     * addressees ({@code Kính gửi:}); the issuer's own intention after the list ({@code Sở Công Thương sẽ tổ chức kiểm tra
     * …}) is none.
     */
    @Test
    void aRequestWithoutItsAddresseeAsksTheLettersAddressees() {
        List<Task> tasks = read(String.join("\n",
                "Kính gửi:",
                "- Sở Công Thương các tỉnh, thành phố trực thuộc Trung ương;",
                "- UBND các xã, phường.",
                "Để chủ động phòng ngừa tai nạn trong mùa mưa lũ, Bộ Công Thương đề nghị:",
                "- Sở Công Thương các tỉnh, thành phố kiểm tra công tác bảo đảm an toàn đập, hồ chứa thủy điện trên địa bàn.",
                "- UBND các xã, phường tuyên truyền, hướng dẫn nhân dân các biện pháp phòng tránh thiên tai.",
                "- Báo cáo kết quả thực hiện về Bộ Công Thương trước ngày 25/12/2026.",
                "Bộ Công Thương sẽ tổ chức kiểm tra đột xuất việc chấp hành các quy định về an toàn đập, hồ chứa thủy điện."), DocumentType.CONG_VAN);
        assertEquals(List.of(List.of("Sở Công Thương các tỉnh, thành phố"), List.of("UBND các xã, phường"),
                        List.of("Sở Công Thương các tỉnh, thành phố trực thuộc Trung ương", "UBND các xã, phường")),
                leads(tasks), tasks.toString());
    }

    /**
     * A short letter as the normalize stage leaves a digital PDF, one paragraph per line (lines of about the same length,
     * so the reader takes them for wrapped lines): a paragraph after a full line that ends its sentence is a paragraph of
     * its own, so the closing formula does not join the last request ({@code - Các phòng, đơn vị gửi báo cáo …} + {@code
     * Rất mong các đồng chí tham dự …}), which then kept the formula in its text.
     */
    @Test
    void aParagraphAfterAFullLineThatEndsItsSentenceIsItsOwn() {
        List<Task> tasks = read(String.join("\n",
                "Sở Công Thương tổ chức Hội nghị tổng kết công tác năm 2026, triển khai nhiệm vụ năm 2027.",
                "1. Thành phần: Lãnh đạo Sở; Trưởng các phòng, đơn vị thuộc Sở.",
                "2. Thời gian: 08 giờ 00, ngày 10/12/2026.",
                "3. Địa điểm: Hội trường Sở Công Thương.",
                "4. Công tác chuẩn bị:",
                "- Giao Văn phòng Sở chuẩn bị hội trường, tài liệu hội nghị.",
                "- Giao Phòng Kế hoạch - Tài chính chuẩn bị báo cáo tổng kết.",
                "- Giao Phòng Quản lý thương mại chuẩn bị báo cáo chuyên đề.",
                "- Giao Phòng Quản lý năng lượng chuẩn bị báo cáo chuyên đề.",
                "- Các phòng, đơn vị gửi báo cáo tham luận về Văn phòng Sở trước ngày 08/12/2026.",
                "Rất mong các đồng chí tham dự đầy đủ, đúng giờ./."), DocumentType.GIAY_MOI);
        assertEquals("Các phòng, đơn vị gửi báo cáo tham luận về Văn phòng Sở trước ngày 08/12/2026.", tasks.getLast().text(), tasks.toString());
        assertEquals(List.of("Các phòng, đơn vị"), names(tasks.getLast().leadAgencies()));
    }

    /**
     * A letter's guidance whose items open with their doer ({@code 1. Đơn vị đăng kiểm thực hiện kiểm định …}, written
     * for this test) or name it after an opening clause ({@code 2. Khi phát hiện …, đơn vị đăng kiểm lập biên bản …}):
     * tasks of that doer, as the items that open with a topic ({@code Về …:}) already were.
     */
    @Test
    void guidanceItemsThatOpenWithTheirDoerAreTasks() {
        List<Task> tasks = read(String.join("\n",
                "Kính gửi: Các đơn vị đăng kiểm xe cơ giới.",
                "Để thống nhất thực hiện, Cục Đăng kiểm Việt Nam hướng dẫn các đơn vị như sau:",
                "1. Đơn vị đăng kiểm thực hiện kiểm định theo đúng hạng mục quy định tại Phụ lục I của Thông tư.",
                "2. Khi phát hiện xe cơ giới có dấu hiệu cải tạo trái phép, đơn vị đăng kiểm lập biên bản và báo cáo về Cục Đăng kiểm Việt Nam.",
                "Cục Đăng kiểm Việt Nam yêu cầu các đơn vị nghiêm túc thực hiện./."), DocumentType.CONG_VAN);
        assertEquals(List.of(List.of("Đơn vị đăng kiểm"), List.of("đơn vị đăng kiểm")),
                leads(tasks), tasks.toString());
    }

    /**
     * A letter of the provincial People's Committee that gives the chairman's opinion ({@code … có ý kiến như sau:},
     * written for this test from the letter rules): its items that name their doer and what it does are tasks of that
     * doer; the approval ({@code 1. Đồng ý chủ trương …}) is the opinion, not a task, and is asked of no addressee.
     */
    @Test
    void anOpinionsItemsThatNameTheirDoerAreTasks() {
        List<Task> tasks = read(String.join("\n",
                "Kính gửi:",
                "- Sở Tài chính;",
                "- Sở Xây dựng.",
                "Xét đề nghị của Sở Tài chính tại Tờ trình số 18/TTr-STC ngày 12/01/2027, Chủ tịch Ủy ban nhân dân tỉnh có ý kiến như sau:",
                "1. Đồng ý chủ trương hỗ trợ kinh phí đầu tư hạ tầng kỹ thuật Cụm công nghiệp Bắc Duyên Hải theo đề xuất của Sở Tài chính.",
                "2. Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng hướng dẫn chủ đầu tư lập hồ sơ đề nghị hỗ trợ.",
                "3. Các sở, ban, ngành và Ủy ban nhân dân các xã, phường căn cứ chức năng, nhiệm vụ được giao phối hợp thực hiện.",
                "4. Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc việc thực hiện."), DocumentType.CONG_VAN);
        assertEquals(List.of(List.of("Sở Tài chính"), List.of("Các sở, ban, ngành", "Ủy ban nhân dân các xã, phường"),
                List.of("Văn phòng Ủy ban nhân dân tỉnh")), leads(tasks), tasks.toString());
        // an opinion the letter reports ("… đã có ý kiến như sau:") lends its items nothing
        assertEquals(1, read(String.join("\n",
                "Kính gửi: Sở Tài chính.",
                "Ngày 05/01/2027, Chủ tịch Ủy ban nhân dân tỉnh đã có ý kiến như sau:",
                "1. Giao Sở Tài chính chủ trì hướng dẫn chủ đầu tư lập hồ sơ.",
                "2. Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc việc thực hiện."), DocumentType.CONG_VAN).size());
    }

    /**
     * A decision whose last article gives the entry into force and then the execution clause in one paragraph (written
     * for the probes of session 33 from the decision rules): the execution clause is the task, the entry into force is not.
     */
    @Test
    void theExecutionClauseAfterTheEntryIntoForceIsATask() {
        List<Task> tasks = read(String.join("\n",
                "QUYẾT ĐỊNH:",
                "Điều 1. Công nhận kết quả kiểm tra huấn luyện kỹ thuật an toàn vật liệu nổ công nghiệp cho 25 người lao động của Công ty Cổ phần Khoáng sản Bảo Thắng (có danh sách kèm theo).",
                "Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Sở, Trưởng phòng Kỹ thuật an toàn - Môi trường, Giám đốc Công ty Cổ phần Khoáng sản Bảo Thắng và các cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./."),
                DocumentType.QUYET_DINH);
        assertEquals(1, tasks.size(), tasks.toString());
        assertTrue(tasks.getFirst().text().startsWith("Chánh Văn phòng Sở, Trưởng phòng"), tasks.getFirst().text());
        assertEquals(List.of("Chánh Văn phòng Sở", "Trưởng phòng Kỹ thuật an toàn - Môi trường", "Giám đốc Công ty Cổ phần Khoáng sản Bảo Thắng",
                "các cá nhân có tên tại Điều 1"), names(tasks.getFirst().leadAgencies()));
    }

    /**
     * A letter's closing paragraph that asks a named body ({@code Trên đây là ý kiến góp ý …, đề nghị Sở Tư pháp tổng
     * hợp./.}, written for the probes of session 33) is a task of that body, as a report's is; one that only urges is not.
     */
    @Test
    void aLettersClosingThatAsksANamedBodyIsATask() {
        String body = String.join("\n",
                "Kính gửi: Sở Tư pháp tỉnh Lào Cai.",
                "Sở Công Thương nhận được Văn bản số 310/STP-XDVB ngày 15/4/2027 của Sở Tư pháp về việc đề nghị góp ý dự thảo Quyết định. Sau khi nghiên cứu, Sở Công Thương thống nhất với dự thảo.",
                "");
        List<Task> tasks = read(body + "Trên đây là ý kiến góp ý của Sở Công Thương, đề nghị Sở Tư pháp tổng hợp./.", DocumentType.CONG_VAN);
        assertEquals(List.of(List.of("Sở Tư pháp")), leads(tasks), tasks.toString());
        assertEquals(List.of(), read(body + "Trên đây là ý kiến của Sở Công Thương, đề nghị Quý cơ quan quan tâm, phối hợp./.", DocumentType.CONG_VAN));
    }

    /**
     * A decree's effect article that also gives a doer a duty of carrying it out (written for the probes of session 33
     * from the normative rules, after the gold notes' "two assigning paragraphs" of an effect article): that paragraph
     * is a task; the entry into force and the transition are not.
     */
    @Test
    void aDutyInsideTheEffectArticleIsATask() {
        List<Task> tasks = read(String.join("\n",
                "Chương IV",
                "ĐIỀU KHOẢN THI HÀNH",
                "Điều 5. Hiệu lực thi hành",
                "1. Nghị định này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2027.",
                "2. Hồ sơ đã tiếp nhận trước ngày Nghị định này có hiệu lực thi hành thì tiếp tục giải quyết theo quy định tại thời điểm tiếp nhận.",
                "3. Bộ trưởng Bộ Công Thương có trách nhiệm rà soát, sửa đổi các thông tư thuộc thẩm quyền cho phù hợp với Nghị định này.",
                "4. Tổ chức, cá nhân có trách nhiệm trong việc cấp giấy chứng nhận được tiếp tục thực hiện đến hết ngày 31 tháng 12 năm 2027."),
                DocumentType.NGHI_DINH);
        assertEquals(List.of("Điều 5.3"), tasks.stream().map(Task::section).toList(), tasks.toString());
        assertEquals(List.of(List.of("Bộ trưởng Bộ Công Thương")), leads(tasks));
    }

    /**
     * A decree without chapters that names no one to carry it out (no {@code … chịu trách nhiệm thi hành} clause) has
     * its state bodies' duty articles as its execution part, as the gold rules read the 2025 decrees (written for the
     * probes of session 33): their clauses are tasks; the competences of its substance are not.
     */
    @Test
    void aDecreeWithoutAnExecutionClauseAssignsByItsDutyArticles() {
        String text = String.join("\n",
                "Điều 2. Thẩm quyền của Ủy ban nhân dân cấp xã trong lĩnh vực điện lực",
                "1. Ủy ban nhân dân cấp xã thực hiện nhiệm vụ, quyền hạn của Ủy ban nhân dân cấp huyện quy định tại khoản 2 Điều 10 Luật Điện lực.",
                "Điều 3. Trách nhiệm của Bộ Công Thương",
                "1. Hướng dẫn, kiểm tra việc thực hiện nhiệm vụ, quyền hạn của chính quyền địa phương 02 cấp theo quy định tại Nghị định này.",
                "Điều 4. Trách nhiệm của Ủy ban nhân dân các cấp",
                "1. Ủy ban nhân dân cấp tỉnh chỉ đạo, hướng dẫn Ủy ban nhân dân cấp xã thực hiện nhiệm vụ, quyền hạn được phân định tại Nghị định này.",
                "Điều 5. Hiệu lực thi hành",
                "Nghị định này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2027.");
        List<Task> tasks = read(text, DocumentType.NGHI_DINH);
        assertEquals(List.of("Điều 3.1", "Điều 4.1"), tasks.stream().map(Task::section).toList(), tasks.toString());
        assertEquals(List.of(List.of("Bộ Công Thương"), List.of("Ủy ban nhân dân cấp tỉnh")), leads(tasks));
        // with a clause that names who carries the decree out, the duty articles outside its execution part stay substance
        List<Task> named = read(text + "\nĐiều 6. Trách nhiệm thi hành\nCác Bộ trưởng, Chủ tịch Ủy ban nhân dân các tỉnh chịu trách nhiệm thi hành Nghị định này./.",
                DocumentType.NGHI_DINH);
        assertEquals(List.of("Điều 6"), named.stream().map(Task::section).toList(), named.toString());
    }

    /**
     * A licence's article binds the licensee it names by {@code phải} (GP 2507/GP-UBND of corpus-dev, Điều 2, as its
     * OCR reads it): clause 4 is the licensee's duty, as clause 5's {@code Giao …} is the offices'; the place, the
     * quantities and the blasting limits are the permitted scope. A report's {@code phải} stays what one had to do.
     */
    @Test
    void aLicencesClauseThatBindsTheLicenseeByPhaiIsATask() {
        String licence = String.join("\n",
                "Điều 1. Cho phép Công ty Cổ phần Khai thác vật liệu xây dựng Miền Bắc Giấy chứng nhận đăng ký doanh nghiệp số: 5300319526.",
                "Được sử dụng VLNCN khai thác mỏ đá làm VLXD thông thường.",
                "Điều 2. Điều kiện sử dụng",
                "1. Địa điểm sử dụng VLNCN: Tại mỏ đá làm VLXD thông thường thôn Toòng Già, xã Phong Hải, tỉnh Lào Cai.",
                "2. Chủng loại, số lượng VLNCN được phép sử dụng",
                "Tổng khối lượng VLNCN cần sử dụng trong 01 năm: Thuốc nổ các loại: 63.000 kg/năm; Dây nổ chịu nước: 23.600 m/năm.",
                "3. Điều kiện khác: Khối lượng thuốc nổ lớn nhất trong một đợt nổ không quá 170 kg; Nổ mìn theo hộ chiếu.",
                "4. Công ty Cổ phần Khai thác vật liệu xây dựng Miền Bắc phải thực hiện đúng các quy định tại Luật Quản lý, sử dụng vũ khí, "
                        + "vật liệu nổ và công cụ hỗ trợ ngày 29/6/2024 và những quy định pháp luật liên quan.",
                "5. Giao Sở Công Thương, Công an tỉnh Lào Cai, Ủy ban nhân dân xã Phong Hải căn cứ chức năng, nhiệm vụ, tham mưu quản lý, "
                        + "giám sát việc thực hiện quản lý, bảo quản và sử dụng VLNCN của Công ty theo đúng quy định hiện hành.",
                "Điều 3. Giấy phép này có giá trị kể từ ngày ký đến hết ngày 05 tháng 7 năm 2031./.");
        List<Task> tasks = read(licence, DocumentType.GIAY_PHEP);
        assertEquals(List.of("Điều 2.4", "Điều 2.5"), tasks.stream().map(Task::section).toList(), tasks.toString());
        assertEquals(List.of(List.of("Công ty Cổ phần Khai thác vật liệu xây dựng Miền Bắc"),
                List.of("Sở Công Thương", "Công an tỉnh Lào Cai", "Ủy ban nhân dân xã Phong Hải")), leads(tasks));
        List<Task> report = read(String.join("\n",
                "Kính gửi: Bộ Công Thương",
                "Trong năm 2025, Công ty Cổ phần Khai thác vật liệu xây dựng Miền Bắc phải tạm dừng nổ mìn hai tháng do mưa lũ.",
                "Công ty Cổ phần Khai thác vật liệu xây dựng Miền Bắc phải thực hiện lại hộ chiếu nổ mìn sau sự cố."), DocumentType.BAO_CAO);
        assertEquals(List.of(), report, report.toString());
    }

    /**
     * The probes of session 34 (written from the drafting forms the gold rules name, no gold or held-out file read): a
     * doer's article of a decree whose clause {@code 2. Tổ chức …} heads lettered items (the verb "organize", not a
     * doer: its items are the article's doer's), and a circular's doer article whose clause grants a permission
     * ({@code … được lựa chọn …}, no duty).
     */
    @Test
    void aClauseThatOrganizesLendsNoDoerAndAPermissionUnderADoersArticleIsNoTask() {
        List<Task> decree = read(String.join("\n",
                "Chương III. TỔ CHỨC THỰC HIỆN",
                "Điều 6. Trách nhiệm của Ủy ban nhân dân cấp tỉnh",
                "1. Ban hành quy định về quản lý chợ trên địa bàn trong thời hạn 06 tháng kể từ ngày Nghị định này có hiệu lực thi hành.",
                "2. Tổ chức chuyển đổi mô hình quản lý chợ trên địa bàn theo các nội dung sau:",
                "a) Rà soát, phân loại các chợ đang do Ban quản lý chợ, tổ quản lý chợ quản lý;",
                "b) Lựa chọn doanh nghiệp, hợp tác xã kinh doanh khai thác và quản lý chợ theo hình thức đấu thầu;",
                "Chương IV. ĐIỀU KHOẢN THI HÀNH",
                "Điều 7. Hiệu lực thi hành",
                "Nghị định này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2028."), DocumentType.NGHI_DINH);
        assertEquals(List.of("Điều 6.1", "Điều 6.2", "Điều 6.2"), decree.stream().map(Task::section).toList(), decree.toString());
        assertEquals(List.of(List.of("Ủy ban nhân dân cấp tỉnh"), List.of("Ủy ban nhân dân cấp tỉnh"), List.of("Ủy ban nhân dân cấp tỉnh")),
                leads(decree));
        List<Task> circular = read(String.join("\n",
                "Chương III",
                "TỔ CHỨC THỰC HIỆN",
                "Điều 7. Trách nhiệm của tổ chức, cá nhân hoạt động vật liệu nổ công nghiệp",
                "1. Cử người lao động tham gia huấn luyện kỹ thuật an toàn theo đúng nội dung, thời gian quy định tại Chương II Thông tư này.",
                "2. Lưu giữ hồ sơ huấn luyện của người lao động trong thời gian ít nhất 05 năm.",
                "3. Tổ chức, cá nhân hoạt động vật liệu nổ công nghiệp được lựa chọn cơ sở huấn luyện đáp ứng điều kiện theo quy định."),
                DocumentType.THONG_TU);
        assertEquals(List.of("Điều 7.1", "Điều 7.2"), circular.stream().map(Task::section).toList(), circular.toString());
    }

    /**
     * A paragraph after a letter's requested items that asks another addressee than their container is a request of
     * its own, no explanation of the last item (session 34 probe); a paragraph that asks the container's own addressee
     * still explains ({@code Đề nghị Công ty hiệu chỉnh …} under {@code 1. Hiệu chỉnh Phương án nổ mìn …}, {@link
     * #theNumberedPointsThatExplainARequestedItemAreNoTasks}).
     */
    @Test
    void aRequestOfAnotherAddresseeAfterRequestedItemsIsATask() {
        List<Task> tasks = read(String.join("\n",
                "Kính gửi: Các doanh nghiệp sản xuất, kinh doanh, sử dụng hóa chất trên địa bàn tỉnh.",
                "Để kịp thời tổng hợp, báo cáo Bộ Công Thương, Sở Công Thương đề nghị các đơn vị thực hiện một số nội dung sau:",
                "1. Khẩn trương hoàn thành báo cáo tình hình hoạt động hóa chất năm 2026 trên Hệ thống cơ sở dữ liệu hóa chất quốc gia trước ngày 31/3/2027.",
                "2. Bố trí người có chuyên môn phù hợp làm đầu mối liên hệ về công tác an toàn hóa chất và gửi thông tin về Sở Công Thương trước ngày 05/4/2027.",
                "Đồng thời, Sở Công Thương đề nghị Công an tỉnh (Phòng Cảnh sát PCCC và CNCH) phối hợp với Sở Công Thương kiểm tra việc chấp hành quy định về an toàn hóa chất tại các doanh nghiệp chưa thực hiện báo cáo nêu trên.",
                "Sở Công Thương đề nghị các đơn vị nghiêm túc triển khai thực hiện./."), DocumentType.CONG_VAN);
        assertEquals(List.of(List.of("các đơn vị"), List.of("các đơn vị"), List.of("Công an tỉnh (Phòng Cảnh sát PCCC và CNCH)")), leads(tasks),
                tasks.toString());
        // the Mông Sơn letter (tune, corpus/gold/tasks/cv-tra-lai-ho-so-gpsd-mong-son.json): its explanation asks the same Công ty
        List<Task> returned = read(String.join("\n",
                "Kính gửi: Công ty cổ phần Mông Sơn",
                "Sở Công Thương trả lại hồ sơ (gửi kèm theo Công văn này) và đề nghị Công ty hoàn thiện các nội dung sau:",
                "1. Hiệu chỉnh Phương án nổ mìn số 01/PANM-MS ngày 14/7/2026 thống nhất với thiết kế được duyệt",
                "Theo điểm c khoản 1 Điều 39 Luật số 42/2024/QH15, các thông số khoan nổ mìn trong Phương án nổ mìn phải thống nhất với thiết kế.",
                "Đề nghị Công ty hiệu chỉnh thống nhất các thông số nêu trên theo đúng thiết kế được duyệt.",
                "2. Rà soát, sửa lỗi số liệu trong Phương án nổ mìn",
                "Sau khi hoàn thiện đầy đủ các nội dung nêu trên, đề nghị Công ty nộp lại hồ sơ về Sở Công Thương để được xem xét, giải quyết theo quy định."),
                DocumentType.CONG_VAN);
        assertEquals(List.of("Hiệu chỉnh Phương án nổ mìn số 01/PANM-MS ngày 14/7/2026 thống nhất với thiết kế được duyệt",
                "Rà soát, sửa lỗi số liệu trong Phương án nổ mìn",
                "Sau khi hoàn thiện đầy đủ các nội dung nêu trên, đề nghị Công ty nộp lại hồ sơ về Sở Công Thương để được xem xét, giải quyết theo quy định."),
                returned.stream().map(Task::text).toList());
    }

    /**
     * A finding that uses {@code yêu cầu} as a noun ({@code … không bảo đảm yêu cầu về phòng cháy …}) asks no one, and
     * the honorific {@code Quý Sở} is the whole addressee before a lower-case verb that is no predicate of the lists
     * ({@code thẩm định}, which names bodies too: {@code Hội đồng thẩm định}); session 34 probe.
     */
    @Test
    void aFindingWithTheNounYeuCauIsNoTaskAndQuySoEndsAtItsVerb() {
        List<Task> tasks = read(String.join("\n",
                "Kính gửi: Sở Tài chính.",
                "Sau khi kiểm tra thực tế, Sở Công Thương nhận thấy chợ trung tâm xã Đông Lộc được xây dựng từ năm 2004, nhiều hạng mục đã xuống cấp, không bảo đảm yêu cầu về phòng cháy và chữa cháy.",
                "Để có cơ sở trình UBND tỉnh xem xét, quyết định, Sở Công Thương đề nghị Quý Sở thẩm định nguồn kinh phí hỗ trợ cải tạo chợ trung tâm xã Đông Lộc từ nguồn ngân sách tỉnh năm 2027."),
                DocumentType.CONG_VAN);
        assertEquals(List.of(List.of("Quý Sở")), leads(tasks), tasks.toString());
    }

    /**
     * A clause of a doer's article in a normative text, and the paragraph under it that names no doer: one task (the
     * shape of QĐ 16/2026 Điều 23.1 and 27.1, tune, {@code corpus/gold/tasks/qd-16-2026-quy-che-ccn.json}, whose gold
     * joins them; before, the paragraph was dropped as an explanation, while OCR-ed text already joined it).
     */
    @Test
    void aDoerArticlesClauseKeepsTheParagraphThatGoesOnWithIt() {
        List<Task> tasks = read(String.join("\n",
                "Chương III. TỔ CHỨC THỰC HIỆN",
                "Điều 23. Trách nhiệm Thuế tỉnh Lào Cai",
                "1. Phối hợp với các chủ đầu tư hạ tầng kỹ thuật cụm công nghiệp hướng dẫn doanh nghiệp trong cụm công nghiệp thực hiện các thủ tục hành chính.",
                "Phối hợp với các chủ đầu tư hạ tầng kỹ thuật cụm công nghiệp thanh tra, kiểm tra việc chấp hành pháp luật thuế của người nộp thuế.",
                "2. Hỗ trợ giải quyết vướng mắc của doanh nghiệp trong cụm công nghiệp về các chính sách có liên quan đến quyền và nghĩa vụ của doanh nghiệp."),
                DocumentType.NGHI_DINH);
        assertEquals(List.of("Điều 23.1", "Điều 23.2"), tasks.stream().map(Task::section).toList(), tasks.toString());
        assertTrue(tasks.getFirst().text().endsWith("thanh tra, kiểm tra việc chấp hành pháp luật thuế của người nộp thuế."), tasks.getFirst().text());
    }

    /**
     * After a letter's requested items, a sentence that asks the same addressee again by pointing back to the items
     * ({@code … theo các nội dung nêu tại mục 1, 2 và 3 …}) is a request of its own, not the last item's explanation
     * (session 35 probe r08).
     */
    @Test
    void aRequestThatPointsBackToTheItemsByNumberEndsTheExplanation() {
        List<Task> tasks = read(String.join("\n",
                "Kính gửi: Công ty TNHH Hóa chất Gia Vân",
                "Qua thẩm định hồ sơ, Sở Công Thương đề nghị Công ty hoàn thiện các nội dung sau:",
                "1. Bổ sung tài liệu chứng minh quyền sử dụng hợp pháp kho chứa hóa chất",
                "Hợp đồng thuê kho kèm theo hồ sơ đã hết hiệu lực từ ngày 31/12/2026.",
                "2. Cập nhật Kế hoạch phòng ngừa, ứng phó sự cố hóa chất của Nhà máy",
                "Kế hoạch được phê duyệt năm 2024 chưa bao gồm dây chuyền sản xuất mới.",
                "Sở Công Thương đề nghị Công ty gửi hồ sơ đã sửa đổi, bổ sung theo các nội dung nêu tại mục 1 và 2 Văn bản này về Sở Công Thương trước ngày 15/4/2027."),
                DocumentType.CONG_VAN);
        assertEquals(List.of("Bổ sung tài liệu chứng minh quyền sử dụng hợp pháp kho chứa hóa chất",
                "Cập nhật Kế hoạch phòng ngừa, ứng phó sự cố hóa chất của Nhà máy",
                "Sở Công Thương đề nghị Công ty gửi hồ sơ đã sửa đổi, bổ sung theo các nội dung nêu tại mục 1 và 2 Văn bản này về Sở Công Thương trước ngày 15/4/2027."),
                tasks.stream().map(Task::text).toList());
        assertEquals(List.of(List.of("Công ty"), List.of("Công ty"), List.of("Công ty")), leads(tasks));
    }

    /**
     * Under a doer's article of a decree's execution part, a clause that opens with its time limit names its own doer
     * after it ({@code 3. Trong thời hạn 06 tháng …, Chủ tịch Ủy ban nhân dân cấp tỉnh rà soát …}); a clause that opens
     * with another clause still takes the article's doer (session 35 probe r01).
     */
    @Test
    void aClauseThatOpensWithItsTimeLimitKeepsTheDoerItNames() {
        List<Task> tasks = read(String.join("\n",
                "Chương IV",
                "TRÁCH NHIỆM CỦA BỘ, CHÍNH QUYỀN ĐỊA PHƯƠNG",
                "Điều 8. Trách nhiệm của Ủy ban nhân dân các cấp",
                "1. Tổ chức thực hiện nhiệm vụ, quyền hạn được phân cấp tại Nghị định này.",
                "2. Sau khi tiếp nhận hồ sơ của doanh nghiệp, Ủy ban nhân dân cấp xã kiểm tra và báo cáo Ủy ban nhân dân cấp tỉnh trong thời hạn 05 ngày làm việc.",
                "3. Trong thời hạn 06 tháng kể từ ngày Nghị định này có hiệu lực thi hành, Chủ tịch Ủy ban nhân dân cấp tỉnh rà soát, sửa đổi, bổ sung quy chế phối hợp quản lý cụm công nghiệp trên địa bàn."),
                DocumentType.NGHI_DINH);
        assertEquals(List.of(List.of("Ủy ban nhân dân các cấp"), List.of("Ủy ban nhân dân các cấp"), List.of("Chủ tịch Ủy ban nhân dân cấp tỉnh")),
                leads(tasks), tasks.toString());
    }

    /**
     * A notice of a meeting's conclusions reports the meeting before {@code … kết luận như sau:}: a participant's request
     * there ({@code Tại cuộc họp, Ban Quản lý dự án … đề nghị Sở Công Thương báo cáo …}) is a fact; the conclusions after
     * it assign, {@code Giao các Phòng: A, B …} to each Phòng it lists (session 35 probe r12).
     */
    @Test
    void aNoticeOfConclusionsAssignsOnlyAfterItsConclusionsOpen() {
        List<Task> tasks = read(String.join("\n",
                "Ngày 06/4/2027, tại Sở Công Thương, Phó Giám đốc Sở chủ trì cuộc họp về tiến độ các công trình điện nông thôn.",
                "Tại cuộc họp, Ban Quản lý dự án điện nông thôn tỉnh đề nghị Sở Công Thương báo cáo UBND tỉnh cho phép điều chỉnh thời gian hoàn thành các công trình.",
                "Phó Giám đốc Sở kết luận như sau:",
                "1. Ban Quản lý dự án điện nông thôn tỉnh rà soát, lập tiến độ chi tiết từng công trình.",
                "2. Giao các Phòng: Kỹ thuật an toàn - Môi trường, Quản lý năng lượng kiểm tra công tác bảo đảm an toàn điện tại các công trình đang thi công.",
                "Sở Công Thương thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./."),
                DocumentType.THONG_BAO);
        assertEquals(List.of(List.of("Ban Quản lý dự án điện nông thôn tỉnh"), List.of("Phòng Kỹ thuật an toàn - Môi trường", "Phòng Quản lý năng lượng")),
                leads(tasks), tasks.toString());
    }

    /**
     * OCR misreads the marks of a decree's outline: {@code Chương TII} for {@code Chương III}, {@code 5,} and {@code .4.}
     * for a clause number, {@code II YÊU CẦU …} without the numeral's period. Read from OCR-ed text they are still the
     * chapter, the clauses and the section; in digital text {@code 3,} stays a paragraph (session 35, the probes
     * rendered at 100-150 dpi and read by OCR).
     */
    @Test
    void ocrMisreadOutlineMarksStillOpenChapterClauseAndSection() {
        String decree = String.join("\n",
                "Chương TII",
                "TỔ CHỨC THỰC HIỆN",
                "Điều 7. Trách nhiệm của Ủy ban nhân dân cấp tỉnh",
                "1. Tổ chức phổ biến, triển khai thực hiện Nghị định này trên địa bàn.",
                ".2. Bố trí kinh phí, nhân lực cho công tác quản lý hoạt động kinh doanh khí trên địa bàn.",
                "3, Sở Công Thương chủ trì, phối hợp với Công an tỉnh kiểm tra các cửa hàng bán lẻ khí.");
        List<Task> ocr = read(decree, DocumentType.NGHI_DINH, true);
        assertEquals(List.of("Điều 7.1", "Điều 7.2", "Điều 7.3"), ocr.stream().map(Task::section).toList(), ocr.toString());
        assertEquals(List.of("Sở Công Thương"), names(ocr.get(2).leadAgencies()));
        List<Task> digital = read(decree, DocumentType.NGHI_DINH, false);
        assertEquals(List.of("Điều 7.1"), digital.stream().map(Task::section).toList(), "digital text: '.2.' and '3,' are no clause numbers");
        String notice = String.join("\n",
                "I. THÔNG TIN VỀ CÔNG TRÌNH",
                "Kho chứa vật liệu nổ công nghiệp có sức chứa 10 tấn thuốc nổ.",
                "II YÊU CẦU ĐỐI VỚI CÔNG TY CỔ PHẦN XI MĂNG ĐIỆN BIÊN",
                "Sở Công Thương yêu cầu Công ty Cổ phần Xi măng Điện Biên thực hiện các nội dung sau:",
                "- Lắp đặt camera giám sát tại cổng kho và khu vực kho chứa.");
        List<Task> read = read(notice, DocumentType.THONG_BAO, true);
        assertEquals(List.of(List.of("Công ty Cổ phần Xi măng Điện Biên")), leads(read), read.toString());
    }

    /**
     * Under a doer's article of a decree's execution part, what the doer may do ({@code Ủy ban nhân dân cấp tỉnh có thể
     * phân cấp cho …}) is a permission, no task; its duties around it are (session 35).
     */
    @Test
    void whatADoerMayDoIsNoTask() {
        List<Task> tasks = read(String.join("\n",
                "Chương III",
                "TRÁCH NHIỆM CỦA BỘ, CHÍNH QUYỀN ĐỊA PHƯƠNG",
                "Điều 5. Trách nhiệm của Ủy ban nhân dân các cấp",
                "1. Bố trí đủ nguồn lực để thực hiện nhiệm vụ được phân quyền, phân cấp.",
                "2. Ủy ban nhân dân cấp tỉnh có thể phân cấp cho Ủy ban nhân dân cấp xã thực hiện nhiệm vụ quy định tại Điều 3 Nghị định này.",
                "3. Ủy ban nhân dân cấp tỉnh có trách nhiệm kiểm tra việc thực hiện nhiệm vụ đã phân cấp cho Ủy ban nhân dân cấp xã."),
                DocumentType.NGHI_DINH);
        assertEquals(List.of("Điều 5.1", "Điều 5.3"), tasks.stream().map(Task::section).toList(), tasks.toString());
    }

    /**
     * A decision's execution clause read as the held-out notes read it: {@code … căn cứ Quyết định thi hành./.} lists its
     * offices like {@code … chịu trách nhiệm thi hành}, {@code Giám đốc các Sở, ngành: A, B} distributed, and a company
     * whose name holds {@code xây dựng} stays whole inside the list (session 35 probes s01, s02).
     */
    @Test
    void anExecutionClauseListsEveryOfficeItNames() {
        List<Task> approval = read(String.join("\n",
                "Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc các Sở, ngành: Tài chính, Xây dựng, Công Thương; Trưởng Ban Quản lý Khu kinh tế tỉnh; Chủ tịch UBND xã Kỳ Xuân; Công ty Cổ phần Phát triển hạ tầng Kỳ Xuân và các tổ chức, cá nhân có liên quan căn cứ Quyết định thi hành./."),
                DocumentType.QUYET_DINH);
        assertEquals(List.of(List.of("Chánh Văn phòng UBND tỉnh", "Giám đốc Sở Tài chính", "Giám đốc Sở Xây dựng", "Giám đốc Sở Công Thương",
                "Trưởng Ban Quản lý Khu kinh tế tỉnh", "Chủ tịch UBND xã Kỳ Xuân", "Công ty Cổ phần Phát triển hạ tầng Kỳ Xuân",
                "các tổ chức, cá nhân có liên quan")), leads(approval), approval.toString());
        List<Task> results = read(String.join("\n",
                "Điều 3. Chánh Văn phòng Sở, Trưởng phòng Kỹ thuật an toàn - Môi trường, Giám đốc Công ty Cổ phần Đá xây dựng Núi Voi và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./."),
                DocumentType.QUYET_DINH);
        assertEquals(List.of(List.of("Chánh Văn phòng Sở", "Trưởng phòng Kỹ thuật an toàn - Môi trường", "Giám đốc Công ty Cổ phần Đá xây dựng Núi Voi",
                "các ông (bà) có tên tại Điều 1")), leads(results), results.toString());
    }

    /**
     * A duty under a doer's container that names a standard by its number ({@code … Sửa đổi 1:2027 QCVN 12:2021/BCT;}):
     * the colons are the number's, no label before a short value (session 35 probe s06).
     */
    @Test
    void aColonInsideAStandardsNumberMakesNoLabel() {
        List<Task> tasks = read(String.join("\n",
                "Điều 3. Trách nhiệm thi hành",
                "1. Cục Kỹ thuật an toàn và Môi trường công nghiệp:",
                "a) Tổ chức phổ biến, hướng dẫn và kiểm tra việc thực hiện Sửa đổi 1:2027 QCVN 12:2021/BCT;",
                "b) Chủ trì rà soát các tiêu chuẩn quốc gia được viện dẫn trong QCVN 12:2021/BCT."),
                DocumentType.THONG_TU);
        assertEquals(List.of(List.of("Cục Kỹ thuật an toàn và Môi trường công nghiệp"), List.of("Cục Kỹ thuật an toàn và Môi trường công nghiệp")),
                leads(tasks), tasks.toString());
    }

    /**
     * A PDF's text of lines ends a line of the execution clause's office list at a {@code ;}; the next line, which holds
     * the clause's verb, goes on with it, where it was read as a paragraph of its own and the first offices were lost
     * (session 35 probes s01 and s03 as Chromium PDFs). A duty that ends with {@code ;} keeps its own line.
     */
    @Test
    void anExecutionListWrappedAtASemicolonGoesOnToItsVerb() {
        List<Task> tasks = read(String.join("\n",
                "Điều 3. Điều khoản thi hành",
                "1. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2026.",
                "2. Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Công Thương, Tư pháp;",
                "Giám đốc Công an tỉnh; Chủ tịch UBND các xã, phường và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./."),
                DocumentType.QUYET_DINH);
        assertEquals(List.of(List.of("Chánh Văn phòng UBND tỉnh", "Giám đốc Sở Công Thương", "Giám đốc Sở Tư pháp", "Giám đốc Công an tỉnh",
                "Chủ tịch UBND các xã, phường", "các tổ chức, cá nhân có liên quan")), leads(tasks), tasks.toString());
        List<Task> duties = read(String.join("\n",
                "Điều 2. Tổ chức thực hiện",
                "1. Giao Sở Tài chính bố trí kinh phí thực hiện;",
                "Chánh Văn phòng UBND tỉnh, Giám đốc Sở Tài chính chịu trách nhiệm thi hành Quyết định này./."),
                DocumentType.QUYET_DINH);
        assertEquals(List.of(List.of("Sở Tài chính"), List.of("Chánh Văn phòng UBND tỉnh", "Giám đốc Sở Tài chính")), leads(duties), duties.toString());
    }

    /**
     * TT 23/2024's 87-page scan (tune, {@code corpus-real/hnh-sct-vn__TT-23-2024-BCT-tienchat.pdf}) as OCR read it: its
     * chapters print as {@code Chương Ï}, {@code Chương IH} and {@code - Chương IV} (a speck read as a dash), so its
     * execution chapter {@code TRÁCH NHIỆM THI HÀNH} was not found and the scan gave no task of the 26 its DOCX twin's gold
     * holds (now 25, {@code corpus/gold/scans/tt-23-2024-scan.json}).
     */
    @Test
    void ocrChapterLinesWithMisreadNumeralsOrAStrayDashOpenTheExecutionChapter() {
        List<Task> tasks = read(String.join("\n",
                "Chương IH",
                "QUẢN LÝ, SỬ DỤNG VẬT LIỆU NỔ CÔNG NGHIỆP",
                "Điều 17. Báo cáo định kỳ, đột xuất",
                "1. Tổ chức, doanh nghiệp sử dụng vật liệu nổ công nghiệp báo cáo định kỳ hằng năm về Sở Công Thương.",
                "- Chương IV",
                "TRÁCH NHIỆM THI HÀNH",
                "Điều 18. Trách nhiệm của các cơ quan thuộc Bộ Công Thương",
                "1. Cục Kỹ thuật an toàn và Môi trường công nghiệp",
                "a) Chủ trì, phối hợp với các cơ quan, tổ chức có liên quan xây dựng các văn bản quy phạm pháp luật về vật liệu nổ công nghiệp;",
                "b) Tuyên truyền, phổ biến và hướng dẫn việc thực hiện các quy định pháp luật về vật liệu nổ công nghiệp."),
                DocumentType.THONG_TU, true);
        assertEquals(List.of(List.of("Cục Kỹ thuật an toàn và Môi trường công nghiệp"), List.of("Cục Kỹ thuật an toàn và Môi trường công nghiệp")),
                leads(tasks), tasks.toString());
    }

    /**
     * A letter's requests whose verbs no word list of {@code task-rules.tsv} holds ({@code lắp đặt}, {@code thẩm định},
     * {@code giám sát}, {@code tháo dỡ}, {@code thống kê}): the predicate cut found no verb, so the requests were no tasks,
     * or ran on to a later listed verb ({@code Công ty sửa tên tài liệu và}); the addressee ends where the body the
     * lexicon names ends. Written for the project from the request forms of the task rules.
     */
    @Test
    void requestsWithVerbsNoWordListHoldsEndTheirAddresseeAtTheNamedBody() {
        List<Task> tasks = read(String.join("\n",
                "Kính gửi: Công ty TNHH Vận tải Hoàng Long.",
                "Ngày 05/6/2026, Sở Công Thương nhận được hồ sơ đề nghị cấp Giấy phép vận chuyển hàng hóa nguy hiểm của Công ty. Sau khi xem xét, Sở Công Thương có ý kiến như sau:",
                "Đề nghị Công ty lắp đặt biển cảnh báo tại khu vực tập kết phương tiện.",
                "Đề nghị Công ty sửa tên tài liệu và gửi lại Sở Công Thương trước ngày 20/6/2026.",
                "Đề nghị Công an tỉnh thẩm định phương án phòng cháy, chữa cháy của kho chứa.",
                "Đề nghị Ủy ban nhân dân xã Bảo Thắng giám sát việc vận chuyển trên địa bàn xã.",
                "Yêu cầu Công ty TNHH Vận tải Hoàng Long tháo dỡ các hạng mục xây dựng trái phép.",
                "Đề nghị các đơn vị sử dụng vật liệu nổ công nghiệp trên địa bàn tỉnh thống kê số lượng tồn kho.",
                "Sở Công Thương thông báo để Công ty biết, thực hiện./."), DocumentType.CONG_VAN);
        assertEquals(List.of(List.of("Công ty"), List.of("Công ty"), List.of("Công an tỉnh"), List.of("Ủy ban nhân dân xã Bảo Thắng"),
                List.of("Công ty TNHH Vận tải Hoàng Long"), List.of("các đơn vị sử dụng vật liệu nổ công nghiệp trên địa bàn tỉnh")),
                leads(tasks), tasks.toString());
        assertEquals("rule:opener-name", tasks.getFirst().leadAgencies().getFirst().mention().evidence());
    }

    /**
     * The same cut leaves a name whose words it cannot tell apart as the predicate cut gave it: a company whose name goes on
     * in lower case after a capital ({@code Công ty Cổ phần thương mại vận tải và tư vấn kỹ thuật}, tune CV of
     * {@code hc-sct-vn}), a body and its restrictive words ({@code đơn vị nêu trên}); and a document the text describes
     * asks no one ({@code Dự thảo Tờ trình của Sở … đề nghị UBND tỉnh ban hành …}, among a letter's attached files).
     */
    @Test
    void theNamedBodyCutLeavesNamesItCannotTellApartAndDescribedDocuments() {
        List<Task> tasks = read(String.join("\n",
                "Kính gửi: Công ty Cổ phần thương mại vận tải và tư vấn kỹ thuật.",
                "Sở Công Thương đề nghị Công ty Cổ phần thương mại vận tải và tư vấn kỹ thuật bố trí người đại diện làm việc với Đoàn kiểm tra.",
                "Đề nghị đơn vị nêu trên hoàn thiện hồ sơ theo quy định.",
                "Hồ sơ gửi kèm theo gồm:",
                "1. Dự thảo Tờ trình của Sở Công Thương đề nghị UBND tỉnh ban hành Quyết định;",
                "2. Dự thảo Quyết định của UBND tỉnh."), DocumentType.CONG_VAN);
        assertEquals(List.of(List.of("Công ty Cổ phần thương mại vận tải và tư vấn kỹ thuật"), List.of("đơn vị nêu trên")), leads(tasks), tasks.toString());
    }

    /** A request that quotes a name with a period inside straight quotes is one sentence, and its addressee ends before its verb. */
    @Test
    void aPeriodInsideStraightQuotesEndsNoSentence() {
        String text = "Đề nghị Công ty sửa tên tài liệu thành \"Phương án vận chuyển hàng hóa nguy hiểm. Bản sửa đổi lần 2\" và gửi lại Sở Công Thương.";
        assertEquals(1, AssignmentRules.sentences(text).length);
        assertEquals(2, AssignmentRules.sentences("Đề nghị Công ty bổ sung \"Phương án\". Hồ sơ gửi về Sở Công Thương.").length);
        List<Task> tasks = read("Hồ sơ của Công ty chưa đầy đủ theo quy định tại khoản 2 Điều 12 Nghị định số 34/2024/NĐ-CP. " + text, DocumentType.CONG_VAN);
        assertEquals(List.of(text), tasks.stream().map(Task::text).toList());
        assertEquals(List.of(List.of("Công ty")), leads(tasks));
    }

    /**
     * The execution article of a decree whose clauses name their doers before verbs no word list holds ({@code ban hành},
     * {@code phê duyệt}, {@code giám sát}): each clause is a task of its doer, as the normative rule reads a clause that
     * names its doer, frame or not; a delegation keeps its own rule ({@code Chính phủ quy định …}). Written for the project.
     */
    @Test
    void executionClausesWhoseVerbIsInNoWordListAreTasksOfTheNamedDoer() {
        List<Task> tasks = read(String.join("\n",
                "Chương V",
                "ĐIỀU KHOẢN THI HÀNH",
                "Điều 30. Hiệu lực thi hành",
                "Nghị định này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2026.",
                "Điều 31. Trách nhiệm thi hành",
                "1. Bộ Công Thương ban hành các biểu mẫu quy định tại Nghị định này.",
                "2. Ủy ban nhân dân cấp tỉnh phê duyệt danh mục cụm công nghiệp trên địa bàn.",
                "3. Bộ Tài chính giám sát việc sử dụng kinh phí thực hiện Nghị định này.",
                "4. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm thi hành Nghị định này./."),
                DocumentType.NGHI_DINH);
        assertEquals(List.of(List.of("Bộ Công Thương"), List.of("Ủy ban nhân dân cấp tỉnh"), List.of("Bộ Tài chính"),
                List.of("Các Bộ trưởng", "Thủ trưởng cơ quan ngang bộ", "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương")),
                leads(tasks), tasks.toString());
        assertEquals("rule:subject-name", tasks.getFirst().leadAgencies().getFirst().mention().evidence());
    }

    /** Collective addressees whose scope ends their name ({@code … có liên quan}), communes listed by level, an honorific collective. */
    @Test
    void collectiveAddresseesEndAtTheirScope() {
        List<Task> tasks = read(String.join("\n",
                "Kính gửi: Các cơ quan, đơn vị có liên quan.",
                "Đề nghị các cơ quan, đơn vị có liên quan giám sát việc vận chuyển vật liệu nổ công nghiệp.",
                "Đề nghị UBND các xã, phường lắp đặt biển cảnh báo tại các điểm nổ mìn.",
                "Đề nghị Quý cơ quan thẩm định hồ sơ theo quy định."), DocumentType.CONG_VAN);
        assertEquals(List.of(List.of("các cơ quan, đơn vị có liên quan"), List.of("UBND các xã, phường"), List.of("Quý cơ quan")),
                leads(tasks), tasks.toString());
    }

    /**
     * A decision's execution clause in the forms of older and provincial drafting besides {@code … chịu trách nhiệm thi
     * hành Quyết định này}: each is one task whose leads are the offices it lists. Written for the project.
     */
    @Test
    void executionClausesOfDecisionsInTheirOtherForms() {
        for (String end : List.of("thi hành Quyết định này./.", "căn cứ Quyết định thực hiện./.", "căn cứ Quyết định này thi hành./.",
                "tổ chức thực hiện Quyết định này./.")) {
            List<Task> tasks = read(String.join("\n",
                    "Điều 1. Phê duyệt Kế hoạch kiểm tra an toàn vật liệu nổ công nghiệp năm 2026.",
                    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
                    "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Công Thương, Chủ tịch UBND các xã và các tổ chức, cá nhân có liên quan " + end),
                    DocumentType.QUYET_DINH);
            assertEquals(List.of(List.of("Chánh Văn phòng UBND tỉnh", "Giám đốc Sở Công Thương", "Chủ tịch UBND các xã",
                    "các tổ chức, cá nhân có liên quan")), leads(tasks), end);
        }
    }

    /** A letter's addressee with the short name the letter gives it, and communes listed after their level. */
    @Test
    void anAddresseesAliasAndCommunesListedAfterTheirLevel() {
        List<Task> tasks = read(String.join("\n",
                "Kính gửi: Công ty TNHH Minh Anh.",
                "Sở Công Thương đề nghị Công ty TNHH Minh Anh (sau đây gọi là Công ty) bổ sung hồ sơ theo quy định.",
                "Đề nghị UBND các xã: Bảo Thắng, Gia Phú, Xuân Quang phối hợp kiểm tra việc vận chuyển."), DocumentType.CONG_VAN);
        assertEquals(List.of(List.of("Công ty TNHH Minh Anh"), List.of("UBND xã Bảo Thắng", "UBND xã Gia Phú", "UBND xã Xuân Quang")),
                leads(tasks), tasks.toString());
    }

    /**
     * Items lettered {@code a.} (before a capital) or {@code a/}, and numbered in lower-case Roman numerals ({@code i)},
     * {@code ii)}), as older and provincial drafting prints them: each is an item of the container above it, whose doer
     * it inherits. Written for the project.
     */
    @Test
    void itemsLetteredWithAPeriodOrASlashOrLowerRomanNumeralsInheritTheirContainersDoer() {
        for (List<String> marks : List.of(List.of("a.", "b."), List.of("a/", "b/"), List.of("i)", "ii)"))) {
            List<Task> tasks = read(String.join("\n",
                    "Chương IV",
                    "TỔ CHỨC THỰC HIỆN",
                    "Điều 20. Trách nhiệm của các cơ quan",
                    "1. Cục Hóa chất có trách nhiệm:",
                    marks.get(0) + " Hướng dẫn, kiểm tra việc thực hiện Thông tư này;",
                    marks.get(1) + " Tổng hợp, báo cáo Bộ trưởng kết quả thực hiện."), DocumentType.THONG_TU);
            assertEquals(List.of(List.of("Cục Hóa chất"), List.of("Cục Hóa chất")), leads(tasks), marks + " " + tasks);
            List<Task> notice = read(String.join("\n",
                    "Kính gửi: Công ty TNHH Minh Anh.",
                    "II. YÊU CẦU",
                    "Sở Công Thương yêu cầu Công ty thực hiện một số nội dung sau:",
                    marks.get(0) + " Bổ sung hệ thống chống sét cho kho chứa;",
                    marks.get(1) + " Lắp đặt biển báo tại khu vực kho."), DocumentType.THONG_BAO);
            assertEquals(List.of(List.of("Công ty"), List.of("Công ty")), leads(notice), marks + " " + notice);
        }
    }

    /** Sub-items numbered {@code 1.1.}, {@code 1.2.} under {@code 1. Cục … có trách nhiệm:} inherit its doer, not the article's. */
    @Test
    void subItemsNumberedUnderAContainerInheritItsDoer() {
        List<Task> tasks = read(String.join("\n",
                "Chương IV",
                "TỔ CHỨC THỰC HIỆN",
                "Điều 20. Trách nhiệm của các cơ quan",
                "1. Cục Hóa chất có trách nhiệm:",
                "1.1. Hướng dẫn, kiểm tra việc thực hiện Thông tư này;",
                "1.2. Tổng hợp, báo cáo Bộ trưởng kết quả thực hiện;",
                "2. Sở Công Thương các tỉnh, thành phố trực thuộc trung ương có trách nhiệm phổ biến Thông tư này."), DocumentType.THONG_TU);
        assertEquals(List.of(List.of("Cục Hóa chất"), List.of("Cục Hóa chất"), List.of("Sở Công Thương các tỉnh, thành phố trực thuộc trung ương")),
                leads(tasks), tasks.toString());
        assertEquals("Điều 20.1", tasks.getFirst().section());
    }

    /**
     * A UBND letter that answers a request and assigns in the same sentence: {@code Xét đề nghị của Công ty … tại Văn bản số
     * …, UBND tỉnh giao Sở Công Thương chủ trì …} (session 37, stress letter l23): the preamble's opening clause, then work given.
     */
    @Test
    void workGivenAfterAPreambleClauseIsATask() {
        List<Task> tasks = read(String.join("\n",
                "Kính gửi: Sở Công Thương.",
                "Xét đề nghị của Công ty TNHH Thương mại Minh Anh tại Văn bản số 12/CV-MA ngày 01/11/2026 về việc chấp thuận chủ "
                        + "trương đầu tư, UBND tỉnh giao Sở Công Thương chủ trì, phối hợp với các cơ quan, đơn vị liên quan nghiên cứu, "
                        + "đề xuất, báo cáo UBND tỉnh trước ngày 20/12/2026."), DocumentType.CONG_VAN);
        assertEquals(List.of(List.of("Sở Công Thương")), leads(tasks), tasks.toString());
        assertEquals(List.of("các cơ quan, đơn vị liên quan"), names(tasks.getFirst().coordinatingAgencies()));
    }

    /** {@code X cùng với Y} + a verb no list holds: X is asked, Y works with it (its coordinator, as {@code phối hợp với}). */
    @Test
    void aBodyJoinedByCungVoiIsTheCoordinator() {
        List<Task> tasks = read(String.join("\n",
                "Kính gửi: Sở Xây dựng.",
                "Sở Công Thương đề nghị Sở Xây dựng cùng với Sở Công Thương kiểm tra chất lượng công trình đường dây 35 kV tại "
                        + "xã Bảo Hà trong tháng 12 năm 2026."), DocumentType.CONG_VAN);
        assertEquals(List.of(List.of("Sở Xây dựng")), leads(tasks), tasks.toString());
        assertEquals(List.of("Sở Công Thương"), names(tasks.getFirst().coordinatingAgencies()));
    }

    /**
     * The items under a direction the letter reports ({@code Tại Văn bản số …, UBND tỉnh đã chỉ đạo như sau:}) are facts,
     * even where one has a frame of its own ({@code 1. Sở Công Thương chủ trì …}); the letter's own request after them is the task.
     */
    @Test
    void itemsOfAReportedDirectionAreFacts() {
        List<Task> tasks = read(String.join("\n",
                "Kính gửi: UBND các xã.",
                "Tại Văn bản số 300/UBND-KT ngày 20/10/2026, UBND tỉnh đã chỉ đạo như sau:",
                "1. Sở Công Thương chủ trì kiểm tra các cửa hàng xăng dầu.",
                "2. UBND các xã phối hợp kiểm tra trên địa bàn.",
                "Để triển khai chỉ đạo trên, Sở Công Thương đề nghị UBND các xã cử cán bộ phối hợp với Đoàn kiểm tra của Sở."),
                DocumentType.CONG_VAN);
        assertEquals(List.of(List.of("UBND các xã")), leads(tasks), tasks.toString());
    }

    /**
     * Closing formulas worded otherwise than the {@code closing} list (session 37, stress letters c01-c20): a request
     * whose words after the addressee only urge to carry out is no task; a request to compile is one, and so is one that
     * points back to what the letter found ({@code … thực hiện các nội dung nêu trên}, which {@link RequestVerbsTest} reads).
     */
    @Test
    void requestsThatOnlyUrgeAreClosingFormulas() {
        String request = "Để có cơ sở tổng hợp, báo cáo UBND tỉnh, Sở Công Thương đề nghị các đơn vị báo cáo tình hình thực hiện về "
                + "Sở Công Thương trước ngày 20/12/2026.";
        for (String closing : List.of("Đề nghị Quý cơ quan quan tâm, tạo điều kiện./.", "Đề nghị các đơn vị triển khai thực hiện nghiêm túc./.",
                "Đề nghị các đơn vị căn cứ chức năng, nhiệm vụ được giao tổ chức triển khai thực hiện./.",
                "Đề nghị các đơn vị phối hợp thực hiện./.", "Đề nghị các đơn vị tổ chức thực hiện./.",
                "Sở Công Thương đề nghị các đơn vị quan tâm, thực hiện./.", "Yêu cầu các đơn vị khẩn trương, nghiêm túc thực hiện theo quy định./.")) {
            List<Task> tasks = read(String.join("\n", "Kính gửi: Các đơn vị.", request, closing), DocumentType.CONG_VAN);
            assertEquals(List.of(List.of("các đơn vị")), leads(tasks), closing + " " + tasks);
        }
        List<Task> compile = read(String.join("\n", "Kính gửi: Sở Tư pháp.", request, "Sở Công Thương đề nghị Sở Tư pháp tổng hợp./."),
                DocumentType.CONG_VAN);
        assertEquals(List.of(List.of("các đơn vị"), List.of("Sở Tư pháp")), leads(compile), compile.toString());
    }

    /**
     * A decision's article that gives a team its duty and then says when it dissolves ({@code … Đoàn kiểm tra tự giải thể
     * sau khi hoàn thành nhiệm vụ.}, a closing phrase): the formula in the later sentence leaves the duty of the first.
     */
    @Test
    void aClosingPhraseInALaterSentenceLeavesTheDutyBeforeIt() {
        List<Task> tasks = read(String.join("\n",
                "Điều 1. Thành lập Đoàn kiểm tra an toàn vật liệu nổ công nghiệp năm 2026, gồm các ông (bà) có tên sau:",
                "1. Ông Nguyễn Văn Hùng - Phó Giám đốc Sở Công Thương, Trưởng đoàn;",
                "2. Bà Lê Thị Mai - Chuyên viên Phòng Quản lý công nghiệp, thành viên.",
                "Điều 2. Đoàn kiểm tra có nhiệm vụ kiểm tra việc chấp hành quy định về an toàn vật liệu nổ công nghiệp tại các đơn vị "
                        + "theo Kế hoạch được duyệt. Đoàn kiểm tra tự giải thể sau khi hoàn thành nhiệm vụ.",
                "Điều 3. Quyết định này có hiệu lực kể từ ngày ký."), DocumentType.QUYET_DINH);
        assertEquals(List.of(List.of("Đoàn kiểm tra")), leads(tasks), tasks.toString());
        assertTrue(read("Điều 2. Đoàn kiểm tra tự giải thể sau khi hoàn thành nhiệm vụ.", DocumentType.QUYET_DINH).isEmpty());
    }

    /** {@code phối hợp với các sở, ngành liên quan và UBND các xã, phường …}: the list goes on after {@code liên quan và}. */
    @Test
    void coordinatorsGoOnAfterLienQuanVa() {
        List<Task> tasks = read("Điều 2. Giao Sở Công Thương chủ trì, phối hợp với các sở, ngành liên quan và UBND các xã, phường tổ chức "
                + "triển khai thực hiện Kế hoạch.", DocumentType.QUYET_DINH);
        assertEquals(List.of(List.of("Sở Công Thương")), leads(tasks), tasks.toString());
        assertEquals(List.of("các sở, ngành liên quan", "UBND các xã, phường"), names(tasks.getFirst().coordinatingAgencies()));
    }

    /**
     * A decision's article that gives work and ends with a colon ({@code Điều 1. Giao nhiệm vụ cho các cơ quan, đơn vị như
     * sau:}) directs its items: each names its doer as a label, with or without an assigning verb.
     */
    @Test
    void aDecisionsArticleThatGivesWorkDirectsItsLabelledItems() {
        List<Task> tasks = read(String.join("\n",
                "Điều 1. Giao nhiệm vụ cho các cơ quan, đơn vị như sau:",
                "1. Sở Công Thương: Chủ trì kiểm tra thị trường hàng hóa dịp Tết Nguyên đán.",
                "2. Công an tỉnh: Phối hợp kiểm tra, xử lý hành vi buôn lậu, gian lận thương mại.",
                "3. UBND các xã, phường: Tuyên truyền cho các hộ kinh doanh chấp hành quy định về giá.",
                "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."), DocumentType.QUYET_DINH);
        assertEquals(List.of(List.of("Sở Công Thương"), List.of("Công an tỉnh"), List.of("UBND các xã, phường")), leads(tasks), tasks.toString());
    }

    /** A request an earlier letter made ({@code Ngày …, Sở Công Thương ban hành Văn bản số … đề nghị …}) is a fact; the urging after it is the task. */
    @Test
    void aRequestOfALetterIssuedBeforeIsAFact() {
        List<Task> tasks = read(String.join("\n",
                "Kính gửi: Các doanh nghiệp hoạt động hóa chất.",
                "Ngày 01/10/2026, Sở Công Thương ban hành Văn bản số 900/SCT-KTAT đề nghị các doanh nghiệp báo cáo tình hình hoạt động "
                        + "hóa chất năm 2026. Đến nay, mới có 15/40 doanh nghiệp gửi báo cáo.",
                "Sở Công Thương đề nghị các doanh nghiệp chưa gửi báo cáo khẩn trương hoàn thành, gửi về Sở Công Thương trước ngày 10/12/2026."),
                DocumentType.CONG_VAN);
        assertEquals(List.of(List.of("các doanh nghiệp")), leads(tasks), tasks.toString());
        assertTrue(tasks.getFirst().text().startsWith("Sở Công Thương đề nghị"), tasks.toString());
    }

    /**
     * An addressee whose name no rule ends (no territory, no agency head: {@code Trung tâm Xúc tiến Đầu tư, Thương mại và Du
     * lịch}, {@code Báo Lào Cai}) ends where the letter's {@code Kính gửi} line names it, before a verb no list holds; a
     * qualifier after that name stays with it ({@code … các xã, phường trên địa bàn tỉnh}).
     */
    @Test
    void anAddresseeEndsWhereTheKinhGuiLineNamesIt() {
        for (String name : List.of("Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch", "Báo Lào Cai", "Chi cục Quản lý thị trường")) {
            List<Task> tasks = read(String.join("\n", "Kính gửi: " + name + ".",
                    "Để triển khai Kế hoạch số 100/KH-UBND, Sở Công Thương đề nghị " + name + " cấp thông tin cho Sở Công Thương trong năm 2027."),
                    DocumentType.CONG_VAN);
            assertEquals(List.of(List.of(name)), leads(tasks), tasks.toString());
        }
        List<Task> scoped = read(String.join("\n", "Kính gửi: Ủy ban nhân dân các xã, phường.",
                "Đề nghị Ủy ban nhân dân các xã, phường trên địa bàn tỉnh tuyên truyền, vận động nhân dân sử dụng điện tiết kiệm."), DocumentType.CONG_VAN);
        assertEquals(List.of(List.of("Ủy ban nhân dân các xã, phường trên địa bàn tỉnh")), leads(scoped), scoped.toString());
    }

    /**
     * Items numbered {@code 1)} under a container numbered {@code 1.} are its items (they inherit its doer), and {@code * }
     * bullets under a notice's request are bullets, not Markdown emphasis (the two shapes session 36 left wrong).
     */
    @Test
    void parenNumbersUnderADotContainerAndAsteriskBulletsAreItems() {
        List<Task> tasks = read(String.join("\n",
                "Điều 10. Trách nhiệm thi hành",
                "1. Cục Kỹ thuật an toàn và Môi trường công nghiệp có trách nhiệm:",
                "1) Hướng dẫn, kiểm tra việc thực hiện Thông tư này;",
                "2) Tổng hợp, báo cáo Bộ trưởng kết quả thực hiện hằng năm.",
                "2. Sở Công Thương các tỉnh, thành phố trực thuộc trung ương có trách nhiệm phổ biến Thông tư này."), DocumentType.THONG_TU);
        assertEquals(List.of(List.of("Cục Kỹ thuật an toàn và Môi trường công nghiệp"), List.of("Cục Kỹ thuật an toàn và Môi trường công nghiệp"),
                List.of("Sở Công Thương các tỉnh, thành phố trực thuộc trung ương")), leads(tasks), tasks.toString());
        List<Task> notice = read(String.join("\n",
                "Kính gửi: Công ty TNHH Xăng dầu Minh Phát.",
                "II. YÊU CẦU",
                "Sở Công Thương yêu cầu Công ty thực hiện các nội dung sau:",
                "* Bổ sung biển cấm lửa tại khu vực bồn chứa.",
                "* Tổ chức huấn luyện nghiệp vụ phòng cháy cho người lao động trước ngày 30/12/2026."), DocumentType.THONG_BAO);
        assertEquals(List.of(List.of("Công ty"), List.of("Công ty")), leads(notice), notice.toString());
    }

    /**
     * A notice's Roman section titled by the doer whose duties it lists ({@code III. YÊU CẦU ĐỐI VỚI CHỦ ĐẦU TƯ}, in
     * capitals): its items are that doer's tasks; an item that names its own doer keeps it (probe t77).
     */
    @Test
    void aRomanTitleNamingTheDoerLendsItToTheItems() {
        List<Task> tasks = read(String.join("\n",
                "Kính gửi: Công ty Cổ phần Đầu tư Hòa Phát Lào Cai.",
                "II. KẾT LUẬN",
                "Hồ sơ thiết kế xây dựng công trình đủ điều kiện để triển khai các bước tiếp theo.",
                "III. YÊU CẦU ĐỐI VỚI CHỦ ĐẦU TƯ",
                "1. Hoàn thiện hồ sơ thiết kế theo ý kiến thẩm định, trình phê duyệt theo quy định.",
                "2. Tổ chức thi công theo đúng thiết kế được phê duyệt; bảo đảm an toàn phòng cháy, chữa cháy.",
                "3. Công ty chịu trách nhiệm trước pháp luật về tính chính xác của số liệu trong hồ sơ thiết kế."), DocumentType.THONG_BAO);
        assertEquals(List.of(List.of("chủ đầu tư"), List.of("chủ đầu tư"), List.of("Công ty")), leads(tasks), tasks.toString());
    }
}

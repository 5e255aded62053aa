package vn.plans.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        Lines lines = Lines.of(List.of(new Page(1, DECISION, ExtractionMethod.PLAIN_TEXT)));
        return new ClauseTaskReader(new AgencyNormalizer(), new TimeframeParser(), TaskClassifier.RULES)
                .extract("d", lines, 0, DocumentType.QUYET_DINH);
    }

    private static List<String> names(List<Agency> a) {
        return a.stream().map(Agency::name).toList();
    }

    private static Task starting(List<Task> tasks, String prefix) {
        return tasks.stream().filter(t -> t.text().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no task '" + prefix + "' in " + tasks.stream().map(Task::text).toList()));
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
        List<Task> tasks = tasks();
        Task t = starting(tasks, "Cung cấp thông tin");
        assertEquals("Cung cấp thông tin cần thiết về nhà đầu tư và dự án đầu tư khi có yêu cầu. Phối hợp xử lý các vụ việc liên quan"
                + " đến an ninh trật tự trong các cụm công nghiệp.", t.text());
        assertEquals(List.of("Công an tỉnh"), names(t.leadAgencies()));
        assertTrue(tasks.stream().noneMatch(x -> x.text().startsWith("Phối hợp xử lý")));
        assertEquals(List.of("Công an tỉnh"), names(starting(tasks, "Phối hợp với các cơ quan chức năng").leadAgencies()));
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
}

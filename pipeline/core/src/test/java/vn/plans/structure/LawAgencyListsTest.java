package vn.plans.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.plans.structure.LawExecutionPartTest.names;
import static vn.plans.structure.LawExecutionPartTest.read;
import static vn.plans.structure.LawExecutionPartTest.texts;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plans.model.DocumentType;
import vn.plans.model.ExtractionMethod;
import vn.plans.model.Page;
import vn.plans.model.Task;

/**
 * The doers of laws' execution parts printed as lists: the lines are those of the laws of {@code
 * ../shared/vi-corpus/legal/corpus} annotated at the laws step of issue 13 ({@code corpus/gold/tasks/luat-vi-*.json}).
 */
class LawAgencyListsTest {

    /**
     * Luật kiểm toán nhà nước 2015 Điều 73: the office {@code Tổng Kiểm toán nhà nước} is a member of its own; so is a
     * general department and its head (Luật bảo vệ sức khỏe nhân dân 1989 Điều 41.2, Luật quản lý thuế 2019 Điều 87.2).
     */
    @Test
    void theAuditorGeneralIsAMemberOfTheList() {
        AgencyNormalizer n = new AgencyNormalizer();
        assertEquals(List.of("Ủy ban thường vụ Quốc hội", "Tổng Kiểm toán nhà nước"),
                n.splitNames("Ủy ban thường vụ Quốc hội, Tổng Kiểm toán nhà nước"));
        assertEquals(List.of("Bộ y tế", "Tổng cục thể dục thể thao"), n.splitNames("Bộ y tế, Tổng cục thể dục thể thao"));
        assertEquals(List.of("Tổng cục trưởng Tổng cục Thuế", "Tổng cục trưởng Tổng cục Hải quan"),
                n.splitNames("Tổng cục trưởng Tổng cục Thuế, Tổng cục trưởng Tổng cục Hải quan"));
    }

    /**
     * Luật khiếu nại, tố cáo 1998 Điều 102: a second clause after {@code ;} that opens with a lower-case opening clause
     * ({@code căn cứ vào Luật này,}) names doers of its own: they are leads of the same task.
     */
    @Test
    void theDoersOfAClauseAfterASemicolonAreLeads() {
        List<Task> tasks = read(
                "Chương 8:", "KHEN THƯỞNG VÀ XỬ LÝ VI PHẠM",
                "Điều 97",
                "Người có thành tích trong việc giải quyết khiếu nại, tố cáo thì được khen thưởng theo quy định của pháp luật.",
                "Chương 9:", "ĐIỀU KHOẢN THI HÀNH",
                "Điều 101",
                "Việc khiếu nại và giải quyết khiếu nại của cá nhân, cơ quan, tổ chức nước ngoài, việc tố cáo và giải quyết tố cáo của cá nhân nước ngoài tại Việt Nam được áp dụng theo quy định của Luật này, trừ trường hợp điều ước quốc tế mà Cộng hòa xã hội chủ nghĩa Việt Nam ký kết hoặc tham gia có quy định khác.",
                "Điều 102",
                "Chính phủ quy định chi tiết và hướng dẫn thi hành Luật này; căn cứ vào Luật này, các cơ quan khác của Nhà nước, tổ chức chính trị, tổ chức chính trị - xã hội hướng dẫn việc thực hiện pháp luật về khiếu nại, tố cáo trong phạm vi cơ quan, tổ chức mình.",
                "Điều 103",
                "Luật này có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 1999.");
        assertEquals(1, tasks.size(), texts(tasks));
        assertEquals("Điều 102", tasks.get(0).section());
        // the kinds after the collective "các cơ quan khác của Nhà nước" are more of it ("tổ chức" is no agency head)
        assertEquals(List.of("Chính phủ", "các cơ quan khác của Nhà nước, tổ chức chính trị, tổ chức chính trị - xã hội"),
                names(tasks.get(0).leadAgencies()), texts(tasks));
    }

    /**
     * The letter ending the appraisal of Sin Quyền (tune, {@code corpus/gold/tasks/cv-cham-dut-tham-dinh-sin-quyen.json}):
     * its later clauses after {@code ;} in lower case ({@code đồng thời bảo đảm …, an toàn công trình, phòng cháy và chữa
     * cháy, …}) name no doer of their own.
     */
    @Test
    void aLowerCaseClauseWhoseWordsAreNoAgencyAddsNoLead() {
        Lines l = Lines.of(List.of(new Page(1, String.join("\n",
                "Kính gửi: Chi nhánh Mỏ tuyển đồng Sin Quyền Lào Cai - Vimico.",
                "Chi nhánh Mỏ tuyển đồng Sin Quyền Lào Cai - Vimico chịu trách nhiệm trước pháp luật về tính hợp pháp, chính xác, trung thực của hồ sơ; chất lượng công tác khảo sát, thiết kế, thẩm tra, thẩm định và phê duyệt thiết kế; đồng thời bảo đảm thiết kế tuân thủ quy chuẩn kỹ thuật, tiêu chuẩn áp dụng, yêu cầu về an toàn chịu lực, an toàn công trình, phòng cháy và chữa cháy, bảo vệ môi trường và các quy định pháp luật chuyên ngành có liên quan trước khi triển khai thi công xây dựng."),
                ExtractionMethod.PLAIN_TEXT)));
        List<Task> tasks = new ClauseTaskReader(new AgencyNormalizer(false), new TimeframeParser(), TaskClassifier.RULES, false)
                .extract("d", l, 0, DocumentType.CONG_VAN);
        assertEquals(1, tasks.size(), texts(tasks));
        assertEquals(List.of("Chi nhánh Mỏ tuyển đồng Sin Quyền Lào Cai - Vimico"), names(tasks.get(0).leadAgencies()), texts(tasks));
    }

    /**
     * Bộ luật hàng hải 2015 Chương XX: the code names itself with the agency head {@code Bộ} ({@code Bộ luật này đã được
     * Quốc hội … thông qua …}, the adoption line after the last article): no doer, no task.
     */
    @Test
    void aCodeIsNoDoerOfItsAdoptionLine() {
        List<Task> tasks = read(
                "Chương XIX", "GIẢI QUYẾT TRANH CHẤP HÀNG HẢI",
                "Điều 339. Thẩm quyền giải quyết tranh chấp hàng hải",
                "1. Tranh chấp hàng hải được giải quyết tại Trọng tài hoặc Tòa án theo quy định của pháp luật Việt Nam.",
                "Chương XX", "ĐIỀU KHOẢN THI HÀNH",
                "Điều 340. Hiệu lực thi hành",
                "1. Bộ luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2017.",
                "2. Bộ luật hàng hải Việt Nam năm 2005 hết hiệu lực kể từ ngày Bộ luật này có hiệu lực thi hành.",
                "Điều 341. Quy định chi tiết",
                "Chính phủ, cơ quan có thẩm quyền quy định chi tiết các điều, khoản được giao trong Bộ luật.",
                "Bộ luật này đã được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XIII, kỳ họp thứ 10 thông qua ngày 25 tháng 11 năm 2015./.",
                "CHỦ TỊCH QUỐC HỘI");
        assertEquals(1, tasks.size(), texts(tasks));
        assertEquals(List.of("Chính phủ", "cơ quan có thẩm quyền"), names(tasks.get(0).leadAgencies()), texts(tasks));
    }
}

package vn.plans.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plans.model.Agency;
import vn.plans.model.DocumentType;
import vn.plans.model.ExtractionMethod;
import vn.plans.model.Page;
import vn.plans.model.Task;

/**
 * The clause reader over generated texts that vary one thing, the verb: a request in a letter and a clause of a decree's
 * execution article, each with administrative verbs the word lists of {@code task-rules.tsv} hold and verbs they do not
 * ({@code lắp đặt}, {@code thẩm định}, {@code phê duyệt} …). Each must give one task whose lead is the doer the lexicon
 * names; before session 36 the verbs outside the lists gave no task or a lead run on to a later listed verb.
 */
class RequestVerbsTest {
    private static final List<String> VERBS = List.of("ban hành", "phê duyệt", "kiểm soát", "giám sát", "thẩm định", "trình",
            "công khai", "giải quyết", "ứng dụng", "vận hành", "đánh giá", "thanh tra", "sửa đổi", "bổ sung", "hướng dẫn", "chỉ đạo",
            "bố trí", "rà soát", "cập nhật", "xây dựng", "tiếp nhận", "kiểm tra", "phân công", "phân cấp", "ủy quyền", "lập",
            "thực hiện", "đề xuất", "tham mưu", "công bố", "thống kê", "theo dõi", "đôn đốc", "báo cáo", "chuẩn bị", "bảo đảm",
            "cân đối", "sắp xếp", "kiện toàn", "bồi dưỡng", "đào tạo", "tập huấn", "tuyên truyền", "phổ biến", "số hóa", "kết nối",
            "chia sẻ", "tích hợp", "duy trì", "nâng cấp", "xem xét", "lắp đặt", "tháo dỡ", "nghiệm thu");

    private static List<Task> read(String text, DocumentType type) {
        Lines lines = Lines.of(List.of(new Page(1, text, ExtractionMethod.PLAIN_TEXT)));
        return new ClauseTaskReader(new AgencyNormalizer(false), new TimeframeParser(), TaskClassifier.RULES, false).extract("d", lines, 0, type);
    }

    private static List<List<String>> leads(List<Task> tasks) {
        return tasks.stream().map(t -> t.leadAgencies().stream().map(Agency::name).toList()).toList();
    }

    @Test
    void eachVerbOfALetterRequestGivesATaskOfItsAddressee() {
        List<String> wrong = new ArrayList<>();
        for (String addressee : List.of("Công ty", "Sở Xây dựng", "Ủy ban nhân dân xã Bảo Thắng", "Công an tỉnh", "các đơn vị có liên quan",
                "Quý cơ quan", "Công ty TNHH Vận tải Hoàng Long")) {
            for (String verb : VERBS) {
                List<Task> tasks = read(String.join("\n", "Kính gửi: Các đơn vị có liên quan.",
                        "Đề nghị " + addressee + " " + verb + " các nội dung nêu trên theo quy định."), DocumentType.CONG_VAN);
                if (!leads(tasks).equals(List.of(List.of(addressee)))) wrong.add(addressee + " | " + verb + " → " + leads(tasks));
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void eachVerbOfADecreesExecutionClauseGivesATaskOfItsDoer() {
        List<String> wrong = new ArrayList<>();
        for (String doer : List.of("Bộ Công Thương", "Bộ Tài chính", "Ủy ban nhân dân cấp tỉnh", "Bộ Nông nghiệp và Môi trường")) {
            for (String verb : VERBS) {
                List<Task> tasks = read(String.join("\n", "Chương V", "ĐIỀU KHOẢN THI HÀNH", "Điều 31. Trách nhiệm thi hành",
                        "1. " + doer + " " + verb + " các nội dung thuộc phạm vi quản lý theo quy định tại Nghị định này."), DocumentType.NGHI_DINH);
                if (!leads(tasks).equals(List.of(List.of(doer)))) wrong.add(doer + " | " + verb + " → " + leads(tasks));
            }
        }
        assertEquals(List.of(), wrong);
    }

    /**
     * Bodies the lexicon does not name, whose names end with their territory (session 37, stress letters u: 16 names x 6
     * verbs, 46 of 96 right before), before verbs no word list holds ({@code lắp đặt}, {@code niêm yết}, {@code cấp}: a
     * verb before its object, a word of the name before a level, {@code … cấp xã}) and one it holds ({@code triển khai}).
     */
    @Test
    void bodiesNamedByTheirTerritoryEndBeforeAnyVerb() {
        List<String> wrong = new ArrayList<>();
        for (String addressee : List.of("Ban Quản lý các khu công nghiệp tỉnh", "Phòng Kinh tế, Hạ tầng và Đô thị xã Bảo Hà",
                "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh", "Kho bạc Nhà nước khu vực VIII",
                "Chi cục Hải quan cửa khẩu quốc tế Lào Cai", "Hội Liên hiệp Phụ nữ tỉnh", "Liên minh Hợp tác xã tỉnh", "Quỹ Đầu tư phát triển tỉnh")) {
            for (String verb : List.of("lắp đặt biển báo tại các điểm kinh doanh", "niêm yết công khai thủ tục hành chính",
                    "cấp thông tin cho Sở Công Thương", "triển khai các nội dung của Kế hoạch")) {
                List<Task> tasks = read(String.join("\n", "Kính gửi: Các đơn vị.",
                        "Để triển khai Kế hoạch số 100/KH-UBND, Sở Công Thương đề nghị " + addressee + " " + verb + " trong năm 2027."), DocumentType.CONG_VAN);
                if (!leads(tasks).equals(List.of(List.of(addressee)))) wrong.add(addressee + " | " + verb + " → " + leads(tasks));
            }
        }
        assertEquals(List.of(), wrong);
    }
}

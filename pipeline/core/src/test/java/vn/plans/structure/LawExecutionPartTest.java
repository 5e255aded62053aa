package vn.plans.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plans.lexicon.Lexicon;
import vn.plans.model.Agency;
import vn.plans.model.DocumentType;
import vn.plans.model.ExtractionMethod;
import vn.plans.model.Page;
import vn.plans.model.Task;

/**
 * The execution parts of laws in shapes the two tune laws of {@code corpus-real} do not print: the lines are those of
 * the laws of {@code ../shared/vi-corpus/legal/corpus} whose hand gold is in {@code corpus/gold/tasks/luat-vi-*.json},
 * each with one article of the law's substance before its last chapter.
 */
class LawExecutionPartTest {

    /** The tasks a law's lines give (shared with {@link LawAgencyListsTest}). */
    static List<Task> read(String... lines) {
        Lines l = Lines.of(List.of(new Page(1, String.join("\n", lines), ExtractionMethod.PLAIN_TEXT)));
        return new ClauseTaskReader(new AgencyNormalizer(false), new TimeframeParser(), TaskClassifier.RULES, false)
                .extract("d", l, 0, DocumentType.LUAT);
    }

    static List<String> names(List<Agency> a) {
        return a.stream().map(Agency::name).toList();
    }

    static String texts(List<Task> tasks) {
        return tasks.stream().map(t -> t.section() + " " + t.text() + " " + names(t.leadAgencies())).toList().toString();
    }

    /** Luật thuế chuyển quyền sử dụng đất 1994: articles numbered on a line of their own, without a period or a title. */
    @Test
    void untitledArticlesOfTheExecutionChapterAreRead() {
        List<Task> tasks = read(
                "Chương 6:", "MIỄN, GIẢM THUẾ",
                "Điều 25",
                "Bộ Tài chính quy định thủ tục miễn, giảm thuế.",
                "Chương 7:", "ĐIỀU KHOẢN THI HÀNH",
                "Điều 26",
                "Bộ trưởng Bộ Tài chính có trách nhiệm tổ chức thực hiện, kiểm tra công tác thu thuế chuyển quyền sử dụng đất trong cả nước; giải quyết khiếu nại, kiến nghị về thuế chuyển quyền sử dụng đất theo thẩm quyền của mình.",
                "Điều 27",
                "Chủ tịch Uỷ ban nhân dân các cấp tổ chức việc thực hiện và kiểm tra việc thi hành Luật này trong địa phương mình.",
                "Điều 28",
                "Luật thuế chuyển quyền sử dụng đất có hiệu lực từ ngày 01 tháng 7 năm 1994.",
                "Những quy định trước đây trái với Luật này đều bãi bỏ.",
                "Điều 29",
                "Chính phủ quy định chi tiết thi hành Luật này.");
        assertEquals(3, tasks.size(), texts(tasks));
        assertEquals("Điều 26", tasks.get(0).section());
        assertEquals(List.of("Bộ trưởng Bộ Tài chính"), names(tasks.get(0).leadAgencies()));
        assertEquals(List.of("Chủ tịch Uỷ ban nhân dân các cấp"), names(tasks.get(1).leadAgencies()));
        assertEquals(List.of("Chính phủ"), names(tasks.get(2).leadAgencies()));
    }

    /**
     * REVIEW4 finding 6: a text layer that wraps mid-sentence puts {@code Điều 26 Luật này và …} at the start of a line;
     * after a line that ends no sentence it goes on the clause, it opens no article.
     */
    @Test
    void aWrappedCitationOfAnArticleOpensNoArticle() {
        List<Task> tasks = read(
                "Chương 7:", "ĐIỀU KHOẢN THI HÀNH",
                "Điều 27",
                "Bộ trưởng Bộ Tài chính có trách nhiệm hướng dẫn việc miễn, giảm thuế theo quy định tại khoản 2",
                "Điều 26 Luật này và kiểm tra việc thi hành Luật này.",
                "Điều 28",
                "Luật này có hiệu lực từ ngày 01 tháng 7 năm 1994.");
        assertEquals(1, tasks.size(), texts(tasks));
        assertEquals("Điều 27", tasks.get(0).section());
        assertEquals(true, tasks.get(0).text().endsWith("khoản 2 Điều 26 Luật này và kiểm tra việc thi hành Luật này."), texts(tasks));
    }

    /**
     * Luật bảo vệ sức khỏe nhân dân 1989: {@code Chương 11:} with a colon, the chapter {@code ĐIỀU KHOẢN CUỐI CÙNG}, and an
     * article whose title is the delegation itself.
     */
    @Test
    void aFinalProvisionsChapterWithAColonAndASentenceTitle() {
        List<Task> tasks = read(
                "Chương 10:", "XỬ LÝ VI PHẠM",
                "Điều 53. Người nào vi phạm các quy định của Luật này thì tuỳ theo mức độ nhẹ hoặc nặng mà bị xử lý kỷ luật.",
                "Chương 11:", "ĐIỀU KHOẢN CUỐI CÙNG",
                "Điều 54. Những quy định trước đây trái với Luật này đều bãi bỏ.",
                "Điều 55. Hội đồng bộ trưởng quy định chi tiết thi hành Luật này.");
        assertEquals(1, tasks.size(), texts(tasks));
        assertEquals("Hội đồng bộ trưởng quy định chi tiết thi hành Luật này.", tasks.get(0).text());
        assertEquals(List.of("Hội đồng bộ trưởng"), names(tasks.get(0).leadAgencies()));
        assertEquals("Điều 55", tasks.get(0).section());
    }

    /** Luật tổ chức HĐND và UBND 2003: {@code Điều 140 Uỷ ban …} without a period; a competence and a repeal beside it. */
    @Test
    void anArticleNumberWithoutAPeriodBeforeItsSentence() {
        List<Task> tasks = read(
                "CHƯƠNG VI", "ĐIỀU KHOẢN THI HÀNH",
                "Điều 138 Hội đồng nhân dân và Uỷ ban nhân dân thành phố Hà Nội ngoài việc thực hiện nhiệm vụ, quyền hạn theo quy định của Luật này còn thực hiện các nhiệm vụ, quyền hạn khác do Uỷ ban thường vụ Quốc hội quy định.",
                "Điều 139 Luật này thay thế Luật tổ chức Hội đồng nhân dân và Uỷ ban nhân dân (sửa đổi) ngày 21 tháng6 năm 1994.",
                "Điều 140 Uỷ ban thường vụ Quốc hội, Chính phủ hướng dẫn và quy định chi tiết thi hành Luật này.");
        assertEquals(1, tasks.size(), texts(tasks));
        assertEquals("Điều 140", tasks.get(0).section());
        assertEquals(List.of("Uỷ ban thường vụ Quốc hội", "Chính phủ"), names(tasks.get(0).leadAgencies()));
    }

    /**
     * Luật bầu cử đại biểu Quốc hội 2015: the chapter {@code XỬ LÝ VI PHẠM … VÀ ĐIỀU KHOẢN THI HÀNH}; its article of
     * sanctions and its transition are no tasks, the two clauses of {@code Quy định chi tiết và hướng dẫn thi hành} are.
     */
    @Test
    void theClausesOfADetailAndGuidanceArticle() {
        List<Task> tasks = read(
                "Chương X", "XỬ LÝ VI PHẠM PHÁP LUẬT VỀ BẦU CỬ VÀ ĐIỀU KHOẢN THI HÀNH",
                "Điều 97. Hiệu lực thi hành",
                "1. Luật này có hiệu lực thi hành từ ngày 01 tháng 9 năm 2015.",
                "Điều 98. Quy định chi tiết và hướng dẫn thi hành",
                "1. Ủy ban thường vụ Quốc hội quy định chi tiết các điều, khoản được giao trong Luật.",
                "2. Hội đồng bầu cử quốc gia, Chính phủ, Đoàn Chủ tịch Ủy ban trung ương Mặt trận Tổ quốc Việt Nam trong phạm vi nhiệm vụ, quyền hạn của mình hướng dẫn thi hành Luật này.");
        assertEquals(2, tasks.size(), texts(tasks));
        assertEquals(List.of("Ủy ban thường vụ Quốc hội"), names(tasks.get(0).leadAgencies()));
        assertEquals("Điều 98.1", tasks.get(0).section());
        assertEquals(List.of("Hội đồng bầu cử quốc gia", "Chính phủ", "Đoàn Chủ tịch Ủy ban trung ương Mặt trận Tổ quốc Việt Nam"),
                names(tasks.get(1).leadAgencies()));
    }

    /**
     * Luật tổ chức Viện kiểm sát nhân dân 2014: an article of the substance about the execution of judgments ({@code
     * thi hành án}) is no execution article; the guidance article is.
     */
    @Test
    void theExecutionOfJudgmentsIsNoExecutionArticle() {
        List<Task> tasks = read(
                "Chương II", "THỰC HÀNH QUYỀN CÔNG TỐ, KIỂM SÁT HOẠT ĐỘNG TƯ PHÁP",
                "Điều 25. Nhiệm vụ, quyền hạn của Viện kiểm sát nhân dân khi kiểm sát việc thi hành án hình sự",
                "1. Viện kiểm sát nhân dân kiểm sát việc tuân theo pháp luật của Tòa án, cơ quan thi hành án hình sự trong việc thi hành án hình sự.",
                "2. Khi kiểm sát thi hành án hình sự, Viện kiểm sát nhân dân có nhiệm vụ, quyền hạn sau đây:",
                "a) Yêu cầu Tòa án ra quyết định thi hành án hình sự; yêu cầu Tòa án, cơ quan thi hành án hình sự tự kiểm tra việc thi hành án;",
                "b) Quyết định trả tự do ngay cho người đang chấp hành án phạt tù không có căn cứ và trái pháp luật;",
                "Chương VI", "ĐIỀU KHOẢN THI HÀNH",
                "Điều 101. Hướng dẫn thi hành",
                "Chính phủ, Viện kiểm sát nhân dân tối cao và các cơ quan hữu quan trong phạm vi nhiệm vụ, quyền hạn của mình quy định chi tiết và hướng dẫn thi hành khoản 2 Điều 31, các Điều 86, 87, 90, 94, 95, 96, 97, 98 và 99 của Luật này.");
        assertEquals(1, tasks.size(), texts(tasks));
        assertEquals(List.of("Chính phủ", "Viện kiểm sát nhân dân tối cao", "các cơ quan hữu quan"), names(tasks.get(0).leadAgencies()));
    }

    /**
     * Luật ngân sách nhà nước 2015 Điều 74.1: {@code Căn cứ vào …, Chính phủ quy định về …} after an opening clause.
     */
    @Test
    void aDelegationAfterAnOpeningClause() {
        List<Task> budget = read(
                "Chương VII", "ĐIỀU KHOẢN THI HÀNH",
                "Điều 74. Hướng dẫn thi hành đối với một số nội dung đặc thù",
                "1. Căn cứ vào quy định của Luật này, Chính phủ quy định về quản lý, sử dụng ngân sách đối với một số hoạt động thuộc lĩnh vực quốc phòng, an ninh, đối ngoại, báo cáo Ủy ban thường vụ Quốc hội cho ý kiến trước khi thực hiện, báo cáo Quốc hội tại kỳ họp gần nhất.",
                "Điều 76. Hiệu lực thi hành",
                "1. Luật này có hiệu lực thi hành từ năm ngân sách 2017.",
                "Điều 77. Quy định chi tiết",
                "Chính phủ quy định chi tiết các điều, khoản được giao trong Luật.");
        assertEquals(2, budget.size(), texts(budget));
        assertEquals(List.of("Chính phủ"), names(budget.get(0).leadAgencies()));
        assertEquals("Điều 74.1", budget.get(0).section());
    }

    /**
     * Luật hộ tịch 2014 Điều 77 and Luật thuế thu nhập doanh nghiệp 2008 Điều 19: the delegation of the law's parts inside
     * the effect article of the execution chapter; the transition article's delegation of a case is none.
     */
    @Test
    void aDelegationInsideTheEffectArticle() {
        List<Task> tasks = read(
                "Chương VII", "ĐIỀU KHOẢN THI HÀNH",
                "Điều 76. Điều khoản chuyển tiếp",
                "2. Chính phủ quy định chi tiết việc đăng ký lại khai sinh, khai tử, kết hôn đã được đăng ký trước ngày Luật này có hiệu lực.",
                "Điều 77. Hiệu lực thi hành",
                "1. Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2016.",
                "2. Chính phủ, cơ quan có thẩm quyền quy định chi tiết các điều, khoản được giao trong Luật.");
        assertEquals(1, tasks.size(), texts(tasks));
        assertEquals("Điều 77.2", tasks.get(0).section());
        assertEquals(List.of("Chính phủ", "cơ quan có thẩm quyền"), names(tasks.get(0).leadAgencies()));
        List<Task> tax = read(
                "Chương 4.", "ĐIỀU KHOẢN THI HÀNH",
                "Điều 19. Hiệu lực thi hành",
                "1. Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2009.",
                "2. Luật này thay thế Luật thuế thu nhập doanh nghiệp số 09/2003/QH11.",
                "Chính phủ quy định chi tiết và hướng dẫn thi hành các điều 4, 7, 8, 9, 10, 11, 12, 13, 14, 15, 18 và các nội dung cần thiết khác của Luật này theo yêu cầu quản lý.");
        assertEquals(1, tax.size(), texts(tax));
        assertEquals(List.of("Chính phủ"), names(tax.get(0).leadAgencies()));
    }

    /**
     * REVIEW4 finding 13: the words that make a normative text's execution part are the lexicon's ({@code executed_texts},
     * {@code delegation_verbs}, {@code effect_titles}, {@code standing_duty_titles}, {@code body_nouns}), not strings of
     * the reader: every entry decides. The lines are Luật hộ tịch 2014's effect article (Điều 77), with its texts and verbs
     * replaced by each entry, and Luật doanh nghiệp 2020's standing duties (Điều 215) inside its execution chapter.
     */
    @Test
    void theExecutionWordsAreTheLexicons() {
        Lexicon lex = Lexicon.standard();
        for (String text : lex.list("executed_texts")) {
            for (String verb : lex.list("delegation_verbs")) {
                List<Task> t = read("Chương VI", "ĐIỀU KHOẢN THI HÀNH", "Điều 77. Hiệu lực thi hành",
                        "1. " + text + " này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2016.",
                        "2. Chính phủ " + verb + " thi hành " + text + " này.");
                assertEquals(1, t.size(), text + " / " + verb + ": " + texts(t));
                assertEquals(List.of("Chính phủ"), names(t.get(0).leadAgencies()), text + " / " + verb);
            }
        }
        for (String effect : lex.list("effect_titles")) {
            // outside the execution chapter an effect article is no execution article although it says "thi hành"
            String title = Character.toUpperCase(effect.charAt(0)) + effect.substring(1) + " thi hành";
            assertEquals(0, read("Điều 28. " + title, "Luật này có hiệu lực từ ngày 01 tháng 7 năm 1994.",
                    "Bộ Tài chính tổ chức thu thuế theo Luật này.").size(), title);
        }
        assertEquals("quan ly nha nuoc", lex.list("standing_duty_titles").getFirst());
        List<Task> duties = read("Chương X", "TỔ CHỨC THỰC HIỆN", "Điều 215. Trách nhiệm các cơ quan quản lý nhà nước",
                "1. Chính phủ thống nhất quản lý nhà nước về doanh nghiệp.");
        assertEquals(0, duties.size(), texts(duties));
        for (String noun : lex.list("body_nouns")) {
            List<Task> t = read("Chương VI", "ĐIỀU KHOẢN THI HÀNH", "Điều 77. Hiệu lực thi hành",
                    "2. Chính phủ, " + noun + " có thẩm quyền quy định chi tiết các điều, khoản được giao trong Luật.");
            assertEquals(List.of("Chính phủ", noun + " có thẩm quyền"), names(t.get(0).leadAgencies()), noun);
        }
    }

    /**
     * Luật doanh nghiệp 2020, Chương X {@code TỔ CHỨC THỰC HIỆN}: Điều 216's competences of the business registration office
     * ({@code 1. Cơ quan đăng ký kinh doanh có nhiệm vụ, quyền hạn sau đây:} + a) … e)) are standing duties of a body, as
     * Điều 215's state management, not work assigned to carry out the law (the probe of issue 13 read them as seven tasks);
     * Điều 217.4, the Government's delegation in the execution article, stays a task.
     */
    @Test
    void aBodysCompetencesInTheExecutionChapterAreNoTasks() {
        List<Task> tasks = read("Chương X", "TỔ CHỨC THỰC HIỆN",
                "Điều 215. Trách nhiệm các cơ quan quản lý nhà nước",
                "1. Chính phủ thống nhất quản lý nhà nước về doanh nghiệp.",
                "Điều 216. Cơ quan đăng ký kinh doanh",
                "1. Cơ quan đăng ký kinh doanh có nhiệm vụ, quyền hạn sau đây:",
                "a) Giải quyết việc đăng ký doanh nghiệp và cấp Giấy chứng nhận đăng ký doanh nghiệp theo quy định của pháp luật;",
                "b) Phối hợp xây dựng, quản lý Hệ thống thông tin quốc gia về đăng ký doanh nghiệp; công khai, cung cấp thông tin cho cơ quan nhà nước, tổ chức và cá nhân có yêu cầu theo quy định của pháp luật;",
                "c) Yêu cầu doanh nghiệp báo cáo về việc tuân thủ quy định của Luật này khi xét thấy cần thiết; đôn đốc việc thực hiện nghĩa vụ báo cáo của doanh nghiệp;",
                "g) Nhiệm vụ, quyền hạn khác theo quy định của Luật này và quy định khác của pháp luật có liên quan.",
                "2. Chính phủ quy định hệ thống tổ chức Cơ quan đăng ký kinh doanh.",
                "Điều 217. Điều khoản thi hành",
                "1. Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2021.",
                "4. Chính phủ quy định việc đăng ký và hoạt động của hộ kinh doanh.");
        assertEquals(List.of("Điều 217.4"), tasks.stream().map(Task::section).toList(), texts(tasks));
    }

    /**
     * Luật báo chí 2016 as {@code ../shared/vi-corpus/legal/corpus/luat-bao-chi.txt} prints it (tune gold {@code
     * luat-vi-bao-chi.json}): the delegation {@code quy định chi Tiết} with a capital inside the verb phrase.
     */
    @Test
    void aDelegationWithACapitalizedWordIsTheLawsExecutionClause() {
        List<Task> tasks = read(
                "Điều 59. Xử lý vi phạm",
                "4. Tổ chức, cá nhân có hành vi xâm phạm quyền sở hữu trí tuệ trong lĩnh vực báo chí thì bị xử lý theo quy định của pháp luật về sở hữu trí tuệ.",
                "Chương VI", "ĐIỀU KHOẢN THI HÀNH",
                "Điều 60. Hiệu lực thi hành",
                "1. Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2017.",
                "Điều 61. Quy định chi Tiết",
                "Chính phủ, cơ quan có thẩm quyền quy định chi Tiết các Điều, Khoản được giao trong Luật.");
        assertEquals(1, tasks.size(), texts(tasks));
        assertEquals("Điều 61", tasks.get(0).section());
        assertEquals(List.of("Chính phủ", "cơ quan có thẩm quyền"), names(tasks.get(0).leadAgencies()));
    }

    /**
     * Luật các tổ chức tín dụng 2010 ({@code luat-cac-to-chuc-tin-dung.txt}): a delegation inside the transition article
     * ({@code Điều 161. Quy định chuyển tiếp} 5., the transition's procedure) is part of the transition, no task; the
     * delegation of Điều 163 is.
     */
    @Test
    void aDelegationInsideTheTransitionArticleIsNoTask() {
        List<Task> tasks = read(
                "Điều 160. Quyền, nghĩa vụ của đối tượng thanh tra, giám sát",
                "4. Thực hiện kết luận thanh tra, quyết định xử lý của Ngân hàng Nhà nước.",
                "Chương X", "ĐIỀU KHOẢN THI HÀNH",
                "Điều 161. Quy định chuyển tiếp",
                "5. Ngân hàng Nhà nước hướng dẫn cụ thể thời hạn, trình tự, thủ tục chuyển tiếp đối với các tổ chức tín dụng, chi nhánh ngân hàng nước ngoài đang hoạt động trước ngày Luật này có hiệu lực thi hành không phù hợp với quy định tại các điều 55, 103, 110, 115, 129 và 135 của Luật này.",
                "Điều 162. Hiệu lực thi hành",
                "1. Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2011.",
                "Điều 163. Quy định chi tiết và hướng dẫn thi hành",
                "Chính phủ quy định chi tiết và hướng dẫn thi hành các điều, khoản được giao trong Luật; hướng dẫn những nội dung cần thiết khác trong Luật này để đáp ứng yêu cầu quản lý nhà nước.");
        assertEquals(1, tasks.size(), texts(tasks));
        assertEquals("Điều 163", tasks.get(0).section());
    }

    /**
     * Luật thi đua, khen thưởng 2003 ({@code luat-thi-dua-khen-thuong.txt}) Điều 100 in its execution chapter: the consent
     * that those who receive foreign awards need ({@code … phải được cơ quan nhà nước có thẩm quyền … đồng ý …}) is a
     * norm, not an assignment; the delegation of Điều 103 is a task.
     */
    @Test
    void aConsentTheSubjectNeedsIsNoTask() {
        List<Task> tasks = read(
                "Chương 8:", "ĐIỀU KHOẢN THI HÀNH",
                "Điều 100",
                "Cá nhân, tập thể người Việt Nam ở trong nước, ở nước ngoài nhận các hình thức khen thưởng của nước ngoài phải được cơ quan nhà nước"
                        + " có thẩm quyền của nước Cộng hoà xã hội chủ nghĩa Việt Nam đồng ý hoặc theo quy định của điều ước quốc tế mà Cộng hoà xã hội"
                        + " chủ nghĩa Việt Nam ký kết hoặc gia nhập.",
                "Điều 102",
                "Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2004.",
                "Điều 103",
                "Chính phủ quy định chi tiết và hướng dẫn thi hành Luật này.");
        assertEquals(1, tasks.size(), texts(tasks));
        assertEquals("Điều 103", tasks.get(0).section());
    }
}

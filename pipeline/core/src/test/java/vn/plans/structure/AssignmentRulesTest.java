package vn.plans.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plans.model.Agency;

/** Agency spans and assignment frames on sentences of real plans and letters (the cases of issue 13). */
class AssignmentRulesTest {
    private final AssignmentRules rules = AssignmentRules.get();
    private final AgencyNormalizer agencies = new AgencyNormalizer();

    private String lead(String sentence) {
        AssignmentRules.Span s = rules.subject(sentence);
        return s == null ? null : s.name();
    }

    @Test
    void agencySpansStopBeforeTheVerb() {
        assertEquals("UBND cấp xã, phường", lead("UBND cấp xã, phường nêu cao trách nhiệm người đứng đầu trong công tác phòng ngừa"));
        assertEquals("Sở Nội vụ", lead("Sở Nội vụ Chủ trì, phối hợp với các cơ quan liên quan"));
        assertEquals("Phòng Quản lý công nghiệp", lead("Phòng Quản lý công nghiệp Là đầu mối tổng hợp"));
        assertEquals("Bộ Chỉ huy Quân sự tỉnh", lead("Bộ Chỉ huy Quân sự tỉnh chỉ đạo lực lượng chức năng"));
        assertEquals("Các cơ quan chức năng", lead("Các cơ quan chức năng chủ động phối hợp chặt chẽ trong việc phòng ngừa"));
        // the notices of results of tune gold (tb-kqkt-kho-nam-cang-1a, tb-kqktctnt-kho-mong-sen-1, tb-ktctnt-kho-ngoi-nhu-1a):
        // "tham gia xây dựng công trình" says which contractors; "chịu trách nhiệm" is the predicate
        assertEquals("Chủ đầu tư và các nhà thầu tham gia xây dựng công trình", lead("Chủ đầu tư và các nhà thầu tham gia xây dựng công"
                + " trình chịu trách nhiệm về tính chính xác, trung thực, phù hợp của hồ sơ thiết kế so với các quy chuẩn kỹ thuật"));
        assertEquals("Sở Y tế", lead("Sở Y tế tham gia thẩm định hồ sơ theo quy định"));
    }

    /**
     * QĐ 1074/QĐ-BXD Điều 2 (tune gold {@code qd-1074-bxd-giai-phap-pccc.json}): {@code xây dựng} inside the name
     * {@code Vật liệu xây dựng} is not the verb, so the execution clause keeps all four offices ({@code name-words}).
     */
    @Test
    void aNamesOwnWordsAreNotItsVerb() {
        String clause = "Chánh Văn phòng Bộ, Vụ trưởng Vụ Khoa học công nghệ, môi trường và Vật liệu xây dựng, Thủ trưởng các đơn vị"
                + " thuộc Bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố chịu trách nhiệm thi hành Quyết định này./.";
        assertEquals("Chánh Văn phòng Bộ, Vụ trưởng Vụ Khoa học công nghệ, môi trường và Vật liệu xây dựng, Thủ trưởng các đơn vị"
                + " thuộc Bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố", lead(clause));
        assertEquals("Viện Vật liệu xây dựng", lead("Viện Vật liệu xây dựng xây dựng dự thảo tiêu chuẩn"));
        assertEquals("Sở Y tế", lead("Sở Y tế xây dựng kế hoạch"));
    }

    /**
     * PANM Thành Hương V (tune gold {@code other-panm-thanh-huong.json}): {@code X giao cho Y} assigns to Y, whose name
     * ends before the adverb {@code đã} that opens its qualifying clause.
     */
    @Test
    void aThingGivenToADoerIsTheDoersTask() {
        String s = "Công tác nổ mìn giao cho cán bộ chỉ huy nổ mìn của doanh nghiệp đã được huấn luyện, có Giấy chứng nhận huấn luyện"
                + " kỹ thuật an toàn VLNCN còn hiệu lực, được phân công tại Quyết định số 【…】 ngày 【…】 của Giám đốc doanh nghiệp";
        assertTrue(AssignmentRules.hasFrame(s));
        assertEquals("cán bộ chỉ huy nổ mìn của doanh nghiệp", lead(s));
    }

    /** CV 193 (tune gold {@code cv-193-ubnd-quan-ly-vlncn.json}): {@code lực lượng …} is a doer to coordinate with. */
    @Test
    void aForceIsACoordinatingDoer() {
        assertEquals(List.of("lực lượng công an địa phương"), rules.coordinating("Quản lý chặt chẽ VLNCN, TCTN từ khâu tiếp nhận, vận"
                + " chuyển, bảo quản đến sử dụng. Tuyệt đối không để xảy ra tình trạng thất thoát, mất cắp vật liệu nổ; chủ động phối"
                + " hợp với lực lượng công an địa phương trong công tác bảo vệ, phòng ngừa tội phạm."));
    }

    @Test
    void openersAndLabelsNameTheDoer() {
        assertEquals("Sở Xây dựng", lead("Sở Công Thương đề nghị Sở Xây dựng xem xét, có ý kiến tham gia vào Phương án nổ mìn"));
        assertEquals("Sở Công Thương", lead("Giao Sở Công Thương chủ trì chuẩn bị các tài liệu liên quan"));
        assertEquals("Viễn thông Lào Cai", lead("Viễn thông Lào Cai: chủ trì, phối hợp với các bộ phận liên quan"));
        assertEquals("Ông Đỗ Mạnh Cường - Phó Trưởng đoàn", lead("Ông Đỗ Mạnh Cường - Phó Trưởng đoàn: Chủ trì, phụ trách chung"));
        assertEquals("Quý sở", lead("Ý kiến tham gia của Quý sở đề nghị gửi về Sở Công Thương trước ngày 14/3/2026"));
        assertEquals("Đoàn thẩm định", lead("Đoàn thẩm định có trách nhiệm thẩm định thực tế về điều kiện đảm bảo an toàn thực phẩm"));
        assertNull(lead("Kiểm tra hiện trường công trình, đối chiếu với hồ sơ thiết kế"));
    }

    /**
     * The leadership of a body asked by a phiếu trình is a doer (the Đức Giang phiếu trình, tune); the verb {@code Lãnh
     * đạo,} opening a duty of the mineral inspection letter CV-5973 (tune gold: its lead is the container's) is not.
     */
    @Test
    void theLeadershipOfABodyIsADoerTheVerbIsNot() {
        assertEquals("Lãnh đạo Cục", lead("Phòng QLHC kính đề nghị Lãnh đạo Cục xem xét và ký ban hành Giấy phép vận chuyển hàng hóa nguy hiểm./."));
        assertNull(rules.subject("Lãnh đạo, chỉ đạo tập trung thực hiện nghiêm các quy định của pháp luật trong công tác quản lý nhà nước về địa chất, khoáng sản"));
    }

    /**
     * The submission a notice of appraisal received reports the company's request (the Anh Nhẫn apatite notice, tune:
     * {@code corpus/gold/tasks/cv-tkxd-apatit-anh-nhan.json} has no task for it); the request the letter makes is not reported.
     */
    @Test
    void aReceivedSubmissionsRequestIsReported() {
        assertTrue(AssignmentRules.isReported("Sở Công Thương tỉnh Lào Cai đã nhận Tờ trình số 14/2026/TTr-KT ngày 23/03/2026 của Công ty TNHH Anh Nhẫn Lào Cai đề nghị thẩm định thiết kế xây dựng triển khai sau thiết kế cơ sở đối với các công trình, hạng mục công trình thuộc dự án \"Nhà máy tuyển quặng apatit nghèo tại tỉnh Lào Cai\"."));
        assertFalse(AssignmentRules.isReported("Sở Công Thương trả lại hồ sơ (gửi kèm theo Công văn này) và đề nghị Công ty hoàn thiện các nội dung sau:"));
    }

    /** A letter that dates the document it cites reports that document's request (probes of session 33). */
    @Test
    void aRequestOfADatedEarlierLetterIsReported() {
        assertTrue(AssignmentRules.isReported("Ngày 10/3/2027, Sở Công Thương có Văn bản số 280/SCT-QLCN đề nghị các chủ đầu tư báo cáo tình hình thực hiện dự án quý I năm 2027."));
        assertTrue(AssignmentRules.isReported("Ngày 02 tháng 01 năm 2027, Bộ Công Thương có Công văn số 10/BCT-HC đề nghị Sở Công Thương các tỉnh tổng hợp tình hình hoạt động hóa chất."));
        // the letter's own request after a dated fact, and a dated event with no document, are not
        assertFalse(AssignmentRules.isReported("Để kịp thời tổng hợp, Sở Công Thương đề nghị các chủ đầu tư gửi báo cáo về Sở Công Thương trước ngày 10/4/2027."));
        assertFalse(AssignmentRules.isReported("Ngày 10/3/2027, Sở Công Thương tổ chức kiểm tra và đề nghị các chủ đầu tư khắc phục các tồn tại."));
    }

    /**
     * {@code hồ sơ đề nghị …} names an application dossier: receiving one is a duty, not a request reported (review of
     * 26686af). Luật Xây dựng 2014 Điều 102.1.b and Luật Xuất bản 2012 Điều 38.5 ({@code vi-corpus/legal/corpus/luat-xay-dung.txt},
     * {@code luat-xuat-ban.txt}), and the reviewer's letter sentence.
     */
    @Test
    void receivingAnApplicationDossierIsNoReportedRequest() {
        assertFalse(AssignmentRules.isReported("b) Cơ quan có thẩm quyền cấp giấy phép xây dựng có trách nhiệm tiếp nhận hồ sơ của tổ chức, cá nhân đề nghị cấp, điều chỉnh giấy phép xây dựng; kiểm tra hồ sơ; ghi giấy biên nhận đối với trường hợp hồ sơ đáp ứng theo quy định hoặc hướng dẫn để chủ đầu tư hoàn thiện hồ sơ đối với trường hợp hồ sơ không đáp ứng theo quy định;"));
        assertFalse(AssignmentRules.isReported("5. Trong thời hạn 30 ngày, kể từ ngày nhận được hồ sơ đề nghị cấp giấy phép, Bộ Thông tin và Truyền thông phải cấp giấy phép hoạt động kinh doanh nhập khẩu xuất bản phẩm;"));
        assertFalse(AssignmentRules.isReported("Sở Công Thương đề nghị Ủy ban nhân dân huyện tiếp nhận hồ sơ đề nghị hỗ trợ của các hộ dân và tổng hợp gửi Sở trước ngày 30/12/2026."));
    }

    /**
     * {@code đề xuất} / {@code kiến nghị} name a report's addressee only in its proposals; elsewhere the addressee is
     * the one {@code Giao / đề nghị / yêu cầu} names, not the one a later propose verb names (review of 26686af).
     */
    @Test
    void aProposeVerbNamesTheAddresseeOnlyInAReportsProposals() {
        assertEquals("Sở Tài chính", rules.addressee("Giao Sở Tài chính chủ trì, phối hợp các đơn vị liên quan đề xuất Ủy ban nhân dân tỉnh các nội dung sau:", false));
        assertEquals("Sở Tài chính", rules.addressee("Giao Sở Tài chính chủ trì, phối hợp các đơn vị liên quan đề xuất Ủy ban nhân dân tỉnh các nội dung sau:", true));
        // the span runs on to "của Đoàn" ("tiếp thu" is no predicate), but the addressee is the one Giao names
        assertTrue(rules.addressee("Giao Sở Công Thương tiếp thu kiến nghị của Đoàn kiểm tra, thực hiện các nội dung sau:", false).startsWith("Sở Công Thương"));
        assertNull(rules.addressee("Sở Công Thương đề xuất Bộ Công Thương một số nội dung như sau:", false));
        assertEquals("Bộ Công Thương", rules.addressee("Sở Công Thương đề xuất Bộ Công Thương một số nội dung như sau:", true));
    }

    /**
     * An agency's own unit in parentheses stays with its name, in the subject, in a coordinating list and in the split
     * (a conclusion written for the probes of session 33: {@code … phối hợp với Công an tỉnh (PC07), Ủy ban nhân dân
     * các xã có mỏ tăng cường …}); a note in parentheses does not.
     */
    @Test
    void anAgencysUnitInParenthesesStaysWithIt() {
        List<String> c = rules.coordinating("Sở Công Thương chủ trì, phối hợp với Công an tỉnh (PC07), Ủy ban nhân dân các xã có mỏ tăng cường kiểm tra việc sử dụng vật liệu nổ.");
        assertEquals(List.of("Công an tỉnh (PC07)", "Ủy ban nhân dân các xã có mỏ"), agencies.split(c.getFirst()).stream().map(Agency::name).toList());
        assertEquals(List.of("Công an tỉnh (PC07)"), agencies.split(rules.subject(
                "Đồng thời, đề nghị Công an tỉnh (PC07) phối hợp với Sở Công Thương kiểm tra công tác phòng cháy.").name()).stream().map(Agency::name).toList());
        assertEquals(List.of("Sở Xây dựng"), rules.coordinating("Chủ trì, phối hợp với Sở Xây dựng (nếu có) kiểm tra việc kê khai"));
        assertEquals(List.of("Quỹ Bảo trợ trẻ em"), agencies.split("(Quỹ Bảo trợ trẻ em)").stream().map(Agency::name).toList());
    }

    /** A request that asks no one after its verb is for the doer its opening names (probes of session 33). */
    @Test
    void aRequestOpeningWithItsDoerIsForThatDoer() {
        assertEquals("các chủ đầu tư nhà máy thủy điện", rules.subject(
                "Riêng đối với các chủ đầu tư nhà máy thủy điện, đề nghị cập nhật quy trình vận hành hồ chứa và gửi về Sở Công Thương trước ngày 15/6/2027.").name());
        assertEquals("Công ty", rules.subject("Đối với hồ sơ chưa đầy đủ, đề nghị Công ty bổ sung trước ngày 15/6/2027.").name());
        assertEquals(null, rules.subject("Đối với nội dung này, đề nghị bổ sung cụm từ “và các cơ quan liên quan”."));
    }

    @Test
    void aSubjectEndsBeforeTheVerbsOfAConclusion() { // probes of session 33
        assertEquals("Sở Tài chính", rules.subject("Sở Tài chính cân đối, bố trí kinh phí cho công tác kiểm tra, hoàn thành trước ngày 30/4/2027.").name());
        assertEquals("Ủy ban nhân dân các xã", rules.subject("Ủy ban nhân dân các xã kiện toàn Ban chỉ đạo phòng, chống thiên tai.").name());
    }

    @Test
    void coordinatingListsAreSplit() {
        List<String> c = rules.coordinating("Chủ trì, phối hợp với Sở Xây dựng, Thuế tỉnh kiểm tra việc kê khai");
        assertEquals(List.of("Sở Xây dựng, Thuế tỉnh"), c);
        assertEquals(List.of("Sở Xây dựng", "Thuế tỉnh"), agencies.split(c.getFirst()).stream().map(Agency::name).toList());
        assertEquals(List.of("các sở, ban, ngành", "địa phương"),
                agencies.split("các sở, ban, ngành và địa phương").stream().map(Agency::name).toList());
        assertEquals(List.of("Chánh Văn phòng Sở", "Trưởng phòng Quản lý công nghiệp", "cá nhân có liên quan"),
                agencies.split("Chánh Văn phòng Sở, Trưởng phòng Quản lý công nghiệp, cá nhân có liên quan").stream().map(Agency::name).toList());
    }

    /**
     * A collective in a {@code phối hợp với} list ends at {@code liên quan} when the task's verb follows, but keeps
     * the qualifier that says whose units they are. Sentences of NQ 66.18/2026/NQ-CP
     * ({@code corpus-real/hnh-sct-vn__NQ-66-18-2026-NQ-CP.docx}, annex), {@code corpus-real/vbhc-vn__giay-moi-hop-ubnd.docx},
     * {@code corpus-real/sd-vlncn-sct-vn__TT-23-2024-BCT.docx} (Điều 19) and {@code corpus-dev/QD-16-2026-Quy-che-CCN-Lao-Cai-OCR.txt}.
     */
    @Test
    void relatedCollectivesKeepTheirQualifier() {
        assertEquals(List.of("các đơn vị chuyên môn có liên quan thuộc Ủy ban nhân dân cấp tỉnh"),
                rules.coordinating("Sở Giáo dục và Đào tạo chủ trì, phối hợp với các đơn vị chuyên môn có liên quan thuộc Ủy ban nhân dân cấp tỉnh lập 01 bộ hồ sơ theo quy định tại điểm A.I.1 Mục này"));
        assertEquals(List.of("các phòng chuyên môn có liên quan thuộc Ủy ban nhân dân cấp xã"),
                rules.coordinating("Phòng Văn hóa - Xã hội chủ trì, phối hợp với các phòng chuyên môn có liên quan thuộc Ủy ban nhân dân cấp xã tổ chức thẩm định việc đáp ứng các điều kiện"));
        assertEquals(List.of("các bộ phận liên quan của Văn phòng UBND tỉnh"),
                rules.coordinating("Viễn thông Lào Cai: chủ trì, phối hợp với các bộ phận liên quan của Văn phòng UBND tỉnh bảo đảm hệ thống đường truyền phục vụ cuộc họp."));
        assertEquals(List.of("các cơ quan chức năng liên quan của địa phương"),
                rules.coordinating("Chủ trì, phối hợp với các cơ quan chức năng liên quan của địa phương thực hiện thanh tra, kiểm tra và xử lý các hành vi vi phạm"));
        // the cut the rule was made for: the verb follows "liên quan"
        assertEquals(List.of("các sở, ngành có liên quan"), rules.coordinating("Chủ trì, phối hợp với các sở, ngành có liên quan lập quy hoạch, kế hoạch"));
    }

    @Test
    void formCellsClosingsAndPreambleAreNotTasks() {
        assertTrue(TaskClassifier.isNoise("Phát: …………… Thu: ……………"));
        assertTrue(TaskClassifier.isNoise("Trung tâm cấp cứu y tế: 115"));
        assertFalse(TaskClassifier.RULES.decide("Sở Công Thương Lào Cai thông báo cho các đơn vị được biết và triển khai thực hiện./.", 'P', false).task());
        assertFalse(TaskClassifier.RULES.decide("Theo đề nghị của Trưởng phòng Quản lý công nghiệp,", 'P', false).task());
        assertFalse(TaskClassifier.RULES.decide("Vị trí, chức năng công trình", 'L', true).task());
        assertTrue(TaskClassifier.RULES.decide("Tăng cường kiểm tra các cơ sở chế biến, thu mua, tuyển, nghiền, sàng, tập kết khoáng sản", 'B', true).task());
    }

    /**
     * A title names the report's proposals when a {@code propose} word opens it or follows {@code ,} / {@code và}; as
     * the matter of the title ({@code giải quyết kiến nghị của cử tri}) it does not (second review of 815cceb, A).
     */
    @Test
    void aProposalTitleOpensWithItsWordOrListsIt() {
        for (String title : List.of("Kiến nghị", "V. KIẾN NGHỊ", "Đề xuất, kiến nghị", "Khó khăn, vướng mắc và kiến nghị", "Kết luận và kiến nghị")) {
            assertTrue(rules.namesProposals(title), title);
        }
        for (String title : List.of("Kết quả giải quyết kiến nghị của cử tri", "Tình hình trả lời kiến nghị", "Kết quả thực hiện đề nghị của Bộ Công Thương",
                "Kiến nghị của cử tri")) {
            assertFalse(rules.namesProposals(title), title);
        }
    }

    /** A numbered line of a report that asks an addressee is a proposal ({@code 2. Đề nghị Bộ Công Thương hỗ trợ …}), a title does not. */
    @Test
    void aLineThatAsksAnAddresseeIsNoTitle() {
        assertTrue(rules.asksAddressee("Đề nghị Bộ Công Thương hỗ trợ kinh phí kiểm tra an toàn hóa chất"));
        for (String title : List.of("Kiến nghị", "Đề xuất, kiến nghị", "Đề xuất giải pháp", "Kết quả thực hiện")) {
            assertFalse(rules.asksAddressee(title), title);
        }
    }

    /** {@code 1. Các căn cứ.} over the legal bases of a blasting plan (PANM Thành Hương, tune) gathers documents, not doers. */
    @Test
    void aHeadingOfBasesNamesNoDoer() {
        assertNull(AssignmentRules.headingDoer("Các căn cứ."));
        assertEquals("Các sở, ban, ngành", AssignmentRules.headingDoer("Các sở, ban, ngành:"));
    }

    /** {@code 1. Đề nghị Bộ Công Thương} over its bullets names the addressee; with a sentence end it is a request. */
    @Test
    void aHeadingThatOnlyAsksNamesItsAddressee() {
        assertEquals("Bộ Công Thương", AssignmentRules.giveHeading("Đề nghị Bộ Công Thương", true));
        assertNull(AssignmentRules.giveHeading("Đề nghị Bộ Công Thương", false));
        assertNull(AssignmentRules.giveHeading("Đề nghị Công ty bổ sung hồ sơ.", true));
        assertEquals("Sở Xây dựng", AssignmentRules.giveHeading("Giao Sở Xây dựng", false));
    }

    /** The container that opens a report's proposals without a section line ends with a propose word. */
    @Test
    void aContainerEndingWithAProposeWordOpensProposals() {
        assertTrue(rules.opensProposals("Để khắc phục những tồn tại, hạn chế nêu trên, Sở Công Thương Lào Cai kiến nghị:"));
        assertFalse(rules.opensProposals("Tuy nhiên, trong quá trình thực hiện vẫn còn tồn tại, hạn chế cần quan tâm, như:"));
        assertFalse(rules.opensProposals("Sở Công Thương đề xuất Bộ Công Thương một số nội dung như sau:"));
    }

    /** GCN 30/6/2026 (tune, KCN Bản Qua): the heading over the investor's duties, its doer without the clause after it. */
    @Test
    void aConditionsHeadingNamesItsDoer() {
        assertEquals("nhà đầu tư", AssignmentRules.ownerHeading("Các điều kiện đối với nhà đầu tư thực hiện dự án"));
        assertEquals("Sở Công Thương", AssignmentRules.ownerHeading("Trách nhiệm của Sở Công Thương"));
    }

    /** A closing phrase that opens a list of items asks for them: GCN 30/6/2026 Điều 3.2, its fourth bullet. */
    @Test
    void aClosingPhraseBeforeAColonIsNoClosing() {
        assertFalse(rules.isClosing("Tập trung mọi nguồn lực triển khai thực hiện dự án theo đúng mục tiêu, tiến độ đã được phê duyệt. Trong quá"
                + " trình tồn tại của dự án, Nhà đầu tư nghiêm túc thực hiện: (i) Báo cáo giám sát đánh giá đầu tư dự án"));
        assertTrue(rules.isClosing("Đề nghị các cơ quan, đơn vị liên quan nghiêm túc thực hiện./."));
    }

    /**
     * REVIEW3 finding 0: {@code phải} is a duty of an obligated doer (GCN 3.1 {@code Nhà đầu tư phải làm thủ tục …}),
     * not the "had to" of a report's narrative, nor a requirement on a thing.
     */
    @Test
    void aDutyByPhaiIsAnObligatedDoersNotANarrativesOrAThings() {
        assertTrue(AssignmentRules.hasFrame("Nhà đầu tư phải làm thủ tục điều chỉnh dự án đầu tư theo quy định."));
        assertFalse(AssignmentRules.hasFrame("Công ty TNHH Hòa Phát phải tạm dừng sản xuất từ ngày 10/5/2026 do thiếu nguyên liệu."));
        assertFalse(AssignmentRules.hasFrame("Doanh nghiệp phải cắt giảm 200 lao động trong tháng."));
        assertFalse(AssignmentRules.hasFrame("Hồ sơ phải có đầy đủ chữ ký của người đại diện theo pháp luật."));
    }

    /** REVIEW3 finding 7: a heading of conditions or requirements on a thing names no doer. */
    @Test
    void aConditionsHeadingOnAThingNamesNoDoer() {
        assertNull(AssignmentRules.ownerHeading("Các điều kiện đối với phương tiện vận chuyển hàng hóa nguy hiểm"));
        assertNull(AssignmentRules.ownerHeading("Điều kiện đối với kho chứa vật liệu nổ công nghiệp"));
        assertNull(AssignmentRules.ownerHeading("Yêu cầu đối với hồ sơ đề nghị cấp giấy phép"));
        assertEquals("nhà đầu tư", AssignmentRules.ownerHeading("Các điều kiện đối với nhà đầu tư thực hiện dự án"));
    }

    /** REVIEW3 finding 10: a closing formula whose colon opens no list, and the colon checked where the formula is. */
    @Test
    void aClosingPhraseBeforeAColonThatOpensNoListIsAClosing() {
        assertTrue(rules.isClosing("2. Đề nghị các đơn vị nghiêm túc thực hiện: gửi báo cáo đúng hạn./."));
        assertTrue(rules.isClosing("Nhà đầu tư nghiêm túc thực hiện: (i) báo cáo. Đề nghị các đơn vị nghiêm túc thực hiện./."));
    }

    /**
     * {@code lập} before what is drawn up and {@code tiến hành} end a doer; {@code Trước …,} opens a clause; {@code Chỉ huy
     * nổ mìn} opens a doer (task-rules): lines of tune documents (TT 43/2025, NĐ 178/2026, PANM Thành Hương, TB 3059).
     */
    @Test
    void drawingUpCarryingOutBeforeAndTheBlastingCommander() {
        assertEquals("tổ chức, cá nhân khai thác khoáng sản hầm lò có khí mêtan", lead("Trước ngày 15 tháng 01 hàng năm, tổ chức, cá"
                + " nhân khai thác khoáng sản hầm lò có khí mêtan phải lập 01 bộ hồ sơ xếp loại"));
        assertEquals("Cơ quan, đơn vị quản lý tài sản", lead("Cơ quan, đơn vị quản lý tài sản lập báo cáo, gửi cơ quan quản lý cấp trên"
                + " (nếu có), báo cáo bộ, cơ quan trung ương"));
        assertEquals("chỉ huy nổ mìn", lead("Trước mỗi đợt nổ, chỉ huy nổ mìn lập hộ chiếu nổ mìn theo Phụ lục VIII Thông tư số"
                + " 23/2024/TT-BCT, phù hợp với nội dung phương án này và Giấy phép sử dụng VLNCN được cấp."));
        assertEquals("Chỉ huy nổ mìn", lead("Chỉ huy nổ mìn tiến hành kiểm soát, chỉ đạo thợ mìn thực hiện các bước theo đúng phương án"));
        assertEquals("Chỉ huy nổ mìn", lead("Chỉ huy nổ mìn: Từ số thứ tự 01 đến số thứ tự 07."));
    }

    /**
     * QĐ 16/2026 Điều 29 (tune gold {@code qd-16-2026-quy-che-ccn.json}): the owner of an enterprise is a person-role
     * doer ({@code doer-head Chủ doanh nghiệp}) and {@code chăm lo} the verb that ends the coordinating list.
     */
    @Test
    void theOwnerOfAnEnterpriseCoordinatesBeforeChămLo() {
        assertEquals(List.of("chủ doanh nghiệp"), rules.coordinating("hướng dẫn các công đoàn cơ sở phối hợp với chủ doanh nghiệp chăm lo,"
                + " bảo vệ quyền và lợi ích hợp pháp, chính đáng đối với đoàn viên và người lao động; tham gia xây dựng và thực hiện quy chế phối hợp"));
    }

    /**
     * The letter returning the Mông Sơn dossier (tune, {@code cv-tra-lai-ho-so-gpsd-mong-son.json}): the first {@code đề
     * nghị} of the sentence is the applicant's letter ({@code văn bản đề nghị phải ghi rõ …}), the second asks the company.
     */
    @Test
    void aLaterĐềNghịNamesTheAddresseeWhenTheFirstAsksNoOne() {
        assertEquals("Công ty", lead("Theo điểm a khoản 1 Điều 39 Luật số 42/2024/QH15, văn bản đề nghị phải ghi rõ số lượng, chủng loại"
                + " VLNCN; đề nghị Công ty tách số lượng theo từng chủng loại, thống nhất với số liệu tính toán tại Phương án nổ mìn."));
    }

    /** Luật báo chí 2016 Điều 61 as the vi-corpus text prints it: {@code chi Tiết} ends the doers as {@code chi tiết} does. */
    @Test
    void aVerbPhraseWithACapitalizedLaterWordEndsTheDoers() {
        assertEquals("Chính phủ, cơ quan có thẩm quyền", lead("Chính phủ, cơ quan có thẩm quyền quy định chi Tiết các Điều, Khoản được giao trong Luật."));
        assertEquals("Ban Chỉ đạo tỉnh", lead("Ban Chỉ đạo tỉnh chỉ đạo các sở, ngành thực hiện."));
    }

    /** Laws of {@code ../shared/vi-corpus/legal/corpus}: the doer ends before {@code phân công} (assign) and {@code ký kết} (sign). */
    @Test
    void theDoerEndsBeforePhânCôngAndKýKết() {
        assertEquals("Chính phủ", lead("Chính phủ phân công các cơ quan có thẩm quyền phối hợp với Tổng Liên đoàn Lao động Việt Nam hướng dẫn việc"
                + " tổ chức, hoạt động của Đại hội công nhân, viên chức trong công ty nhà nước và việc tham gia quản lý công ty của người lao động"
                + " theo quy định của Luật này."));
        assertEquals("Chính phủ Việt nam", lead("Căn cứ vào những quy định trong Luật này, Chính phủ Việt nam ký kết với Chính phủ nước ngoài"
                + " Hiệp định hợp tác tiến hành các hoạt động dầu khí tại Việt Nam."));
    }

    /** Laws of {@code ../shared/vi-corpus/legal/corpus}: {@code quy định điều kiện} and {@code tổ chức và chỉ đạo} end the doers. */
    @Test
    void theDoersEndBeforeQuyĐịnhĐiềuKiệnAndTổChứcVàChỉĐạo() {
        assertEquals("Chính phủ", lead("Chính phủ quy định điều kiện và thời gian tổ chức, cá nhân đang hoạt động điện lực tiến hành điều chỉnh"
                + " cơ cấu, tổ chức và hoạt động phù hợp với quy định của Luật này."));
        assertEquals("Tòa án nhân dân tối cao, Viện kiểm sát nhân dân tối cao, Kiểm toán Nhà nước, các cơ quan khác của Nhà nước",
                lead("Căn cứ vào quy định của Luật này và các quy định khác của pháp luật có liên quan, trong phạm vi nhiệm vụ, quyền hạn của mình,"
                        + " Tòa án nhân dân tối cao, Viện kiểm sát nhân dân tối cao, Kiểm toán Nhà nước, các cơ quan khác của Nhà nước tổ chức và"
                        + " chỉ đạo hoạt động thanh tra trong ngành, cơ quan mình."));
    }

    /**
     * A request's sentence is not cut inside its parentheses nor after the period of {@code TP.} ({@code … (qua Cục Xuất
     * nhập khẩu, địa chỉ: số 54 Hai Bà Trưng, TP. Hà Nội; ĐT: …; email: …) trước ngày …}); two sentences stay two.
     */
    @Test
    void sentencesAreNotCutInsideParenthesesNorAfterAnAbbreviation() {
        String request = "Bộ Công Thương đề nghị Quý Ủy ban báo cáo, gửi về Bộ Công Thương (qua Cục Xuất nhập khẩu, địa chỉ: số 54 Hai Bà "
                + "Trưng, TP. Hà Nội; ĐT: 024.2220.5440; email: xnk@moit.gov.vn) trước ngày 15/12/2026.";
        assertEquals(List.of(request), List.of(AssignmentRules.sentences(request)));
        assertEquals(List.of("Sở Tài chính bố trí kinh phí.", "Sở Nội vụ hướng dẫn (theo Mẫu 01).", "Công an tỉnh kiểm tra."),
                List.of(AssignmentRules.sentences("Sở Tài chính bố trí kinh phí. Sở Nội vụ hướng dẫn (theo Mẫu 01). Công an tỉnh kiểm tra.")));
        String quoting = "Đề nghị Sở Tư pháp bổ sung vào khoản 2 nội dung “Ủy ban nhân dân cấp xã tiếp nhận bản cam kết. Trường hợp "
                + "không đủ điều kiện thì trả lại hồ sơ.” để bảo đảm thống nhất.";
        assertEquals(List.of(quoting), List.of(AssignmentRules.sentences(quoting)));
        String contact = "Đề nghị Công ty gửi hồ sơ về Sở Công Thương, số 2 đường Hoàng Liên, P. Cốc Lếu, TP. Lào Cai trước ngày 20/12/2026.";
        assertEquals(List.of(contact), List.of(AssignmentRules.sentences(contact)));
    }

    /**
     * The conformity assessment body a technical regulation binds ({@code Tổ chức đánh giá sự phù hợp có trách nhiệm …})
     * is a doer although the verb phrase {@code Tổ chức đánh giá …} (organize an assessment) opens it; other {@code Tổ
     * chức đánh giá …} openings stay the verb.
     */
    @Test
    void theConformityAssessmentBodyIsADoer() {
        assertEquals("Tổ chức đánh giá sự phù hợp", rules.subject("Tổ chức đánh giá sự phù hợp có trách nhiệm lưu giữ hồ sơ trong 05 năm.").name());
        assertNull(rules.subject("Tổ chức đánh giá kết quả thực hiện có trách nhiệm của các đơn vị."));
    }

    /** The coordinating agencies end at the verb of the joint work ({@code … phối hợp với Sở Xây dựng, Thuế tỉnh đấu tranh với …}). */
    @Test
    void coordinatingAgenciesEndAtTheVerbOfTheJointWork() {
        assertEquals(List.of("Sở Xây dựng, Thuế tỉnh"), rules.coordinating(
                "Công an tỉnh chỉ đạo lực lượng chức năng phối hợp với Sở Xây dựng, Thuế tỉnh đấu tranh với các đường dây buôn lậu."));
    }

    /** Session 34 probes: the coordinators end before {@code trao đổi} and {@code xác định}, verbs no agency name holds (the list is split later, by AgencyNormalizer). */
    @Test
    void coordinatorsEndBeforeTraoDoiAndXacDinh() {
        assertEquals(List.of("Bộ Ngoại giao"), rules.coordinating(
                "Chủ trì, phối hợp với Bộ Ngoại giao trao đổi với các nước có chung biên giới để thống nhất danh mục hàng hóa."));
        assertEquals(List.of("Sở Nông nghiệp và Môi trường, Công ty Cổ phần Đầu tư hạ tầng Gia Phú"), rules.coordinating(
                "Giao UBND xã Gia Phú chủ trì, phối hợp với Sở Nông nghiệp và Môi trường, Công ty Cổ phần Đầu tư hạ tầng Gia Phú xác định nguồn gốc đất của 27 hộ gia đình."));
    }

    /** {@code Quý Sở} before a lower-case verb is the whole addressee; before {@code và} the list goes on (review of session 34). */
    @Test
    void anHonorificAddresseeEndsAtItsVerbUnlessAListGoesOn() {
        assertEquals("Quý Sở", rules.subject("Sở Công Thương đề nghị Quý Sở thẩm định nguồn kinh phí hỗ trợ cải tạo chợ.").name());
        assertEquals("Quý Sở và UBND xã Đông Lộc", rules.subject("Sở Công Thương đề nghị Quý Sở và UBND xã Đông Lộc phối hợp kiểm tra hiện trạng chợ.").name());
        assertEquals("Quý Công ty cổ phần Mông Sơn", rules.subject("Sở Công Thương đề nghị Quý Công ty cổ phần Mông Sơn bổ sung hồ sơ.").name());
    }

    /**
     * Lower-case {@code quản lý} right after a proper name ends a coordinator list (probe q03 of session 34); after a
     * common noun, and as {@code Ban Quản lý}, it is a word of the name.
     */
    @Test
    void quanLyAfterAProperNameIsTheVerb() {
        assertEquals(List.of("Sở Công Thương"), rules.coordinating(
                "UBND các xã, phường thực hiện công tác bồi thường, phối hợp với Sở Công Thương quản lý quỹ đất đã quy hoạch."));
        assertEquals(List.of("các cơ quan quản lý chuyên ngành"), rules.coordinating(
                "Sở Công Thương chủ trì, phối hợp với các cơ quan quản lý chuyên ngành kiểm tra việc chấp hành quy định."));
        assertEquals(List.of("Ban Quản lý các khu công nghiệp tỉnh"), rules.coordinating(
                "Sở Xây dựng chủ trì, phối hợp với Ban Quản lý các khu công nghiệp tỉnh rà soát quy hoạch."));
    }

    /**
     * Predicates and stop words the session 35 probes needed: {@code làm đầu mối}, lower-case {@code tổ chức} and a
     * verb after a doer (after {@code các} it is the noun), {@code thống nhất}, and {@code đánh giá} after a proper name;
     * {@code quản lý} after a body's bare head noun ({@code các Ban quản lý chợ}) stays in the name.
     */
    @Test
    void theDoerEndsAtTheVerbsTheProbesPrinted() {
        assertEquals("Sở Công Thương", rules.subject("Giao Sở Công Thương làm đầu mối, phối hợp với Sở Y tế thống nhất danh mục sản phẩm.").name());
        assertEquals("Giám đốc điều hành mỏ", rules.subject("Giám đốc điều hành mỏ tổ chức huấn luyện, phổ biến nội quy kho cho thủ kho.").name());
        assertEquals("Các tổ chức huấn luyện an toàn, vệ sinh lao động",
                rules.subject("Các tổ chức huấn luyện an toàn, vệ sinh lao động có trách nhiệm lưu giữ hồ sơ huấn luyện.").name());
        assertEquals(List.of("Bộ Công Thương"), rules.coordinating("Bộ Y tế chủ trì, phối hợp với Bộ Công Thương thống nhất danh mục sản phẩm thực phẩm."));
        assertEquals(List.of("Bộ Công Thương"), rules.coordinating("Phối hợp với Bộ Công Thương đánh giá tác động của việc phân cấp."));
        assertEquals(List.of("Hội đồng đánh giá cấp tỉnh"), rules.coordinating("Phối hợp với Hội đồng đánh giá cấp tỉnh tổ chức bình chọn sản phẩm."));
        assertEquals(List.of("các Ban quản lý chợ trên địa bàn"),
                rules.coordinating("Đề nghị UBND các xã, phường phối hợp với các Ban quản lý chợ trên địa bàn rà soát danh mục chợ."));
        assertEquals("các Phòng: Kỹ thuật an toàn - Môi trường, Quản lý năng lượng",
                rules.subject("Giao các Phòng: Kỹ thuật an toàn - Môi trường, Quản lý năng lượng kiểm tra công tác an toàn điện.").name());
    }

    /** {@code cử} (sends someone) ends the addressee; in {@code bầu cử} it is a word of the name (session 35). */
    @Test
    void cuEndsTheAddresseeButNotAnElectionBody() {
        assertEquals("Công an tỉnh", rules.subject("Sở Công Thương đề nghị Công an tỉnh cử 01 cán bộ tham gia Đoàn kiểm tra liên ngành.").name());
        assertEquals("Ủy ban bầu cử tỉnh", rules.subject("Ủy ban bầu cử tỉnh có trách nhiệm công bố danh sách người ứng cử.").name());
    }

    /** A negated request inside the doer's predicate ({@code …; không yêu cầu tổ chức, cá nhân …}) names no addressee (session 35 probe s10). */
    @Test
    void aNegatedRequestNamesNoAddressee() {
        assertEquals("Trưởng các phòng chuyên môn thuộc Sở", rules.subject("Trưởng các phòng chuyên môn thuộc Sở có trách nhiệm "
                + "trả kết quả hồ sơ trực tuyến đúng thời hạn; không yêu cầu tổ chức, cá nhân nộp thêm hồ sơ giấy.").name());
    }

    /** OCR's capital in {@code phối hợp Với} still opens the coordinators (TT 23/2024's scan, Điều 18.2.c; session 35). */
    @Test
    void anOcrCapitalInPhoiHopVoiStillOpensTheCoordinators() {
        assertEquals(List.of("các cơ quan, tổ chức có liên quan"),
                rules.coordinating("Chủ trì, phối hợp Với các cơ quan, tổ chức có liên quan đề xuất sửa đổi, bổ sung Danh mục tiền chất thuốc nổ;"));
    }
}

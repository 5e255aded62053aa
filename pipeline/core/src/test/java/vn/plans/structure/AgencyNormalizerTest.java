package vn.plans.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plans.model.Agency;

/** Agency lists as printed in the seeds. */
class AgencyNormalizerTest {
    private final AgencyNormalizer n = new AgencyNormalizer();

    private List<String> names(String s) {
        return n.split(s).stream().map(Agency::name).toList();
    }

    @Test
    void collectiveThenCommunes() { // seed 000, phụ lục
        assertEquals(List.of("Các cơ quan, đơn vị, Hội đoàn thể liên quan", "UBND các xã, thị trấn"),
                names("Các cơ quan, đơn vị, Hội đoàn thể liên quan; UBND các xã, thị trấn"));
    }

    @Test
    void commaInsideANameIsKept() { // seed 001, II.2
        assertEquals(List.of("Phòng Văn hóa, Khoa học và Thông tin", "Phòng Giáo dục và Đào tạo", "Phòng Dân tộc và Tôn giáo",
                        "UBND các xã", "các Hội, đoàn thể huyện, xã"),
                names("Phòng Văn hóa, Khoa học và Thông tin, Phòng Giáo dục và Đào tạo, Phòng Dân tộc và Tôn giáo, UBND các xã, các Hội, đoàn thể huyện, xã."));
    }

    @Test
    void parenthesisedOptionalAgency() { // seed 001, II.12
        assertEquals(List.of("Văn phòng HĐND & UBND huyện", "Quỹ Bảo trợ trẻ em"),
                names("Văn phòng HĐND & UBND huyện, (Quỹ Bảo trợ trẻ em – Nếu có)."));
    }

    /** ND 178/2026 Điều 47.1 (tune): the named body, then the collective of bare nouns, then a body. */
    @Test
    void aBareCollectiveNounAfterANamedMemberOpensACollective() {
        assertEquals(List.of("bộ quản lý chuyên ngành", "bộ, cơ quan trung ương", "Ủy ban nhân dân cấp tỉnh"),
                names("bộ quản lý chuyên ngành, bộ, cơ quan trung ương, Ủy ban nhân dân cấp tỉnh"));
        assertEquals(List.of("các sở, ban, ngành", "Ủy ban nhân dân các xã, phường"), names("các sở, ban, ngành, Ủy ban nhân dân các xã, phường"));
        // seed 001, a phối hợp field: the one-word member goes on with the bare noun after it
        assertEquals(List.of("Các cơ quan, ban, ngành", "Hội, đoàn thể", "UBND các xã"), names("Các cơ quan, ban, ngành; Hội, đoàn thể; UBND các xã."));
    }

    @Test
    void aCollectiveThatOpensTheListAbsorbsTheWeakHeadAfterIt() { // Luật 42/2024/QH15 Điều 74.2
        assertEquals(List.of("Tổ chức, cá nhân sản xuất, kinh doanh, xuất khẩu, nhập khẩu dao có tính sát thương cao"),
                names("Tổ chức, cá nhân sản xuất, kinh doanh, xuất khẩu, nhập khẩu dao có tính sát thương cao"));
    }

    @Test
    void officesOfAnExecutionClauseAreMembersOfTheirOwn() {
        // ND 178/2025 Điều 27.1 (its 'Thủ tướng' for 'Thủ trưởng' as printed) and ND 178/2026 Điều 49.3
        assertEquals(List.of("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
                        "Thủ tướng các cơ quan, tổ chức chính trị, chính trị - xã hội, tổ chức chính trị xã hội - nghề nghiệp"),
                names("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương, Thủ tướng các cơ quan, tổ chức chính trị,"
                        + " chính trị - xã hội, tổ chức chính trị xã hội - nghề nghiệp"));
        assertEquals(List.of("Thủ trưởng các cơ quan, tổ chức, đơn vị", "người đại diện theo pháp luật của doanh nghiệp liên quan"),
                names("Thủ trưởng các cơ quan, tổ chức, đơn vị, người đại diện theo pháp luật của doanh nghiệp liên quan"));
    }

    @Test
    void vaSplitsOnlyBeforeAnAgencyHead() {
        assertEquals(List.of("Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "các tổ chức thành viên"),
                names("Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức thành viên"));
        assertEquals(List.of("Phòng Giáo dục và Đào tạo"), names("Phòng Giáo dục và Đào tạo"));
    }

    @Test
    void aListThatLostItsCommaInOcrIsCutAtTheNextMember() {
        // seed 004 (OCR), IV.17 as restored: the comma after "tỉnh" is lost ("xa hoi tmh cac hoi quan chung")
        assertEquals(List.of("Ủy ban mặt trận Tổ quốc Việt Nam tỉnh", "các tổ chức chính trị - xã hội tỉnh",
                        "các hội quần chúng, tổ chức xã hội"),
                ocr("Ủy ban mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh các hội quần chúng, tổ chức xã hội"));
        assertEquals(List.of("Sở Nội vụ", "Sở Tài chính"), ocr("Sở Nội vụ Sở Tài chính"));
    }

    @Test
    void digitalTextIsSplitOnlyWhereItPrintsASeparator() {
        // in a text the document holds, a missing comma is what it prints: the names are not taken apart
        assertEquals(List.of("Sở Nội vụ Sở Tài chính"), names("Sở Nội vụ Sở Tài chính"));
        assertEquals(List.of("các tổ chức chính trị - xã hội tỉnh các hội quần chúng"), names("các tổ chức chính trị - xã hội tỉnh các hội quần chúng"));
    }

    private static List<String> ocr(String s) {
        return new AgencyNormalizer(true).split(s).stream().map(Agency::name).toList();
    }

    @Test
    void aHeadInsideANameDoesNotCutIt() {
        for (String whole : List.of("Văn phòng Sở Công Thương", "Giám đốc Sở Tài chính", "UBND các xã", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
                "các phòng chuyên môn thuộc các sở", "Đoàn Thanh niên xã Đoàn Kết",
                "Vụ trưởng Vụ Khoa học công nghệ, môi trường và Vật liệu xây dựng"))
            assertEquals(List.of(whole), names(whole), whole);
    }

    @Test
    void canonicalExpandsAbbreviationsAndUnifiesAmpersand() {
        assertEquals("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện", n.canonical("Văn phòng HĐND&UBND huyện"));
        assertEquals(n.canonical("Văn phòng HĐND & UBND huyện"), n.canonical("Văn phòng HĐND&UBND huyện"));
        assertEquals("Phòng Dân tộc - Tôn giáo", n.canonical("Phòng Dân tộc – Tôn giáo"));
        assertEquals("Phòng Quản lý Công nghiệp", n.canonical("phòng Quản lý Công nghiệp"));
    }

    @Test
    void agencyHeads() {
        assertTrue(AgencyNormalizer.startsLikeAgency("Trung tâm Y tế"));
        assertTrue(AgencyNormalizer.startsLikeAgency("phòng Quản lý công nghiệp"));
        assertTrue(!AgencyNormalizer.startsLikeAgency("Tổ chức truyền thông về Luật Trẻ em"));
    }

    /**
     * A delegation of the laws of {@code ../shared/vi-corpus/legal/corpus}: {@code Chánh án …} is an office that opens a
     * member (Luật ban hành văn bản quy phạm pháp luật; {@code Tổng Kiểm toán} is a head since ec9b39b).
     */
    @Test
    void theChiefJusticeOpensAMember() {
        assertEquals(List.of("Hội đồng Thẩm phán Tòa án nhân dân tối cao", "Chánh án Tòa án nhân dân tối cao",
                        "Viện trưởng Viện kiểm sát nhân dân tối cao", "Tổng Kiểm toán nhà nước"),
                names("Hội đồng Thẩm phán Tòa án nhân dân tối cao, Chánh án Tòa án nhân dân tối cao, Viện trưởng Viện kiểm sát nhân dân tối cao,"
                        + " Tổng Kiểm toán nhà nước"));
    }

    /**
     * The execution clause of a ministry's circular and the offices of a decree's, in the wording Decree 30/2020 and
     * the ministries' drafting use ("Chánh Văn phòng Bộ, Chánh Thanh tra Bộ, Vụ trưởng các Vụ, …"): each office is a
     * member of its own, the rule for agency lists in {@code corpus/gold/README.md}.
     */
    @Test
    void officesOfACircularsExecutionClauseAreMembersOfTheirOwn() {
        assertEquals(List.of("Chánh Văn phòng Bộ", "Chánh Thanh tra Bộ", "Vụ trưởng các Vụ", "Tổng cục trưởng Tổng cục Đường bộ Việt Nam"),
                names("Chánh Văn phòng Bộ, Chánh Thanh tra Bộ, Vụ trưởng các Vụ, Tổng cục trưởng Tổng cục Đường bộ Việt Nam"));
        assertEquals(List.of("Thống đốc Ngân hàng Nhà nước Việt Nam", "Tổng Giám đốc Bảo hiểm xã hội Việt Nam", "Chủ nhiệm Ủy ban Dân tộc",
                        "Tổng Thanh tra Chính phủ", "Trưởng Ban Quản lý các khu công nghiệp"),
                names("Thống đốc Ngân hàng Nhà nước Việt Nam, Tổng Giám đốc Bảo hiểm xã hội Việt Nam, Chủ nhiệm Ủy ban Dân tộc,"
                        + " Tổng Thanh tra Chính phủ, Trưởng Ban Quản lý các khu công nghiệp"));
        assertEquals(List.of("Tập đoàn Điện lực Việt Nam", "Tổng công ty Điện lực miền Bắc", "Cơ quan Cảnh sát điều tra"),
                names("Tập đoàn Điện lực Việt Nam, Tổng công ty Điện lực miền Bắc, Cơ quan Cảnh sát điều tra"));
        // a head inside a name without a separator does not cut it (KH-3957: "Công ty cổ phần Tập đoàn Đèo Cả")
        assertEquals(List.of("Công ty cổ phần Tập đoàn Đèo Cả"), names("Công ty cổ phần Tập đoàn Đèo Cả"));
    }

    /**
     * An execution clause that names an office and then one office over a list of bodies ({@code Chánh Văn phòng UBND
     * tỉnh, Giám đốc các sở: Công Thương, Tài chính, Khoa học và Công nghệ}, the form of a decision's last article):
     * the list is distributed after the members before it, as it is when it opens the clause.
     */
    @Test
    void aDistributedListAfterOtherMembersIsDistributed() {
        assertEquals(List.of("Chánh Văn phòng UBND tỉnh", "Giám đốc Sở Công Thương", "Giám đốc Sở Tài chính",
                        "Giám đốc Sở Khoa học và Công nghệ", "Chủ tịch UBND các xã, phường"),
                names("Chánh Văn phòng UBND tỉnh, Giám đốc các sở: Công Thương, Tài chính, Khoa học và Công nghệ; Chủ tịch UBND các xã, phường"));
    }

    /** {@code các Phòng: A, B} gives each Phòng, and an honorific over bare nouns stays one addressee (session 35 probes r10, r12). */
    @Test
    void bodiesListedAfterAColonAndAnHonorificCollective() {
        AgencyNormalizer n = new AgencyNormalizer(false);
        assertEquals(List.of("Phòng Kỹ thuật an toàn - Môi trường", "Phòng Quản lý năng lượng"),
                n.splitNames("các Phòng: Kỹ thuật an toàn - Môi trường, Quản lý năng lượng"));
        assertEquals(List.of("Quý cơ quan, đơn vị"), n.splitNames("Quý cơ quan, đơn vị"));
        assertEquals(List.of("Quý Sở", "UBND xã Gia Vân"), n.splitNames("Quý Sở, UBND xã Gia Vân"));
    }

    /** In OCR-ed text an office and the body it heads are one name, where two bodies run together are two (session 35). */
    @Test
    void inOcrTextAnOfficeAndItsBodyAreOneName() {
        AgencyNormalizer ocr = new AgencyNormalizer(true);
        assertEquals(List.of("Bộ trưởng Bộ Công Thương"), ocr.splitNames("Bộ trưởng Bộ Công Thương"));
        assertEquals(List.of("Chánh Văn phòng Bộ", "Cục trưởng Cục Xúc tiến thương mại"), ocr.splitNames("Chánh Văn phòng Bộ, Cục trưởng Cục Xúc tiến thương mại"));
        assertEquals(List.of("Sở Tài chính", "Sở Xây dựng"), ocr.splitNames("Sở Tài chính Sở Xây dựng"));
    }

    /** An office opens a member of a list ({@code Chánh Văn phòng Sở, Trưởng các phòng chuyên môn thuộc Sở}, session 35 probe s10). */
    @Test
    void anOfficeOpensAMember() {
        assertEquals(List.of("Chánh Văn phòng Sở", "Trưởng các phòng chuyên môn thuộc Sở"),
                new AgencyNormalizer(false).splitNames("Chánh Văn phòng Sở, Trưởng các phòng chuyên môn thuộc Sở"));
    }

    /** The short name a text gives its addressee is no part of the name; communes distributed by their level. */
    @Test
    void anAliasIsDroppedAndCommunesAreDistributed() {
        assertEquals(List.of("Công ty TNHH Minh Anh"), names("Công ty TNHH Minh Anh (sau đây gọi là Công ty)"));
        assertEquals(List.of("Công ty Cổ phần Khoáng sản Lào Cai"), names("Công ty Cổ phần Khoáng sản Lào Cai (sau đây được gọi tắt là Công ty)"));
        assertEquals(List.of("Công an tỉnh (PC06)"), names("Công an tỉnh (PC06)"));
        assertEquals(List.of("UBND xã Bảo Thắng", "UBND xã Gia Phú", "UBND xã Xuân Quang"), names("UBND các xã: Bảo Thắng, Gia Phú, Xuân Quang"));
        assertEquals(List.of("Chủ tịch Ủy ban nhân dân phường Cam Đường", "Chủ tịch Ủy ban nhân dân phường Lào Cai"),
                names("Chủ tịch Ủy ban nhân dân các phường: Cam Đường, Lào Cai"));
    }
}

package vn.plans.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Lines as the real documents print them (corpus-real, unless said otherwise). */
class LookAlikesTest {
    @Test
    void uHornLookAlikeIsTheLetter() { // 1178-DCK: a text layer with U+01A3 for ư throughout
        assertEquals("Kính gửi: Sở Công Thương tỉnh Lào Cai", LookAlikes.normalize("Kính gửi: Sở Công Thƣơng tỉnh Lào Cai"));
        assertEquals("V/v hướng dẫn về công tác quản", LookAlikes.normalize("V/v hƣớng dẫn về công tác quản"));
    }

    @Test
    void hoaTildeIsHoaGraveInTheSameConvertersText() { // 1178-DCK prints "CỘNG HÕA" and uses ƣ
        assertEquals("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nnhà nước",
                LookAlikes.normalize("CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nnhà nƣớc"));
        // without the converter's other sign the word is left as printed
        assertEquals("CỘNG HÕA XÃ HỘI", LookAlikes.normalize("CỘNG HÕA XÃ HỘI"));
    }

    @Test
    void ethIsDStroke() { // NQ-66.18 DOCX
        assertEquals("KINH TẾ DỰ ĐỊNH TIẾN HÀNH", LookAlikes.normalize("KINH TẾ DỰ ÐỊNH TIẾN HÀNH"));
    }

    @Test
    void cyrillicInsideAVietnameseWordAndAsAListLetter() {
        assertEquals("trách nhiệm của Bộ", LookAlikes.normalize("trách nhiệm củа Bộ")); // Cyrillic а (issue #18)
        assertEquals("c) Cơ quan cấp giấy phép", LookAlikes.normalize("с) Cơ quan cấp giấy phép")); // NQ-66.18
    }

    @Test
    void greekAndCyrillicOutsideVietnameseWordsStay() {
        String chem = "α-pinene; β-pinene"; // ND-24-2026 chemicals list
        assertEquals(chem, LookAlikes.normalize(chem));
        String stress = "các đặc tính cơ lý бn , бk, f )"; // TT-23-2024: a Cyrillic letter used as sigma
        assertEquals(stress, LookAlikes.normalize(stress));
        String hệSố = "Với αbi: hệ số giãn nở nhiệt khối của bình chuẩn thứ i, 1/oC;"; // DLVN 05-2017
        assertEquals(hệSố, LookAlikes.normalize(hệSố));
    }

    @Test
    void splitSyllablesJoinOnlyOnASplitLayer() {
        String split = "Trường Đại học V iệ t Nam\ntả i về tài liệu\nCông ty V iệ t Nam\nV iệ t Nam";
        assertEquals("Trường Đại học Việt Nam\ntải về tài liệu\nCông ty Việt Nam\nViệt Nam", LookAlikes.normalize(split));
        // ND-243-2025: variables after a word are no split
        String formula = "với nhà đầu tư tham dự thầu thứ i.\nYi: là tỷ lệ góp vốn chủ sở hữu của nhà đầu tư liên danh thứ i tại"
                + " thỏa thuận liên danh.\nBt: sơ bộ giá trị lợi ích năm thứ t;";
        assertEquals(formula, LookAlikes.normalize(formula));
    }
}

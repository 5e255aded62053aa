package vn.plans.normalize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.plans.TestData;

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

    /**
     * The scan finds what the regex it replaces finds, from every start position: on the seeds as printed, and on
     * lines made to hit each rule of the pattern (digits before and after a run, double spaces, combining marks,
     * a supplementary letter, a run at the end). Fails if one boundary or run rule of the scan differs.
     */
    @Test
    void theScanForSplitCandidatesFindsWhatTheRegexFinds() throws IOException {
        List<String> texts = new ArrayList<>(List.of(
                "V iệ t Nam", "5ab cd ef", "ab cd5", "ab cd ef5", "ab  cd", "ab cd  ef", "ab cd .", "x\u0301y zw",
                "a\u0308 b c", "\uD835\uDC00a bc", "ab \uD835\uDC00c", "ab c\uD835\uDC00", "ab cd ef gh ij", "ab", "a b",
                "tả i về", "3a b", "a b3", "Ⅻab cd", "ab cd²", " ab cd ", "ab\ncd ef", "ab c\u0300 d"));
        try (var seeds = Files.list(TestData.corpus().resolve("seeds"))) {
            for (Path f : seeds.sorted().toList()) texts.add(Files.readString(f));
        }
        Pattern split = Pattern.compile(LookAlikes.SPLIT);
        for (String t : texts) {
            Matcher m = split.matcher(t);
            for (int from = 0; from <= t.length(); from++) {
                int[] got = new int[6];
                boolean found = LookAlikes.nextSplit(t, from, got);
                boolean want = m.find(from);
                assertEquals(want, found, () -> "match or not, " + t.substring(0, Math.min(40, t.length())));
                if (!want) continue;
                int[] expected = {m.start(1), m.end(1), m.start(2), m.end(2), m.start(3), m.end(3)};
                assertArrayEquals(expected, got, "at " + from + " in " + t.substring(0, Math.min(40, t.length())));
            }
        }
    }
}

package vn.plans.restore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineTriageTest {
    @TempDir Path dir;
    private CandidateGenerator generator;

    @BeforeEach
    void model() throws IOException {
        generator = new CandidateGenerator(TinyModel.train(dir, 3));
    }

    private LineTriage.Mode[] triage(String text) {
        List<Token> tokens = SyllableTokenizer.tokenize(text);
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 1; i < tokens.size(); i++) {
            if (text.substring(tokens.get(i - 1).end(), tokens.get(i).start()).contains("\n")) starts.add(i);
        }
        starts.add(tokens.size());
        return LineTriage.triage(text, tokens, starts.stream().mapToInt(Integer::intValue).toArray(), generator::hasFold);
    }

    @Test
    void correctStrippedAndGarbledLines() {
        LineTriage.Mode[] m = triage("""
                Ủy ban nhân dân tỉnh ban hành kế hoạch của UBND
                Uy ban nhan dan tinh ban hanh ke hoach
                Thue hién Khuyén nghi ciia Uy ban vé quyén tré em ciia Lién hop quéc
                KẾ HOẠCH""");
        assertArrayEquals(new LineTriage.Mode[] {LineTriage.Mode.KEEP, LineTriage.Mode.STRIPPED, LineTriage.Mode.GARBLED,
                LineTriage.Mode.KEEP}, m);
    }

    @Test
    void shortLinesFollowThePage() {
        assertArrayEquals(new LineTriage.Mode[] {LineTriage.Mode.STRIPPED, LineTriage.Mode.STRIPPED},
                triage("KE HOACH\nthuc hien quyen tre em cua Lien hop quoc"));
        assertArrayEquals(new LineTriage.Mode[] {LineTriage.Mode.KEEP, LineTriage.Mode.KEEP},
                triage("Ban hanh\nthực hiện quyền trẻ em của Liên hợp quốc"));
    }

    /** Lines of the Sơn La OCR seed (004) that mix printed marks with stripped words and debris. */
    @Test
    void onAGarbledPageMarkedLinesWithDebrisOrFewMarksAreDecoded() {
        String page = """
                Thue hién Khuyén nghi ciia Uy ban vé quyén tré em ciia Lién hop quéc
                vé Tong dai dién thoai quoc gia bao vé tré em.
                - UBND céc huyén, thi xa, thanh phé;
                - Chu dong b tri ngan sach, nhan luc cua dia phuong va van dong tai trg cua
                Noi nhén: TM. UY BAN NHAN DAN""";
        LineTriage.Mode g = LineTriage.Mode.GARBLED;
        assertArrayEquals(new LineTriage.Mode[] {g, g, g, g, g}, triage(page));
        // the same lines on a correct page stay as they are unless they are garbled themselves
        String correct = "Ủy ban nhân dân tỉnh ban hành kế hoạch của UBND tỉnh Sơn La về quyền trẻ em\n".repeat(6);
        LineTriage.Mode[] m = triage(correct + "vé Tong dai dién thoai quoc gia bao vé tré em.");
        org.junit.jupiter.api.Assertions.assertEquals(LineTriage.Mode.KEEP, m[6]);
    }
}

package vn.plans.restore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineTriageTest {
    private static LineTriage.Mode[] triage(String text) {
        List<Token> tokens = SyllableTokenizer.tokenize(text);
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 1; i < tokens.size(); i++) {
            if (text.substring(tokens.get(i - 1).end(), tokens.get(i).start()).contains("\n")) starts.add(i);
        }
        starts.add(tokens.size());
        return LineTriage.triage(text, tokens, starts.stream().mapToInt(Integer::intValue).toArray());
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
}

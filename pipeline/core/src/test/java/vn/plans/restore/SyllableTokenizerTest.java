package vn.plans.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SyllableTokenizerTest {
    private static String render(String s) {
        StringBuilder sb = new StringBuilder();
        for (Token t : SyllableTokenizer.tokenize(s)) sb.append(t.kind().name().charAt(0)).append(':').append(t.text(s)).append(' ');
        return sb.toString().trim();
    }

    @Test
    void leavesCodesNumbersAndUrlsWhole() {
        assertEquals("W:Quyết W:định W:số C:27/QĐ-TTg W:ngày N:03/01/2025 P:;",
                render("Quyết định số 27/QĐ-TTg ngày 03/01/2025;"));
        assertEquals("W:Số P:: N:54 P:/ C:KH-UBND", render("Số: 54 /KH-UBND"));
        assertEquals("W:xem C:https://chinhphu.vn/a-b W:và C:v.v P:.", render("xem https://chinhphu.vn/a-b và v.v."));
    }

    @Test
    void splitsEdgePunctuationButNeverMergesAcrossSpaces() {
        List<Token> t = SyllableTokenizer.tokenize("(Uy ban),  Lao dong - Thuong binh");
        assertEquals(List.of("(", "Uy", "ban", ")", ",", "Lao", "dong", "-", "Thuong", "binh"),
                t.stream().map(x -> x.text("(Uy ban),  Lao dong - Thuong binh")).toList());
    }

    @Test
    void marksOcrDebrisAsNoisyWordsAndLongMixesAsCodes() {
        assertEquals(Token.Kind.NOISY_WORD, SyllableTokenizer.tokenize("s6").get(0).kind());
        assertEquals(Token.Kind.NOISY_WORD, SyllableTokenizer.tokenize("K¢é").get(0).kind());
        assertEquals(Token.Kind.NOISY_WORD, SyllableTokenizer.tokenize("10ng").get(0).kind());
        assertEquals(Token.Kind.CODE, SyllableTokenizer.tokenize("COVID19").get(0).kind());
        assertEquals(Token.Kind.NUMBER, SyllableTokenizer.tokenize("2025").get(0).kind());
        // a two-digit "number" opening a line before a colon is a misread label (Số:)
        assertEquals(Token.Kind.NOISY_WORD, SyllableTokenizer.tokenize("86: 54").get(0).kind());
        assertEquals(Token.Kind.NUMBER, SyllableTokenizer.tokenize("lúc 10: 30").get(1).kind());
    }

    /** OCR shapes from the Sơn La seed (004): hyphen-joined words, B6/¢6 for Bộ/có, a list number glued to its word. */
    @Test
    void splitsOcrShapesOfTheSonLaSeedIntoWords() {
        assertEquals("P:- N:B6 W:Lao W:dong P:- W:Thuong W:binh", render("- B6 Lao dong-Thuong binh"));
        assertEquals(Token.Kind.NOISY_WORD, SyllableTokenizer.tokenize("B6").get(0).kind());
        assertEquals(Token.Kind.NOISY_WORD, SyllableTokenizer.tokenize("¢6").get(0).kind());
        assertEquals(Token.Kind.NOISY_WORD, SyllableTokenizer.tokenize("S&").get(0).kind());
        assertEquals("N:5 P:. W:Sé W:Tw W:phap", render("5.Sé Tw phap"));
        // S6' for Sở (the horn printed as an apostrophe), with the space before the next word lost; B9 for Bộ
        assertEquals("N:2 P:. N:S6' W:Y W:té P::", render("2.S6'Y té:"));
        assertEquals("N:S6' W:Viin", render("S6' Viin"));
        assertEquals("N:B9 W:Chi", render("B9 Chi"));
        // an apostrophe elsewhere stays punctuation, and other digits with an apostrophe stay codes
        assertEquals("W:So P:' W:Van", render("So' Van"));
        assertEquals("C:A5'B", render("A5'B"));
        // codes stay codes: all-capital hyphenated parts, capital-digit pairs other than x6, lone symbols
        assertEquals("C:KH-UBND", render("KH-UBND"));
        assertEquals(Token.Kind.CODE, SyllableTokenizer.tokenize("F0").get(0).kind());
        assertEquals(Token.Kind.CODE, SyllableTokenizer.tokenize("H5N1").get(0).kind());
        assertEquals("N:1.2", render("1.2"));
        assertEquals("W:Văn W:hóa P:& W:Thể W:thao", render("Văn hóa & Thể thao"));
    }

    @Test
    void listLabelsAreRecognized() {
        for (String s : List.of("b) Thời gian họp báo;", "(c) Nội dung", "đ- Xác minh tại chỗ;", "a. Mục tiêu")) {
            assertEquals(true, SyllableTokenizer.isListLabel(s, SyllableTokenizer.tokenize(s), s.startsWith("(") ? 1 : 0), s);
        }
        String mid = "cách đồng b, toàn diện";
        List<Token> t = SyllableTokenizer.tokenize(mid);
        assertEquals(false, SyllableTokenizer.isListLabel(mid, t, 2)); // a lost vowel, not a label
    }
}

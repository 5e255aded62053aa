package vn.plans.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.plans.TestData;
import vn.plans.model.ExtractedDocument;
import vn.plans.model.ExtractionMethod;
import vn.plans.model.Page;
import vn.plans.normalize.ToneMarks;
import vn.plans.ocr.ErrorRates;

/**
 * The corpus-dev letters printed through Ghostscript (Times New Roman subsets as CID fonts without ToUnicode, cmap
 * or glyph names; PDFBox reads nothing from them) come out as their exact text from the glyphs, without OCR.
 * Needs Debian's fonts-liberation2 (scripts/setup installs it) and ../shared; skipped without either.
 */
class EmbeddedFontDecoderTest {
    static final String TB_1894 = "TB-1894-ket-qua-sau-kiem-tra-VLNCN-ban-ky.pdf";
    static final String SCT_3036 = "3036_SCT_CN_KHKTNT_Kho_VLCN_tam_Thuydien_MongSen1_3.6.2026.pdf";
    static EmbeddedFontDecoder decoder;

    @BeforeAll
    static void fonts() {
        decoder = EmbeddedFontDecoder.standard();
        assumeTrue(decoder.available(), "fonts-liberation2 is not installed: skipping the font decoding tests");
    }

    /** No OCR here: a page the decoder cannot serve comes back as this marker. */
    static final PdfTextExtractor.PageOcr NO_OCR = (file, pages) -> new ExtractedDocument(
            pages.stream().map(n -> new Page(n, "(not decoded)", ExtractionMethod.OCR)).toList(), List.of(), List.of());

    static ExtractedDocument decoded(String name, EmbeddedFontDecoder fonts) throws Exception {
        return new PdfTextExtractor(NO_OCR, fonts).extract(TestData.shared().resolve("corpus-dev/" + name),
                "application/pdf");
    }

    @Test
    void tb1894IsDecodedToItsReferenceText() throws Exception {
        ExtractedDocument doc = decoded(TB_1894, new EmbeddedFontDecoder(EmbeddedFontDecoder.LIBERATION2));
        assertEquals(2, doc.pages().size());
        for (Page p : doc.pages()) assertEquals(ExtractionMethod.TEXT_LAYER_DECODED, p.method(), "page " + p.number());
        assertTrue(doc.warnings().isEmpty(), doc.warnings().toString());
        Path ref = TestData.shared().resolve("corpus-dev/reference/TB-1894-ket-qua-sau-kiem-tra-VLNCN-ban-ky.txt");
        ErrorRates r = ErrorRates.of(ToneMarks.canonicalize(Files.readString(ref, StandardCharsets.UTF_8)),
                ToneMarks.canonicalize(doc.fullText()));
        System.out.printf("TB-1894 decoded: CER %.2f%%, syllable error %.2f%% (%d of %d syllables)%n",
                100 * r.cer(), 100 * r.syllableErrorRate(), r.syllableEdits(), r.refSyllables());
        assertTrue(r.syllableErrorRate() <= 0.005, "syllable error " + r.syllableErrorRate());
        // what OCR got wrong on this page is exact here (tone marks over circumflex letters); the ellipsis of the
        // Word font beside it is U+2026 (code 0x85 of a symbolic font without encoding), not a C1 control
        String text = doc.fullText();
        for (String w : List.of("kiểm tra", "vật liệu nổ", "chấp hành", "Số: 1894 /TB-SCT", "ngày 09", "mìn…)")) {
            assertTrue(text.contains(w), w);
        }
    }

    @Test
    void sct3036IsDecodedWithItsOwnNumber() throws Exception {
        ExtractedDocument doc = decoded(SCT_3036, new EmbeddedFontDecoder(EmbeddedFontDecoder.LIBERATION2));
        assertEquals(3, doc.pages().size());
        for (Page p : doc.pages()) assertEquals(ExtractionMethod.TEXT_LAYER_DECODED, p.method(), "page " + p.number());
        String text = doc.fullText();
        double valid = ScannedPdfOcrTest.validSyllableShare(text);
        System.out.printf("3036/SCT-CN decoded: valid syllables %.4f%n", valid);
        assertTrue(valid >= 0.98, "valid syllables " + valid);
        assertTrue(Pattern.compile("Số: ?3036 */SCT-CN").matcher(doc.pages().getFirst().text()).find(),
                doc.pages().getFirst().text().lines().limit(4).toList().toString());
        assertTrue(text.contains("thủy điện Móng"), "Móng Sến");
    }

    /**
     * The Mac glyph order holds in these fonts only to id 171 (Times New Roman breaks it after), so the verified
     * range must end there at the latest: glyph 213 is a dotless i, 214 a circumflex, 255 đ, 264 Đ in this font.
     */
    @Test
    void macOrderIsUsedOnlyWhereVerifiedAndCompositesDecompose() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(TestData.shared().resolve("corpus-dev/" + TB_1894).toFile())) {
            PDType0Font regular = null;
            List<PDFont> all = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(name);
                    all.add(f);
                    if (EmbeddedFontDecoder.lacksUnicode(f) && f.getName().endsWith("+TimesNewRomanPSMT")) {
                        regular = (PDType0Font) f;
                    }
                }
            }
            assertTrue(regular != null, "the regular Times New Roman CID font");
            // 38 C, 141 acute, 213 ı, 255 đ, 264 Đ, 1131 ơ, 1133 ư, 1193 a+circumflex+acute, 1201 a+circumflex+dot
            Set<Integer> codes = new TreeSet<>(List.of(38, 213, 255, 264, 1131, 1133, 1193, 1201, 1229, 1261));
            var d = new EmbeddedFontDecoder(EmbeddedFontDecoder.LIBERATION2).decode(regular, codes, all);
            assertTrue(d.macOrderLimit() >= 141 && d.macOrderLimit() < 172, "Mac order verified to " + d.macOrderLimit());
            assertEquals(Map.of(38, "C", 213, "ı", 255, "đ", 264, "Đ", 1131, "ơ", 1133, "ư", 1193, "ấ", 1201, "ậ",
                    1229, "ỉ", 1261, "ứ"), d.byCode());
            assertTrue(d.undecoded().isEmpty());
            assertTrue(((PDCIDFontType2) regular.getDescendantFont()).getTrueTypeFont().getCmap() == null,
                    "the font has no cmap: the decoding came from the glyphs");
        }
    }

    @Test
    void aCachedTableIsReusedOnlyForTheSameGlyphsAndGivesTheSameText() throws Exception {
        EmbeddedFontDecoder shared = new EmbeddedFontDecoder(EmbeddedFontDecoder.LIBERATION2);
        decoded(TB_1894, shared);
        long before = shared.cacheHits();
        String withCache = decoded(SCT_3036, shared).fullText();
        assertTrue(shared.cacheHits() > before, "same-name fonts of another document reuse the decoded table");
        String fresh = decoded(SCT_3036, new EmbeddedFontDecoder(EmbeddedFontDecoder.LIBERATION2)).fullText();
        assertEquals(fresh, withCache);
    }

    @Test
    void withoutReferenceFontsNothingIsGuessed() throws Exception {
        EmbeddedFontDecoder none = new EmbeddedFontDecoder(Path.of("/nonexistent"));
        ExtractedDocument doc = decoded(TB_1894, none);
        for (Page p : doc.pages()) assertEquals(ExtractionMethod.OCR, p.method());
    }
}

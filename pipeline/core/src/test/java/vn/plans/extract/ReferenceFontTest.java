package vn.plans.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.junit.jupiter.api.Test;

/**
 * The seven Vietnamese marks of another design (DejaVu Serif, fonts-dejavu-core) are recognized by form against
 * Liberation Serif 2, and a letter of a metric-compatible style by width and outline; skipped without the fonts.
 */
class ReferenceFontTest {
    static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf");

    @Test
    void vietnameseMarksOfAnotherFontAreRecognizedByForm() throws Exception {
        Path liberation = EmbeddedFontDecoder.LIBERATION2.resolve("LiberationSerif-Regular.ttf");
        assumeTrue(Files.isRegularFile(liberation) && Files.isRegularFile(DEJAVU), "fonts-liberation2 or DejaVu absent");
        ReferenceFont ref = ReferenceFont.load(liberation);
        try (TrueTypeFont other = new TTFParser().parse(new RandomAccessReadBufferedFile(DEJAVU.toFile()))) {
            for (char mark : ReferenceFont.MARKS.toCharArray()) {
                GlyphShape shape = shape(other, mark);
                ReferenceFont.Match m = ref.mark(shape);
                assertNotNull(m, Integer.toHexString(mark));
                assertEquals(String.valueOf(mark), m.text(), "U+" + Integer.toHexString(mark) + " read as U+"
                        + Integer.toHexString(m.text().charAt(0)) + " (" + m.score() + ")");
            }
        }
    }

    @Test
    void aBoldLetterIsNotReadAgainstTheRegularWidths() throws Exception {
        Path regular = EmbeddedFontDecoder.LIBERATION2.resolve("LiberationSerif-Regular.ttf");
        Path bold = EmbeddedFontDecoder.LIBERATION2.resolve("LiberationSerif-Bold.ttf");
        assumeTrue(Files.isRegularFile(regular) && Files.isRegularFile(bold), "fonts-liberation2 absent");
        ReferenceFont ref = ReferenceFont.load(bold);
        try (TrueTypeFont b = new TTFParser().parse(new RandomAccessReadBufferedFile(bold.toFile()))) {
            assertEquals("đ", ref.letter(shape(b, 'đ')).text());
            assertEquals("Ư", ref.letter(shape(b, 'Ư')).text());
        }
        // the regular ư has another advance width than the bold one: no candidate of that width is the bold ư
        try (TrueTypeFont r = new TTFParser().parse(new RandomAccessReadBufferedFile(regular.toFile()))) {
            ReferenceFont.Match m = ref.letter(shape(r, 'ư'));
            assertEquals(true, m == null || !m.text().equals("ư"), String.valueOf(m));
        }
    }

    private static GlyphShape shape(TrueTypeFont font, char c) throws Exception {
        int gid = font.getUnicodeCmapLookup().getGlyphId(c);
        return GlyphShape.of(font.getGlyph().getGlyph(gid).getPath(), font.getAdvanceWidth(gid), font.getUnitsPerEm());
    }
}

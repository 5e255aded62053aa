package vn.plans.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plans.TestData;
import vn.plans.ocr.GreyRaster;

/** The pipeline renders a page it OCRs with every glyph on whole device pixels, as poppler does. */
class OcrPageRendererTest {
    @TempDir
    Path dir;

    /**
     * Vertically adjacent pixels that step the whole way from paper to ink: a glyph's flat bottom on a pixel row
     * gives such a step, one at a fraction of a pixel gives a grey row between.
     */
    private static int fullVerticalSteps(GreyRaster r) {
        int n = 0;
        for (int y = 1; y < r.height(); y++) {
            for (int x = 0; x < r.width(); x++) if (Math.abs(r.at(x, y) - r.at(x, y - 1)) == 255) n++;
        }
        return n;
    }

    @Test
    void theOcrRouteRendersADigitalPageWithItsGlyphsOnWholePixels() throws Exception {
        Path pdf = TestData.corpus().resolve("rendered/000_c1d158b421d6e514.pdf");
        Path png = PdfPageImages.writeOcrPages(pdf, List.of(1), dir, "p").get(0);
        BufferedImage img = ImageIO.read(png.toFile());
        GreyRaster route = Rasters.grey(img, 300), plain;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            plain = Rasters.grey(new PDFRenderer(doc).renderImageWithDPI(0, 300, ImageType.GRAY), 300);
        }
        assertEquals(plain.width(), route.width());
        assertEquals(plain.height(), route.height());
        long inkRoute = 0, inkPlain = 0; // the same ink, only placed differently
        for (int i = 0; i < route.pixels().length; i++) {
            inkRoute += 255 - (route.pixels()[i] & 0xFF);
            inkPlain += 255 - (plain.pixels()[i] & 0xFF);
        }
        assertEquals(inkPlain, inkRoute, inkPlain * 0.01);
        int snapped = fullVerticalSteps(route), exact = fullVerticalSteps(plain);
        assertTrue(snapped > 1.5 * exact, "full paper-to-ink steps: " + snapped + " on the OCR route, " + exact
                + " with glyphs at their exact sub-pixel positions");
    }

    @Test
    void aGlyphOriginMovesUpAndLeftToTheWholePixelItIsIn() throws Exception {
        double scale = 300 / 72.0;
        AffineTransform device = new AffineTransform(scale, 0, 0, -scale, 0, 842 * scale); // PDFBox's, 300 dpi A4
        Matrix glyph = new Matrix(12, 0, 0, 12, 100.3f, 500.5f);
        Matrix m = OcrPageRenderer.snapped(device, glyph);
        Point2D before = device.transform(new Point2D.Double(100.3f, 500.5f), null);
        Point2D after = device.transform(new Point2D.Double(m.getTranslateX(), m.getTranslateY()), null);
        assertEquals(Math.floor(before.getX()), after.getX(), 1e-3);
        assertEquals(Math.floor(before.getY()), after.getY(), 1e-3);
        assertTrue(before.getX() - Math.floor(before.getX()) > 0.1 && before.getY() - Math.floor(before.getY()) > 0.1,
                "the example starts off the pixel grid");
        assertEquals(12f, m.getScaleX());
        assertEquals(12f, m.getScaleY());
        assertEquals(0f, m.getShearX());
        assertEquals(100.3f, glyph.getTranslateX()); // the caller's matrix is not changed
    }
}

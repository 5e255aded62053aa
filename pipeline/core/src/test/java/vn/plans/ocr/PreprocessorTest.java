package vn.plans.ocr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import vn.plans.TestData;

/** Preprocessing on a committed clean test page (corpus/ocr/clean, rendered from seed 000). */
class PreprocessorTest {
    static GreyRaster cleanPage() throws IOException {
        Path png = TestData.root().resolve("corpus/ocr/clean/seed000-p2.png");
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(BufferedImage.TYPE_BYTE_GRAY, img.getType(), "test page should be 8-bit grey");
        byte[] px = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        return new GreyRaster(px, img.getWidth(), img.getHeight(), 300);
    }

    @Test
    void deskewUndoesAKnownRotation() throws IOException {
        GreyRaster page = cleanPage();
        assertEquals(0, Preprocessor.skewDegrees(page), 0.15, "an upright page has no skew");
        for (double angle : new double[] {1.5, -2.2}) {
            GreyRaster skewed = Preprocessor.rotate(page, angle);
            double found = Preprocessor.skewDegrees(skewed);
            assertEquals(angle, -found, 0.2, "rotating by " + angle + " should be measured as skew " + (-angle));
            double residual = Preprocessor.skewDegrees(new Preprocessor(false, false, true, false).apply(skewed));
            assertEquals(0, residual, 0.15, "after correcting " + angle);
        }
    }

    @Test
    void upscalesLowResolutionToAbout300Dpi() throws IOException {
        GreyRaster small = Preprocessor.scale(cleanPage(), 0.5);
        assertEquals(150, small.dpi());
        GreyRaster out = new Preprocessor(true, false, false, false).apply(small);
        assertEquals(300, out.dpi());
        assertEquals(small.width() * 2, out.width());
        GreyRaster kept = new Preprocessor(true, false, false, false).apply(cleanPage());
        assertEquals(300, kept.dpi(), "a 300 dpi page is left as it is");
    }

    @Test
    void whitensADarkScannerEdgeButNotText() throws IOException {
        GreyRaster page = cleanPage();
        byte[] px = page.pixels().clone();
        for (int y = 0; y < page.height(); y++) for (int x = 0; x < 30; x++) px[y * page.width() + x] = 20;
        GreyRaster shadowed = new GreyRaster(px, page.width(), page.height(), 300);
        GreyRaster cleaned = Preprocessor.whitenBorders(shadowed);
        for (int y = 0; y < page.height(); y += 97) assertEquals(255, cleaned.at(10, y));
        assertEquals(0, java.util.Arrays.compare(Preprocessor.whitenBorders(page).pixels(), page.pixels()),
                "a page without a dark edge is unchanged");
        int t = Preprocessor.otsu(page);
        assertTrue(t > 60 && t < 200, "Otsu threshold between ink and paper: " + t);
    }

    @Test
    void aHugePageIsScaledDownToFitThePixelLimit() {
        byte[] px = new byte[6000 * 4000];
        for (int i = 0; i < px.length; i++) px[i] = (byte) (i % 6000 < 3000 ? 0 : 255); // left half black
        GreyRaster big = new GreyRaster(px, 6000, 4000, 600);
        GreyRaster fit = Preprocessor.fitWithin(big, 16_000_000);
        assertTrue((long) fit.width() * fit.height() <= 16_000_000, fit.width() + "x" + fit.height());
        assertEquals(300, fit.dpi());
        assertEquals(0, fit.at(10, 10));
        assertEquals(255, fit.at(fit.width() - 10, 10));
        GreyRaster small = new GreyRaster(new byte[4], 2, 2, 300);
        assertTrue(Preprocessor.fitWithin(small, 16_000_000) == small);
    }

    /** A committed phone photo (corpus/ocr/photo) decoded to grey at the resolution the image extractor estimates. */
    static GreyRaster photo(String name) throws IOException {
        BufferedImage img = ImageIO.read(TestData.root().resolve("corpus/ocr/photo/" + name).toFile());
        BufferedImage grey = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        grey.getGraphics().drawImage(img, 0, 0, null);
        byte[] px = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        return new GreyRaster(px, img.getWidth(), img.getHeight(), (int) Math.round(img.getWidth() / 8.27));
    }

    @Test
    void aRectifiedPhotoOfOneColumnIsReadAsOneBlockAndOneWithATwoBlockHeaderIsAnalysed() throws IOException {
        // photo4: body text only, one column of lines; photo1: the issuer (left) and the national motto (right) side
        // by side above the body, which a single block would read as one line each
        Preprocessor.Prepared body = new Preprocessor().prepare(photo("photo4-1200x1600.jpg"));
        assertEquals(135, body.raster().dpi(), "rectified to an upright A4 page");
        assertEquals(OcrEngine.Layout.ONE_BLOCK, body.layout());
        Preprocessor.Prepared header = new Preprocessor().prepare(photo("photo1-576x960-progressive.jpg"));
        assertEquals(135, header.raster().dpi());
        assertEquals(OcrEngine.Layout.ANALYSE, header.layout());
        assertEquals(OcrEngine.Layout.ANALYSE, Preprocessor.of(java.util.List.of("perspective", "illumination"))
                .prepare(photo("photo4-1200x1600.jpg")).layout(), "one-column is a step of its own");
    }

    @Test
    void theWarpTheScaleAndTheRotationSampleAlike() throws IOException {
        // one bilinear sampling (Preprocessor.sample) behind all three: a warp through x2 (target pixel centre x + 0.5
        // maps to source 2x + 1, sampled at 2x + 0.5) is the scale by 0.5, byte for byte, on a committed photo
        GreyRaster photo = photo("photo4-1200x1600.jpg");
        GreyRaster halved = Preprocessor.scale(photo, 0.5);
        GreyRaster warped = new Homography(new double[] {2, 0, 0, 0, 2, 0, 0, 0, 1})
                .warpInverse(photo, halved.width(), halved.height(), halved.dpi(), 255);
        assertEquals(600, warped.width());
        assertArrayEquals(halved.pixels(), warped.pixels());
        // at whole-pixel positions a bilinear sample is the pixel itself: the rotation by 0 is the page
        assertArrayEquals(photo.pixels(), Preprocessor.rotate(photo, 0).pixels());
        assertArrayEquals(photo.pixels(), new Homography(new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1})
                .warpInverse(photo, photo.width(), photo.height(), photo.dpi(), 255).pixels());
    }

    @Test
    void aScanIsAlwaysAnalysed() throws IOException {
        // one column of text, but no photo: scans keep Tesseract's full layout analysis (tables, headers)
        assertEquals(OcrEngine.Layout.ANALYSE, new Preprocessor().prepare(cleanPage()).layout());
    }
}

package vn.plans.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plans.model.ExtractedDocument;
import vn.plans.model.ExtractionMethod;
import vn.plans.normalize.ToneMarks;
import vn.plans.ocr.ErrorRates;
import vn.plans.ocr.OcrService;
import vn.plans.TestData;

/** Images straight to OCR, on the committed rendered pages (corpus/ocr); needs tesseract-ocr-vie. */
@org.junit.jupiter.api.Tag("integration")
class ImageExtractorTest {
    static OcrService ocr;

    @BeforeAll
    static void start() {
        ocr = OcrService.tesseract(OcrService.DEFAULT_LANG, 2);
    }

    @AfterAll
    static void stop() {
        ocr.close();
    }

    static Path testset() {
        return TestData.root().resolve("corpus/ocr");
    }

    static double cer(String reference, String text) {
        return ErrorRates.of(ToneMarks.canonicalize(reference), ToneMarks.canonicalize(text)).cer();
    }

    @Test
    void multiPageTiffGivesOneOcrPagePerFrame(@TempDir Path tmp) throws Exception {
        Path tiff = tmp.resolve("two-pages.tif");
        ImageWriter w = ImageIO.getImageWritersByFormatName("tiff").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(tiff.toFile())) {
            w.setOutput(out);
            w.prepareWriteSequence(null);
            for (String p : new String[] {"seed002-p1", "seed003-p1"}) {
                BufferedImage img = ImageIO.read(testset().resolve("clean/" + p + ".png").toFile());
                w.writeToSequence(new IIOImage(img, null, null), null);
            }
            w.endWriteSequence();
        } finally {
            w.dispose();
        }
        ExtractedDocument doc = new ImageExtractor(ocr).extract(tiff, "image/tiff");
        assertEquals(2, doc.pages().size());
        assertTrue(doc.warnings().isEmpty(), doc.warnings().toString());
        String[] refs = {Files.readString(testset().resolve("clean/seed002-p1.txt")),
                Files.readString(testset().resolve("clean/seed003-p1.txt"))};
        for (int i = 0; i < 2; i++) {
            var page = doc.pages().get(i);
            assertEquals(i + 1, page.number());
            assertEquals(ExtractionMethod.OCR, page.method());
            assertTrue(page.ocrConfidence() > 80, "confidence " + page.ocrConfidence());
            double cer = cer(refs[i], page.text());
            assertTrue(cer < 0.01, "page " + (i + 1) + " CER " + cer);
        }
    }

    @Test
    void degradedLowResolutionPhotoIsReadWithinOnePercent() throws Exception {
        Path jpg = testset().resolve("degraded/seed001-p1.jpg");
        ExtractedDocument doc = new ImageExtractor(ocr).extract(jpg, "image/jpeg");
        assertEquals(1, doc.pages().size());
        double cer = cer(Files.readString(testset().resolve("degraded/seed001-p1.txt")), doc.pages().get(0).text());
        assertTrue(cer < 0.01, "CER " + cer);
    }

    /** The JDK's own JPEG reader, to show what the TwelveMonkeys plugin adds. */
    static javax.imageio.ImageReader jdkJpegReader() {
        var it = ImageIO.getImageReadersByFormatName("jpeg");
        while (it.hasNext()) {
            var r = it.next();
            if (r.getClass().getName().startsWith("com.sun.")) return r;
        }
        throw new AssertionError("no JDK JPEG reader");
    }

    @Test
    void aJpegWithJfifAndAdobeMarkersThatTheJdkRefusesIsRead() throws Exception {
        Path jpg = testset().resolve("photo/photo3-900x1200-jfif-adobe.jpg");
        var jdk = jdkJpegReader();
        try (var in = ImageIO.createImageInputStream(jpg.toFile())) {
            jdk.setInput(in);
            var e = org.junit.jupiter.api.Assertions.assertThrows(javax.imageio.IIOException.class, () -> jdk.getImageMetadata(0));
            assertTrue(e.getMessage().contains("Inconsistent metadata"), e.getMessage());
            org.junit.jupiter.api.Assertions.assertThrows(javax.imageio.IIOException.class, () -> jdk.read(0));
        } finally {
            jdk.dispose();
        }
        ExtractedDocument doc = new ImageExtractor(ocr).extract(jpg, "image/jpeg");
        double cer = cer(Files.readString(testset().resolve("photo/photo3-900x1200-jfif-adobe.txt")), doc.pages().get(0).text());
        assertTrue(cer < 0.5, "CER " + cer); // a 900x1200 photo of a whole A4 page: read, if not perfectly
    }

    @Test
    void aPhotoStoredOnItsSideIsTurnedByItsExifOrientation() throws Exception {
        Path jpg = testset().resolve("photo/photo2-720x1280-exif6.jpg");
        assertEquals(6, ExifOrientation.of(jpg));
        BufferedImage stored = ImageIO.read(jpg.toFile());
        assertTrue(stored.getWidth() > stored.getHeight(), "stored in landscape");
        ExtractedDocument doc = new ImageExtractor(ocr).extract(jpg, "image/jpeg");
        assertTrue(doc.warnings().contains("image turned upright (EXIF orientation 6)"), doc.warnings().toString());
        String ref = Files.readString(testset().resolve("photo/photo2-720x1280-exif6.txt"));
        double upright = cer(ref, doc.pages().get(0).text());
        double sideways = cer(ref, ocr.recognize(new OcrService.PageSource() { // the pixels as stored
            @Override
            public int pageCount() {
                return 1;
            }

            @Override
            public vn.plans.ocr.GreyRaster page(int index) {
                return Rasters.grey(stored, 150);
            }
        }).getFirst().text());
        assertTrue(upright < 0.6 && upright < sideways - 0.2, "CER upright " + upright + ", as stored " + sideways);
    }

    @Test
    void exifOrientationsTurnAndMirrorAsTheyName() {
        BufferedImage img = new BufferedImage(3, 2, BufferedImage.TYPE_BYTE_GRAY); // one black pixel at (0, 0)
        for (int y = 0; y < 2; y++) for (int x = 0; x < 3; x++) img.getRaster().setSample(x, y, 0, x == 0 && y == 0 ? 0 : 255);
        int[][] blackAt = {null, {0, 0, 3, 2}, {2, 0, 3, 2}, {2, 1, 3, 2}, {0, 1, 3, 2}, {0, 0, 2, 3}, {1, 0, 2, 3},
                {1, 2, 2, 3}, {0, 2, 2, 3}};
        for (int o = 1; o <= 8; o++) {
            BufferedImage t = ExifOrientation.apply(img, o);
            assertEquals(blackAt[o][2], t.getWidth(), "orientation " + o);
            assertEquals(blackAt[o][3], t.getHeight(), "orientation " + o);
            assertEquals(0, t.getRaster().getSample(blackAt[o][0], blackAt[o][1], 0), "orientation " + o);
        }
    }

    @Test
    void resolutionIsEstimatedFromAnA4WidthWithoutMetadata() {
        assertEquals(150, ImageExtractor.dpi(null, 1240));
        assertEquals(300, ImageExtractor.dpi(null, 2480));
    }
}

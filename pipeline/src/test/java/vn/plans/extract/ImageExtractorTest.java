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

    @Test
    void resolutionIsEstimatedFromAnA4WidthWithoutMetadata() {
        assertEquals(150, ImageExtractor.dpi(null, 1240));
        assertEquals(300, ImageExtractor.dpi(null, 2480));
    }
}

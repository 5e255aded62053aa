package vn.plans.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import vn.plans.model.ExtractedDocument;
import vn.plans.model.ExtractionMethod;
import vn.plans.normalize.ToneMarks;
import vn.plans.ocr.ErrorRates;
import vn.plans.ocr.GreyRaster;
import vn.plans.ocr.OcrService;
import vn.plans.TestData;

/** Scanned PDFs of the committed test set (corpus/ocr); the OCR part needs tesseract-ocr-vie. */
@org.junit.jupiter.api.Tag("integration")
class PdfPageOcrTest {
    static Path testset() {
        return TestData.root().resolve("corpus/ocr");
    }

    @Test
    void aScanPageIsTakenAtTheImagesOwnResolution() throws Exception {
        try (PDDocument doc = Loader.loadPDF(testset().resolve("pdf-degraded/scan-degraded.pdf").toFile())) {
            GreyRaster first = PdfPageOcr.soleScan(doc.getPage(0));
            assertNotNull(first);
            assertEquals(1653, first.width());
            assertEquals(200, first.dpi());
            assertEquals(175, PdfPageOcr.soleScan(doc.getPage(1)).dpi());
        }
        try (PDDocument doc = new PDDocument()) { // a page without an image is rendered instead
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            assertNull(PdfPageOcr.soleScan(doc.getPage(0)));
        }
    }

    @Test
    void scannedPdfWithoutTextLayerIsOcredPageByPage() throws Exception {
        Path pdf = testset().resolve("pdf-degraded/scan-degraded.pdf");
        String[] refs = Files.readString(testset().resolve("pdf-degraded/scan-degraded.txt")).split("\f");
        try (OcrService ocr = OcrService.tesseract(OcrService.DEFAULT_LANG, 2)) {
            ExtractedDocument doc = new PdfTextExtractor(new PdfPageOcr(ocr, true)).extract(pdf, "application/pdf");
            assertEquals(refs.length, doc.pages().size());
            for (int i = 0; i < 2; i++) {
                var p = doc.pages().get(i);
                assertEquals(ExtractionMethod.OCR, p.method());
                double cer = ErrorRates.of(ToneMarks.canonicalize(refs[i]), ToneMarks.canonicalize(p.text())).cer();
                assertTrue(cer < 0.01, "page " + (i + 1) + " CER " + cer);
            }
        }
    }
}

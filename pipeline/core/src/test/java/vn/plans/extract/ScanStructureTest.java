package vn.plans.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.plans.TestData;
import vn.plans.model.ExtractedDocument;
import vn.plans.model.ExtractionMethod;
import vn.plans.model.Page;
import vn.plans.normalize.ToneMarks;
import vn.plans.ocr.ErrorRates;
import vn.plans.ocr.OcrService;

/**
 * Scanned PDFs whose structure used to cost pages (corpus/ocr/pdf-layers, made by scripts/render-ocr-testset): a page
 * without a content stream between two scans, and a layered (MRC) scan. Needs tesseract-ocr-vie.
 */
@org.junit.jupiter.api.Tag("integration") // Tesseract on several pages
class ScanStructureTest {
    static OcrService ocr;

    @BeforeAll
    static void start() {
        ocr = OcrService.tesseract(OcrService.DEFAULT_LANG, 2);
    }

    @AfterAll
    static void stop() {
        ocr.close();
    }

    static Path layers() {
        return TestData.root().resolve("corpus/ocr/pdf-layers");
    }

    static double cer(String reference, String text) {
        return ErrorRates.of(ToneMarks.canonicalize(reference), ToneMarks.canonicalize(text)).cer();
    }

    @Test
    void aPageWithoutContentStreamKeepsItsPlaceAndScansAroundItAreOcred() throws Exception {
        Path pdf = layers().resolve("gap.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) { // the premise: page 2 really has no content stream
            assertEquals(3, doc.getNumberOfPages());
            assertTrue(!doc.getPage(1).hasContents() && doc.getPage(0).hasContents() && doc.getPage(2).hasContents());
        }
        String[] refs = Files.readString(layers().resolve("gap.txt")).split("\f", -1);
        ExtractedDocument doc = new PdfTextExtractor(new PdfPageOcr(ocr, true)).extract(pdf, "application/pdf");
        assertEquals(3, doc.pages().size());
        for (int i = 0; i < 3; i++) assertEquals(i + 1, doc.pages().get(i).number());
        Page gap = doc.pages().get(1);
        assertEquals("", gap.text());
        assertTrue(doc.warnings().contains("page 2: no content stream (empty page)"), doc.warnings().toString());
        for (int i : new int[] {0, 2}) { // each OCR result on its own page: page 3 reads as page 3's text
            Page p = doc.pages().get(i);
            assertEquals(ExtractionMethod.OCR, p.method(), "page " + (i + 1));
            double cer = cer(refs[i], p.text());
            assertTrue(cer < 0.02, "page " + (i + 1) + " CER " + cer);
        }
        assertTrue(cer(refs[2], doc.pages().get(0).text()) > 0.5, "page 1 must not hold page 3's text");
    }

    @Test
    void aLayeredScanIsReadFromItsCompositeRendering() throws Exception {
        Path pdf = layers().resolve("mrc.pdf");
        String ref = Files.readString(layers().resolve("mrc.txt"));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            var res = doc.getPage(0).getResources();
            PDImageXObject image = (PDImageXObject) res.getXObject(res.getXObjectNames().iterator().next());
            assertTrue(image.getCOSObject().containsKey(COSName.SMASK));
            assertTrue(PdfPageOcr.isLayered(image));
            assertNull(PdfPageOcr.soleScan(doc.getPage(0)), "a masked image is not the page");
            // the premise: the image XObject alone, without its mask, does not read
            image.getCOSObject().removeItem(COSName.SMASK);
            PDImageXObject bare = new PDImageXObject(new org.apache.pdfbox.pdmodel.common.PDStream(image.getCOSObject()), null);
            var alone = ocr.recognize(new OcrService.PageSource() {
                @Override
                public int pageCount() {
                    return 1;
                }

                @Override
                public vn.plans.ocr.GreyRaster page(int index) throws java.io.IOException {
                    return Rasters.grey(bare.getImage(), 25);
                }
            });
            assertTrue(cer(ref, alone.getFirst().text()) > 0.3, "colour layer CER " + cer(ref, alone.getFirst().text()));
        }
        ExtractedDocument doc = new PdfTextExtractor(new PdfPageOcr(ocr, true)).extract(pdf, "application/pdf");
        double cer = cer(ref, doc.pages().getFirst().text());
        assertTrue(cer < 0.02, "composite CER " + cer);
    }
}

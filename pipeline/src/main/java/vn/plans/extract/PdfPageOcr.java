package vn.plans.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import vn.plans.model.ExtractedDocument;
import vn.plans.model.ExtractionMethod;
import vn.plans.model.Page;
import vn.plans.ocr.GreyRaster;
import vn.plans.ocr.OcrResult;
import vn.plans.ocr.OcrService;

/**
 * OCR of PDF pages: PDFBox renders each requested page at 300 dpi in grey on the caller's thread, and the
 * {@link OcrService} recognizes them in parallel while the next page renders. Pages come back as
 * {@link ExtractionMethod#OCR} with the engine's confidence; a page that timed out or failed is empty, with
 * the reason among the returned warnings.
 */
public final class PdfPageOcr implements PdfTextExtractor.PageOcr {
    static final int DPI = 300;
    private final OcrService ocr;

    public PdfPageOcr(OcrService ocr) {
        this.ocr = ocr;
    }

    @Override
    public ExtractedDocument recognize(Path pdf, List<Integer> pageNumbers) throws ExtractionException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(doc);
            List<OcrResult> results = ocr.recognize(new OcrService.PageSource() {
                @Override
                public int pageCount() {
                    return pageNumbers.size();
                }

                @Override
                public GreyRaster page(int index) throws IOException {
                    return Rasters.grey(renderer.renderImageWithDPI(pageNumbers.get(index) - 1, DPI, ImageType.GRAY), DPI);
                }
            });
            return new ExtractedDocument(pages(pageNumbers, results), List.of(), warnings(results));
        } catch (IOException e) {
            throw new ExtractionException("cannot render PDF pages for OCR: " + e.getMessage(), e);
        }
    }

    static List<Page> pages(List<Integer> numbers, List<OcrResult> results) {
        List<Page> pages = new ArrayList<>(results.size());
        for (int i = 0; i < results.size(); i++) {
            OcrResult r = results.get(i);
            pages.add(new Page(numbers.get(i), r.text(), ExtractionMethod.OCR, null, r.confidence()));
        }
        return pages;
    }

    /** Warnings of failed pages (timeouts, engine errors), to add to the document's warnings. */
    static List<String> warnings(List<OcrResult> results) {
        return results.stream().map(OcrResult::warning).filter(w -> w != null).toList();
    }
}

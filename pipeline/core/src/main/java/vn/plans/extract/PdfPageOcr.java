package vn.plans.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import vn.plans.model.ExtractedDocument;
import vn.plans.model.ExtractionMethod;
import vn.plans.model.Page;
import vn.plans.ocr.GreyRaster;
import vn.plans.ocr.OcrResult;
import vn.plans.ocr.OcrService;
import vn.plans.model.FailureReason;

/**
 * OCR of PDF pages: PDFBox renders each requested page at 300 dpi in grey on the caller's thread, glyphs placed on
 * whole pixels as poppler places them ({@link OcrPageRenderer}) (or, with
 * {@code nativeScans}, takes a page that is a single scan image at that image's own resolution: on the corpus-dev
 * scans, 150-200 dpi JPEGs, that measured 2.39% -> 1.89% CER and 0.74 -> 1.02 of the tesseract command line's speed
 * per CPU second, since resampling to 300 dpi costs time and adds nothing; layered scans, whose image is a mask or
 * has one, are always rendered), and the
 * {@link OcrService} recognizes them in parallel while the next page renders. Pages come back as
 * {@link ExtractionMethod#OCR} with the engine's confidence; a page that timed out or failed is empty, with
 * the reason among the returned warnings.
 */
public final class PdfPageOcr implements PdfTextExtractor.PageOcr {
    static final int DPI = 300;
    private final OcrService ocr;
    private final boolean nativeScans;

    /** Renders every page at 300 dpi. */
    public PdfPageOcr(OcrService ocr) {
        this(ocr, false);
    }

    /**
     * @param nativeScans when a page is nothing but one full-page scan image of 150-400 dpi, OCR that image at its
     *                    own resolution instead of rendering (resampling) the page at 300 dpi
     */
    public PdfPageOcr(OcrService ocr, boolean nativeScans) {
        this.ocr = ocr;
        this.nativeScans = nativeScans;
    }

    @Override
    public ExtractedDocument recognize(Path pdf, List<Integer> pageNumbers) throws ExtractionException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new OcrPageRenderer(doc);
            List<OcrResult> results = ocr.recognize(new OcrService.PageSource() {
                @Override
                public int pageCount() {
                    return pageNumbers.size();
                }

                @Override
                public int pageNumber(int index) {
                    return pageNumbers.get(index);
                }

                @Override
                public GreyRaster page(int index) throws IOException {
                    return pageImage(doc, renderer, pageNumbers.get(index) - 1, nativeScans);
                }
            });
            return new ExtractedDocument(pages(pageNumbers, results), List.of(), warnings(results));
        } catch (IOException e) {
            throw new ExtractionException(FailureReason.Cause.CORRUPT, "cannot render PDF pages for OCR: " + e.getMessage(), e);
        }
    }

    /**
     * The image OCR reads for page {@code index} (0-based): with {@code nativeScans} the page's sole scan image at
     * its own resolution ({@link #soleScan}), else the page rendered at 300 dpi in grey by {@code renderer} (an
     * {@link OcrPageRenderer} in the pipeline).
     */
    static GreyRaster pageImage(PDDocument doc, PDFRenderer renderer, int index, boolean nativeScans) throws IOException {
        GreyRaster scan = nativeScans ? soleScan(doc.getPage(index)) : null;
        return scan != null ? scan : Rasters.grey(renderer.renderImageWithDPI(index, DPI, ImageType.GRAY), DPI);
    }

    /**
     * The page's only content when that is one upright image covering the page at 150-400 dpi, else null. An image
     * that is a mask or carries one (a layered, MRC scan: the letters in a soft mask or stencil over a coarse colour
     * layer) is not the page: only the composite rendering shows it, so such pages are rendered.
     */
    static GreyRaster soleScan(PDPage page) throws IOException {
        PDResources res = page.getResources();
        if (res == null || page.getRotation() != 0) return null;
        PDImageXObject image = null;
        for (COSName name : res.getXObjectNames()) {
            PDXObject x = res.getXObject(name);
            if (!(x instanceof PDImageXObject im) || image != null) return null;
            image = im;
        }
        if (image == null || isLayered(image)) return null;
        PDRectangle box = page.getMediaBox();
        double pageAspect = box.getHeight() / box.getWidth();
        double imageAspect = (double) image.getHeight() / image.getWidth();
        if (Math.abs(pageAspect - imageAspect) > 0.03 * pageAspect) return null;
        int dpi = (int) Math.round(image.getWidth() / (box.getWidth() / 72.0));
        if (dpi < 150 || dpi > 400) return null;
        return Rasters.grey(image.getImage(), dpi);
    }

    /** A stencil mask itself, or an image with a soft mask or an explicit (stencil or colour-key) mask. */
    static boolean isLayered(PDImageXObject image) {
        var dict = image.getCOSObject();
        return image.isStencil() || dict.containsKey(COSName.SMASK) || dict.containsKey(COSName.MASK);
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

package vn.plans.cli;

import vn.plans.extract.DocumentExtractor;
import vn.plans.extract.InputLimits;
import vn.plans.extract.LimitedExtractor;
import vn.plans.extract.ImageExtractor;
import vn.plans.extract.EmbeddedFontDecoder;
import vn.plans.extract.PdfPageOcr;
import vn.plans.extract.PdfTextExtractor;
import vn.plans.ocr.OcrService;
import vn.plans.extract.TikaTextExtractor;
import vn.plans.ingest.DocumentProcessor;
import vn.plans.structure.PlanStructureExtractor;

/** Wires the standard pipeline from its stages; the one place that knows which implementation each stage uses. */
public final class Components {
    private Components() {}

    public static DocumentProcessor standardProcessor() {
        return standardProcessor(InputLimits.DEFAULT);
    }

    /** The standard pipeline with OCR when Vietnamese tessdata is installed (else scans fail with a reason). */
    public static DocumentProcessor standardProcessor(InputLimits limits) {
        return standardProcessor(limits, OcrService.standardOrNull(), true);
    }

    static DocumentProcessor standardProcessor(OcrService ocr, boolean nativeScans) {
        return standardProcessor(InputLimits.DEFAULT, ocr, nativeScans);
    }

    /**
     * @param ocr the OCR for scans, images and garbled text layers, or null when OCR is not available
     * @param nativeScans OCR single-image scan pages at the image's resolution (measured better than 300 dpi)
     */
    static DocumentProcessor standardProcessor(InputLimits limits, OcrService ocr, boolean nativeScans) {
        DocumentExtractor extractor = new DocumentExtractor(
                new PdfTextExtractor(ocr == null ? null : new PdfPageOcr(ocr, nativeScans), EmbeddedFontDecoder.standard()),
                new TikaTextExtractor(), ocr == null ? null : new ImageExtractor(ocr));
        return new DocumentProcessor(new LimitedExtractor(extractor, limits),
                RestorerFactory.standard(ModelOption.defaultModel()), new PlanStructureExtractor());
    }
}

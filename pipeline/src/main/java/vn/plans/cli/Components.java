package vn.plans.cli;

import vn.plans.extract.DocumentExtractor;
import vn.plans.extract.ImageExtractor;
import vn.plans.extract.PdfPageOcr;
import vn.plans.extract.PdfTextExtractor;
import vn.plans.extract.TikaTextExtractor;
import vn.plans.ingest.DocumentProcessor;
import vn.plans.structure.BasicStructureExtractor;

/** Wires the standard pipeline from its stages; the one place that knows which implementation each stage uses. */
final class Components {
    private Components() {}

    static DocumentProcessor standardProcessor() {
        return standardProcessor(vn.plans.ocr.OcrService.standardOrNull()); // null: no Vietnamese tessdata
    }

    /** @param ocr the OCR for scans, images and garbled text layers, or null when OCR is not available */
    static DocumentProcessor standardProcessor(vn.plans.ocr.OcrService ocr) {
        return standardProcessor(ocr, true);
    }

    /** @param nativeScans OCR single-image scan pages at the image's resolution (measured better than 300 dpi) */
    static DocumentProcessor standardProcessor(vn.plans.ocr.OcrService ocr, boolean nativeScans) {
        DocumentExtractor extractor = new DocumentExtractor(new PdfTextExtractor(ocr == null ? null : new PdfPageOcr(ocr, nativeScans)),
                new TikaTextExtractor(), ocr == null ? null : new ImageExtractor(ocr));
        return new DocumentProcessor(extractor, null, new BasicStructureExtractor());
    }
}

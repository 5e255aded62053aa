package vn.plans.ocr;

/**
 * Text recognized on one page, Tesseract's mean word confidence (0-100), and a warning when the page could not be
 * read (timeout, engine error); such a page has empty text and confidence 0.
 */
public record OcrResult(String text, double confidence, String warning) {
    public static OcrResult failed(String warning) {
        return new OcrResult("", 0, warning);
    }
}

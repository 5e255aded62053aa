package vn.plans.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One page of text. {@code text} is NFC with canonical tone-mark placement; {@code printedText} keeps the
 * form as printed and is present only where it differs. {@code ocrConfidence} is set for OCR pages (0-100).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Page(int number, String text, ExtractionMethod method, String printedText, Double ocrConfidence) {
    public Page(int number, String text, ExtractionMethod method) { this(number, text, method, null, null); }

    public Page withText(String newText, String printed) {
        return new Page(number, newText, method, printed, ocrConfidence);
    }
}

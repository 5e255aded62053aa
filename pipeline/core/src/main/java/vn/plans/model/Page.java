package vn.plans.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One page of text. {@code text} is NFC with canonical tone-mark placement; {@code printedText} keeps the
 * form as printed and is present only where it differs (tone placement, or restored diacritics).
 * {@code ocrConfidence} is set for OCR pages (0-100); {@code restorations} lists each token the restorer
 * repaired, with offsets into {@code printedText}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Page(int number, String text, ExtractionMethod method, String printedText, Double ocrConfidence,
                   @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Restoration> restorations) {
    public Page {
        restorations = restorations == null ? List.of() : List.copyOf(restorations);
    }

    public Page(int number, String text, ExtractionMethod method) { this(number, text, method, null, null, List.of()); }

    public Page(int number, String text, ExtractionMethod method, String printedText, Double ocrConfidence) {
        this(number, text, method, printedText, ocrConfidence, List.of());
    }

    /** The texts of {@code pages}, one after another, separated by a line break. */
    public static String joined(List<Page> pages) {
        StringBuilder sb = new StringBuilder();
        for (Page p : pages) {
            if (!sb.isEmpty()) sb.append('\n');
            sb.append(p.text());
        }
        return sb.toString();
    }

    public Page withText(String newText, String printed) {
        return new Page(number, newText, method, printed, ocrConfidence, restorations);
    }

    public Page withRestorations(List<Restoration> edits) {
        return new Page(number, text, method, printedText, ocrConfidence, edits);
    }
}

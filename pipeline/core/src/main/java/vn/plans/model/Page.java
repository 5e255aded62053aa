package vn.plans.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One page of text. {@code text} is NFC with canonical tone-mark placement; {@code printedText} keeps the
 * form as printed and is present only where it differs (tone placement, or restored diacritics).
 * {@code ocrConfidence} is set for OCR pages (0-100); {@code restorations} lists each token the restorer
 * repaired, with offsets into {@code printedText}. {@code furniture} lists the lines of {@code text} that are running
 * heads, foots or page numbers ({@link Furniture}); {@link #bodyText()} is the text without them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Page(int number, String text, ExtractionMethod method, String printedText, Double ocrConfidence,
                   @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Restoration> restorations,
                   @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Furniture> furniture) {
    public Page {
        restorations = restorations == null ? List.of() : List.copyOf(restorations);
        furniture = furniture == null ? List.of() : List.copyOf(furniture);
    }

    public Page(int number, String text, ExtractionMethod method, String printedText, Double ocrConfidence,
                List<Restoration> restorations) {
        this(number, text, method, printedText, ocrConfidence, restorations, List.of());
    }

    public Page(int number, String text, ExtractionMethod method) { this(number, text, method, null, null, List.of()); }

    public Page(int number, String text, ExtractionMethod method, String printedText, Double ocrConfidence) {
        this(number, text, method, printedText, ocrConfidence, List.of());
    }

    /**
     * Whether OCR read this page here (its method is {@link ExtractionMethod#OCR}): the one test of an OCR page, for the
     * stages that treat such text apart (reflow, the OCR tone repair) and for the work's extraction kind.
     */
    public boolean readByOcr() { return method == ExtractionMethod.OCR; }

    /** Whether the restore stage applied a repair on this page (not only flagged one). */
    public boolean repaired() { return restorations.stream().anyMatch(Restoration::applied); }

    /** The texts of {@code pages}, one after another, separated by a line break. */
    public static String joined(List<Page> pages) {
        StringBuilder sb = new StringBuilder();
        for (Page p : pages) {
            if (!sb.isEmpty()) sb.append('\n');
            sb.append(p.text());
        }
        return sb.toString();
    }

    /** A new text drops the furniture marks, whose offsets were into the old one. */
    public Page withText(String newText, String printed) {
        return new Page(number, newText, method, printed, ocrConfidence, restorations, List.of());
    }

    public Page withRestorations(List<Restoration> edits) {
        return new Page(number, text, method, printedText, ocrConfidence, edits, furniture);
    }

    public Page withFurniture(List<Furniture> lines) {
        return new Page(number, text, method, printedText, ocrConfidence, restorations, lines);
    }

    /**
     * {@code s} (the page's {@code text}, or its {@code printed_text}: the restorer edits within lines, so both have the
     * same lines) with each furniture line blanked to spaces: every other line keeps its number and, where {@code s}
     * is the text, every character its offset.
     */
    public String withoutFurniture(String s) {
        if (furniture.isEmpty()) return s;
        java.util.Set<Integer> lines = new java.util.HashSet<>();
        for (Furniture f : furniture) lines.add(f.line());
        char[] c = s.toCharArray();
        int line = 1;
        for (int i = 0; i < c.length; i++) {
            if (c[i] == '\n') line++;
            else if (lines.contains(line)) c[i] = ' ';
        }
        return new String(c);
    }

    /** The page's text with its furniture lines blanked ({@link #withoutFurniture}). */
    public String bodyText() {
        return withoutFurniture(text);
    }
}

package vn.plans.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** How the text of a page was obtained. */
public enum ExtractionMethod {
    /** The PDF's own text layer. */
    TEXT_LAYER("text_layer"),
    /**
     * The PDF's text layer after its fonts without Unicode were decoded from their glyphs (composite letters,
     * outlines, a second copy of the font): the document's exact text, without OCR.
     */
    TEXT_LAYER_DECODED("text_layer_decoded"),
    /** Optical character recognition of the rendered page or image. */
    OCR("ocr"),
    /** A text-bearing format parsed by Tika (DOCX, DOC, ODT, RTF, HTML, TXT, MD). */
    PLAIN_TEXT("plain_text");

    private final String json;

    ExtractionMethod(String json) { this.json = json; }

    @JsonValue
    public String json() { return json; }
}

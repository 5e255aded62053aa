package vn.plans.extract;

import java.nio.file.Path;
import vn.plans.model.ExtractedDocument;

/** Turns one file into pages of raw text: a file of a known media type, or one whose type is detected first. */
public interface Extractor {
    ExtractedDocument extract(Path file, String mediaType) throws ExtractionException;

    /** A media type detected by content, and the document extracted from the file as that type. */
    record Detected(String mediaType, ExtractedDocument document) {}

    /**
     * The file's media type detected by content ({@link TypeDetector}), then its document. This default trusts the
     * file, as {@link #extract} does; {@link LimitedExtractor} detects under its limits and counts a zip container
     * once for detection and parse both.
     */
    default Detected detectAndExtract(Path file) throws ExtractionException {
        String type = TypeDetector.shared().typeOf(file);
        return new Detected(type, extract(file, type));
    }
}

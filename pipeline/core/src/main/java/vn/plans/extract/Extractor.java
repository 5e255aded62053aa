package vn.plans.extract;

import java.nio.file.Path;
import vn.plans.model.ExtractedDocument;

/** Turns one file of a known media type into pages of raw text. */
public interface Extractor {
    ExtractedDocument extract(Path file, String mediaType) throws ExtractionException;
}

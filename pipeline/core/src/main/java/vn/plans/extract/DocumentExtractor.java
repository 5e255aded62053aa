package vn.plans.extract;

import java.nio.file.Path;
import java.util.Set;
import vn.plans.model.ExtractedDocument;
import vn.plans.model.FailureReason;

/**
 * Routes a file to the extractor for its media type. It is the one place that decides what is supported: other
 * types fail here with a clear reason (encrypted or damaged Office packages, anything else unsupported).
 */
public final class DocumentExtractor implements Extractor {
    static final Set<String> TIKA_TYPES = Set.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/msword",
            "application/x-tika-msoffice",
            "application/vnd.oasis.opendocument.text",
            "application/rtf",
            "text/html",
            "application/xhtml+xml",
            "text/plain",
            "text/markdown",
            "text/x-web-markdown");

    private final Extractor pdf;
    private final Extractor tika;
    private final Extractor images;
    private final Extractor plain = new PlainTextExtractor();

    /** @param images the extractor for raster images (OCR), or null when OCR is not available */
    public DocumentExtractor(Extractor pdf, Extractor tika, Extractor images) {
        this.pdf = pdf;
        this.tika = tika;
        this.images = images;
    }

    @Override
    public ExtractedDocument extract(Path file, String mediaType) throws ExtractionException {
        if (mediaType.equals("application/pdf")) return pdf.extract(file, mediaType);
        if (mediaType.equals("text/plain")) return plain.extract(file, mediaType);
        if (TIKA_TYPES.contains(mediaType)) return tika.extract(file, mediaType);
        if (mediaType.startsWith("image/")) {
            if (images == null) throw new ExtractionException(FailureReason.Cause.NEEDS_OCR, "image file (" + mediaType + ") needs OCR, which is not available");
            return images.extract(file, mediaType);
        }
        if (mediaType.equals("application/x-tika-ooxml-protected")) {
            throw new ExtractionException(FailureReason.Cause.ENCRYPTED, "encrypted Office document: a password is required to open it");
        }
        if (mediaType.equals("application/x-tika-ooxml")) {
            throw new ExtractionException(FailureReason.Cause.CORRUPT, "damaged Office document: a zip package whose main part is not DOCX, XLSX or PPTX");
        }
        throw new ExtractionException(FailureReason.Cause.UNSUPPORTED, "unsupported file type " + mediaType);
    }
}

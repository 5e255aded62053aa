package vn.plans.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import vn.plans.model.FailureReason;

/**
 * Media type from the file's content (magic bytes, container inspection for OOXML/ODF). The file name is only a
 * hint for formats without magic (plain text vs. Markdown); a {@code .pdf} that holds HTML is detected as HTML.
 * Detection reads the file's bytes, so for untrusted input it runs where parsing runs (a worker JVM), under the
 * input limits: {@link LimitedExtractor#detectAndExtract} counts a zip container before Tika's container detection
 * parses its {@code [Content_Types].xml}.
 */
public final class TypeDetector {
    private final Detector detector;

    public TypeDetector() {
        this.detector = TikaConfig.getDefaultConfig().getDetector();
    }

    /** One detector for every thread (Tika's detectors keep no state per call; building one loads Tika's config). */
    public static TypeDetector shared() { return Shared.INSTANCE; }

    private static final class Shared {
        static final TypeDetector INSTANCE = new TypeDetector();
    }

    /** As {@link #detect}, a file that cannot be read failing with that reason. */
    public String typeOf(Path file) throws ExtractionException {
        try {
            return detect(file);
        } catch (IOException e) {
            throw new ExtractionException(FailureReason.Cause.UNREADABLE, "unreadable file: " + e.getMessage(), e);
        }
    }

    public String detect(Path file) throws IOException {
        Metadata md = new Metadata();
        String name = file.getFileName().toString();
        md.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        try (InputStream in = TikaInputStream.get(file, md)) {
            MediaType type = detector.detect(in, md);
            MediaType base = type.getBaseType();
            // UTF-16 without a byte-order mark has no magic; Tika guesses from its first bytes (an image format)
            if (!base.getType().equals("text") && PlainTextDecoder.utf16WithoutBom(head(file)) != null) return "text/plain";
            // Content wins; the name is trusted only to refine plain text (e.g. Markdown).
            if (base.toString().equals("text/plain") && name.toLowerCase(java.util.Locale.ROOT).endsWith(".md")) {
                return "text/markdown";
            }
            return base.toString();
        }
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(4096);
        }
    }

    public static long size(Path file) throws IOException {
        return Files.size(file);
    }
}

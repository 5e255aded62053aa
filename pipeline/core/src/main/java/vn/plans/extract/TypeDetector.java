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

/**
 * Media type from the file's content (magic bytes, container inspection for OOXML/ODF). The file name is only a
 * hint for formats without magic (plain text vs. Markdown); a {@code .pdf} that holds HTML is detected as HTML.
 * Detection reads the file's bytes, so for untrusted input it runs where parsing runs (a worker JVM).
 */
public final class TypeDetector {
    private final Detector detector;

    public TypeDetector() {
        this.detector = TikaConfig.getDefaultConfig().getDetector();
    }

    /**
     * As {@link #detect(Path)}, for untrusted files: a zip container is first inflated and counted against the
     * expansion limit ({@link ZipExpansion}), since Tika's container detection parses its {@code [Content_Types].xml}.
     */
    public String detect(Path file, InputLimits limits) throws IOException, ExtractionException {
        if (ZipExpansion.isZip(head(file))) ZipExpansion.check(file, limits.maxExpandedMegabytes());
        return detect(file);
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

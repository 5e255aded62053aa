package vn.plans.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import vn.plans.model.ExtractedDocument;

/**
 * A decorator that checks a file against {@link InputLimits} from its metadata alone (PDF page tree, image
 * header, zip central directory) and only then hands it to the wrapped extractor.
 */
public final class LimitedExtractor implements Extractor {
    private final Extractor inner;
    private final InputLimits limits;

    public LimitedExtractor(Extractor inner, InputLimits limits) {
        this.inner = inner;
        this.limits = limits;
    }

    @Override
    public ExtractedDocument extract(Path file, String mediaType) throws ExtractionException {
        if (mediaType.equals("application/pdf")) checkPages(file);
        else if (mediaType.startsWith("image/")) checkPixels(file);
        else if (mediaType.startsWith("application/vnd.openxmlformats") || mediaType.startsWith("application/vnd.oasis")) {
            checkExpandedSize(file);
        }
        return inner.extract(file, mediaType);
    }

    private void checkPages(Path file) throws ExtractionException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            int n = doc.getNumberOfPages();
            if (n > limits.maxPages()) {
                throw new ExtractionException("too many pages (" + n + " > " + limits.maxPages() + ")");
            }
        } catch (InvalidPasswordException e) {
            throw new ExtractionException("encrypted PDF: a password is required to open it", e);
        } catch (IOException e) {
            // damaged files are reported by the extractor itself, with its own reason
        }
    }

    private void checkPixels(Path file) throws ExtractionException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) return;
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) return;
            ImageReader r = readers.next();
            try {
                r.setInput(in, true, true);
                long pixels = (long) r.getWidth(0) * r.getHeight(0);
                if (pixels > limits.maxMegapixels() * 1_000_000L) {
                    throw new ExtractionException(String.format("image too large (%d x %d = %d megapixels > %d)",
                            r.getWidth(0), r.getHeight(0), pixels / 1_000_000, limits.maxMegapixels()));
                }
            } finally {
                r.dispose();
            }
        } catch (IOException e) {
            // unreadable headers are reported by the extractor
        }
    }

    private void checkExpandedSize(Path file) throws ExtractionException {
        long total = 0;
        long compressed = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry z = e.nextElement();
                if (z.getSize() > 0) total += z.getSize();
                if (z.getCompressedSize() > 0) compressed += z.getCompressedSize();
            }
        } catch (ZipException e) {
            throw new ExtractionException("damaged Office document: not a readable zip container (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            return;
        }
        long limit = limits.maxExpandedMegabytes() * 1_000_000L;
        if (total > limit) {
            throw new ExtractionException(String.format(
                    "decompression bomb: %d KB expand to %d MB (> %d MB allowed)", compressed / 1000, total / 1_000_000,
                    limits.maxExpandedMegabytes()));
        }
    }
}

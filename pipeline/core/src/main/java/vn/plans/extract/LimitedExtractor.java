package vn.plans.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import vn.plans.model.ExtractedDocument;
import vn.plans.model.FailureReason;
import vn.plans.model.Page;

/**
 * A decorator that measures a file against {@link InputLimits} before the wrapped extractor parses it, and its text
 * after: pages counted in the PDF's page tree (never its {@code /Count}), every frame of an image file counted and
 * each frame's pixels checked, a zip container inflated and counted ({@link ZipExpansion}), a plain-text file's size;
 * then the characters extracted. A failure names the limit, the value measured and the option that raises it.
 *
 * <p>It owns type detection for untrusted files too ({@link #detectAndExtract}): a zip container is inflated and
 * counted once, before Tika's container detection parses it, and not again before the parse, whichever wiring
 * calls it (worker, in-process, Spark executor).
 */
public final class LimitedExtractor implements Extractor {
    /** How a zip container is measured: inflated and counted against the limit ({@link ZipExpansion#check}). */
    interface ZipCheck {
        long check(Path file, int maxMegabytes) throws ExtractionException;
    }

    private final Extractor inner;
    private final InputLimits limits;
    private final ZipCheck zipCheck;

    public LimitedExtractor(Extractor inner, InputLimits limits) {
        this(inner, limits, ZipExpansion::check);
    }

    /** @param zipCheck the zip measurement (a test counts the inflations through it) */
    LimitedExtractor(Extractor inner, InputLimits limits, ZipCheck zipCheck) {
        this.inner = inner;
        this.limits = limits;
        this.zipCheck = zipCheck;
    }

    public InputLimits limits() { return limits; }

    @Override
    public ExtractedDocument extract(Path file, String mediaType) throws ExtractionException {
        return extract(file, mediaType, false);
    }

    /**
     * The type detected by content and the document, under the limits: a zip container is counted before detection
     * (Tika's container detection parses it) and that count serves the parse too.
     */
    @Override
    public Detected detectAndExtract(Path file) throws ExtractionException {
        boolean zip = isZip(file);
        if (zip) zipCheck.check(file, limits.maxExpandedMegabytes());
        String type = TypeDetector.shared().typeOf(file);
        return new Detected(type, extract(file, type, zip));
    }

    private ExtractedDocument extract(Path file, String mediaType, boolean zipCounted) throws ExtractionException {
        if (mediaType.equals("application/pdf")) checkPages(file);
        else if (mediaType.startsWith("image/")) checkFrames(file);
        else if (mediaType.equals("text/plain") || mediaType.equals("text/markdown")) checkTextFile(file);
        else if (!zipCounted && isZip(file)) zipCheck.check(file, limits.maxExpandedMegabytes());
        ExtractedDocument d = inner.extract(file, mediaType);
        long chars = 0;
        for (Page p : d.pages()) chars += p.text().length();
        if (chars > limits.maxTextChars()) throw new ExtractionException(tooMuchText(chars, limits.maxTextChars(), "extracted"));
        return d;
    }

    /** True when the file starts as a zip container does (DOCX, XLSX, ODT, a plain zip). */
    static boolean isZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return ZipExpansion.isZip(in.readNBytes(4));
        } catch (IOException e) {
            return false;
        }
    }

    /** The text limit, in millions of characters: {@code chars} measured ({@code how}) against {@code max}. */
    static FailureReason tooMuchText(long chars, long max, String how) {
        return FailureReason.limit("too much text", new FailureReason.Limit("text", (chars + 999_999) / 1_000_000,
                max / 1_000_000, "MB", "--max-text-mb", "(million characters " + how + ")"));
    }

    private void checkTextFile(Path file) throws ExtractionException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            return; // the extractor reports it
        }
        if (size > limits.maxTextChars()) {
            throw new ExtractionException(FailureReason.limit("too much text", new FailureReason.Limit("text",
                    (size + 999_999) / 1_000_000, limits.maxTextMegabytes(), "MB", "--max-text-mb", "in the file")));
        }
    }

    private void checkPages(Path file) throws ExtractionException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            int declared = doc.getNumberOfPages();
            long n = countPages(doc, limits.maxPages());
            if (n > limits.maxPages()) {
                throw new ExtractionException(FailureReason.limit("too many pages", new FailureReason.Limit("pages", n,
                        limits.maxPages(), "", "--max-pages", n == declared ? "in the page tree"
                        : "in the page tree (its /Count says " + declared + ")")));
            }
        } catch (InvalidPasswordException e) {
            throw new ExtractionException(FailureReason.Cause.ENCRYPTED, "encrypted PDF: a password is required to open it", e);
        } catch (IOException | IllegalStateException e) {
            // damaged files are reported by the extractor itself, with its own reason
        }
    }

    /**
     * The pages of the page tree, walked leaf by leaf ({@code /Kids}, not the {@code /Count} the file declares), up
     * to a million (a page tree larger than that is over any limit).
     */
    static long countPages(PDDocument doc, int limit) {
        long n = 0;
        for (Iterator<PDPage> it = doc.getPages().iterator(); it.hasNext() && n < 1_000_000; it.next()) n++;
        return n;
    }

    private void checkFrames(Path file) throws ExtractionException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) return;
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) return;
            ImageReader r = readers.next();
            try {
                r.setInput(in, false, true);
                int frames = r.getNumImages(true);
                if (frames > limits.maxPages()) {
                    throw new ExtractionException(FailureReason.limit("too many pages", new FailureReason.Limit("pages",
                            frames, limits.maxPages(), "", "--max-pages", "image frames")));
                }
                for (int i = 0; i < frames; i++) {
                    long w = r.getWidth(i), h = r.getHeight(i), mp = (w * h + 999_999) / 1_000_000;
                    if (w * h > limits.maxMegapixels() * 1_000_000L) {
                        throw new ExtractionException(FailureReason.limit("image too large", new FailureReason.Limit(
                                "megapixels", mp, limits.maxMegapixels(), "megapixels", "--max-megapixels",
                                "(frame " + (i + 1) + " of " + frames + ": " + w + " x " + h + ")")));
                    }
                }
            } finally {
                r.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // unreadable headers are reported by the extractor
        }
    }
}

package vn.plans.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plans.extract.ExtractionException;
import vn.plans.extract.Extractor;
import vn.plans.extract.InputLimits;
import vn.plans.extract.LimitedExtractor;
import vn.plans.model.ExtractedDocument;
import vn.plans.model.ExtractionMethod;
import vn.plans.model.FailureReason;
import vn.plans.model.Page;

/**
 * The limits are measured in the file, not read from what it declares: small versions of the hostile inputs of
 * {@link BadInputs} (a page tree longer than its {@code /Count}, TIFF frames, zips that lie in their central
 * directory or hide a package inside) against small limits, so each check runs in milliseconds. The parser behind
 * the limits is a stub that must not be reached by a refused file.
 */
class BadInputsLimitsTest {
    @TempDir Path tmp;

    private static final InputLimits SMALL = new InputLimits(20, 50, 5, 2);
    private int parsed;
    private final Extractor parser = (file, type) -> {
        parsed++;
        return new ExtractedDocument(List.of(new Page(1, "Kế hoạch", ExtractionMethod.PLAIN_TEXT)), List.of(), List.of());
    };

    private FailureReason refused(Path file, String type) {
        ExtractionException e = assertThrows(ExtractionException.class, () -> new LimitedExtractor(parser, SMALL).extract(file, type));
        assertEquals(0, parsed, "a refused file reached the parser");
        return e.reason();
    }

    @Test
    void pagesAreCountedInThePageTreeNotReadFromCount() throws Exception {
        Path pdf = Files.write(tmp.resolve("lying.pdf"), BadInputs.lyingCount(30, 1));
        FailureReason r = refused(pdf, "application/pdf");
        assertEquals(FailureReason.Cause.LIMIT_EXCEEDED, r.cause());
        assertEquals("too many pages: 30 in the page tree (its /Count says 1) > limit 20 (--max-pages raises it)", r.message());
        assertEquals(30, r.limit().measured());
        assertEquals("--max-pages", r.limit().option());
    }

    @Test
    void everyTiffFrameIsCountedAndEveryFramesPixelsChecked() throws Exception {
        Path frames = Files.write(tmp.resolve("frames.tif"), BadInputs.tiff(java.util.Collections.nCopies(25, new int[] {8, 8})));
        assertEquals("too many pages: 25 image frames > limit 20 (--max-pages raises it)", refused(frames, "image/tiff").message());
        Path big = Files.write(tmp.resolve("big.tif"), BadInputs.tiff(List.of(new int[] {100, 100}, new int[] {8000, 8000})));
        FailureReason r = refused(big, "image/tiff");
        assertEquals("image too large: 64 megapixels (frame 2 of 2: 8000 x 8000) > limit 50 megapixels (--max-megapixels raises it)",
                r.message());
        assertEquals("--max-megapixels", r.limit().option());
    }

    @Test
    void zipExpansionIsCountedWhileInflatingEmbeddedPackagesIncluded() throws Exception {
        String docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        Path cd = tmp.resolve("cd.docx");
        BadInputs.writeCentralDirectoryBomb(cd, 6);
        FailureReason r = refused(cd, docx);
        assertTrue(r.message().startsWith("decompression bomb: 6 MB (inflated before stopping in word/document.xml; "
                + "the zip declares 1 MB) > limit 5 MB (--max-expanded-mb raises it)"), r.message());
        Path embedded = tmp.resolve("embedded.docx");
        BadInputs.writeEmbeddedPackageBomb(embedded, 6);
        assertTrue(Files.size(embedded) < 100_000, "the outer zip is small: " + Files.size(embedded));
        assertTrue(refused(embedded, docx).message().contains(
                "inflated before stopping in word/embeddings/Microsoft_Excel_Worksheet1.xlsx/xl/worksheets/sheet1.xml"));
        Path types = tmp.resolve("types.docx");
        BadInputs.writeContentTypesBomb(types, 6);
        assertTrue(refused(types, docx).message().contains("stopping in [Content_Types].xml"));
    }

    @Test
    void aZipOfUnknownTypeIsMeasuredBeforeDetectionParsesIt() throws Exception {
        // Tika's container detection parses [Content_Types].xml: the expansion is counted before it runs
        Path types = tmp.resolve("types.docx");
        BadInputs.writeContentTypesBomb(types, 6);
        ExtractionException e = assertThrows(ExtractionException.class, () -> new LimitedExtractor(parser, SMALL).detectAndExtract(types));
        assertEquals(FailureReason.Cause.LIMIT_EXCEEDED, e.reason().cause());
        assertTrue(e.getMessage().startsWith("decompression bomb: 6 MB (inflated before stopping in [Content_Types].xml"), e.getMessage());
        assertEquals(0, parsed, "a refused file reached the parser");
        Path docx = tmp.resolve("ok.docx");
        BadInputs.writeDocx(docx, 1);
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                new LimitedExtractor(parser, SMALL).detectAndExtract(docx).mediaType());
        assertEquals(1, parsed);
    }

    @Test
    void textIsMeasuredBeforeReadingAndAfterExtracting() throws Exception {
        Path txt = tmp.resolve("sparse.txt");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(txt.toFile(), "rw")) {
            f.setLength(3_000_000);
        }
        assertEquals("too much text: 3 MB in the file > limit 2 MB (--max-text-mb raises it)", refused(txt, "text/plain").message());
        Extractor wordy = (file, type) -> new ExtractedDocument(
                List.of(new Page(1, "a".repeat(2_500_000), ExtractionMethod.PLAIN_TEXT)), List.of(), List.of());
        Path html = Files.writeString(tmp.resolve("small.html"), "<p>x</p>");
        ExtractionException e = assertThrows(ExtractionException.class, () -> new LimitedExtractor(wordy, SMALL).extract(html, "text/html"));
        assertEquals("too much text: 3 MB (million characters extracted) > limit 2 MB (--max-text-mb raises it)", e.getMessage());
    }

    @Test
    void filesWithinTheLimitsReachTheParser() throws Exception {
        Path pdf = Files.write(tmp.resolve("ok.pdf"), BadInputs.lyingCount(3, 3));
        Path docx = tmp.resolve("ok.docx");
        BadInputs.writeDocx(docx, 1);
        LimitedExtractor limited = new LimitedExtractor(parser, SMALL);
        limited.extract(pdf, "application/pdf");
        limited.extract(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertEquals(2, parsed);
    }
}

package vn.plans.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plans.TestData;
import vn.plans.ocr.GreyRaster;

/** The page images written for the OCR bench's scan set are the pixels and resolution the pipeline's OCR reads. */
class PdfPageImagesTest {
    @TempDir
    Path dir;

    /** The PNG as the pipeline's image extractor reads it: 8-bit grey pixels and the resolution it takes. */
    private static GreyRaster read(Path png) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            BufferedImage img = reader.read(0);
            assertEquals(BufferedImage.TYPE_BYTE_GRAY, img.getType(), png + " is 8-bit grey");
            return Rasters.grey(img, ImageExtractor.dpi(reader.getImageMetadata(0), img.getWidth()));
        }
    }

    @Test
    void aScanPageIsWrittenAsItsOwnImageAtItsOwnResolution() throws Exception {
        Path pdf = TestData.root().resolve("corpus/ocr/pdf-degraded/scan-degraded.pdf");
        List<Path> files = PdfPageImages.writeOcrPages(pdf, List.of(2, 1), dir, "scan");
        assertEquals(List.of(dir.resolve("scan-p002.png"), dir.resolve("scan-p001.png")), files);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (int k = 0; k < 2; k++) {
                GreyRaster ocr = PdfPageOcr.soleScan(doc.getPage(k)), png = read(dir.resolve("scan-p00" + (k + 1) + ".png"));
                assertEquals(ocr.width(), png.width());
                assertEquals(ocr.height(), png.height());
                assertEquals(ocr.dpi(), png.dpi()); // 200 and 175: not the 300 of a rendering, nor a width's estimate
                assertArrayEquals(ocr.pixels(), png.pixels());
            }
        }
    }

    @Test
    void aPageThatIsNotOneScanImageIsWrittenAsRenderedAt300Dpi() throws Exception {
        Path pdf = dir.resolve("blank.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage(PDRectangle.LETTER));
            doc.save(pdf.toFile());
        }
        GreyRaster png = read(PdfPageImages.writeOcrPages(pdf, List.of(1), dir, "blank").get(0));
        assertEquals(300, png.dpi()); // stated: a Letter page 2550 pixels wide would be estimated at 308
        assertEquals(Math.round(PDRectangle.LETTER.getWidth() / 72 * 300), png.width());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> PdfPageImages.writeOcrPages(pdf, List.of(2), dir, "blank"));
        assertEquals(1, Files.list(dir).filter(f -> f.toString().endsWith(".png")).count());
    }
}

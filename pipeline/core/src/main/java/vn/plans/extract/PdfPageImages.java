package vn.plans.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Every page of a PDF as a grey PNG file, rendered exactly as {@link PdfPageOcr} renders it for OCR; used to run
 * the {@code tesseract} command line on the same pixels for comparison.
 */
public final class PdfPageImages {
    private PdfPageImages() {}

    public static List<Path> writePng(Path pdf, Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                Path f = dir.resolve(String.format("page-%03d.png", i + 1));
                ImageIO.write(renderer.renderImageWithDPI(i, PdfPageOcr.DPI, ImageType.GRAY), "png", f.toFile());
                files.add(f);
            }
        }
        return files;
    }
}

package vn.plans.tools;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A scanned copy of a digital plan: each page of a rendered PDF ({@code corpus/rendered/}) drawn at 200 dpi in grey,
 * turned by a small angle, with sensor noise, saved as a JPEG page of an image-only PDF (no text layer), so the
 * pipeline has to read it through OCR. The plan's hand gold scores the OCR-ed copy. Deterministic: a fixed random
 * seed and document id give byte-identical files on re-runs.
 * <p>Usage: {@code ScanPlan IN.pdf OUT.pdf}
 */
public final class ScanPlan {
    private static final int DPI = 200;

    private ScanPlan() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ScanPlan IN.pdf OUT.pdf");
            System.exit(2);
        }
        Random rnd = new Random(20260702L);
        try (PDDocument in = Loader.loadPDF(Path.of(args[0]).toFile()); PDDocument out = new PDDocument()) {
            out.setDocumentId(20260702L);
            PDFRenderer renderer = new PDFRenderer(in);
            for (int i = 0; i < in.getNumberOfPages(); i++) {
                BufferedImage page = scan(renderer.renderImageWithDPI(i, DPI, ImageType.GRAY), rnd);
                PDImageXObject image = JPEGFactory.createFromByteArray(out, jpeg(page, 0.8f));
                PDRectangle box = in.getPage(i).getMediaBox();
                PDPage p = new PDPage(box);
                out.addPage(p);
                try (PDPageContentStream cs = new PDPageContentStream(out, p)) {
                    cs.drawImage(image, 0, 0, box.getWidth(), box.getHeight());
                }
            }
            Files.createDirectories(Path.of(args[1]).toAbsolutePath().getParent());
            out.save(Path.of(args[1]).toFile());
        }
    }

    /** A slight skew (0.4-0.9 degrees) and Gaussian noise, as a flatbed scan of a printed page. */
    static BufferedImage scan(BufferedImage clean, Random rnd) {
        double angle = (0.4 + rnd.nextDouble() * 0.5) * (rnd.nextBoolean() ? 1 : -1);
        int w = clean.getWidth(), h = clean.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.rotate(Math.toRadians(angle), w / 2.0, h / 2.0);
        g.drawImage(clean, 0, 0, null);
        g.dispose();
        RenderOcrTestset.addNoise(out, rnd, 8);
        return out;
    }

    private static byte[] jpeg(BufferedImage img, float quality) throws IOException {
        return RenderScanCases.encode(img, quality, false);
    }
}

package vn.plans.extract;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import vn.plans.ocr.GreyRaster;

/**
 * Every page of a PDF as a grey PNG file, rendered exactly as {@link PdfPageOcr} renders it for OCR; used to run
 * the {@code tesseract} command line on the same pixels for comparison.
 */
public final class PdfPageImages {
    private PdfPageImages() {}

    public static List<Path> writePng(Path pdf, Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new OcrPageRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                Path f = dir.resolve(String.format("page-%03d.png", i + 1));
                ImageIO.write(renderer.renderImageWithDPI(i, PdfPageOcr.DPI, ImageType.GRAY), "png", f.toFile());
                files.add(f);
            }
        }
        return files;
    }

    /**
     * The given pages (1-based) as the standard pipeline's OCR reads them ({@link PdfPageOcr} with native scans: a
     * page that is one scan image at that image's own resolution, any other page rendered at 300 dpi), each an 8-bit
     * grey PNG {@code PREFIX-pNNN.png} in {@code dir} whose pHYs chunk states that resolution, so that an image
     * reader (the pipeline's {@link ImageExtractor}, the {@code tesseract} command) takes the same pixels at the same
     * dpi. Returns the files in page order.
     */
    public static List<Path> writeOcrPages(Path pdf, List<Integer> pages, Path dir, String prefix) throws IOException {
        List<Path> files = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new OcrPageRenderer(doc);
            for (int p : pages) {
                if (p < 1 || p > doc.getNumberOfPages()) {
                    throw new IllegalArgumentException(pdf.getFileName() + " has no page " + p);
                }
                Path f = dir.resolve(String.format("%s-p%03d.png", prefix, p));
                writeGreyPng(PdfPageOcr.pageImage(doc, renderer, p - 1, true), f);
                files.add(f);
            }
        }
        return files;
    }

    /** The raster as an 8-bit grey PNG with its dpi in the pHYs chunk. */
    static void writeGreyPng(GreyRaster r, Path file) throws IOException {
        BufferedImage img = new BufferedImage(r.width(), r.height(), BufferedImage.TYPE_BYTE_GRAY);
        System.arraycopy(r.pixels(), 0, ((DataBufferByte) img.getRaster().getDataBuffer()).getData(), 0, r.pixels().length);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            IIOMetadata md = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), null);
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            String perMetre = Integer.toString((int) Math.round(r.dpi() / 0.0254));
            phys.setAttribute("pixelsPerUnitXAxis", perMetre);
            phys.setAttribute("pixelsPerUnitYAxis", perMetre);
            phys.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            root.appendChild(phys);
            md.mergeTree("javax_imageio_png_1.0", root);
            writer.setOutput(out);
            writer.write(new IIOImage(img, null, md));
        } finally {
            writer.dispose();
        }
    }
}

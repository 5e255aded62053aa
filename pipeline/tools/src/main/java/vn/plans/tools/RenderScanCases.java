package vn.plans.tools;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import vn.plans.ocr.GreyRaster;
import vn.plans.ocr.Homography;

/**
 * Scans and photos as archives receive them, from held-out seed pages (rendered as {@link RenderOcrTestset} does),
 * each with the exact text drawn beside it:
 * <ul>
 * <li>{@code pdf-layers/gap.pdf}: two scanned pages with a page that has no content stream between them (3 pages);
 * <li>{@code pdf-layers/mrc.pdf}: a layered (MRC) scan, the page's only image a 25 dpi colour layer whose soft mask
 *     carries the 300 dpi letter shapes, so only the composite rendering shows the text;
 * <li>{@code photo/}: pages "photographed" by a phone: the page on a darker desk in perspective, uneven light,
 *     lens blur and sensor noise, warm paper, JPEG at 576x960 to 1200x1600; some progressive, one with RGB samples
 *     under both a JFIF and an Adobe marker (the JDK's reader refuses it: "Inconsistent metadata read from
 *     stream"), one stored on its side with EXIF orientation 6.
 * </ul>
 * Deterministic (fixed seeds). Usage: {@code RenderScanCases OUT_DIR SEED_FILE...}.
 */
public final class RenderScanCases {
    /** Phone photo sizes (portrait), as phones and messaging apps write them. */
    static final int[][] PHONE_SIZES = {{576, 960}, {720, 1280}, {900, 1200}, {1200, 1600}};

    private RenderScanCases() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: RenderScanCases OUT_DIR SEED_FILE...");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        List<BufferedImage> pages = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        RenderOcrTestset r = new RenderOcrTestset();
        for (int s = 1; s < args.length; s++) { // the first two pages of each seed
            List<RenderOcrTestset.Line> lines = RenderOcrTestset.Line.fromSeed(Files.readString(Path.of(args[s])));
            int from = 0;
            for (int p = 1; p <= 2 && from < lines.size(); p++) {
                List<String> drawn = new ArrayList<>();
                BufferedImage img = new BufferedImage(RenderOcrTestset.WIDTH, RenderOcrTestset.HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
                from = r.drawPage(img, lines, from, drawn);
                pages.add(img);
                texts.add(String.join("\n", drawn) + "\n");
            }
        }
        Random rnd = new Random(20261201);
        Path layers = Files.createDirectories(out.resolve("pdf-layers"));
        writeGapPdf(RenderOcrTestset.degrade(pages.get(0), rnd), RenderOcrTestset.degrade(pages.get(2), rnd), layers.resolve("gap.pdf"));
        Files.writeString(layers.resolve("gap.txt"), texts.get(0) + "\f\f" + texts.get(2));
        writeMrcPdf(pages.get(4), layers.resolve("mrc.pdf"));
        Files.writeString(layers.resolve("mrc.txt"), texts.get(4));
        Path photos = Files.createDirectories(out.resolve("photo"));
        for (int i = 0; i < pages.size(); i++) {
            int[] size = PHONE_SIZES[i % PHONE_SIZES.length];
            BufferedImage photo = photograph(pages.get(i), size[0], size[1], rnd);
            String base = String.format("photo%d-%dx%d", i + 1, size[0], size[1]);
            byte[] jpeg;
            if (i == 1) { // stored on its side, as a phone held in landscape writes it, with the EXIF tag to turn it
                jpeg = withSegment(encode(turnCounterClockwise(photo), 0.85f, true), exifOrientation(6));
                base += "-exif6";
            } else if (i == 2) {
                jpeg = jfifAndAdobeRgb(photo);
                base += "-jfif-adobe";
            } else {
                jpeg = encode(photo, 0.78f + 0.02f * (i % 5), i % 2 == 0);
                if (i % 2 == 0) base += "-progressive";
            }
            Files.write(photos.resolve(base + ".jpg"), jpeg);
            Files.writeString(photos.resolve(base + ".txt"), texts.get(i));
        }
    }

    static void writeGapPdf(BufferedImage first, BufferedImage third, Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.setDocumentId(20261201L);
            addJpegPage(doc, first);
            doc.addPage(new PDPage(PDRectangle.A4)); // no content stream at all
            addJpegPage(doc, third);
            doc.save(file.toFile());
        }
    }

    private static void addJpegPage(PDDocument doc, BufferedImage img) throws IOException {
        PDImageXObject image = JPEGFactory.createFromImage(doc, img, 0.7f);
        drawFullPage(doc, image);
    }

    private static void drawFullPage(PDDocument doc, PDImageXObject image) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
        }
    }

    /**
     * Mixed raster content as scanners' compressors write it: a coarse colour layer (here 25 dpi, dark where the
     * text is, so that it alone reads as smudges) and the letter shapes at 300 dpi as its soft mask.
     */
    static void writeMrcPdf(BufferedImage page, Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.setDocumentId(20261201L);
            int w = page.getWidth() / 12, h = page.getHeight() / 12;
            BufferedImage colour = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            for (int by = 0; by < h; by++) { // each block takes its darkest pixel: ink colour where letters are
                for (int bx = 0; bx < w; bx++) {
                    int min = 255;
                    for (int y = by * 12; y < by * 12 + 12; y++) {
                        for (int x = bx * 12; x < bx * 12 + 12; x++) min = Math.min(min, page.getRaster().getSample(x, y, 0));
                    }
                    colour.setRGB(bx, by, (min / 2 << 16) | (min / 2 << 8) | Math.min(255, min / 2 + 40)); // blue-black ink
                }
            }
            BufferedImage mask = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            var src = page.getRaster();
            var dst = mask.getRaster();
            for (int y = 0; y < page.getHeight(); y++) {
                for (int x = 0; x < page.getWidth(); x++) dst.setSample(x, y, 0, 255 - src.getSample(x, y, 0)); // ink opaque
            }
            PDImageXObject image = LosslessFactory.createFromImage(doc, colour);
            image.getCOSObject().setItem(COSName.SMASK, LosslessFactory.createFromImage(doc, mask));
            drawFullPage(doc, image);
            doc.save(file.toFile());
        }
    }

    /** The page on a desk, seen by a phone camera: perspective, light falling off across the page, blur, noise. */
    static BufferedImage photograph(BufferedImage page, int width, int height, Random rnd) {
        double margin = 0.05 + rnd.nextDouble() * 0.04;
        double[][] corners = new double[4][];
        double[][] base = {{margin, margin}, {1 - margin, margin}, {1 - margin, 1 - margin}, {margin, 1 - margin}};
        for (int i = 0; i < 4; i++) {
            corners[i] = new double[] {(base[i][0] + (rnd.nextDouble() - 0.5) * 0.06) * width,
                    (base[i][1] + (rnd.nextDouble() - 0.5) * 0.05) * height};
        }
        // shrink the page first (area averaging), so the warp below only resamples at about its own scale
        double pageHeight = Math.max(corners[3][1] - corners[0][1], corners[2][1] - corners[1][1]);
        double factor = pageHeight / page.getHeight();
        int sw = (int) Math.round(page.getWidth() * factor), sh = (int) Math.round(page.getHeight() * factor);
        BufferedImage small = new BufferedImage(sw, sh, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = small.createGraphics();
        g.drawImage(page.getScaledInstance(sw, sh, java.awt.Image.SCALE_AREA_AVERAGING), 0, 0, null);
        g.dispose();
        byte[] px = new byte[sw * sh];
        small.getRaster().getDataElements(0, 0, sw, sh, px);
        GreyRaster src = new GreyRaster(px, sw, sh, 72);
        double[][] srcCorners = {{0, 0}, {sw, 0}, {sw, sh}, {0, sh}};
        Homography back = Homography.of(corners, srcCorners);
        GreyRaster warped = back.warpInverse(src, width, height, 72, 0);
        // light falls off from one side and towards the corners; around the page lies a darker desk
        double lightAngle = rnd.nextDouble() * 2 * Math.PI;
        double fall = 0.25 + rnd.nextDouble() * 0.2;
        double desk = 70 + rnd.nextInt(40);
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        float[] grey = new float[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double[] s = back.map(x + 0.5, y + 0.5);
                boolean onPage = s[0] >= 0 && s[1] >= 0 && s[0] < sw && s[1] < sh;
                double nx = x / (double) width - 0.5, ny = y / (double) height - 0.5;
                double light = 1 - fall * (0.5 + nx * Math.cos(lightAngle) + ny * Math.sin(lightAngle))
                        - 0.25 * (nx * nx + ny * ny);
                double v = onPage ? (warped.at(x, y) * 0.92 + 12) * light : desk * light;
                grey[y * width + x] = (float) v;
            }
        }
        float[] blurred = blur(grey, width, height, 0.4 + rnd.nextDouble() * 0.4);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double v = blurred[y * width + x] + rnd.nextGaussian() * 3;
                int r = clamp(v * 1.02), gg = clamp(v * 0.98), b = clamp(v * 0.88);
                out.setRGB(x, y, (r << 16) | (gg << 8) | b);
            }
        }
        return out;
    }

    /** Separable Gaussian blur with standard deviation {@code sigma} pixels. */
    static float[] blur(float[] v, int w, int h, double sigma) {
        int radius = (int) Math.ceil(sigma * 2.5);
        float[] k = new float[2 * radius + 1];
        float sum = 0;
        for (int i = -radius; i <= radius; i++) sum += k[i + radius] = (float) Math.exp(-i * i / (2 * sigma * sigma));
        for (int i = 0; i < k.length; i++) k[i] /= sum;
        float[] tmp = new float[v.length], out = new float[v.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                float a = 0;
                for (int i = -radius; i <= radius; i++) a += k[i + radius] * v[y * w + Math.max(0, Math.min(w - 1, x + i))];
                tmp[y * w + x] = a;
            }
        }
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                float a = 0;
                for (int i = -radius; i <= radius; i++) a += k[i + radius] * tmp[Math.max(0, Math.min(h - 1, y + i)) * w + x];
                out[y * w + x] = a;
            }
        }
        return out;
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }

    static BufferedImage turnCounterClockwise(BufferedImage img) {
        BufferedImage out = new BufferedImage(img.getHeight(), img.getWidth(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) out.setRGB(y, img.getWidth() - 1 - x, img.getRGB(x, y));
        }
        return out;
    }

    /** JPEG bytes from the JDK's writer (JFIF), baseline or progressive. */
    static byte[] encode(BufferedImage img, float quality, boolean progressive) throws IOException {
        ImageWriter w = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam p = w.getDefaultWriteParam();
        if (progressive) {
            p.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        } else {
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(quality);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            w.setOutput(out);
            w.write(null, new IIOImage(img, null, null), p);
        } finally {
            w.dispose();
        }
        return bytes.toByteArray();
    }

    /** The JPEG with one more marker segment right after its JFIF APP0 segment. */
    static byte[] withSegment(byte[] jpeg, byte[] segment) {
        int at = 2 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF)) + 2; // SOI, then APP0's marker and length
        byte[] out = new byte[jpeg.length + segment.length];
        System.arraycopy(jpeg, 0, out, 0, at);
        System.arraycopy(segment, 0, out, at, segment.length);
        System.arraycopy(jpeg, at, out, at + segment.length, jpeg.length - at);
        return out;
    }

    /** An APP1 Exif segment holding one IFD entry: Orientation (274) = {@code orientation}. */
    static byte[] exifOrientation(int orientation) {
        byte[] tiff = {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, 0, 0, 0, 0};
        return segment(0xE1, concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), tiff));
    }

    /**
     * Colour samples stored as RGB, as an Adobe APP14 marker (transform 0) says, yet behind a JFIF marker that
     * promises YCbCr: some editors and phone apps write this, and the JDK's reader refuses the two as inconsistent.
     */
    static byte[] jfifAndAdobeRgb(BufferedImage img) throws IOException {
        ImageWriter w = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam p = w.getDefaultWriteParam();
        p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        p.setCompressionQuality(0.9f);
        javax.imageio.metadata.IIOMetadata md = w.getDefaultImageMetadata(
                javax.imageio.ImageTypeSpecifier.createFromRenderedImage(img), p);
        String format = "javax_imageio_jpeg_image_1.0";
        javax.imageio.metadata.IIOMetadataNode root = (javax.imageio.metadata.IIOMetadataNode) md.getAsTree(format);
        org.w3c.dom.Node variety = root.getElementsByTagName("JPEGvariety").item(0);
        while (variety.hasChildNodes()) variety.removeChild(variety.getFirstChild()); // no JFIF from the writer
        javax.imageio.metadata.IIOMetadataNode adobe = new javax.imageio.metadata.IIOMetadataNode("app14Adobe");
        adobe.setAttribute("transform", "0"); // samples are RGB, not YCbCr
        root.getElementsByTagName("markerSequence").item(0).appendChild(adobe);
        md.setFromTree(format, root);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            w.setOutput(out);
            w.write(null, new IIOImage(img, null, md), p);
        } finally {
            w.dispose();
        }
        byte[] jpeg = bytes.toByteArray();
        byte[] jfif = segment(0xE0, new byte[] {'J', 'F', 'I', 'F', 0, 1, 2, 0, 0, 1, 0, 1, 0, 0});
        byte[] out = new byte[jpeg.length + jfif.length]; // right after SOI, where JFIF belongs
        System.arraycopy(jpeg, 0, out, 0, 2);
        System.arraycopy(jfif, 0, out, 2, jfif.length);
        System.arraycopy(jpeg, 2, out, 2 + jfif.length, jpeg.length - 2);
        return out;
    }

    private static byte[] segment(int marker, byte[] payload) {
        int len = payload.length + 2;
        return concat(new byte[] {(byte) 0xFF, (byte) marker, (byte) (len >> 8), (byte) len}, payload);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}

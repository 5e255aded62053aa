package vn.plans.tools;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
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
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.CCITTFactory;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Renders the first pages of seed texts as A4 page images: {@code clean/} (300 dpi grey PNG), {@code degraded/}
 * (skewed 0.7-2 degrees, blurred, noisy, a scanner shadow on some, 150-200 dpi, JPEG quality 55-70), and one PDF
 * per set ({@code pdf-clean/}: the clean pages bilevel, CCITT G4 like office scanners; {@code pdf-degraded/}: the
 * degraded JPEG of each seed's first page). Beside each file, a {@code .txt} holds the text drawn, pages separated by form feeds, lines in
 * reading order (the two-column header as issuer then motto on each row, as PDF text layers give it).
 *
 * <p>Usage: {@code java -cp pipeline.jar vn.plans.tools.RenderOcrTestset OUT_DIR PAGES_PER_SEED SEED_FILE...}
 */
public final class RenderOcrTestset {
    static final int DPI = 300;
    static final int WIDTH = 2480, HEIGHT = 3508; // A4 at 300 dpi
    static final int LEFT = 354, RIGHT = 236, TOP = 236, BOTTOM = 236; // 30 / 20 mm margins
    static final float POINTS = 13f;

    private final Font regular = new Font("DejaVu Serif", Font.PLAIN, 1).deriveFont(POINTS * DPI / 72f);
    private final Font bold = regular.deriveFont(Font.BOLD);

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: RenderOcrTestset OUT_DIR PAGES_PER_SEED SEED_FILE...");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int pagesPerSeed = Integer.parseInt(args[1]);
        RenderOcrTestset r = new RenderOcrTestset();
        List<BufferedImage> clean = new ArrayList<>();
        List<Path> degradedFiles = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<String> degradedTexts = new ArrayList<>(); // the degraded PDF holds each seed's first page (size)
        Random rnd = new Random(20260704);
        Files.createDirectories(out.resolve("clean"));
        Files.createDirectories(out.resolve("degraded"));
        for (int s = 2; s < args.length; s++) {
            Path seed = Path.of(args[s]);
            String name = seed.getFileName().toString().substring(0, 3);
            List<Line> lines = Line.fromSeed(Files.readString(seed, StandardCharsets.UTF_8));
            int from = 0;
            for (int p = 1; p <= pagesPerSeed && from < lines.size(); p++) {
                List<String> drawn = new ArrayList<>();
                BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
                from = r.drawPage(img, lines, from, drawn);
                String text = String.join("\n", drawn) + "\n";
                String base = "seed" + name + "-p" + p;
                ImageIO.write(img, "png", out.resolve("clean/" + base + ".png").toFile());
                Files.writeString(out.resolve("clean/" + base + ".txt"), text);
                Path jpg = out.resolve("degraded/" + base + ".jpg");
                writeJpeg(degrade(img, rnd), jpg, 0.55f + rnd.nextFloat() * 0.15f);
                Files.writeString(out.resolve("degraded/" + base + ".txt"), text);
                clean.add(img);
                if (p == 1) {
                    degradedFiles.add(jpg);
                    degradedTexts.add(text);
                }
                texts.add(text);
            }
        }
        String all = String.join("\f", texts);
        Files.createDirectories(out.resolve("pdf-clean"));
        Files.createDirectories(out.resolve("pdf-degraded"));
        writeBilevelPdf(clean, out.resolve("pdf-clean/scan-clean.pdf"));
        Files.writeString(out.resolve("pdf-clean/scan-clean.txt"), all);
        writeJpegPdf(degradedFiles, out.resolve("pdf-degraded/scan-degraded.pdf"));
        Files.writeString(out.resolve("pdf-degraded/scan-degraded.txt"), String.join("\f", degradedTexts));
    }

    /** One source line: its text, whether it is a centered heading, and the header row it belongs to. */
    record Line(String left, String right, boolean heading) {
        static List<Line> fromSeed(String seed) {
            List<String> raw = new ArrayList<>();
            for (String l : seed.split("\n")) {
                String t = l.replaceAll("\\s+", " ").strip();
                if (!t.isEmpty()) raw.add(t);
            }
            List<Line> lines = new ArrayList<>();
            int motto = -1;
            for (int i = 0; i < Math.min(6, raw.size()); i++) {
                if (raw.get(i).toUpperCase().startsWith("CỘNG HOÀ") || raw.get(i).toUpperCase().startsWith("CỘNG HÒA")) motto = i;
            }
            int start = 0;
            if (motto > 0 && motto + 1 < raw.size()) { // issuer lines, then the motto's two lines
                List<String> issuer = raw.subList(0, motto);
                List<String> right = raw.subList(motto, motto + 2);
                for (int i = 0; i < Math.max(issuer.size(), right.size()); i++) {
                    lines.add(new Line(i < issuer.size() ? issuer.get(i) : "", i < right.size() ? right.get(i) : "", true));
                }
                start = motto + 2;
            }
            for (int i = start; i < raw.size(); i++) {
                String t = raw.get(i);
                boolean heading = t.equals(t.toUpperCase()) && t.chars().anyMatch(Character::isLetter) && t.length() < 60;
                lines.add(new Line(t, null, heading));
            }
            return lines;
        }
    }

    /** Draws lines from {@code from} until the page is full; returns the index of the first line not drawn. */
    int drawPage(BufferedImage img, List<Line> lines, int from, List<String> drawn) {
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        int lineHeight = Math.round(regular.getSize2D() * 1.45f);
        int y = TOP + lineHeight;
        int i = from;
        int textWidth = WIDTH - LEFT - RIGHT;
        for (; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.right() != null) { // header row: issuer column | motto column
                if (y > HEIGHT - BOTTOM) break;
                int col = textWidth * 2 / 5;
                g.setFont(bold);
                drawCentered(g, l.left(), LEFT, col, y);
                drawCentered(g, l.right(), LEFT + col, textWidth - col, y);
                drawn.add((l.left() + " " + l.right()).strip());
                y += lineHeight;
                continue;
            }
            g.setFont(l.heading() ? bold : regular);
            List<String> wrapped = wrap(l.left(), g.getFontMetrics(), textWidth);
            if (y + (wrapped.size() - 1) * lineHeight > HEIGHT - BOTTOM) break;
            for (String w : wrapped) {
                if (l.heading()) drawCentered(g, w, LEFT, textWidth, y);
                else g.drawString(w, LEFT, y);
                drawn.add(w);
                y += lineHeight;
            }
        }
        g.dispose();
        return i;
    }

    private static void drawCentered(Graphics2D g, String s, int x, int width, int y) {
        if (s.isEmpty()) return;
        int w = g.getFontMetrics().stringWidth(s);
        g.drawString(s, x + Math.max(0, (width - w) / 2), y);
    }

    static List<String> wrap(String text, FontMetrics fm, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (fm.stringWidth(candidate) > width && !line.isEmpty()) {
                out.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) out.add(line.toString());
        return out;
    }

    /** Skew, blur, down-sampling to 150-200 dpi, sensor noise, sometimes a dark scanner edge. */
    static BufferedImage degrade(BufferedImage clean, Random rnd) {
        double angle = (0.7 + rnd.nextDouble() * 1.3) * (rnd.nextBoolean() ? 1 : -1);
        int dpi = 150 + 25 * rnd.nextInt(3);
        double scale = dpi / (double) DPI;
        int w = (int) Math.round(WIDTH * scale), h = (int) Math.round(HEIGHT * scale);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        AffineTransform t = new AffineTransform();
        t.rotate(Math.toRadians(angle), w / 2.0, h / 2.0);
        t.scale(scale, scale);
        g.drawImage(clean, new AffineTransformOp(t, AffineTransformOp.TYPE_BICUBIC), 0, 0);
        if (rnd.nextBoolean()) { // the shadow of the scanner lid along one edge
            g.setColor(new Color(40, 40, 40));
            g.fillRect(0, 0, 8 + rnd.nextInt(12), h);
        }
        g.dispose();
        float b = 1f / 16;
        BufferedImage blurred = new ConvolveOp(new Kernel(3, 3, new float[] {b, 2 * b, b, 2 * b, 4 * b, 2 * b, b, 2 * b, b}),
                ConvolveOp.EDGE_NO_OP, null).filter(out, null);
        addNoise(blurred, rnd, 10);
        return blurred;
    }

    /** Adds Gaussian noise of {@code sigma} grey levels to every pixel of a grey image, row by row, clamped to 0-255. */
    static void addNoise(BufferedImage grey, Random rnd, double sigma) {
        var raster = grey.getRaster();
        for (int y = 0; y < grey.getHeight(); y++) {
            for (int x = 0; x < grey.getWidth(); x++) {
                int v = raster.getSample(x, y, 0) + (int) Math.round(rnd.nextGaussian() * sigma);
                raster.setSample(x, y, 0, Math.max(0, Math.min(255, v)));
            }
        }
    }

    static void writeJpeg(BufferedImage img, Path file, float quality) throws IOException {
        ImageWriter w = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam p = w.getDefaultWriteParam();
        p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        p.setCompressionQuality(quality);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(Files.newOutputStream(file))) {
            w.setOutput(out);
            w.write(null, new IIOImage(img, null, null), p);
        } finally {
            w.dispose();
        }
    }

    private static void writeBilevelPdf(List<BufferedImage> pages, Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.setDocumentId(20260704L); // the trailer ID is otherwise time-based: keep re-runs byte-identical
            for (BufferedImage img : pages) {
                BufferedImage bw = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
                Graphics2D g = bw.createGraphics();
                g.drawImage(img, 0, 0, null);
                g.dispose();
                addImagePage(doc, CCITTFactory.createFromImage(doc, bw));
            }
            doc.save(file.toFile());
        }
    }

    private static void writeJpegPdf(List<Path> jpegs, Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.setDocumentId(20260704L); // the trailer ID is otherwise time-based: keep re-runs byte-identical
            for (Path j : jpegs) {
                addImagePage(doc, JPEGFactory.createFromByteArray(doc, Files.readAllBytes(j)));
            }
            doc.save(file.toFile());
        }
    }

    private static void addImagePage(PDDocument doc, PDImageXObject image) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
        }
    }
}

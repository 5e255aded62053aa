package vn.plans.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import vn.plans.extract.PdfPageImages;

/**
 * Makes a set of scanned pages for {@link OcrThroughputBench} (laid out as for {@code plans eval-ocr}): each given
 * page of each PDF as the standard pipeline's OCR reads it ({@link PdfPageImages#writeOcrPages}: a page that is one
 * scan image at that image's resolution, another page rendered at 300 dpi; grey PNG with its dpi stated), so that the
 * {@code tesseract} command and the pipeline read the same image file, and beside it {@code NAME-pNNN.txt}: the page
 * of the reference transcription (pages split by form feeds) where one is given, else empty (the bench then scores
 * no CER for that page). Usage: {@code ScanBenchSet OUT_DIR NAME:PDF:PAGES[:REFERENCE]...}, PAGES as {@code 1-3,7}
 * or {@code all}; REFERENCE {@code text-layer} takes each page's own text layer (PDFBox {@code PDFTextStripper}, in
 * content order) as its reference: a digital PDF rendered and read back through OCR, scored against what it says.
 */
public final class ScanBenchSet {
    /** The REFERENCE that takes each page's own text layer. */
    static final String TEXT_LAYER = "text-layer";

    private ScanBenchSet() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2) throw new IllegalArgumentException("usage: ScanBenchSet OUT_DIR NAME:PDF:PAGES[:REFERENCE]...");
        Path out = Files.createDirectories(Path.of(args[0]));
        int n = 0;
        for (int k = 1; k < args.length; k++) {
            String[] spec = args[k].split(":");
            if (spec.length < 3 || spec.length > 4) throw new IllegalArgumentException("not NAME:PDF:PAGES[:REFERENCE]: " + args[k]);
            Path pdf = Path.of(spec[1]);
            List<Integer> pages = spec[2].equals("all") ? allPages(pdf) : pages(spec[2]);
            String[] reference = spec.length < 4 ? new String[0]
                    : spec[3].equals(TEXT_LAYER) ? textLayer(pdf)
                    : Files.readString(Path.of(spec[3]), StandardCharsets.UTF_8).split("\f");
            List<Path> images = PdfPageImages.writeOcrPages(pdf, pages, out, spec[0]);
            for (int i = 0; i < images.size(); i++) {
                int p = pages.get(i);
                String name = images.get(i).getFileName().toString();
                Files.writeString(out.resolve(name.substring(0, name.length() - ".png".length()) + ".txt"),
                        p <= reference.length ? reference[p - 1] : "", StandardCharsets.UTF_8);
            }
            n += images.size();
        }
        System.out.println(n + " pages in " + out);
    }

    /** Every page of the PDF, 1 to its page count. */
    static List<Integer> allPages(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<Integer> out = new ArrayList<>();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) out.add(p);
            return out;
        }
    }

    /** Each page's text layer (index 0 is page 1). */
    static String[] textLayer(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String[] out = new String[doc.getNumberOfPages()];
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= out.length; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                out[p - 1] = stripper.getText(doc);
            }
            return out;
        }
    }

    /** {@code 1-3,7} as [1, 2, 3, 7]. */
    static List<Integer> pages(String spec) {
        List<Integer> out = new ArrayList<>();
        for (String part : spec.split(",")) {
            int dash = part.indexOf('-');
            int from = Integer.parseInt(part.substring(0, dash < 0 ? part.length() : dash).trim());
            int to = dash < 0 ? from : Integer.parseInt(part.substring(dash + 1).trim());
            for (int p = from; p <= to; p++) out.add(p);
        }
        return out;
    }
}

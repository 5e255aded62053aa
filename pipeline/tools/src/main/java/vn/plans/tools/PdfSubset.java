package vn.plans.tools;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/** A copy of some pages of a PDF (1-based numbers), so that a long scan can be evaluated on a few of its pages. */
public final class PdfSubset {
    private PdfSubset() {}

    public static void write(Path pdf, Set<Integer> pages, Path out) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (int i = doc.getNumberOfPages(); i >= 1; i--) if (!pages.contains(i)) doc.removePage(i - 1);
            if (doc.getNumberOfPages() == 0) throw new IllegalArgumentException("no such pages in " + pdf + ": " + pages);
            doc.save(out.toFile());
        }
    }
}

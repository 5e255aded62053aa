package vn.plans.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plans.TestData;
import vn.plans.eval.OcrEvaluation;

/** The scan set is a set the OCR bench and eval-ocr read: one PNG per page with its reference page or an empty one. */
class ScanBenchSetTest {
    @TempDir
    Path dir;

    @Test
    void eachPageIsAnImageWithItsReferencePageBesideIt() throws Exception {
        Path scans = TestData.root().resolve("corpus/ocr/pdf-degraded");
        Path pdf = scans.resolve("scan-degraded.pdf"), ref = scans.resolve("scan-degraded.txt");
        String[] refPages = Files.readString(ref, StandardCharsets.UTF_8).split("\f");
        ScanBenchSet.main(new String[] {dir.toString(), "a:" + pdf + ":2,1:" + ref, "b:" + pdf + ":1"});
        List<OcrEvaluation.Sample> samples = OcrEvaluation.samples(dir);
        assertEquals(List.of("a-p001.png", "a-p002.png", "b-p001.png"),
                samples.stream().map(s -> s.file().getFileName().toString()).toList());
        assertEquals(List.of(refPages[0]), samples.get(0).referencePages());
        assertEquals(List.of(refPages[1]), samples.get(1).referencePages());
        assertTrue(!refPages[0].isBlank() && !refPages[0].equals(refPages[1]));
        assertEquals(List.of(""), samples.get(2).referencePages()); // no reference given: an empty one, not scored
    }

    @Test
    void aDigitalPdfsPagesCanBeScoredAgainstTheirOwnTextLayer() throws Exception {
        Path pdf = TestData.root().resolve("corpus/rendered/000_c1d158b421d6e514.pdf");
        ScanBenchSet.main(new String[] {dir.toString(), "d:" + pdf + ":all:text-layer"});
        List<OcrEvaluation.Sample> samples = OcrEvaluation.samples(dir);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertEquals(doc.getNumberOfPages(), samples.size());
            assertTrue(samples.size() > 1);
            for (int p = 1; p <= samples.size(); p++) {
                var stripper = new org.apache.pdfbox.text.PDFTextStripper();
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String page = stripper.getText(doc);
                assertTrue(!page.isBlank(), "page " + p + " has text");
                assertEquals(List.of(page), samples.get(p - 1).referencePages());
            }
        }
    }

    @Test
    void pageListsAreRangesAndSinglePages() {
        assertEquals(List.of(1, 2, 3, 7, 10), ScanBenchSet.pages("1-3,7,10"));
    }
}

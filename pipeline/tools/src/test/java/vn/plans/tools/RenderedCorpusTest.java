package vn.plans.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.plans.SyllableSequence;
import vn.plans.TestData;
import vn.plans.extract.DocumentExtractor;
import vn.plans.extract.PdfTextExtractor;
import vn.plans.extract.TikaTextExtractor;
import vn.plans.extract.TypeDetector;
import vn.plans.model.ExtractedDocument;
import vn.plans.model.Page;
import vn.plans.model.PlanDocument;
import vn.plans.model.SourceInfo;
import vn.plans.pipeline.DocumentProcessor;
import vn.plans.structure.BasicStructureExtractor;

/** The committed renderings in corpus/rendered/ go through the standard pipeline back to their seed's text. */
@org.junit.jupiter.api.Tag("integration")
class RenderedCorpusTest {
    static final Path ROOT = TestData.root();
    static final Path RENDERED = ROOT.resolve("corpus/rendered");
    static final Path SEEDS = ROOT.resolve("corpus/seeds");

    static Stream<Path> renderings() throws IOException {
        assumeTrue(Files.isDirectory(RENDERED), "corpus/rendered missing: run scripts/render-corpus");
        try (Stream<Path> s = Files.list(RENDERED)) {
            List<Path> files = s.filter(p -> p.toString().endsWith(".pdf") || p.toString().endsWith(".docx")).sorted().toList();
            return files.stream();
        }
    }

    static Stream<Path> pdfs() throws IOException {
        return renderings().filter(p -> p.toString().endsWith(".pdf"));
    }

    private final DocumentExtractor extractor =
            new DocumentExtractor(new PdfTextExtractor(null), new TikaTextExtractor(), null);

    @ParameterizedTest
    @MethodSource("renderings")
    void ingestsBackToTheSeedsSyllables(Path file) throws Exception {
        String name = file.getFileName().toString().replaceFirst("\\.(pdf|docx)$", "");
        String seed = Files.readString(SEEDS.resolve(name + ".txt"));
        assertTrue(Files.size(file) < 300_000, file + " is " + Files.size(file) + " bytes");

        String type = new TypeDetector().detect(file);
        PlanDocument doc = new DocumentProcessor(extractor, null, new BasicStructureExtractor())
                .process(file, new SourceInfo(file.toString(), type, "-", Files.size(file)), name);
        String text = doc.fullText();
        assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC), "text not NFC");
        double recall = SyllableSequence.recall(seed, text);
        double precisionShown = SyllableSequence.recall(text, seed);
        System.out.printf("%s: recall %.4f precision %.4f (%d seed syllables)%n", file.getFileName(), recall, precisionShown,
                SyllableSequence.of(seed).size());
        // a table row split by a page break (seed 000's phụ lục) lists its cells' continued parts after all first
        // parts, so the order differs there by those parts; the syllables themselves must all come back
        boolean splitTable = file.toString().endsWith(".pdf")
                && !new PdfTextExtractor(null).extract(file, type).tables().isEmpty();
        double inOrder = splitTable ? 0.98 : 0.99;
        assertTrue(recall >= inOrder, String.format("%s: only %.4f of the seed's syllables came back in order", file, recall));
        // and nothing was invented: the extracted syllables are (nearly) all in the seed, in order
        double precision = precisionShown;
        assertTrue(precision >= inOrder, String.format("%s: only %.4f of the extracted syllables are the seed's", file, precision));
        double bag = bagRecall(SyllableSequence.of(seed), SyllableSequence.of(text));
        assertTrue(bag >= 0.995, String.format("%s: only %.4f of the seed's syllables came back", file, bag));
    }

    @ParameterizedTest
    @MethodSource("pdfs")
    void pdfPageNumbersArePrintedAndThenDropped(Path file) throws Exception {
        ExtractedDocument raw = new PdfTextExtractor(null).extract(file, "application/pdf");
        assertTrue(raw.pages().size() >= 2, "expected several pages, got " + raw.pages().size());
        PlanDocument doc = new DocumentProcessor(extractor, null, new BasicStructureExtractor())
                .process(file, new SourceInfo(file.toString(), "application/pdf", "-", Files.size(file)), "x");
        assertEquals(raw.pages().size(), doc.pages().size());
        for (int i = 0; i < raw.pages().size(); i++) {
            String number = Integer.toString(i + 1);
            List<String> rawLines = raw.pages().get(i).text().strip().lines().toList();
            assertEquals(number, rawLines.getLast().strip(), "page " + number + " should print its number last");
            Page p = doc.pages().get(i);
            List<String> lines = p.text().strip().lines().toList();
            assertFalse(lines.getLast().strip().equals(number), "page number left at the end of page " + number);
            assertFalse(lines.getFirst().strip().equals(number), "page number left at the start of page " + number);
        }
    }

    /** Share of {@code expected}'s syllables found in {@code actual}, in any order (each used once). */
    private static double bagRecall(List<String> expected, List<String> actual) {
        java.util.Map<String, Integer> left = new java.util.HashMap<>();
        for (String s : actual) left.merge(s, 1, Integer::sum);
        int found = 0;
        for (String s : expected) {
            Integer n = left.get(s);
            if (n != null && n > 0) { found++; left.put(s, n - 1); }
        }
        return expected.isEmpty() ? 1 : (double) found / expected.size();
    }
}

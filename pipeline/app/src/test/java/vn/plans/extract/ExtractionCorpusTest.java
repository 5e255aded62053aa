package vn.plans.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.plans.TestData;
import vn.plans.model.PlanDocument;
import vn.plans.model.SourceInfo;
import vn.plans.normalize.TextQuality;
import vn.plans.pipeline.DocumentProcessor;
import vn.plans.structure.BasicStructureExtractor;

/**
 * Every document of corpus/ and the DOCX, DOC and digital PDFs of ../shared/corpus-dev either yields NFC text
 * made of Vietnamese syllables (no mojibake, no lost diacritics) or a clear failure.
 */
@org.junit.jupiter.api.Tag("integration")
class ExtractionCorpusTest {
    private final TypeDetector detector = new TypeDetector();
    private final DocumentProcessor processor = new DocumentProcessor(
            new DocumentExtractor(new PdfTextExtractor(null), new TikaTextExtractor(), null), null,
            new BasicStructureExtractor());

    @TestFactory
    Stream<DynamicTest> projectCorpus() throws Exception {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(TestData.corpus())) {
            s.filter(Files::isRegularFile)
                    .filter(p -> !p.toString().contains("/gold/") && !p.getFileName().toString().startsWith("."))
                    .filter(p -> !p.getFileName().toString().equals("README.md"))
                    .filter(p -> !p.getFileName().toString().startsWith("004_")) // stripped OCR seed: the restorer's input
                    .filter(p -> p.toString().matches(".*\\.(txt|md|pdf|docx|doc|odt|html)$"))
                    .filter(p -> !p.toString().contains("/ocr/")) // images for OCR evaluation
                    .filter(p -> !p.getFileName().toString().contains(".mojibake.")) // must fail: CharsetSamplesTest
                    .sorted().forEach(files::add);
        }
        assertTrue(files.size() >= 4, "corpus has documents");
        return files.stream().map(f -> DynamicTest.dynamicTest(TestData.corpus().relativize(f).toString(),
                () -> assertCleanVietnamese(f, false)));
    }

    @TestFactory
    Stream<DynamicTest> sharedDevCorpus() throws Exception {
        Path dev = TestData.shared().resolve("corpus-dev");
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(dev)) {
            s.filter(p -> p.toString().matches(".*\\.(pdf|docx|doc)$")).sorted().forEach(files::add);
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> assertCleanVietnamese(f, true)));
    }

    private void assertCleanVietnamese(Path file, boolean mayNeedOcr) throws Exception {
        String type = detector.detect(file);
        SourceInfo src = new SourceInfo(file.toString(), type, "x", Files.size(file));
        PlanDocument doc;
        try {
            doc = processor.process(file, src, "test");
        } catch (ExtractionException e) {
            // Only scans and garbled text layers may fail, and only with a reason that says so.
            if (mayNeedOcr && e.getMessage().contains("OCR")) return;
            fail(file + " failed: " + e.getMessage());
            return;
        }
        String text = doc.fullText();
        assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC), "NFC");
        TextQuality q = TextQuality.of(text);
        assertFalse(q.looksGarbled(), "not mojibake: " + q);
        assertTrue(q.words() >= 50, "has text: " + q);
        assertTrue(q.invalidShare() < 0.03, file.getFileName() + " syllables intact: " + q);
        assertTrue(q.markedShare() > 0.45, "diacritics kept: " + q);
        assertEquals(-1, text.indexOf('\uFFFD'), "no replacement characters");
    }
}

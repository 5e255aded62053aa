package vn.plans.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.plans.TestData;
import vn.plans.model.PlanDocument;
import vn.plans.model.SourceInfo;
import vn.plans.pipeline.DocumentProcessor;
import vn.plans.structure.BasicStructureExtractor;

/**
 * Seed 001 rendered by scripts/make-charset-samples in the charsets plain text arrives in (corpus/charsets/) ingests
 * to the same page text as the UTF-8 seed; the double-encoded rendering fails with its reason.
 */
class CharsetSamplesTest {
    static final Path SAMPLES = TestData.corpus().resolve("charsets");
    private final TypeDetector detector = new TypeDetector();
    private final DocumentProcessor processor = new DocumentProcessor(
            new DocumentExtractor(new PdfTextExtractor(null), new TikaTextExtractor(), null), null,
            new BasicStructureExtractor());

    private String ingestedText(Path file) throws Exception {
        String type = detector.detect(file);
        assertEquals("text/plain", type, file.getFileName() + " is plain text");
        PlanDocument d = processor.process(file, new SourceInfo(file.toString(), type, "x", Files.size(file)), "t");
        return d.pages().getFirst().text();
    }

    @ParameterizedTest
    @ValueSource(strings = {"windows-1258", "utf-16le", "utf-16be-bom", "vni"})
    void sameTextAsTheUtf8Seed(String charset) throws Exception {
        String expected = ingestedText(TestData.seed("001"));
        assertEquals(expected, ingestedText(SAMPLES.resolve("seed-001." + charset + ".txt")));
    }

    /**
     * TCVN3 has no code for a capital with a tone mark outside capitals lines (the {@code Ủ} of {@code Ủy ban} in
     * running text is typed in the capitals font): those letters come back in lower case, nothing else differs.
     */
    @Test
    void tcvn3SameTextButItsUnencodableCapitals() throws Exception {
        String expected = ingestedText(TestData.seed("001"));
        String actual = ingestedText(SAMPLES.resolve("seed-001.tcvn3.txt"));
        assertEquals(expected.length(), actual.length());
        int capitals = 0;
        for (int i = 0; i < expected.length(); i++) {
            char e = expected.charAt(i), a = actual.charAt(i);
            if (e == a) continue;
            assertTrue(Character.isUpperCase(e) && Character.toLowerCase(e) == a && e > 0x7F,
                    "at " + i + ": " + expected.substring(Math.max(0, i - 20), i + 5) + " / " + actual.substring(Math.max(0, i - 20), i + 5));
            capitals++;
        }
        assertTrue(capitals <= 3, capitals + " capitals lost");
    }

    @Test
    void doubleEncodedUtf8FailsWithItsReason() {
        ExtractionException e = assertThrows(ExtractionException.class,
                () -> ingestedText(SAMPLES.resolve("seed-001.mojibake.txt")));
        assertTrue(e.getMessage().startsWith("plain text is mojibake"), e.getMessage());
    }
}

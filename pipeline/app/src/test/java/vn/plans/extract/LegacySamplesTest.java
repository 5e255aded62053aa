package vn.plans.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.plans.SyllableSequence;
import vn.plans.TestData;
import vn.plans.model.ExtractedDocument;
import vn.plans.model.PlanDocument;
import vn.plans.model.SourceInfo;
import vn.plans.normalize.Reflow;
import vn.plans.normalize.TextQuality;
import vn.plans.pipeline.DocumentProcessor;
import vn.plans.structure.BasicStructureExtractor;

/** The committed samples in corpus/legacy/ (made by scripts/make-legacy-samples) and a real legacy Word file. */
@org.junit.jupiter.api.Tag("integration")
class LegacySamplesTest {
    static final Path ROOT = TestData.root();
    static final Path LEGACY = ROOT.resolve("corpus/legacy");
    static final Path TT38 = TestData.sharedDir().resolve("corpus-dev/TT-38-2025-BCT.doc");

    static String source() throws Exception {
        return Files.readString(LEGACY.resolve("source.txt"));
    }

    @Test
    void sourceIsRealSeedText() throws Exception {
        StringBuilder seeds = new StringBuilder();
        try (var s = Files.list(ROOT.resolve("corpus/seeds"))) {
            for (Path p : s.filter(f -> f.getFileName().toString().matches("00[01]_.*\\.txt")).sorted().toList()) {
                seeds.append(Reflow.reflow(Files.readString(p))).append('\n');
            }
        }
        List<String> src = SyllableSequence.of(source());
        assertTrue(src.size() > 1000, "source has only " + src.size() + " syllables");
        assertEquals(src.size(), SyllableSequence.lcs(src, SyllableSequence.of(seeds.toString())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tcvn3", "vni"})
    void textSamplesAreBytesThatConvertBack(String name) throws Exception {
        byte[] bytes = Files.readAllBytes(LEGACY.resolve(name + ".txt"));
        String asRead = new String(bytes, Charset.forName("windows-1252"));
        assertTrue(TextQuality.of(asRead).invalidShare() > 0.5, "the sample should not read as Vietnamese before conversion");
        LegacyEncodings.Result r = LegacyEncodings.convert(asRead);
        assertEquals(name.toUpperCase(), r.encoding());
        assertEquals(SyllableSequence.of(source()), SyllableSequence.of(r.text()));
        if (name.equals("vni")) assertEquals(source(), r.text()); // VNI has codes for every capital
    }

    @ParameterizedTest
    @ValueSource(strings = {"tcvn3.txt", "vni.txt", "tcvn3.docx", "vni.docx"})
    void samplesIngestIntoTheSourceSyllables(String file) throws Exception {
        Path p = LEGACY.resolve(file);
        String type = new TypeDetector().detect(p);
        DocumentExtractor extractor = new DocumentExtractor(new PdfTextExtractor(null), new TikaTextExtractor(), null);
        PlanDocument doc = new DocumentProcessor(extractor, null, new BasicStructureExtractor())
                .process(p, new SourceInfo(p.toString(), type, "-", Files.size(p)), file);
        String encoding = file.startsWith("vni") ? "VNI" : "TCVN3";
        assertTrue(doc.warnings().contains("converted legacy " + encoding + " text to Unicode"), doc.warnings().toString());
        assertEquals(SyllableSequence.of(source()), SyllableSequence.of(doc.fullText()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tcvn3", "vni"})
    void tikaExtractorConvertsTheWordSamples(String name) throws Exception {
        Path p = LEGACY.resolve(name + ".docx");
        ExtractedDocument d = new TikaTextExtractor()
                .extract(p, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        String text = d.pages().getFirst().text();
        assertTrue(text.contains("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"), text.substring(0, 200));
        assertTrue(text.contains("Độc lập - Tự do - Hạnh phúc"));
        assertTrue(text.contains("Triển khai thực hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025"));
        TextQuality q = TextQuality.of(text);
        assertTrue(q.invalidShare() < 0.05 && q.markedShare() > 0.6, q.toString());
        // the header is a 2x2 Word table: its cells come back converted too, one line per cell paragraph (Tika may add blank lines between them)
        List<String> src = source().lines().toList();
        assertEquals(1, d.tables().size());
        assertEquals(List.of(List.of(src.get(0) + "\n" + src.get(1), src.get(2) + "\n" + src.get(3)),
                List.of(src.get(4), src.get(5))), d.tables().getFirst().rows().stream()
                .map(r -> r.stream().map(c -> c.replaceAll("\n+", "\n")).toList()).toList());
    }

    @Test
    void realLegacyWordFileGivesCleanVietnamese() throws Exception {
        assumeTrue(Files.exists(TT38), "../shared/corpus-dev/TT-38-2025-BCT.doc not available: skipped");
        ExtractedDocument d = new TikaTextExtractor().extract(TT38, "application/msword");
        String text = d.pages().getFirst().text();
        // the file is Unicode already: nothing may be converted
        assertTrue(d.warnings().stream().noneMatch(w -> w.contains("legacy")), d.warnings().toString());
        assertTrue(text.contains("BỘ CÔNG THƯƠNG") && text.contains("Số: 38/2025/TT-BCT"), text.substring(0, 300));
        TextQuality q = TextQuality.of(text);
        assertTrue(q.words() > 10_000, q.toString());
        assertEquals(0, q.foreignLetters(), q.toString());
        assertTrue(q.invalidShare() < 0.12, q.toString());
        assertTrue(q.markedShare() > 0.6, q.toString());
        assertEquals(text, LegacyEncodings.convert(text).text());
    }
}

package vn.plans.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.plans.TestData;
import vn.plans.model.ExtractedDocument;
import vn.plans.model.Page;
import vn.plans.model.SourceInfo;
import vn.plans.pipeline.DocumentWork;
import vn.plans.pipeline.Stages;

/**
 * A DOCX of unknown type goes through the extract stage with its zip container inflated and counted once: the count
 * made before Tika's container detection also serves the parse (the worker used to inflate it twice before Tika read
 * it). The count goes through the limited extractor's zip measurement, the only caller of {@link ZipExpansion#check}.
 * The input is seed 000 rendered as DOCX ({@code corpus/rendered}, made by {@code scripts/render-corpus}).
 */
class LimitedDetectionTest {
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final List<Long> inflated = new ArrayList<>();
    private final LimitedExtractor limited = new LimitedExtractor(new TikaTextExtractor(), InputLimits.DEFAULT,
            (file, max) -> {
                long bytes = ZipExpansion.check(file, max);
                inflated.add(bytes);
                return bytes;
            });

    private static Path renderedDocx() throws Exception {
        try (Stream<Path> s = Files.list(TestData.corpus().resolve("rendered"))) {
            return s.filter(p -> p.getFileName().toString().startsWith("000_") && p.toString().endsWith(".docx"))
                    .findFirst().orElseThrow();
        }
    }

    @Test
    void aDocxOfUnknownTypeIsInflatedOnceForDetectionAndParse() throws Exception {
        Path docx = renderedDocx();
        SourceInfo unknown = new SourceInfo(docx.toString(), null, "0".repeat(64), Files.size(docx));
        DocumentWork w = new Stages.Extract(limited).apply(
                new DocumentWork(docx, unknown, "000", List.of(), List.of(), false, List.of(), null));
        assertEquals(DOCX, w.source().mediaType(), "detected by content");
        assertEquals(1, inflated.size(), "one inflation of the container: " + inflated);
        assertTrue(inflated.getFirst() > Files.size(docx), "the count is what the container expands to: " + inflated);
        String text = String.join("\n", w.pages().stream().map(Page::text).toList());
        assertTrue(text.contains("HUYỆN BA TƠ"), "the document is still read (seed 000's issuing district)");
    }

    @Test
    void aDocxOfKnownTypeIsInflatedOnceToo() throws Exception {
        limited.extract(renderedDocx(), DOCX);
        assertEquals(1, inflated.size(), inflated.toString());
    }

    @Test
    void aPdfOfUnknownTypeIsNotMeasuredAsAZip() throws Exception {
        Path pdf;
        try (Stream<Path> s = Files.list(TestData.corpus().resolve("rendered"))) {
            pdf = s.filter(p -> p.toString().endsWith(".pdf")).sorted().findFirst().orElseThrow();
        }
        List<String> parsedAs = new ArrayList<>();
        LimitedExtractor stubbed = new LimitedExtractor((file, type) -> {
            parsedAs.add(type);
            return new ExtractedDocument(List.of(), List.of(), List.of());
        }, InputLimits.DEFAULT, (file, max) -> {
            inflated.add(-1L);
            return 0;
        });
        assertEquals("application/pdf", stubbed.detectAndExtract(pdf).mediaType());
        assertEquals(List.of("application/pdf"), parsedAs);
        assertEquals(List.of(), inflated);
    }
}

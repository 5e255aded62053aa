package vn.plans.index;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plans.TestData;
import vn.plans.extract.DocumentExtractor;
import vn.plans.extract.PdfTextExtractor;
import vn.plans.extract.TikaTextExtractor;
import vn.plans.ingest.IngestPipeline;
import vn.plans.output.DocumentStore;
import vn.plans.output.Manifest;
import vn.plans.pipeline.DocumentProcessor;
import vn.plans.structure.BasicStructureExtractor;

/**
 * The 1178/ĐCK-CTT letter of corpus-real prints "Thƣơng", "phƣơng" with U+01A3 for ư in its text layer; after
 * ingest, a search for {@code phuong} finds it and the snippet shows the letter ư.
 */
class LookAlikeSearchTest {
    @TempDir Path tmp;

    @Test
    void phuongFindsThePageWithTheLookAlikeLetter() throws Exception {
        Path pdf = TestData.shared().resolve("corpus-real/kccn-sct-vn__1178-DCK-CTT-huong-dan-CCN-dia-gioi-moi.pdf");
        assumeTrue(Files.exists(pdf), pdf + " not found; skipping");
        IngestPipeline p = new IngestPipeline(new DocumentProcessor(
                new DocumentExtractor(new PdfTextExtractor(null), new TikaTextExtractor(), null), null,
                new BasicStructureExtractor()), 1);
        try (Manifest m = new Manifest(tmp.resolve("out")); PlanIndex idx = new PlanIndex(tmp.resolve("idx"))) {
            p.run(List.of(pdf), new DocumentStore(tmp.resolve("out")), m, idx, null, false);
        }
        try (PlanSearcher s = new PlanSearcher(tmp.resolve("idx"))) {
            List<SearchHit> hits = s.search("phuong", "passage", 10);
            assertFalse(hits.isEmpty(), "phuong finds the letter");
            String snippet = hits.getFirst().snippet();
            assertTrue(snippet.contains("ương»") || snippet.contains("Phương»") || snippet.contains("PHƯƠNG»"), snippet);
            assertFalse(snippet.contains("ƣ"), snippet);
            assertFalse(s.search("cong thuong", "document", 10).isEmpty(), "Sở Công Thương");
        }
    }
}

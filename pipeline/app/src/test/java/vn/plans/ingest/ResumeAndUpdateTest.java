package vn.plans.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plans.TestData;
import vn.plans.extract.DocumentExtractor;
import vn.plans.extract.PdfTextExtractor;
import vn.plans.extract.TikaTextExtractor;
import vn.plans.index.PlanIndex;
import vn.plans.model.PlanDocument;
import vn.plans.output.DocumentStore;
import vn.plans.output.Manifest;
import vn.plans.output.ManifestEntry;
import vn.plans.pipeline.DocumentProcessor;
import vn.plans.pipeline.IngestSummary;
import vn.plans.structure.BasicStructureExtractor;

/** Idempotent re-runs and repair of outputs left behind by an interrupted run, in one JVM. */
@org.junit.jupiter.api.Tag("integration")
class ResumeAndUpdateTest {
    @TempDir Path tmp;

    private static IngestPipeline pipeline() {
        return new IngestPipeline(new DocumentProcessor(
                new DocumentExtractor(new PdfTextExtractor(null), new TikaTextExtractor(), null), null,
                new BasicStructureExtractor()), 2);
    }

    @Test
    void unchangedFilesStaySkippedRunAfterRunAndSharedContentSurvivesAChange() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path a = in.resolve("a.txt"), b = in.resolve("b.txt");
        Files.copy(TestData.seed("002"), a);
        Files.copy(TestData.seed("002"), b); // same bytes, two paths: one document
        DocumentStore store = new DocumentStore(tmp.resolve("out"));
        try (Manifest m = new Manifest(tmp.resolve("out")); PlanIndex idx = new PlanIndex(tmp.resolve("idx"))) {
            assertEquals(2, pipeline().run(List.of(in), store, m, idx, null, false).ok());
            String shared = store.ids().get(0);
            for (int run = 0; run < 2; run++) {
                IngestSummary s = pipeline().run(List.of(in), store, m, idx, null, false);
                assertEquals(2, s.skipped(), "run " + run + " after the first skips both");
            }
            Files.writeString(b, "\nBổ sung: tổng kết vào cuối năm.\n", java.nio.file.StandardOpenOption.APPEND);
            assertEquals(1, pipeline().run(List.of(in), store, m, idx, null, false).ok());
            assertTrue(store.contains(shared), "a.txt still refers to the shared document");
            assertEquals(2, store.ids().size());
            assertEquals(Set.copyOf(store.ids()), idx.documentIds());
        }
    }

    @Test
    void theNextRunReindexesWhatTheIndexLostAndDropsUnconfirmedJson() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (String s : List.of("000", "001", "003")) Files.copy(TestData.seed(s), in.resolve(s + ".txt"));
        Path out = tmp.resolve("out");
        DocumentStore store = new DocumentStore(out);
        try (Manifest m = new Manifest(out); PlanIndex idx = new PlanIndex(tmp.resolve("idx"))) {
            pipeline().run(List.of(in), store, m, idx, null, false);
        }
        // What a kill -9 leaves: the index lost its last documents (never committed), a JSON file was written
        // for a document whose manifest line never was, and the manifest's last line is torn.
        String lost = store.ids().get(0);
        try (PlanIndex idx = new PlanIndex(tmp.resolve("idx"))) {
            idx.delete(lost);
            idx.commit();
        }
        PlanDocument d = store.read(store.ids().get(1));
        store.write(d.withId("feedfacefeedface"));
        Files.writeString(out.resolve("manifest.jsonl"), "{\"path\":\"/torn", java.nio.file.StandardOpenOption.APPEND);

        IngestSummary s;
        try (Manifest m = new Manifest(out); PlanIndex idx = new PlanIndex(tmp.resolve("idx"))) {
            s = pipeline().run(List.of(in), store, m, idx, null, false);
            assertEquals(3, s.skipped());
            assertEquals(2, s.repaired(), "one re-indexed, one orphan JSON removed");
            assertTrue(idx.documentIds().contains(lost));
            assertEquals(Set.copyOf(store.ids()), idx.documentIds());
        }
        assertFalse(store.contains("feedfacefeedface"));
        assertEquals(3, store.ids().size());
        for (ManifestEntry e : new Manifest(out).latest().values()) assertEquals(ManifestEntry.SKIPPED, e.status());
    }
}

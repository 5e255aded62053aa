package vn.plans.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plans.TestData;
import vn.plans.extract.DocumentExtractor;
import vn.plans.extract.PdfTextExtractor;
import vn.plans.extract.TikaTextExtractor;
import vn.plans.ingest.DocumentProcessor;
import vn.plans.ingest.IngestPipeline;
import vn.plans.output.DocumentStore;
import vn.plans.output.Manifest;
import vn.plans.structure.BasicStructureExtractor;

/** Search over the ingested seeds. */
class SearchTest {
    @TempDir static Path tmp;
    static PlanSearcher searcher;

    @BeforeAll
    static void ingestSeeds() throws Exception {
        IngestPipeline p = new IngestPipeline(new DocumentProcessor(
                new DocumentExtractor(new PdfTextExtractor(null), new TikaTextExtractor(), null), null,
                new BasicStructureExtractor()), 2);
        try (Manifest m = new Manifest(tmp.resolve("out")); PlanIndex idx = new PlanIndex(tmp.resolve("idx"))) {
            p.run(List.of(TestData.corpus().resolve("seeds")), new DocumentStore(tmp.resolve("out")), m, idx, null, false);
        }
        searcher = new PlanSearcher(tmp.resolve("idx"));
    }

    @AfterAll
    static void close() throws Exception {
        searcher.close();
    }

    private static String plain(String snippet) {
        return snippet.replace("«", "").replace("»", "");
    }

    @Test
    void foldedQueryFindsBaToWithItsPrintedSpelling() throws Exception {
        List<SearchHit> hits = searcher.search("tre em khuyet tat", "passage", 10);
        SearchHit baTo = hits.stream().filter(h -> h.path().contains("000_")).findFirst().orElseThrow();
        assertNotNull(baTo.snippet());
        assertTrue(plain(baTo.snippet()).contains("trẻ em khuyết tật"), baTo.snippet());
    }

    @Test
    void dStrokeFoldsToD() throws Exception {
        assertFalse(searcher.search("dao tao", "passage", 10).isEmpty());
        assertEquals(searcher.search("đào tạo", "passage", 10).size(), searcher.search("dao tao", "passage", 10).size());
    }

    @Test
    void bothTonePlacementsMatchEachOther() throws Exception {
        // Seed 000 prints both "Uỷ ban" and "Ủy ban"; either spelling finds the same documents.
        assertEquals(searcher.search("\"Uỷ ban\"", "passage", 10).stream().map(SearchHit::docId).sorted().toList(),
                searcher.search("\"Ủy ban\"", "passage", 10).stream().map(SearchHit::docId).sorted().toList());
    }

    @Test
    void exactSpellingRanksAboveFoldedOnlyMatch() throws Exception {
        // "tré em" (stripped OCR of seed 004) and "trẻ em" (other seeds) both fold to "tre em"; typed with marks,
        // the documents that spell it that way come first.
        List<SearchHit> hits = searcher.search("trẻ em khuyết tật", "passage", 10);
        assertTrue(hits.size() >= 2);
        assertFalse(hits.get(0).path().contains("004_"), "exact spelling first, got " + hits.get(0).path());
    }

    @Test
    void phraseQueriesRespectWordOrder() throws Exception {
        assertFalse(searcher.search("\"uy ban nhan dan\"", "passage", 10).isEmpty());
        assertTrue(searcher.search("\"dan nhan ban uy\"", "passage", 10).isEmpty());
    }
}

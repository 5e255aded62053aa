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
import vn.plans.model.ExtractionMethod;
import vn.plans.model.Page;
import vn.plans.model.PlanDocument;
import vn.plans.model.SourceInfo;

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
    void ingestInfersEachSeedsProvinceAndItsPost2025Province() throws Exception {
        SearchResult r = searcher.search(new SearchRequest("", false, java.util.Map.of(), 10, 10));
        assertEquals(5, r.total());
        for (SearchHit h : r.hits()) assertNotNull(h.province(), h.path());
        SearchHit baTo = r.hits().stream().filter(h -> h.path().contains("000_")).findFirst().orElseThrow();
        assertEquals("Quảng Ngãi", baTo.province());
        assertEquals("Quảng Ngãi", baTo.province2025());
        assertEquals(List.of(new SearchResult.FacetCount("Quảng Ngãi", 2)), r.facets().get("province").subList(0, 1));
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

    @Test
    void everyHighlightedSpanIsAQueryTermAsPrinted() throws Exception {
        List<String> terms = List.of("tre", "em", "khuyet", "tat");
        for (SearchHit h : searcher.search("tre em khuyet tat", "passage", 10)) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("«([^»]*)»").matcher(h.snippet());
            int spans = 0;
            while (m.find()) {
                spans++;
                for (String w : vn.plans.normalize.Folding.fold(m.group(1)).split(" ")) {
                    assertTrue(terms.contains(w), m.group(1) + " in " + h.snippet()); // a phrase match is one span
                }
            }
            assertTrue(spans > 0, h.snippet());
        }
    }

    private static PlanDocument doc(String id, String text, String printed) {
        Page page = new Page(1, text, ExtractionMethod.PLAIN_TEXT, printed, null);
        return PlanDocument.of(id, new SourceInfo(id + ".txt", "text/plain", id, text.length()), List.of(page),
                vn.plans.model.Structure.empty(), false, List.of());
    }

    /**
     * Why phrase queries rather than bigram shingles: positions are indexed anyway (highlighting needs them), a
     * quoted query or the phrase boost matches multi-syllable words as units, and shingles would double the terms.
     */
    @Test
    void multiSyllableWordsMatchAsUnitsNotScatteredSyllables(@TempDir Path dir) throws Exception {
        try (PlanIndex idx = new PlanIndex(dir)) {
            idx.put(doc("adjacent", "Tăng cường công tác bảo vệ trẻ em trên địa bàn huyện.", null));
            idx.put(doc("scattered", "Em gái của đối tượng được hỗ trợ học nghề, hướng dẫn thanh niên và người trẻ tuổi.", null));
            idx.put(doc("reversed", "Các em học sinh trẻ tuổi tham gia hoạt động hè.", null));
        }
        try (PlanSearcher s = new PlanSearcher(dir)) {
            assertEquals(List.of("adjacent"), s.search("\"tre em\"", "passage", 10).stream().map(SearchHit::docId).toList());
            List<SearchHit> loose = s.search("tre em", "passage", 10);
            assertEquals(3, loose.size(), "unquoted, every document with both syllables matches");
            assertEquals("adjacent", loose.get(0).docId(), "the adjacent pair ranks first");
            assertTrue(loose.get(0).score() > 1.5 * loose.get(1).score(), loose.toString());
        }
    }

    @Test
    void exactSpellingOutranksFoldedOnlyMatch(@TempDir Path dir) throws Exception {
        try (PlanIndex idx = new PlanIndex(dir)) {
            idx.put(doc("folded", "Bao ve tre em o dia phuong, ho tro tre em co hoan canh kho khan.", null));
            idx.put(doc("exact", "Bảo vệ trẻ em ở địa phương, hỗ trợ trẻ em có hoàn cảnh khó khăn.", null));
        }
        try (PlanSearcher s = new PlanSearcher(dir)) {
            assertEquals(List.of("exact", "folded"), s.search("trẻ em", "passage", 10).stream().map(SearchHit::docId).toList());
            assertEquals(2, s.search("tre em", "passage", 10).size());
        }
    }

    @Test
    void highlightOffsetsPointIntoThePrintedText(@TempDir Path dir) throws Exception {
        String printed = "Thành lập Hội đồng hoà giải của Uỷ ban nhân dân huyện.";
        String canonical = vn.plans.normalize.ToneMarks.canonicalize(printed);
        assertFalse(canonical.equals(printed), "the example must differ in tone placement");
        try (PlanIndex idx = new PlanIndex(dir)) {
            idx.put(doc("d", canonical, printed));
        }
        try (PlanSearcher s = new PlanSearcher(dir)) {
            SearchHit h = s.search("hòa giải ủy ban", "passage", 1).get(0);
            assertTrue(h.snippet().contains("«hoà» «giải»"), h.snippet());
            assertTrue(h.snippet().contains("«Uỷ» «ban»"), h.snippet());
            assertEquals(printed, plain(h.snippet()));
        }
    }
}

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
import vn.plans.ingest.IngestPipeline;
import vn.plans.model.ExtractionMethod;
import vn.plans.model.Page;
import vn.plans.model.PlanDocument;
import vn.plans.model.SourceInfo;
import vn.plans.output.DocumentStore;
import vn.plans.output.Manifest;
import vn.plans.pipeline.DocumentProcessor;
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
        // "đào tạo" is printed in 000, 001 and 003; typed without marks it matches any marking, forgiving too
        assertEquals(java.util.Set.of("000", "001", "003"), seeds("đào tạo", SearchRequest.Matching.PRECISE));
        assertTrue(seeds("dao tao", SearchRequest.Matching.PRECISE).containsAll(java.util.Set.of("000", "001", "003")));
        assertEquals(seeds("dao tao", SearchRequest.Matching.PRECISE), seeds("đào tạo", SearchRequest.Matching.FORGIVING));
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
            assertEquals(List.of("adjacent"), s.search("tre em", "passage", 10).stream().map(SearchHit::docId).toList(),
                    "unquoted too, the syllables match in sequence, not as a bag");
            assertEquals(3, s.search(SearchRequest.of("tre em", false, 10).with(SearchRequest.Matching.LEGACY)).total(),
                    "the legacy matching took every document with both syllables");
        }
    }

    @Test
    void exactSpellingOutranksFoldedOnlyMatch(@TempDir Path dir) throws Exception {
        try (PlanIndex idx = new PlanIndex(dir)) {
            idx.put(doc("folded", "Bao ve tre em o dia phuong, ho tro tre em co hoan canh kho khan.", null));
            idx.put(doc("exact", "Bảo vệ trẻ em ở địa phương, hỗ trợ trẻ em có hoàn cảnh khó khăn.", null));
        }
        try (PlanSearcher s = new PlanSearcher(dir)) {
            assertEquals(List.of("exact"), ids(s, "trẻ em", SearchRequest.Matching.PRECISE), "typed with marks: those marks");
            assertEquals(List.of("exact", "folded"), ids(s, "trẻ em", SearchRequest.Matching.FORGIVING));
            assertEquals(2, s.search("tre em", "passage", 10).size(), "typed without marks: any marking");
        }
    }

    private static List<String> ids(PlanSearcher s, String q, SearchRequest.Matching m) throws Exception {
        return s.search(SearchRequest.of(q, false, 10).with(m)).hits().stream().map(SearchHit::docId).toList();
    }

    private static java.util.Set<String> seeds(String q, SearchRequest.Matching m) throws Exception {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (SearchHit h : searcher.search(SearchRequest.of(q, false, 50).with(m)).hits()) {
            out.add(Path.of(h.path()).getFileName().toString().substring(0, 3));
        }
        return out;
    }

    @Test
    void wildcardsWithCapitalsAndMarksFindTheSeeds() throws Exception {
        // read from the files: "trẻ" is printed in seeds 000-003; 004 (OCR without marks) has "tre"; "khuyế"
        // (any case) in 000, 002 ("Khuyến") and 003
        assertEquals(java.util.Set.of("000", "001", "002", "003"), seeds("Trẻ*", SearchRequest.Matching.PRECISE));
        assertEquals(java.util.Set.of("000", "001", "002", "003", "004"), seeds("TRE*", SearchRequest.Matching.PRECISE));
        assertEquals(java.util.Set.of("000", "002", "003"), seeds("khuyế*", SearchRequest.Matching.PRECISE));
        // highlights mark what matched: words printed "trẻ…", never "trên" (the same letters without the marks)
        for (SearchHit h : searcher.search(SearchRequest.of("Trẻ*", false, 50)).hits()) {
            for (int[] o : h.highlights()) {
                String word = h.snippetText().substring(o[0], o[1]);
                assertTrue(vn.plans.normalize.ToneMarks.canonicalize(word).toLowerCase(java.util.Locale.ROOT).startsWith("trẻ"),
                        "highlighted '" + word + "' in " + h.snippetText());
            }
        }
    }

    @Test
    void wordsTypedWithMarksMatchThoseMarksAndForgivingFindsTheUnmarkedOcr() throws Exception {
        // "bạo lực" is printed in 000 (3 times), 001 (6) and 003 (4); 004 prints "bao luc"; 002 has neither
        assertEquals(java.util.Set.of("000", "001", "003"), seeds("bạo lực", SearchRequest.Matching.PRECISE));
        assertEquals(java.util.Set.of("000", "001", "003", "004"), seeds("bạo lực", SearchRequest.Matching.FORGIVING));
        assertEquals(java.util.Set.of("000", "001", "003", "004"), seeds("bao luc", SearchRequest.Matching.PRECISE));
    }

    @Test
    void userSyntaxIsNeverAnErrorAndAnUnclosedQuoteIsAHint() throws Exception {
        SearchResult r = searcher.search(SearchRequest.of("\"tre", false, 10));
        assertNotNull(r.hint());
        assertFalse(r.hint().contains("Lexical"), r.hint());
        assertFalse(r.hits().isEmpty());
        for (String q : List.of("(", ")", "[a TO", "OR", "AND", "-", "--x", "a:b", "^2", "~", "\\", "***", "?", "181/2024",
                "2242/KH-SCT", "nghi dinh 181/2024", "/", "\"", "\"\"", "tre OR", "OR tre", "+trẻ -em", "trẻ*em", "27/QĐ-TTg")) {
            SearchResult res = searcher.search(SearchRequest.of(q, false, 10));
            assertNotNull(res, q);
        }
        assertTrue(searcher.search(SearchRequest.of("/", false, 10)).hint().contains("nothing searchable"));
    }

    @Test
    void filtersFoldCaseAndMarksAndResolveTypeSymbols() throws Exception {
        java.util.function.Function<java.util.Map<String, List<String>>, Long> total = f -> {
            try {
                return searcher.search(new SearchRequest("", false, f, 10, 0)).total();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        // two seeds are of Quảng Ngãi (ingestInfers... above); the seeds' basic structure gives no type (see SearchRealTest)
        assertEquals(2, total.apply(java.util.Map.of("province", List.of("Quang Ngai"))));
        assertEquals(2, total.apply(java.util.Map.of("province", List.of("QUẢNG NGÃI"))));
    }

    @Test
    void agencyFilterTakesTheNameAHitPrints() throws Exception {
        SearchHit task = searcher.search(SearchRequest.of("", true, 200)).hits().stream()
                .filter(h -> !h.lead().isEmpty() && !h.lead().get(0).name().equals(h.lead().get(0).canonical()))
                .findFirst().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(task != null, "no seed task whose printed lead differs from its canonical name");
        String printed = task.lead().get(0).name();
        SearchResult r = searcher.search(new SearchRequest("", true, java.util.Map.of("lead", List.of(printed)), 500, 0));
        assertTrue(r.hits().stream().anyMatch(h -> h.unitId().equals(task.unitId())), printed);
    }

    @Test
    void snippetsAreBoundedWithHighlightOffsets() throws Exception {
        for (SearchHit h : searcher.search("trẻ em", "passage", 10)) {
            assertTrue(h.snippetText().length() <= Snippets.MAX + 4, h.snippetText().length() + ": " + h.snippetText());
            assertFalse(h.highlights().isEmpty(), h.snippet());
            for (int[] o : h.highlights()) {
                assertEquals("tre", vn.plans.normalize.Folding.fold(h.snippetText().substring(o[0], o[1])).split(" ")[0], h.snippet());
            }
        }
    }

    /** Sequences, not bags: the examples, each next to the text that used to match it. */
    @Test
    void multiSyllableInputMatchesAsASequence(@TempDir Path dir) throws Exception {
        try (PlanIndex idx = new PlanIndex(dir)) {
            idx.put(doc("sonla", "Ủy ban nhân dân tỉnh Sơn La ban hành kế hoạch.", null));
            idx.put(doc("sonla-la", "Sơn tường rào trụ sở; đây là việc cần làm.", null));
            idx.put(doc("solaodong", "Sở Lao động - Thương binh và Xã hội chủ trì.", null));
            idx.put(doc("so-laodong", "Số lao động được hỗ trợ việc làm là 120 người.", null));
            idx.put(doc("baoluc", "Phòng, chống bạo lực gia đình.", null));
            idx.put(doc("baoluc-bao", "Bảo đảm nguồn lực cho công tác bảo vệ.", null));
            idx.put(doc("hoa", "Hội đồng hoà giải cơ sở.", null));
        }
        try (PlanSearcher s = new PlanSearcher(dir)) {
            assertEquals(List.of("sonla"), ids(s, "Sơn La", SearchRequest.Matching.PRECISE));
            assertEquals(List.of("solaodong"), ids(s, "Sở Lao động", SearchRequest.Matching.PRECISE));
            assertEquals(List.of("baoluc"), ids(s, "bạo lực", SearchRequest.Matching.PRECISE));
            assertEquals(List.of("hoa"), ids(s, "hòa giải", SearchRequest.Matching.PRECISE));
            assertEquals(List.of("hoa"), ids(s, "hoà giải", SearchRequest.Matching.PRECISE));
            assertEquals(java.util.Set.of("solaodong", "so-laodong"),
                    new java.util.HashSet<>(ids(s, "so lao dong", SearchRequest.Matching.PRECISE)));
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
            SearchHit h = s.search("\"hòa giải\" \"ủy ban\"", "passage", 1).get(0);
            assertTrue(h.snippet().contains("«hoà giải»"), h.snippet());
            assertTrue(h.snippet().contains("«Uỷ ban»"), h.snippet());
            assertEquals(printed, plain(h.snippet()));
        }
    }
}

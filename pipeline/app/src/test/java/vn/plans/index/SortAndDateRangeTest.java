package vn.plans.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plans.extract.DocumentExtractor;
import vn.plans.extract.PdfTextExtractor;
import vn.plans.extract.TikaTextExtractor;
import vn.plans.model.PlanDocument;
import vn.plans.pipeline.DocumentProcessor;

/**
 * Sorting by document date and the date range filter, over the seeds with the dates printed in them
 * ({@link FacetSearchTest#HEADERS}: 2025-02-28, 2025-03, 2025-04 twice, 2025-04-04).
 */
class SortAndDateRangeTest {
    @TempDir static Path tmp;
    static PlanSearcher searcher;
    static final List<PlanDocument> docs = new ArrayList<>();

    @BeforeAll
    static void indexSeeds() throws Exception {
        DocumentProcessor p = new DocumentProcessor(
                new DocumentExtractor(new PdfTextExtractor(null), new TikaTextExtractor(), null), null,
                new vn.plans.structure.BasicStructureExtractor());
        docs.addAll(FacetSearchTest.indexCompletedSeeds(p, tmp.resolve("idx")));
        searcher = new PlanSearcher(tmp.resolve("idx"));
    }

    @AfterAll
    static void close() throws Exception {
        searcher.close();
    }

    static String seedDate(String docId) {
        PlanDocument d = docs.stream().filter(x -> x.id().equals(docId)).findFirst().orElseThrow();
        return FacetSearchTest.HEADERS.get(Path.of(d.source().path()).getFileName().toString().substring(0, 4))[1];
    }

    static List<String> dates(SearchResult r) {
        return r.hits().stream().map(h -> seedDate(h.docId())).toList();
    }

    @Test
    void newestAndOldestFollowThePrintedDates() throws Exception {
        SearchRequest all = new SearchRequest("", false, Map.of(), 10, 0);
        List<String> newest = dates(searcher.search(all.with(SearchRequest.Order.NEWEST)));
        assertEquals(List.of("2025-04-04", "2025-04", "2025-04", "2025-03", "2025-02-28"), newest);
        List<String> oldest = dates(searcher.search(all.with(SearchRequest.Order.OLDEST)));
        assertEquals(List.of("2025-02-28", "2025-03", "2025-04", "2025-04", "2025-04-04"), oldest);
        SearchResult tasks = searcher.search(new SearchRequest("", true, Map.of(), 1000, 10).with(SearchRequest.Order.NEWEST));
        List<String> taskDates = dates(tasks);
        assertTrue(taskDates.size() > 5, "tasks of several documents");
        for (int i = 1; i < taskDates.size(); i++) {
            LocalDate a = SearchRequest.documentDay(taskDates.get(i - 1)), b = SearchRequest.documentDay(taskDates.get(i));
            assertTrue(!a.isBefore(b), "task hits newest first: " + taskDates);
        }
        assertEquals(seedDate(tasks.hits().get(0).docId()), tasks.hits().get(0).date(), "hits carry the document date");
    }

    @Test
    void aDateRangeKeepsTheDocumentsDatedInIt() throws Exception {
        SearchRequest all = new SearchRequest("", false, Map.of(), 10, 10);
        SearchResult march = searcher.search(all.dated(SearchRequest.date("2025-03", false), SearchRequest.date("2025-03", true)));
        assertEquals(List.of("2025-03"), dates(march));
        assertEquals(1, march.total());
        SearchResult april = searcher.search(all.dated(LocalDate.of(2025, 4, 1), null).with(SearchRequest.Order.OLDEST));
        assertEquals(List.of("2025-04", "2025-04", "2025-04-04"), dates(april));
        SearchResult upTo = searcher.search(all.dated(null, LocalDate.of(2025, 3, 1)));
        assertEquals(2, upTo.total(), "2025-02-28 and 2025-03 (the first of March)");
        SearchResult tasksInMarch = searcher.search(new SearchRequest("", true, Map.of(), 1000, 0)
                .dated(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31)));
        PlanDocument marchDoc = docs.stream().filter(d -> seedDate(d.id()).equals("2025-03")).findFirst().orElseThrow();
        assertEquals(marchDoc.tasks().size(), tasksInMarch.total(), "tasks filtered by their document's date");
    }

    @Test
    void badSortsAndDatesAreRefusedWithTheAcceptedForms() {
        assertEquals(SearchRequest.Order.NEWEST, SearchRequest.Order.of("Newest"));
        assertEquals(SearchRequest.Order.RELEVANCE, SearchRequest.Order.of(null));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SearchRequest.Order.of("date")).getMessage().contains("newest"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SearchRequest.date("31/12/2025", false)).getMessage().contains("YYYY-MM-DD"));
        assertThrows(IllegalArgumentException.class, () -> SearchRequest.date("2025-02-30", false));
        assertEquals(LocalDate.of(2024, 2, 29), SearchRequest.date("2024-02", true));
        assertThrows(IllegalArgumentException.class, () -> SearchRequest.of("", false, 1).dated(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 1)));
        assertEquals(null, SearchRequest.documentDay("tháng 3/2025"), "not an ISO date: no day, never a guess");
    }
}

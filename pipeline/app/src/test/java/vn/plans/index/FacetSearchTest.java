package vn.plans.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plans.TestData;
import vn.plans.extract.DocumentExtractor;
import vn.plans.extract.PdfTextExtractor;
import vn.plans.extract.TikaTextExtractor;
import vn.plans.model.Agency;
import vn.plans.model.DocumentPart;
import vn.plans.model.DocumentType;
import vn.plans.model.Header;
import vn.plans.model.PlanDocument;
import vn.plans.model.SourceInfo;
import vn.plans.model.Task;
import vn.plans.model.Timeframe;
import vn.plans.model.TimeframeKind;
import vn.plans.normalize.Folding;
import vn.plans.output.DocumentStore;
import vn.plans.output.Json;
import vn.plans.pipeline.DocumentProcessor;
import vn.plans.pipeline.InputFiles;

/**
 * Facets over the seeds. Until the structure stage fills issuer, dates and tasks, the test completes the seeds'
 * records itself: issuer and date as printed in each seed, and one task per paragraph that names a known agency
 * (the first named leads, the others coordinate; the paragraph before it, which usually says what to do, is part of the task's text). The facet counts are then checked against the JSON records.
 */
public class FacetSearchTest {
    @TempDir static Path tmp;
    static PlanSearcher searcher;
    static List<JsonNode> records = new ArrayList<>();

    /** Issuer and issue date as printed in each seed (day or month left blank where the seed leaves it blank). */
    public static final Map<String, String[]> HEADERS = Map.of(
            "000_", new String[] {"UBND huyện Ba Tơ", "2025-04"},
            "001_", new String[] {"UBND huyện Sơn Tây", "2025-04-04"},
            "002_", new String[] {"UBND huyện Tam Đường", "2025-03"},
            "003_", new String[] {"Sở Giáo dục và Đào tạo thành phố Hải Phòng", "2025-04"},
            "004_", new String[] {"UBND tỉnh Sơn La", "2025-02-28"});

    /** Agency spellings found in the seeds (folded) and their canonical names. */
    static final Map<String, String> AGENCIES = new java.util.LinkedHashMap<>();
    static {
        AGENCIES.put("phong giao duc", "Phòng Giáo dục và Đào tạo");
        AGENCIES.put("phong gddt", "Phòng Giáo dục và Đào tạo");
        AGENCIES.put("so giao duc", "Sở Giáo dục và Đào tạo");
        AGENCIES.put("phong van hoa", "Phòng Văn hóa - Xã hội");
        AGENCIES.put("trung tam y te", "Trung tâm Y tế");
        AGENCIES.put("so y te", "Sở Y tế");
        AGENCIES.put("phong tu phap", "Phòng Tư pháp");
        AGENCIES.put("phong dan toc", "Phòng Dân tộc và Tôn giáo");
        AGENCIES.put("phong noi vu", "Phòng Nội vụ");
        AGENCIES.put("cong an", "Công an");
    }

    private static final vn.plans.enrich.Enricher ENRICHER = new vn.plans.enrich.Enricher(vn.plans.gazetteer.Gazetteer.load());

    static final Pattern DEADLINE = Pattern.compile("trước ngày (\\d{1,2})/(\\d{1,2})/(\\d{4})");

    @BeforeAll
    static void indexSeeds() throws Exception {
        DocumentProcessor p = new DocumentProcessor(
                new DocumentExtractor(new PdfTextExtractor(null), new TikaTextExtractor(), null), null,
                new vn.plans.structure.BasicStructureExtractor());
        DocumentStore store = new DocumentStore(tmp.resolve("out"));
        for (PlanDocument d : indexCompletedSeeds(p, tmp.resolve("idx"))) store.write(d);
        for (String id : store.ids()) records.add(Json.MAPPER.readTree(store.pathOf(id).toFile()));
        searcher = new PlanSearcher(tmp.resolve("idx"));
    }

    /** Processes every seed with {@code p}, completes it as {@link #complete} does, and indexes it into {@code idx}. */
    public static List<PlanDocument> indexCompletedSeeds(DocumentProcessor p, Path idx) throws Exception {
        List<Path> seeds;
        try (Stream<Path> s = Files.list(TestData.corpus().resolve("seeds"))) {
            seeds = s.sorted().toList();
        }
        List<PlanDocument> out = new ArrayList<>();
        try (PlanIndex index = new PlanIndex(idx)) {
            for (Path f : seeds) {
                String sha = InputFiles.sha256(f);
                PlanDocument d = p.process(f, new SourceInfo(f.toString(), "text/plain", sha, Files.size(f)), sha.substring(0, 16));
                d = complete(d, HEADERS.get(f.getFileName().toString().substring(0, 4)));
                index.put(d);
                out.add(d);
            }
        }
        return out;
    }

    public static PlanDocument complete(PlanDocument d, String[] header) {
        List<Task> tasks = new ArrayList<>();
        int n = 0;
        String previous = "";
        for (String para : d.fullText().split("\n")) {
            if (para.isBlank()) continue;
            String context = previous;
            previous = para;
            String folded = Folding.fold(para);
            String taskFolded = Folding.fold(context + " " + para);
            Set<String> named = new LinkedHashSet<>();
            int first = Integer.MAX_VALUE;
            String lead = null;
            for (Map.Entry<String, String> a : AGENCIES.entrySet()) {
                int at = folded.indexOf(a.getKey());
                if (at < 0) continue;
                named.add(a.getValue());
                if (at < first) { first = at; lead = a.getValue(); }
            }
            if (lead == null || para.length() < 30) continue;
            named.remove(lead);
            String kind = taskFolded.contains("thuong xuyen") ? "recurring" : taskFolded.matches(".*\\bnam 20\\d\\d.*") ? "year" : "unknown";
            Matcher m = DEADLINE.matcher(context + " " + para);
            String deadline = m.find() ? String.format("%s-%02d-%02d", m.group(3), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))) : null;
            if (deadline != null) kind = "deadline";
            String l = lead;
            tasks.add(new Task(d.id() + "-t" + (++n), d.id(), null, (context + "\n" + para).strip(), List.of(new Agency(l, l)),
                    named.stream().map(a -> new Agency(a, a)).toList(), new Timeframe(null, TimeframeKind.ofJson(kind), null, null, deadline, null),
                    DocumentPart.BODY, 1, null, null));
        }
        Header h = d.header();
        // the completed header goes through the enrich stage again, which decides the year from the new date
        return ENRICHER.enrich(d.withHeader(new Header(DocumentType.KE_HOACH, h.number(), header[0], null, h.province(),
                h.place(), header[1], h.title(), h.legalBases(), h.recipients(), h.signer())).withTasks(tasks));
    }

    @AfterAll
    static void close() throws Exception {
        searcher.close();
    }

    /** The values a facet dimension takes for a document record or one of its tasks, read from the JSON. */
    static List<String> values(JsonNode doc, JsonNode task, String dim) {
        List<String> out = new ArrayList<>();
        switch (dim) {
            case "province" -> addText(out, doc.get("header").get("province"));
            case "province_2025" -> addText(out, doc.get("header").get("province_2025"));
            case "issuer" -> addText(out, doc.get("header").get("issuer"));
            case "type" -> addText(out, doc.get("header").get("doc_type"));
            case "year" -> addText(out, doc.get("header").get("year"));
            case "lead", "coordinating", "timeframe_kind" -> {
                List<JsonNode> tasks = new ArrayList<>();
                if (task != null) tasks.add(task); else doc.get("tasks").forEach(tasks::add);
                Set<String> s = new LinkedHashSet<>();
                for (JsonNode t : tasks) {
                    if (dim.equals("timeframe_kind")) s.add(t.get("timeframe").get("kind").asText());
                    else t.get(dim.equals("lead") ? "lead_agencies" : "coordinating_agencies").forEach(a -> s.add(a.get("canonical").asText()));
                }
                out.addAll(s);
            }
            default -> throw new IllegalArgumentException(dim);
        }
        return out;
    }

    static void addText(List<String> out, JsonNode n) {
        if (n != null && !n.isNull()) out.add(n.asText());
    }

    static Map<String, Long> expected(boolean tasks, String dim, Predicate<JsonNode> docFilter) {
        Map<String, Long> counts = new TreeMap<>();
        for (JsonNode d : records) {
            if (!docFilter.test(d)) continue;
            if (tasks) for (JsonNode t : d.get("tasks")) for (String v : values(d, t, dim)) counts.merge(v, 1L, Long::sum);
            else for (String v : values(d, null, dim)) counts.merge(v, 1L, Long::sum);
        }
        return counts;
    }

    static Map<String, Long> actual(SearchResult r, String dim) {
        Map<String, Long> m = new TreeMap<>();
        for (SearchResult.FacetCount c : r.facets().get(dim)) m.put(c.value(), c.count());
        return m;
    }

    static final List<String> CHECKED = List.of("province", "issuer", "lead", "coordinating", "type", "year", "timeframe_kind");

    @Test
    void everyFacetCountMatchesTheJsonRecords() throws Exception {
        for (boolean tasks : new boolean[] {false, true}) {
            SearchResult r = searcher.search(new SearchRequest("", tasks, Map.of(), 0, 100));
            long units = tasks ? records.stream().mapToLong(d -> d.get("tasks").size()).sum() : records.size();
            assertEquals(units, r.total());
            for (String dim : CHECKED) {
                assertEquals(expected(tasks, dim, d -> true), actual(r, dim), (tasks ? "tasks " : "documents ") + dim);
            }
        }
        assertEquals(Set.of("Quảng Ngãi", "Lai Châu", "Hải Phòng", "Sơn La"), expected(false, "province", d -> true).keySet());
        assertTrue(expected(true, "lead", d -> true).containsKey("Phòng Giáo dục và Đào tạo"));
    }

    @Test
    void drillDownFiltersAndDrillSidewaysKeepsTheOtherValues() throws Exception {
        SearchResult all = searcher.search(new SearchRequest("tre em", true, Map.of(), 1000, 100));
        SearchResult qn = searcher.search(new SearchRequest("tre em", true, Map.of("province", List.of("Quảng Ngãi")), 1000, 100));
        assertTrue(qn.total() > 0 && qn.total() < all.total());
        for (SearchHit h : qn.hits()) assertEquals("Quảng Ngãi", h.province());
        // sideways: the filtered dimension counts as if unfiltered
        assertEquals(actual(all, "province"), actual(qn, "province"));
        assertEquals(actual(all, "province").get("Quảng Ngãi"), qn.total());
        // drill-down: the other dimensions count only the filtered hits
        Map<String, Long> leads = new TreeMap<>();
        Map<String, JsonNode> tasksById = new HashMap<>();
        for (JsonNode d : records) for (JsonNode t : d.get("tasks")) tasksById.put(t.get("task_id").asText(), t);
        for (SearchHit h : qn.hits()) for (String v : values(null, tasksById.get(h.unitId()), "lead")) leads.merge(v, 1L, Long::sum);
        assertEquals(leads, actual(qn, "lead"));
    }

    @Test
    void analystQuestionProvinceLeadAgencyAndYear() throws Exception {
        Map<String, List<String>> f = Map.of("province", List.of("Quảng Ngãi"), "lead", List.of("Phòng Giáo dục và Đào tạo"),
                "year", List.of("2025"));
        SearchResult r = searcher.search(new SearchRequest("trẻ em", true, f, 100, 10));
        assertFalse(r.hits().isEmpty());
        long expected = records.stream().filter(d -> "Quảng Ngãi".equals(d.get("header").get("province").asText()))
                .flatMap(d -> java.util.stream.StreamSupport.stream(d.get("tasks").spliterator(), false))
                .filter(t -> values(null, t, "lead").contains("Phòng Giáo dục và Đào tạo"))
                .filter(t -> Folding.fold(t.get("text").asText()).matches("(?s).*\\btre\\b.*") && Folding.fold(t.get("text").asText()).matches("(?s).*\\bem\\b.*"))
                .count();
        assertEquals(expected, r.total());
        for (SearchHit h : r.hits()) {
            assertEquals("Quảng Ngãi", h.province());
            assertEquals("Quảng Ngãi", h.province2025());
            assertTrue(h.lead().stream().anyMatch(a -> a.canonical().equals("Phòng Giáo dục và Đào tạo") || Folding.fold(a.name()).contains("giao duc")));
            assertTrue(h.snippet().contains("«"), h.snippet());
        }
        // districts of Quảng Ngãi among the issuers of those tasks
        assertTrue(actual(r, "issuer").keySet().stream().allMatch(i -> i.startsWith("UBND huyện")), actual(r, "issuer").toString());
    }

    @Test
    void multipleValuesOfOneDimensionAreOred() throws Exception {
        SearchResult both = searcher.search(new SearchRequest("", false, Map.of("province", List.of("Lai Châu", "Sơn La")), 10, 10));
        assertEquals(expected(false, "province", d -> true).get("Lai Châu") + expected(false, "province", d -> true).get("Sơn La"),
                both.total());
    }

    @Test
    void documentAndTaskLookups() throws Exception {
        JsonNode rec = records.get(0);
        Map<String, Object> doc = searcher.document(rec.get("id").asText());
        assertEquals(rec.get("header").get("province").asText(), doc.get("province"));
        assertEquals(rec.get("tasks").size(), ((List<?>) doc.get("tasks")).size());
        String taskId = rec.get("tasks").get(0).get("task_id").asText();
        assertEquals(rec.get("tasks").get(0).get("text").asText(), searcher.task(taskId).get("text"));
        assertEquals(null, searcher.document("no-such-id"));
    }
}

package vn.plans.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plans.TestData;
import vn.plans.index.FacetSearchTest;
import vn.plans.index.PlanIndex;
import vn.plans.model.PlanDocument;
import vn.plans.model.SourceInfo;
import vn.plans.output.Json;
import vn.plans.pipeline.StandardPipeline;

/** {@code plans search} with filters, over the seeds completed as in {@link FacetSearchTest}. */
class SearchCommandTest {
    @TempDir static Path tmp;
    static final List<PlanDocument> docs = new ArrayList<>();

    @BeforeAll
    static void index() throws Exception {
        var p = StandardPipeline.build();
        docs.addAll(FacetSearchTest.indexCompletedSeeds(p, tmp.resolve("idx")));
    }

    static String[] run(int expectedExit, String... args) {
        CliRun r = CliRun.of(args);
        assertEquals(expectedExit, r.code(), r.err());
        return new String[] {r.out(), r.err()};
    }

    @Test
    void tasksFilteredByProvinceAgencyYearAsJson() throws Exception {
        String out = run(0, "search", "--index", tmp.resolve("idx").toString(), "--tasks", "--json", "-n", "100",
                "--province", "Quảng Ngãi", "--agency", "Phòng Giáo dục và Đào tạo", "--year", "2025", "--type", "KE_HOACH", "trẻ", "em")[0];
        List<JsonNode> hits = new ArrayList<>();
        for (String line : out.split("\n")) if (!line.isBlank()) hits.add(Json.MAPPER.readTree(line));
        assertFalse(hits.isEmpty());
        long expected = docs.stream().filter(d -> "Quảng Ngãi".equals(d.header().province())).flatMap(d -> d.tasks().stream())
                .filter(t -> t.leadAgencies().stream().anyMatch(a -> a.canonical().equals("Phòng Giáo dục và Đào tạo")))
                .filter(t -> vn.plans.normalize.Folding.fold(t.text()).matches("(?s).*\\btre\\b.*\\bem\\b.*|(?s).*\\bem\\b.*\\btre\\b.*"))
                .count();
        assertEquals(expected, hits.size());
        for (JsonNode h : hits) {
            assertEquals("Quảng Ngãi", h.get("province").asText());
            assertEquals("task", h.get("kind").asText());
            assertTrue(h.get("lead").toString().contains("Phòng Giáo dục và Đào tạo"), h.toString());
        }
    }

    @Test
    void textOutputWithFacetsAndUsageErrors() {
        String out = run(0, "search", "--index", tmp.resolve("idx").toString(), "--facets", "--province", "Lai Châu", "tre", "em")[0];
        assertTrue(out.startsWith("1 documents"), out);
        assertTrue(out.contains("province: ") && out.contains("Quảng Ngãi (2)"), out);
        run(PlansCli.USAGE, "search", "--index", tmp.resolve("nowhere").toString(), "x");
    }

    @Test
    void sortAndDateRangeWithUsageErrorsForBadValues() throws Exception {
        String idx = tmp.resolve("idx").toString();
        // the seeds print 2025-04 (000, 003), 2025-04-04 (001), 2025-03 (002), 2025-02-28 (004)
        String out = run(0, "search", "--index", idx, "--json", "--sort", "oldest", "--from", "2025-03", "--to", "2025-04-30")[0];
        List<String> dates = new ArrayList<>();
        for (String line : out.split("\n")) if (!line.isBlank()) dates.add(Json.MAPPER.readTree(line).get("date").asText());
        assertEquals(List.of("2025-03", "2025-04", "2025-04", "2025-04-04"), dates);
        String text = run(0, "search", "--index", idx, "--sort", "newest", "-n", "1")[0];
        assertTrue(text.contains("dated 2025-04-04"), text);
        for (String[] bad : List.of(new String[] {"--sort", "date"}, new String[] {"--from", "1/3/2025"},
                new String[] {"--from", "2025-05", "--to", "2025-04"})) {
            List<String> args = new ArrayList<>(List.of("search", "--index", idx));
            args.addAll(List.of(bad));
            String err = run(PlansCli.USAGE, args.toArray(String[]::new))[1];
            assertTrue(err.contains("Usage:"), "usage help for " + List.of(bad) + ": " + err);
        }
        Path csv = tmp.resolve("march.csv");
        run(0, "export", "--index", idx, "--documents", "--format", "csv", "--from", "2025-03", "--to", "2025-03", "--file", csv.toString());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(2, lines.size(), "header and the one document dated March 2025: " + lines);
        assertTrue(lines.get(1).contains(",2025-03,"), lines.get(1));
        run(PlansCli.USAGE, "export", "--index", idx, "--documents", "--format", "csv", "--sort", "random");
    }
}

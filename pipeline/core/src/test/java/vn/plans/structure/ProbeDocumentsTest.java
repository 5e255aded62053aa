package vn.plans.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.plans.TestData;
import vn.plans.model.Agency;
import vn.plans.model.ExtractionMethod;
import vn.plans.model.Page;
import vn.plans.model.Structure;
import vn.plans.model.Task;

/**
 * The probe documents of {@code corpus/probes/}: documents written from the drafting forms the gold rules name, each
 * with the tasks those rules give it ({@code pNN.expected.json}, written before the program read them). Each probe's
 * type, its tasks (by the start of their text), their lead and coordinating agencies, and the passages that are no
 * tasks are checked; a task the probe does not expect fails it too. A miss the program is known to make is listed in
 * {@code known-gaps.tsv}: its agencies are checked to still be wrong, so a mended gap is noticed.
 */
class ProbeDocumentsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PlanStructureExtractor EXTRACTOR = new PlanStructureExtractor();

    @TestFactory
    Stream<DynamicTest> eachProbeGivesTheTasksItsRulesName() throws Exception {
        Path dir = TestData.corpus().resolve("probes");
        List<Path> probes;
        try (Stream<Path> s = Files.list(dir)) {
            probes = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        assertTrue(probes.size() >= 14, "probes in " + dir);
        java.util.Set<String> gaps = knownGaps(dir);
        return probes.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p, gaps)));
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).strip();
    }

    private static List<String> names(List<Agency> agencies) {
        return agencies.stream().map(Agency::name).toList();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(nfc(n.asText())));
        return out;
    }

    /** {@code known-gaps.tsv}: probe and task start of each known miss, whose agencies are checked to still differ. */
    private static java.util.Set<String> knownGaps(Path dir) throws java.io.IOException {
        java.util.Set<String> gaps = new HashSet<>();
        for (String line : Files.readAllLines(dir.resolve("known-gaps.tsv"))) {
            String[] f = line.split("\t");
            if (!line.startsWith("#") && f.length >= 2) gaps.add(f[0] + "\t" + nfc(f[1]));
        }
        return gaps;
    }

    private static void check(Path probe, java.util.Set<String> gaps) throws Exception {
        String name = probe.getFileName().toString();
        JsonNode expected = JSON.readTree(probe.resolveSibling(name.replace(".txt", ".expected.json")).toFile());
        Structure s = EXTRACTOR.extract(name, List.of(new Page(1, Files.readString(probe), ExtractionMethod.PLAIN_TEXT)), List.of());
        assertEquals(expected.get("type").asText(), String.valueOf(s.header().docType()), name + " type");
        List<Task> tasks = s.tasks();
        HashSet<Integer> used = new HashSet<>();
        for (JsonNode e : expected.get("tasks")) {
            String start = nfc(e.get("text_starts").asText());
            int found = -1;
            for (int i = 0; i < tasks.size() && found < 0; i++) if (!used.contains(i) && nfc(tasks.get(i).text()).startsWith(start)) found = i;
            assertTrue(found >= 0, name + ": no task starts with \"" + start + "\" in " + tasks.stream().map(Task::text).toList());
            used.add(found);
            Task t = tasks.get(found);
            boolean agenciesRight = strings(e.get("lead_agencies")).equals(names(t.leadAgencies()))
                    && new HashSet<>(strings(e.get("coordinating_agencies"))).equals(new HashSet<>(names(t.coordinatingAgencies())));
            if (gaps.contains(name + "\t" + start)) {
                assertTrue(!agenciesRight, name + ": the known gap of \"" + start + "\" is mended: remove it from known-gaps.tsv");
                continue;
            }
            assertEquals(strings(e.get("lead_agencies")), names(t.leadAgencies()), name + " leads of \"" + start + "\"");
            assertEquals(new HashSet<>(strings(e.get("coordinating_agencies"))), new HashSet<>(names(t.coordinatingAgencies())),
                    name + " coordinators of \"" + start + "\"");
            if (e.has("timeframe")) {
                String tf = e.get("timeframe").isNull() ? null : nfc(e.get("timeframe").asText());
                assertEquals(tf, t.timeframe() == null ? null : nfc(t.timeframe().raw()), name + " timeframe of \"" + start + "\"");
            }
        }
        for (int i = 0; i < tasks.size(); i++) assertTrue(used.contains(i), name + ": a task the probe does not expect: " + tasks.get(i).text());
        for (JsonNode n : expected.path("not_tasks")) {
            String start = nfc(n.get("text_starts").asText());
            assertTrue(tasks.stream().noneMatch(t -> nfc(t.text()).startsWith(start)), name + ": \"" + start + "\" is no task (" + n.path("why").asText() + ")");
        }
    }
}

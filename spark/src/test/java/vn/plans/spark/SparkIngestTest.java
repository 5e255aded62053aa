package vn.plans.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plans.TestData;
import vn.plans.index.PlanIndex;
import vn.plans.ingest.IngestPipeline;
import vn.plans.output.DocumentStore;
import vn.plans.output.Json;
import vn.plans.output.Manifest;
import vn.plans.output.ManifestEntry;
import vn.plans.pipeline.FileProcessor;
import vn.plans.pipeline.InputFiles;
import vn.plans.pipeline.PipelineConfig;
import vn.plans.pipeline.StandardPipeline;

/**
 * The Spark ingest in {@code local[2]} (two task slots, a task may fail once) against the embedded ingest of the same
 * files, a task failure in the middle of a job, a rerun, and a batch left by a run that died.
 */
@Tag("integration")
class SparkIngestTest {
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkIngest.session("local[2,2]"); // local[N,F]: local mode's form of spark.task.maxFailures=F
    }

    @AfterAll
    static void stop() {
        if (spark != null) spark.stop();
    }

    private static JobConfig config() {
        return JobConfig.defaults(PipelineConfig.defaultModel(), 2);
    }

    private static Inputs.Listing listing(List<Path> roots) throws IOException {
        return Inputs.list(roots.stream().map(Path::toString).toList(), null, spark.sparkContext().hadoopConfiguration());
    }

    @Test
    void sameDocumentsTasksAndManifestAsTheEmbeddedIngest(@TempDir Path tmp) throws Exception {
        List<Path> roots = List.of(TestData.corpus(), TestData.shared().resolve("corpus-dev"));
        Path embedded = tmp.resolve("embedded");
        DocumentStore store = new DocumentStore(embedded);
        try (Manifest manifest = new Manifest(embedded); PlanIndex index = new PlanIndex(tmp.resolve("index"));
             FileProcessor processor = StandardPipeline.build(
                     PipelineConfig.defaults(PipelineConfig.defaultModel()).withOcrThreads(2))) {
            new IngestPipeline(processor, 2).run(roots, store, manifest, index, null, false);
        }
        Path out = tmp.resolve("spark");
        IngestJob.Result r = new IngestJob(spark, config(), new Outputs(spark, out.toString(), Outputs.Format.JSONL), 0)
                .run(listing(roots));

        // documents: the same ids, and field for field the same record apart from stage_ms (the stages' timings) and
        // the work a record is placed in (work_id, versions: a step over the whole archive the Spark job does not do)
        Map<String, JsonNode> local = new TreeMap<>();
        for (String id : store.ids()) local.put(id, withoutTimings(Json.MAPPER.readTree(store.pathOf(id).toFile())));
        Map<String, JsonNode> distributed = new TreeMap<>();
        for (Line l : lines(out.resolve("documents"))) {
            JsonNode doc = Json.MAPPER.readTree(l.text());
            assertTrue(distributed.put(doc.get("id").asText(), withoutTimings(doc)) == null, "twice: " + doc.get("id"));
            assertEquals(partition(doc.at("/header/year")), l.partition("year"), "year partition of " + doc.get("id"));
            assertEquals(partition(doc.at("/header/province")), l.partition("province"), "province partition of " + doc.get("id"));
        }
        assertEquals(local.keySet(), distributed.keySet());
        for (String id : local.keySet()) assertEquals(local.get(id), distributed.get(id), "record " + id);
        long ocrPages = distributed.values().stream().flatMap(d -> toList(d.get("pages")).stream())
                .filter(p -> p.get("method").asText().equals("ocr")).count();
        assertTrue(ocrPages > 0 || !tesseractInstalled(), "no page was OCR-ed: the comparison did not cover OCR");

        // tasks: the same task records as the embedded records carry, each once (its tasks.jsonl keeps only the tasks
        // of each work's representative, a step the Spark job does not do)
        List<String> localTasks = new ArrayList<>();
        for (String id : store.ids()) {
            Json.MAPPER.readTree(store.pathOf(id).toFile()).get("tasks").forEach(t -> localTasks.add(t.toString()));
        }
        localTasks.sort(null);
        List<String> sparkTasks = new ArrayList<>();
        for (Line l : lines(out.resolve("tasks"))) sparkTasks.add(Json.MAPPER.readTree(l.text()).toString());
        sparkTasks.sort(null);
        assertEquals(localTasks, sparkTasks);
        assertEquals(r.summary().tasks(), sparkTasks.size());

        // manifest: one row per input with the same outcome; seconds, time and run are the runs' own
        Map<String, ManifestEntry> localRows = new TreeMap<>();
        try (Manifest m = new Manifest(embedded)) {
            localRows.putAll(m.latest());
        }
        Map<String, ManifestEntry> sparkRows = new TreeMap<>();
        for (Line l : lines(out.resolve("manifest"))) {
            ManifestEntry e = Json.MAPPER.readValue(l.text(), ManifestEntry.class);
            assertTrue(sparkRows.put(e.path(), e) == null, "two manifest rows for " + e.path());
        }
        assertEquals(localRows.keySet(), sparkRows.keySet());
        for (String path : localRows.keySet()) assertEquals(outcome(localRows.get(path)), outcome(sparkRows.get(path)), path);
        assertEquals(localRows.size(), r.summary().documents() + r.summary().refused().size());
    }

    @Test
    void aTaskThatFailsIsRetriedAndTheOutputIsCompleteAndDuplicateFree(@TempDir Path tmp) throws Exception {
        List<Path> roots = List.of(TestData.corpus().resolve("seeds"), TestData.corpus().resolve("rendered"));
        Inputs.Listing files = listing(roots);
        Path out = tmp.resolve("out");
        AtomicInteger failedTasks = new AtomicInteger();
        SparkListener listener = new SparkListener() {
            @Override
            public void onTaskEnd(SparkListenerTaskEnd end) {
                if (!end.taskInfo().successful()) failedTasks.incrementAndGet();
            }
        };
        spark.sparkContext().addSparkListener(listener);
        int buildsBefore = ExecutorPipeline.builds();
        IngestJob.Result first;
        try {
            // partition 1 of 4 throws after its first file on its first attempt
            first = new IngestJob(spark, config().withFailPartition(1), new Outputs(spark, out.toString(),
                    Outputs.Format.PARQUET), 4).run(files);
        } finally {
            spark.sparkContext().removeSparkListener(listener);
        }
        assertTrue(failedTasks.get() >= 1, "the injected failure did not happen");
        assertTrue(ExecutorPipeline.builds() - buildsBefore <= 1, "the pipeline was built more than once in this JVM");

        // every input once, under the id of its bytes
        Set<String> expected = new TreeSet<>();
        for (String f : files.local()) expected.add(InputFiles.sha256(Path.of(f)).substring(0, 16));
        assertEquals(files.size(), first.summary().ok(), first.render());
        List<Row> docs = spark.read().parquet(out.resolve("documents").toString()).select("id", "tasks").collectAsList();
        assertEquals(expected, ids(docs));
        assertEquals(expected.size(), docs.size(), "a document written twice");
        List<Row> tasks = spark.read().parquet(out.resolve("tasks").toString()).select("task_id").collectAsList();
        assertEquals(tasks.size(), ids(tasks).size(), "a task written twice");
        assertEquals(docs.stream().mapToInt(d -> d.getInt(1)).sum(), tasks.size());
        List<Row> rows = spark.read().parquet(out.resolve("manifest").toString()).select("path", "status").collectAsList();
        assertEquals(new TreeSet<>(files.local()), ids(rows));
        assertEquals(files.size(), rows.size(), "two manifest rows for one input");

        // a run that died after writing documents but before its manifest: the next run removes its batch
        Path batch = Files.list(out.resolve("documents")).filter(Files::isDirectory).findFirst().orElseThrow();
        Path dead = out.resolve("documents").resolve("batch=19700101T000000Z");
        copyTree(batch, dead);

        // a rerun: nothing processed again, nothing added, the pipeline of this JVM reused
        int builds = ExecutorPipeline.builds();
        IngestJob.Result rerun = new IngestJob(spark, config(), new Outputs(spark, out.toString(), Outputs.Format.PARQUET), 4)
                .run(files);
        assertEquals(0, rerun.summary().ok(), rerun.render());
        assertEquals(files.size(), rerun.summary().skipped(), rerun.render());
        assertEquals(1, rerun.tornBatches());
        assertFalse(Files.exists(dead));
        assertEquals(expected.size(), spark.read().parquet(out.resolve("documents").toString()).count());
        assertEquals(builds, ExecutorPipeline.builds());
        List<Row> skipped = spark.read().parquet(out.resolve("manifest").toString())
                .filter("status = 'skipped'").select("reason", "tasks").collectAsList();
        assertEquals(files.size(), skipped.size());
        assertTrue(skipped.stream().allMatch(s -> s.getString(0).startsWith("unchanged since ") && !s.isNullAt(1)));
    }

    // --- helpers

    /** A line of a part file and the partition values in its path. */
    private record Line(String text, Map<String, String> partitions) {
        String partition(String name) { return partitions.get(name); }
    }

    private static List<Line> lines(Path table) throws IOException {
        List<Line> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(table)) {
            for (Path p : s.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList()) {
                Map<String, String> parts = new HashMap<>();
                for (Path seg : table.relativize(p.getParent())) {
                    String[] kv = seg.toString().split("=", 2);
                    if (kv.length == 2) parts.put(kv[0], unescape(kv[1]));
                }
                for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) out.add(new Line(line, parts));
                }
            }
        }
        return out;
    }

    /** The directory name Spark gives a partition value (null: its default partition). */
    private static String partition(JsonNode v) {
        return v == null || v.isNull() || v.isMissingNode() ? "__HIVE_DEFAULT_PARTITION__" : v.asText();
    }

    /** Spark escapes some characters of partition values as %XX. */
    private static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length()) {
                b.append((char) Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static JsonNode withoutTimings(JsonNode doc) {
        ((ObjectNode) doc).remove(List.of("stage_ms", "work_id", "versions"));
        return doc;
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    /** The fields of a manifest row that do not depend on when and how fast the run went. */
    private static List<Object> outcome(ManifestEntry e) {
        return java.util.Arrays.asList(e.id(), e.sha256(), e.mediaType(), e.status(), e.reason(), e.cause(), e.pages(), e.tasks());
    }

    private static Set<String> ids(List<Row> rows) {
        Set<String> out = new TreeSet<>();
        for (Row r : rows) out.add(r.getString(0));
        return out;
    }

    private static boolean tesseractInstalled() {
        return vn.plans.ocr.Tessdata.find("vie", System.getenv("TESSDATA_PREFIX")).isPresent();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
    }
}

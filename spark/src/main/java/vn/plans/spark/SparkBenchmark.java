package vn.plans.spark;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import vn.plans.output.Json;
import vn.plans.pipeline.PipelineConfig;

/**
 * {@code SparkBenchmark INPUT...}: the same input ingested by the Spark job in {@code local[1]} and then in
 * {@code local[2]} (one OCR engine per slot), each into a fresh output, after a warm-up run over three of its files;
 * prints each run's wall and process CPU time, the ratio, and the cost model of docs/scale.md from the
 * {@code local[1]} records (one slot, one engine: a stage's milliseconds are one core's).
 */
public final class SparkBenchmark {
    private SparkBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0) throw new IllegalArgumentException("usage: SparkBenchmark INPUT...");
        List<String> inputs = List.of(args);
        Path work = Files.createTempDirectory("bench-spark-");
        System.out.printf("load average before: %s on %d cores%n",
                Files.readString(Path.of("/proc/loadavg")).strip(), Runtime.getRuntime().availableProcessors());
        List<String> all = Inputs.list(inputs, null, new org.apache.hadoop.conf.Configuration()).local();
        run("local[2]", all.subList(0, Math.min(3, all.size())), work.resolve("warm-up")); // classes, JIT, model pages
        double[] one = run("local[1]", inputs, work.resolve("local1"));
        double[] two = run("local[2]", inputs, work.resolve("local2"));
        System.out.printf("local[1] %.1f s wall, %.1f s CPU; local[2] %.1f s wall, %.1f s CPU; ratio %.2fx%n",
                one[0], one[1], two[0], two[1], one[0] / two[0]);
        costModel(work.resolve("local1").resolve("documents"));
    }

    /** {wall s, process CPU s} of one run on a new session. */
    private static double[] run(String master, List<String> inputs, Path out) throws IOException {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        IngestJob.Result r;
        try (SparkSession spark = SparkIngest.session(master)) {
            Inputs.Listing files = Inputs.list(inputs, null, spark.sparkContext().hadoopConfiguration());
            JobConfig config = JobConfig.defaults(PipelineConfig.defaultModel(), SparkIngest.executorCores(spark));
            r = new IngestJob(spark, config, new Outputs(spark, out.toString(), Outputs.Format.JSONL), 0).run(files);
        }
        double wall = (System.nanoTime() - t0) / 1e9, cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
        System.out.printf("%s: %s%n  %.1f s wall, %.1f s CPU (session start and stop included)%n", master,
                r.render().replace("\n", "\n  "), wall, cpu);
        return new double[] {wall, cpu};
    }

    /** CPU seconds per digital page, per scanned page and per document (the other stages), from stage_ms. */
    private static void costModel(Path documents) throws IOException {
        long digitalMs = 0, digitalPages = 0, scanMs = 0, scanPages = 0, restMs = 0, docs = 0;
        List<Path> parts;
        try (Stream<Path> s = Files.walk(documents)) {
            parts = s.filter(p -> p.getFileName().toString().startsWith("part-")).toList();
        }
        for (Path part : parts) {
            for (String line : Files.readAllLines(part)) {
                if (line.isBlank()) continue;
                JsonNode d = Json.MAPPER.readTree(line);
                JsonNode ms = d.get("stage_ms");
                List<String> methods = new ArrayList<>();
                d.get("pages").forEach(p -> methods.add(p.get("method").asText()));
                long extract = ms.path("extract").asLong();
                boolean pdf = d.at("/source/media_type").asText().equals("application/pdf");
                if (!methods.isEmpty() && methods.stream().allMatch("ocr"::equals)) {
                    scanMs += extract;
                    scanPages += methods.size();
                } else if (pdf && methods.stream().allMatch("text_layer"::equals)) {
                    digitalMs += extract;
                    digitalPages += methods.size();
                }
                restMs += ms.path("normalize").asLong() + ms.path("restore").asLong() + ms.path("structure").asLong()
                        + ms.path("enrich").asLong();
                docs++;
            }
        }
        System.out.printf("cost model (local[1], one core): digital PDF page %.3f s (%d pages), scanned page %.2f s"
                        + " (%d pages), normalize+restore+structure+enrich %.2f s per document (%d documents)%n",
                digitalPages == 0 ? 0 : digitalMs / 1000.0 / digitalPages, digitalPages,
                scanPages == 0 ? 0 : scanMs / 1000.0 / scanPages, scanPages, docs == 0 ? 0 : restMs / 1000.0 / docs, docs);
    }
}

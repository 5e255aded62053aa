package vn.plans.spark;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;
import vn.plans.output.ManifestStatus;
import vn.plans.output.Printable;
import vn.plans.pipeline.IngestSummary;
import vn.plans.pipeline.InputFiles;

/**
 * One run of the Spark ingest: list (driver), survey (executors), skip what the output already has, balance,
 * process, write. Idempotent by content id: a file whose id has an {@code ok} row in a committed manifest is not
 * processed again (its row says {@code skipped}, "unchanged since RUN", with the earlier pages and tasks), so a rerun
 * of the same inputs adds no document twice; a file whose content appears twice in one run is processed once (the
 * first path in order) and the other paths are {@code skipped} rows naming it.
 */
public final class IngestJob {
    private final SparkSession spark;
    private final JobConfig config;
    private final Outputs out;
    private final int partitions;

    /**
     * @param partitions processing partitions (0: four per task slot), capped at the number of files to process
     */
    public IngestJob(SparkSession spark, JobConfig config, Outputs out, int partitions) {
        this.spark = spark;
        this.config = config;
        this.out = out;
        this.partitions = partitions;
    }

    /** What a run did: the local ingest's summary, and the batches of dead runs it removed first. */
    public record Result(IngestSummary summary, int tornBatches, int partitions) {
        public String render() {
            return summary.render() + (tornBatches > 0 ? String.format("%nremoved %d uncommitted batches left by a run"
                    + " that died (their files were done again)", tornBatches) : "");
        }
    }

    /** Previous ok row of a content id: run, pages, tasks. */
    private record Prev(String run, Integer pages, Integer tasks) implements java.io.Serializable {}

    public Result run(Inputs.Listing listing) throws IOException {
        long t0 = System.nanoTime();
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        out.claimFormat();
        int torn = out.repair();
        String run = Instant.now().toString();
        String batch = run.replaceAll("[-:.]", "");
        int slots = sc.defaultParallelism();

        List<Tuple2<String, Boolean>> files = new ArrayList<>();
        for (String p : listing.local()) files.add(new Tuple2<>(p, true));
        for (String p : listing.remote()) files.add(new Tuple2<>(p, false));
        List<FileOutcome> refused = new ArrayList<>();
        for (InputFiles.Refusal r : listing.refused()) {
            refused.add(FileOutcome.skipped(r.path().toString(), null, null, null, r.reason(), null, null));
        }
        int slices = Math.max(1, Math.min(files.size(), slots * 4));
        JavaRDD<FileSurvey> surveys = sc.parallelize(files, slices).map(f -> FileSurvey.of(f._1(), f._2()))
                .persist(StorageLevel.MEMORY_AND_DISK());

        JavaRDD<FileOutcome> unreadable = surveys.filter(s -> s.failure() != null)
                .map(s -> FileOutcome.failed(s, null, s.failure(), 0));
        JavaPairRDD<String, FileSurvey> byId = surveys.filter(s -> s.failure() == null).mapToPair(s -> new Tuple2<>(s.id(), s));
        Dataset<Row> earlier = out.manifest();
        JavaPairRDD<String, Tuple2<FileSurvey, Optional<Prev>>> joined = byId.leftOuterJoin(earlier == null
                ? sc.<Tuple2<String, Prev>>emptyRDD().mapToPair(t -> t) : previous(earlier));
        JavaRDD<FileOutcome> unchanged = joined.filter(t -> t._2()._2().isPresent()).map(t -> {
            FileSurvey s = t._2()._1();
            Prev p = t._2()._2().get();
            return FileOutcome.skipped(s.path(), s.id(), s.sha256(), null, "unchanged since " + p.run(), p.pages(), p.tasks());
        });
        // one path per content id is processed; the others name it
        JavaPairRDD<String, Iterable<FileSurvey>> fresh = joined.filter(t -> !t._2()._2().isPresent())
                .mapToPair(t -> new Tuple2<>(t._1(), t._2()._1())).groupByKey();
        JavaRDD<FileSurvey> todo = fresh.map(t -> first(t._2()));
        JavaRDD<FileOutcome> sameContent = fresh.flatMap(t -> {
            FileSurvey keep = first(t._2());
            List<FileOutcome> rest = new ArrayList<>();
            for (FileSurvey s : t._2()) {
                if (s != keep) rest.add(FileOutcome.skipped(s.path(), s.id(), s.sha256(), null,
                        "same content as " + keep.path() + " in this run", null, null));
            }
            return rest.iterator();
        });

        long n = todo.count();
        int parts = (int) Math.max(1, Math.min(n, partitions > 0 ? partitions : slots * 4L));
        JobConfig cfg = config; // the closure must not capture this job
        JavaRDD<FileOutcome> processed = Balance.deal(todo, parts).mapPartitions(it -> process(it, cfg))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaRDD<FileOutcome> outcomes = processed.union(unreadable).union(unchanged).union(sameContent)
                .union(sc.parallelize(refused, 1));
        out.write(batch, run, outcomes);
        IngestSummary summary = summary(outcomes, listing, (System.nanoTime() - t0) / 1e9);
        processed.unpersist(false);
        surveys.unpersist(false);
        return new Result(summary, torn, parts);
    }

    /** The ok rows of committed runs by content id, the latest run for each. */
    private static JavaPairRDD<String, Prev> previous(Dataset<Row> manifest) {
        return manifest.filter("status = '" + ManifestStatus.OK.json() + "' AND id IS NOT NULL")
                .select("id", "run", "pages", "tasks").javaRDD()
                .mapToPair(r -> new Tuple2<>(r.getString(0), new Prev(r.getString(1),
                        r.isNullAt(2) ? null : r.getInt(2), r.isNullAt(3) ? null : r.getInt(3))))
                .reduceByKey((a, b) -> a.run().compareTo(b.run()) >= 0 ? a : b);
    }

    private static FileSurvey first(Iterable<FileSurvey> same) {
        FileSurvey best = null;
        for (FileSurvey s : same) if (best == null || s.path().compareTo(best.path()) < 0) best = s;
        return best;
    }

    /** One partition on this executor's pipeline (built once per JVM). */
    private static Iterator<FileOutcome> process(Iterator<FileSurvey> files, JobConfig config) {
        ExecutorPipeline pipeline = ExecutorPipeline.get(config);
        TaskContext task = TaskContext.get();
        boolean fail = task != null && task.partitionId() == config.failPartition() && task.attemptNumber() == 0;
        return new Iterator<>() {
            int done;

            @Override
            public boolean hasNext() {
                if (fail && done == 1) { // the first file is done: its result is lost with the attempt
                    throw new IllegalStateException("injected failure: partition " + task.partitionId() + ", attempt 0");
                }
                return files.hasNext();
            }

            @Override
            public FileOutcome next() {
                done++;
                return pipeline.process(files.next());
            }
        };
    }

    /** Counts of a run, summed on the executors. */
    private record Counts(int ok, int failed, int skipped, int pages, int tasks, Map<String, Long> stageMs)
            implements java.io.Serializable {
        static Counts of(FileOutcome o) {
            if (o.id() == null && ManifestStatus.SKIPPED.json().equals(o.status())) { // a refusal: listed apart
                return new Counts(0, 0, 0, 0, 0, Map.of());
            }
            return switch (ManifestStatus.ofJson(o.status())) {
                case OK -> new Counts(1, 0, 0, o.pages(), o.tasks(), o.stageMs());
                case FAILED -> new Counts(0, 1, 0, 0, 0, Map.of());
                default -> new Counts(0, 0, 1, 0, 0, Map.of());
            };
        }

        Counts plus(Counts c) {
            Map<String, Long> ms = new LinkedHashMap<>(stageMs);
            c.stageMs.forEach((k, v) -> ms.merge(k, v, Long::sum));
            return new Counts(ok + c.ok, failed + c.failed, skipped + c.skipped, pages + c.pages, tasks + c.tasks, ms);
        }
    }

    private static IngestSummary summary(JavaRDD<FileOutcome> outcomes, Inputs.Listing listing, double seconds) {
        Counts c = outcomes.map(Counts::of).fold(new Counts(0, 0, 0, 0, 0, Map.of()), Counts::plus);
        TreeSet<String> failures = new TreeSet<>(outcomes
                .filter(o -> ManifestStatus.FAILED.json().equals(o.status()))
                .map(o -> Printable.of(o.path()) + ": " + Printable.of(o.reason())).collect());
        List<String> refused = listing.refused().stream()
                .map(r -> Printable.of(r.path().toString()) + ": " + Printable.of(r.reason())).toList();
        return new IngestSummary(listing.size(), c.ok(), c.failed(), c.skipped(), c.pages(), c.tasks(), seconds,
                List.copyOf(failures), 0, c.stageMs(), refused, -1);
    }
}

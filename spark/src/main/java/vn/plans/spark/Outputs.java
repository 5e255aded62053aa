package vn.plans.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import vn.plans.model.Agency;
import vn.plans.model.Header;
import vn.plans.model.PlanDocument;
import vn.plans.model.Task;
import vn.plans.output.Json;

/**
 * The output directory of the Spark ingest:
 * <pre>
 *   DIR/documents/batch=B/year=Y/province=P/part-*   document records
 *   DIR/tasks/batch=B/year=Y/province=P/part-*       task records
 *   DIR/manifest/batch=B/part-*                      one row per input, the fields of manifest.jsonl
 *   DIR/_format                                      parquet or jsonl, fixed by the first run
 * </pre>
 * One batch per run ({@code B} is the run's start instant, compact). As Parquet, documents and tasks carry their
 * header fields as columns and the whole record as JSON in {@code record}; as JSONL ({@code --format jsonl}) each
 * line is the record exactly as the local ingest writes it ({@code documents/ID.json}, {@code tasks.jsonl}). A batch
 * is committed by its manifest (written last, with Spark's {@code _SUCCESS} marker): a batch without one is what a
 * run that died left, and the next run removes it before it starts ({@link #repair}).
 */
public final class Outputs {
    public enum Format { PARQUET, JSONL }

    static final StructType MANIFEST = new StructType(new StructField[] {
            field("path"), field("id"), field("sha256"), field("media_type"), field("status"), field("reason"),
            DataTypes.createStructField("pages", DataTypes.IntegerType, true),
            DataTypes.createStructField("tasks", DataTypes.IntegerType, true),
            DataTypes.createStructField("seconds", DataTypes.DoubleType, true), field("run"), field("time"),
            field("cause")});

    static final StructType DOCUMENTS = new StructType(new StructField[] {
            field("id"), field("schema_version"), field("source_path"), field("media_type"), field("sha256"),
            DataTypes.createStructField("size", DataTypes.LongType, true), field("doc_type"), field("number"),
            field("issuer"), field("issuer_parent"), field("province_2025"), field("place"), field("issued_date"),
            field("title"), DataTypes.createStructField("restored", DataTypes.BooleanType, false),
            DataTypes.createStructField("pages", DataTypes.IntegerType, false),
            DataTypes.createStructField("tasks", DataTypes.IntegerType, false), strings("warnings"), field("record"),
            DataTypes.createStructField("year", DataTypes.IntegerType, true), field("province")});

    static final StructType TASKS = new StructType(new StructField[] {
            field("task_id"), field("document_id"), field("section"), field("text"), strings("lead_agencies"),
            strings("coordinating_agencies"), field("timeframe_raw"), field("timeframe_kind"), field("deadline"),
            field("source"), DataTypes.createStructField("page", DataTypes.IntegerType, false), field("record"),
            DataTypes.createStructField("year", DataTypes.IntegerType, true), field("province")});

    static final StructType LINES = new StructType(new StructField[] {field("value"),
            DataTypes.createStructField("year", DataTypes.IntegerType, true), field("province")});

    private final SparkSession spark;
    private final Path dir;
    private final Format format;
    private final FileSystem fs;

    public Outputs(SparkSession spark, String dir, Format format) throws IOException {
        this.spark = spark;
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        this.dir = new Path(dir);
        this.fs = this.dir.getFileSystem(conf);
        this.format = format;
    }

    public Path dir() { return dir; }

    /** Fixes the format on the first run; a later run in the other format is refused (the tables would mix). */
    void claimFormat() throws IOException {
        Path marker = new Path(dir, "_format");
        String want = format.name().toLowerCase(Locale.ROOT);
        if (fs.exists(marker)) {
            String have;
            try (var in = fs.open(marker)) {
                have = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            }
            if (!have.equals(want)) {
                throw new IllegalArgumentException(dir + " holds " + have + " output: use --format " + have
                        + " or another --out");
            }
            return;
        }
        fs.mkdirs(dir);
        try (FSDataOutputStream out = fs.create(marker, false)) {
            out.write((want + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Removes the batches of runs that died before their manifest was committed; returns how many. */
    int repair() throws IOException {
        List<String> torn = new ArrayList<>();
        for (String table : List.of("documents", "tasks", "manifest")) {
            Path t = new Path(dir, table);
            if (!fs.exists(t)) continue;
            for (FileStatus b : fs.listStatus(t)) {
                String name = b.getPath().getName();
                if (!b.isDirectory() || !name.startsWith("batch=")) continue;
                if (!fs.exists(new Path(new Path(new Path(dir, "manifest"), name), "_SUCCESS"))) {
                    fs.delete(b.getPath(), true);
                    if (!torn.contains(name)) torn.add(name);
                }
            }
        }
        return torn.size();
    }

    /** The committed manifest rows of earlier runs, or null when there are none. */
    Dataset<Row> manifest() throws IOException {
        Path m = new Path(dir, "manifest");
        if (!fs.exists(m) || fs.listStatus(m, p -> p.getName().startsWith("batch=")).length == 0) return null;
        return format == Format.PARQUET ? spark.read().schema(MANIFEST).parquet(m.toString())
                : spark.read().schema(MANIFEST).json(m.toString());
    }

    /** Writes this run's tables: tasks, documents, then the manifest that commits them. */
    void write(String batch, String run, JavaRDD<FileOutcome> outcomes) throws IOException {
        JavaRDD<FileOutcome> ok = outcomes.filter(FileOutcome::ok);
        String b = "batch=" + batch;
        if (format == Format.PARQUET) {
            spark.createDataFrame(ok.flatMap(o -> taskRows(o).iterator()), TASKS).write().mode(SaveMode.ErrorIfExists)
                    .partitionBy("year", "province").parquet(table("tasks", b));
            spark.createDataFrame(ok.map(Outputs::documentRow), DOCUMENTS).write().mode(SaveMode.ErrorIfExists)
                    .partitionBy("year", "province").parquet(table("documents", b));
            spark.createDataFrame(outcomes.map(o -> manifestRow(o, run)), MANIFEST).write().mode(SaveMode.ErrorIfExists)
                    .parquet(table("manifest", b));
        } else {
            spark.createDataFrame(ok.flatMap(o -> o.taskRecords().stream()
                            .map(t -> RowFactory.create(t, o.year(), o.province())).iterator()), LINES)
                    .write().mode(SaveMode.ErrorIfExists).partitionBy("year", "province").text(table("tasks", b));
            spark.createDataFrame(ok.map(o -> RowFactory.create(o.document(), o.year(), o.province())), LINES)
                    .write().mode(SaveMode.ErrorIfExists).partitionBy("year", "province").text(table("documents", b));
            spark.createDataFrame(outcomes.map(o -> RowFactory.create(Json.MAPPER.writeValueAsString(o.manifest(run)))),
                            new StructType(new StructField[] {field("value")}))
                    .write().mode(SaveMode.ErrorIfExists).text(table("manifest", b));
        }
    }

    private String table(String name, String batch) {
        return new Path(new Path(dir, name), batch).toString();
    }

    static Row manifestRow(FileOutcome o, String run) {
        return RowFactory.create(o.path(), o.id(), o.sha256(), o.mediaType(), o.status(), o.reason(), o.pages(),
                o.tasks(), o.seconds(), run, o.time(), o.cause());
    }

    static Row documentRow(FileOutcome o) throws IOException {
        PlanDocument d = Json.MAPPER.readValue(o.document(), PlanDocument.class);
        Header h = d.header();
        return RowFactory.create(d.id(), d.schemaVersion(), d.source().path(), d.source().mediaType(),
                d.source().sha256(), d.source().size(), h.docType() == null ? null : h.docType().name(), h.number(),
                h.issuer(), h.issuerParent(), h.province2025(), h.place(), h.issuedDate(), h.title(), d.restored(),
                d.pages().size(), d.tasks().size(), d.warnings().toArray(new String[0]), o.document(), o.year(),
                o.province());
    }

    static List<Row> taskRows(FileOutcome o) throws IOException {
        List<Row> rows = new ArrayList<>(o.taskRecords().size());
        for (String json : o.taskRecords()) {
            Task t = Json.MAPPER.readValue(json, Task.class);
            rows.add(RowFactory.create(t.taskId(), t.documentId(), t.section(), t.text(), names(t.leadAgencies()),
                    names(t.coordinatingAgencies()), t.timeframe() == null ? null : t.timeframe().raw(),
                    t.timeframe() == null || t.timeframe().kind() == null ? null : Json.MAPPER.convertValue(t.timeframe().kind(), String.class),
                    t.timeframe() == null ? null : t.timeframe().deadline(),
                    t.source() == null ? null : Json.MAPPER.convertValue(t.source(), String.class), t.page(), json,
                    o.year(), o.province()));
        }
        return rows;
    }

    /** Canonical agency names (as the index's facets use them), else the printed name. */
    private static String[] names(List<Agency> agencies) {
        return agencies.stream().map(a -> a.canonical() != null ? a.canonical() : a.name()).toArray(String[]::new);
    }

    private static StructField field(String name) {
        return DataTypes.createStructField(name, DataTypes.StringType, true);
    }

    private static StructField strings(String name) {
        return DataTypes.createStructField(name, DataTypes.createArrayType(DataTypes.StringType, false), true);
    }
}

package vn.plans.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.plans.extract.InputLimits;
import vn.plans.pipeline.PipelineConfig;

/**
 * {@code spark-ingest INPUT... --out DIR [--master local[2]] [--format parquet|jsonl]}: the ingest on Spark (see
 * {@link IngestJob}). Under {@code spark-submit} the master comes from it; run directly (scripts/spark-ingest) the
 * default is {@code local[*]}. Exit codes as {@code plans ingest}: 0 ok, 1 runtime error, 2 usage, 3 some failed.
 */
@Command(name = "spark-ingest", mixinStandardHelpOptions = true,
        description = {"Ingests files on Apache Spark into document, task and manifest tables (Parquet or JSONL).",
                "Inputs are local paths or Hadoop URIs (hdfs://, s3a://); directories are walked recursively.",
                "A rerun skips content ids already in the output."})
public final class SparkIngest implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Files or directories (local paths or Hadoop URIs).")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--listing", paramLabel = "FILE", description = "A file with one input path per line (# comments).")
    String listing;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory (local path or Hadoop URI).")
    String out;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: spark-submit's, else local[*]).")
    String master;

    @Option(names = "--format", paramLabel = "FORMAT", description = "parquet (default) or jsonl.")
    String format = "parquet";

    @Option(names = "--partitions", paramLabel = "N", description = "Processing partitions (default: 4 per task slot).")
    int partitions;

    @Option(names = "--ocr-threads", paramLabel = "N", description = {"Tesseract engines per executor, shared by its task",
            "slots (default: the executor's cores: local[N] gives N)."})
    Integer ocrThreads;

    @Option(names = "--model", paramLabel = "FILE", description = {"Syllable language model; must exist on every executor",
            "(default: $PLANS_HOME/models/vi-syllable-4gram.bin)."})
    Path model;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Per-file time limit (default: ${DEFAULT-VALUE}).")
    int timeout = 300;

    @Option(names = "--timeout-per-page", paramLabel = "SECONDS", description = "Added per OCR page (default: ${DEFAULT-VALUE}).")
    int timeoutPerPage = 15;

    @Option(names = "--max-pages", paramLabel = "N", description = "Refuse PDFs with more pages (default: ${DEFAULT-VALUE}).")
    int maxPages = InputLimits.DEFAULT.maxPages();

    @Option(names = "--max-megapixels", paramLabel = "N", description = "Refuse larger images (default: ${DEFAULT-VALUE}).")
    int maxMegapixels = InputLimits.DEFAULT.maxMegapixels();

    @Option(names = "--max-expanded-mb", paramLabel = "N", description = "Refuse DOCX/ODT expanding beyond (default: ${DEFAULT-VALUE}).")
    int maxExpandedMb = InputLimits.DEFAULT.maxExpandedMegabytes();

    @Option(names = "--max-text-mb", paramLabel = "N", description = "Refuse larger text (default: ${DEFAULT-VALUE}).")
    int maxTextMb = InputLimits.DEFAULT.maxTextMegabytes();

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkIngest()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        CommandLine cl = spec.commandLine();
        if (inputs.isEmpty() && listing == null) throw new CommandLine.ParameterException(cl, "give INPUT paths or --listing");
        Outputs.Format f;
        try {
            f = Outputs.Format.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, "--format must be parquet or jsonl, not " + format);
        }
        if (timeout < 1 || timeoutPerPage < 0 || partitions < 0 || ocrThreads != null && ocrThreads < 1
                || maxPages < 1 || maxMegapixels < 1 || maxExpandedMb < 1 || maxTextMb < 1) {
            throw new CommandLine.ParameterException(cl, "--timeout, --ocr-threads and the --max-* limits must be at least 1,"
                    + " --timeout-per-page and --partitions at least 0");
        }
        try (SparkSession spark = session(master)) {
            Inputs.Listing files;
            try {
                files = Inputs.list(inputs, listing, spark.sparkContext().hadoopConfiguration());
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(cl, e.getMessage());
            }
            JobConfig config = new JobConfig(modelPath().toString(), maxPages, maxMegapixels, maxExpandedMb, maxTextMb,
                    ocrThreads != null ? ocrThreads : executorCores(spark), timeout, timeoutPerPage, -1);
            IngestJob.Result r = new IngestJob(spark, config, new Outputs(spark, out, f), partitions).run(files);
            cl.getOut().println(r.render());
            cl.getOut().println("output: " + out + " (" + f.name().toLowerCase(Locale.ROOT) + ", " + r.partitions()
                    + " partitions)");
            cl.getOut().flush();
            return r.summary().failed() > 0 ? 3 : 0;
        }
    }

    /** A session on {@code master}, else spark-submit's master, else every local core. */
    public static SparkSession session(String master) {
        SparkConf conf = new SparkConf().setAppName("plans-ingest");
        if (master != null) conf.setMaster(master);
        else if (!conf.contains("spark.master")) conf.setMaster("local[*]");
        conf.setIfMissing("spark.ui.enabled", "false");
        return SparkSession.builder().config(conf).getOrCreate();
    }

    /** The task slots of one executor: local[N] gives N; on a cluster spark.executor.cores (default 1). */
    static int executorCores(SparkSession spark) {
        SparkConf c = spark.sparkContext().getConf();
        if (c.get("spark.master").startsWith("local")) return Math.max(1, spark.sparkContext().defaultParallelism());
        return Math.max(1, c.getInt("spark.executor.cores", 1));
    }

    /** A --model given relative stays relative (each executor resolves it in its own directory, e.g. --files). */
    private Path modelPath() {
        return model != null ? model : PipelineConfig.defaultModel().toAbsolutePath();
    }
}

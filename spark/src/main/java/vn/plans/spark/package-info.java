/**
 * The scale-out ingest on Apache Spark: the same per-document pipeline as {@code plans ingest}, run by Spark
 * executors over files on any Hadoop file system (local, HDFS, S3), writing document, task and manifest tables.
 *
 * <p>{@link vn.plans.spark.IngestJob} lists the inputs on the driver ({@link vn.plans.spark.Inputs}: local trees with
 * the embedded ingest's own walk, other file systems through Hadoop), surveys every file on the executors (content
 * id, size, PDF pages with and without a text layer: {@link vn.plans.spark.FileSurvey}), drops ids already in the
 * output, deals the rest into partitions of equal estimated cost ({@link vn.plans.spark.Balance}) so OCR-heavy files
 * spread, and processes each partition with the pipeline its executor built once ({@link vn.plans.spark.ExecutorPipeline}).
 * {@link vn.plans.spark.Outputs} writes the tables, one batch directory per run, the manifest last.
 *
 * <p>How it fails: never for one file. A file that fails at any stage, or runs past its time budget, becomes a
 * {@code failed} manifest row with the local ingest's reason; a task that fails (executor lost, injected fault) is
 * retried by Spark and its partial output discarded by the output committer. A run that died before its manifest
 * was committed is removed by the next run, which then does its files again.
 */
package vn.plans.spark;

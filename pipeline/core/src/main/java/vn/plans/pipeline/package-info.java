/**
 * The per-document pipeline: what it is made of and how the standard one is built, for every JVM that runs it (the
 * CLI's ingest in-process or in worker JVMs, the evaluations and benchmarks, the Spark executors).
 *
 * <p>A {@link vn.plans.pipeline.DocumentProcessor} runs a list of {@link vn.plans.pipeline.Stage}s in order
 * (extract → normalize → restore → furniture → structure → enrich, {@link vn.plans.pipeline.Stages}), each stateless per document
 * and timed; an immutable {@link vn.plans.pipeline.DocumentWork} passes between them and the last one builds the
 * {@link vn.plans.model.PlanDocument}. {@link vn.plans.pipeline.StandardPipeline} wires the standard implementations
 * from a {@link vn.plans.pipeline.PipelineConfig} (workers, model path, input limits, OCR threads).
 *
 * <p>What both ingests (the local one in app's {@code vn.plans.ingest}, the Spark job) share about their inputs and
 * outcomes is here too: walking the input roots ({@link vn.plans.pipeline.InputFiles}, with the content hash that
 * names a document and the reasons for an unreadable or empty input), the per-file time rule ({@link vn.plans.pipeline.FileTimeLimit}), a processing failure turned
 * into its manifest reason ({@link vn.plans.pipeline.FileProcessor#failureOf}) and the run summary
 * ({@link vn.plans.pipeline.IngestSummary}). Manifest, index, worker JVMs and the archive stay in app.
 *
 * <p>How it fails: a stage throws {@link vn.plans.extract.ExtractionException} with a reason for a file it cannot
 * read; a missing backend is a null stage that says why in each document's warnings ("restoration disabled: model not
 * found"); a model file that exists but cannot be read is an {@link java.lang.IllegalStateException} naming it.
 */
package vn.plans.pipeline;

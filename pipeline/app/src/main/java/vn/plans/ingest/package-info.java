/**
 * Ingest: files in; JSON documents, {@code tasks.jsonl}, manifest lines and index entries out.
 * The orchestration around the per-document pipeline that {@link vn.plans.pipeline} defines:
 * {@link vn.plans.ingest.IngestPipeline} walks the inputs ({@link vn.plans.pipeline.InputFiles}), hashes each file (the only reading of its bytes in this
 * process: type detection parses containers, so it runs with extraction, in the worker), hands it to a
 * {@link vn.plans.pipeline.FileProcessor} (extract → normalize → restore → structure → enrich:
 * {@link vn.plans.pipeline.DocumentProcessor} in this JVM, or a {@link vn.plans.ingest.WorkerPool} of child JVMs with a heap and time limit per file ({@link vn.plans.ingest.FileBudget}), speaking
 * {@link vn.plans.ingest.WorkerProtocol}), and writes each result as it completes.
 *
 * <p>How it fails: never for one file. Any failure of a file (damaged, encrypted, over a limit, a parser that hangs, a
 * worker that runs out of heap or crashes) becomes a {@code failed} manifest entry with its
 * {@link vn.plans.model.FailureReason} (cause and short message; the detail only with {@code --verbose}) and the batch
 * goes on. Document ids are content hashes: a re-run skips unchanged files and replaces changed ones. After a crash the
 * next run first reconciles store and index with the manifest ({@link vn.plans.ingest.Reconciler}). I/O errors on the
 * output directories abort the run, a full disk naming the path (the next run repairs what was half done). The
 * manifest is compacted to one line per path when earlier runs' lines outnumber the paths.
 */
package vn.plans.ingest;

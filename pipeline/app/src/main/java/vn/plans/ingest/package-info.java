/**
 * Ingest: files in; JSON documents, {@code tasks.jsonl}, manifest lines and index entries out.
 * {@link vn.plans.ingest.IngestPipeline} hashes and type-detects each file, hands it to a
 * {@link vn.plans.ingest.FileProcessor} (extract → normalize → restore → structure → enrich: {@link vn.plans.ingest.DocumentProcessor}
 * in this JVM, or a {@link vn.plans.ingest.WorkerPool} of child JVMs with a heap and time limit per file, speaking
 * {@link vn.plans.ingest.WorkerProtocol}), and writes each result as it completes.
 *
 * <p>How it fails: never for one file. Any failure of a file (damaged, encrypted, too large, a parser that hangs, a
 * worker that runs out of heap or crashes) becomes a {@code failed} manifest entry with a reason and the batch goes
 * on. Document ids are content hashes: a re-run skips unchanged files and replaces changed ones. After a crash the
 * next run first reconciles store and index with the manifest ({@link vn.plans.ingest.Reconciler}). I/O errors on the
 * output directories abort the run (the next run repairs what was half done).
 */
package vn.plans.ingest;

/**
 * The standard pipeline, wired in one place: files in; JSON documents, {@code tasks.jsonl}, manifest lines and index
 * entries out. {@link vn.plans.ingest.IngestPipeline} runs detect → extract → normalize → restore → structure →
 * write for each file, times each stage, and turns any failure of one file into a failed manifest entry.
 */
package vn.plans.ingest;

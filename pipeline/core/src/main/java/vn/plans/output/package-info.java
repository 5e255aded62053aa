/**
 * Output: {@link vn.plans.model.PlanDocument}s in, files out. {@link vn.plans.output.DocumentStore} writes one JSON
 * file per document ({@code documents/ID.json}) and {@code tasks.jsonl}; {@link vn.plans.output.Manifest} appends one
 * line per input and run to {@code manifest.jsonl}. Writes go to a temporary file first and are moved into place,
 * so a crash never leaves half a record behind. The manifest is the record of truth: a document counts once its
 * manifest line is written, which happens after its JSON file and index entry.
 */
package vn.plans.output;

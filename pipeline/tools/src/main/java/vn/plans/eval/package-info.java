/**
 * Evaluation of the structure stage against hand-made gold ({@code corpus/gold/*.json}), after GROBID's end-to-end
 * evaluation: per field precision, recall and F1 at two levels, <em>strict</em> (exact string) and <em>soft</em>
 * (case, punctuation and spacing ignored; free-text fields match at Levenshtein ratio &ge; 0.8). Tasks are matched
 * to gold tasks by text (soft), then section, timeframe and lead/coordinating agencies are scored over the matched
 * pairs. In: gold files and a function producing a {@link vn.plans.model.PlanDocument} per source file. Out: an
 * {@link vn.plans.eval.EvalReport} (a table and JSON). A gold file that cannot be read or whose source is missing
 * is reported as skipped, never silently dropped. {@link vn.plans.eval.IdentityAccuracy}: the identity fields as
 * accuracy per genre (the gold's {@code group}), exact and normalized, for tuning gold and for gold under a
 * {@code heldout} directory side by side; mismatches are listed for tuning gold only.
 * <p>Evaluation beside the pipeline. {@link vn.plans.eval.OcrEvaluation}: a directory of rendered pages with their
 * source text in, per-set character and syllable error rates and pages per second per core out, for the
 * {@code tesseract} command line and for the full pipeline on the same files in the same run. A missing
 * {@code tesseract} binary or reference text fails the run with a message; a document the pipeline rejects
 * counts as empty output (all its reference characters are errors).
 */
package vn.plans.eval;

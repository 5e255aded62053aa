/**
 * Evaluation beside the pipeline. {@link vn.plans.eval.OcrEvaluation}: a directory of rendered pages with their
 * source text in, per-set character and syllable error rates and pages per second per core out, for the
 * {@code tesseract} command line and for the full pipeline on the same files in the same run. A missing
 * {@code tesseract} binary or reference text fails the run with a message; a document the pipeline rejects
 * counts as empty output (all its reference characters are errors).
 */
package vn.plans.eval;

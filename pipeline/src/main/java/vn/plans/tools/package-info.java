/**
 * Developer tools that make test material, run from the scripts, not by the pipeline: {@link vn.plans.tools.CorpusRenderer}
 * renders seed texts as digital PDF and DOCX ({@code scripts/render-corpus}); {@link vn.plans.tools.LegacySampleWriter}
 * encodes seed paragraphs in the legacy TCVN3 and VNI encodings ({@code scripts/make-legacy-samples}).
 * In: seed texts (UTF-8). Out: files under {@code corpus/}. Failures: an I/O error ends the run with exit status 1.
 */
package vn.plans.tools;

/**
 * Developer tools that make test material, run from the scripts, not by the pipeline: {@link vn.plans.tools.CorpusRenderer}
 * renders seed texts as digital PDF and DOCX ({@code scripts/render-corpus}); {@link vn.plans.tools.LegacySampleWriter}
 * encodes seed paragraphs in the legacy TCVN3 and VNI encodings ({@code scripts/make-legacy-samples});
 * {@link vn.plans.tools.BadInputs} writes a corpus of hostile files (truncated, bit-flipped, encrypted, empty, 10,000
 * pages, zip bomb, 100 megapixels, HTML named .pdf, a Vietnamese path with spaces) for the bulk-ingest tests.
 * {@link vn.plans.tools.RenderOcrTestset} renders held-out
 * seed text to page images and PDFs (clean and degraded) with the exact text drawn beside them, for
 * {@code plans eval-ocr}; {@link vn.plans.tools.RenderScanCases} adds phone photos of such pages (perspective, uneven
 * light, blur, phone resolutions, progressive and odd-marker JPEGs, EXIF orientation) and scanned PDFs with a page
 * without content stream and a layered (MRC) page; {@link vn.plans.tools.ScanPlan} scans a rendered plan into an
 * image-only PDF (200 dpi grey, skew, noise) so a plan with hand gold is read through OCR ({@code scripts/make-ocr-plan}). Deterministic (fixed random seeds), so re-running reproduces the committed files.
 * Failures: an I/O error ends the run with exit status 1.
 */
package vn.plans.tools;

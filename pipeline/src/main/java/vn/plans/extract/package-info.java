/**
 * Extraction: file bytes in, {@link vn.plans.model.ExtractedDocument} out (raw page text, tables, warnings).
 * {@link vn.plans.extract.TypeDetector} decides the type from the content with Tika; {@link vn.plans.extract.DocumentExtractor}
 * routes PDFs to {@link vn.plans.extract.PdfTextExtractor} (PDFBox, page numbers kept) and text-bearing office, web and
 * plain formats to {@link vn.plans.extract.TikaTextExtractor}. Failures are {@link vn.plans.extract.ExtractionException}s
 * with a reason a person can read (empty, truncated, encrypted, unsupported, garbled without OCR); Tika and PDFBox
 * types never leave this package.
 * <p>Text from old Word files in the legacy TCVN3 or VNI encodings is detected and converted to Unicode by
 * {@link vn.plans.extract.LegacyEncodings} (tables in the resources {@code tcvn3.tsv} and {@code vni.tsv}).
 * <p>{@link vn.plans.extract.LimitedExtractor} refuses absurd inputs before any parser
 * runs ({@link vn.plans.extract.InputLimits}: too many PDF pages, too many image pixels, a zip that expands too far).
 */
package vn.plans.extract;

/**
 * Optical character recognition: an 8-bit grey raster ({@link vn.plans.ocr.GreyRaster}: pixels, size, resolution)
 * in, {@link vn.plans.ocr.OcrResult} (UTF-8 text and Tesseract's mean word confidence 0-100) out.
 * {@link vn.plans.ocr.Tessdata} finds the tessdata directory ({@code TESSDATA_PREFIX}, then the Debian and
 * Homebrew locations) and fails with a message naming the apt package when Vietnamese data is missing.
 * {@link vn.plans.ocr.TesseractEngine} drives Tess4J through raw grey pixels only (Debian's Leptonica 1.82 breaks
 * Tess4J's image paths), one native handle per thread, never shared. {@link vn.plans.ocr.Preprocessor} rectifies
 * and flattens phone photos, removes dark scan borders and deskews before recognition, and tells the engine when a
 * rectified photo is one column of text ({@link vn.plans.ocr.OcrEngine.Layout}: read as one block, without
 * Tesseract's column and table finding). {@link vn.plans.ocr.OcrService}
 * recognizes the pages of one document in parallel on a small pool with a per-page deadline: a page that runs
 * past it comes back empty with a warning, so a batch never hangs. {@link vn.plans.ocr.ErrorRates} scores OCR
 * output against source text (character and syllable error rates). Tess4J types never leave this package;
 * callers (the PDF and image extractors) render pages themselves.
 */
package vn.plans.ocr;

/**
 * Extraction: file bytes in, {@link vn.plans.model.ExtractedDocument} out (raw page text, tables, warnings).
 * {@link vn.plans.extract.TypeDetector} decides the type from the content with Tika; {@link vn.plans.extract.DocumentExtractor}
 * routes PDFs to {@link vn.plans.extract.PdfTextExtractor} (PDFBox; page numbers are the PDF's page index, and a page
 * without a content stream stays in its place, empty, with a warning), text-bearing office, web and
 * plain formats to {@link vn.plans.extract.TikaTextExtractor}, and images (PNG, JPEG, TIFF incl. multi-page, WebP;
 * decoded by the TwelveMonkeys ImageIO plugins, EXIF orientation applied by {@link vn.plans.extract.ExifOrientation})
 * to {@link vn.plans.extract.ImageExtractor} (OCR). Per PDF page, the text layer is used when
 * {@link vn.plans.extract.TextLayerCheck} finds it sound; an empty page, or a layer with wrong code points or with
 * its Vietnamese letters dropped, is rendered at 300 dpi and OCR-ed by {@link vn.plans.extract.PdfPageOcr} (a page
 * that is one plain scan image is read at the image's resolution; a layered scan, whose image is or has a mask, always
 * from the composite rendering); each
 * page records its {@link vn.plans.model.ExtractionMethod} and OCR confidence. Failures are
 * {@link vn.plans.extract.ExtractionException}s with a reason a person can read (empty, truncated, encrypted,
 * unsupported, garbled without OCR); an OCR page that timed out is empty with a warning. Tika and PDFBox types never
 * leave this package; OCR itself is {@code vn.plans.ocr}'s.
 * <p>PDF task tables ({@code TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện}) are read
 * from word positions by {@link vn.plans.extract.PdfTableReader} in the same PDFBox pass, only on pages whose text has
 * the header labels and the pages a table runs on to; they come out as {@link vn.plans.model.Table}s like DOCX tables.
 * <p>Fonts that carry no Unicode at all (CID TrueType subsets without ToUnicode, cmap or glyph names, as Word
 * documents printed through Ghostscript embed them) are decoded before any OCR by
 * {@link vn.plans.extract.EmbeddedFontDecoder} from their glyphs (second copy of the font, verified Macintosh order,
 * composite letters as base + marks, outlines against the metric-compatible Liberation 2 fonts of
 * {@link vn.plans.extract.ReferenceFont}); the result is injected as a ToUnicode map, the page is extracted again and
 * recorded as {@code text_layer_decoded}; a page with glyphs no source decodes goes to the OCR with the reason.
 * <p>E-signed PDFs carry the registered number, the day and the signature block as annotation appearances;
 * {@link vn.plans.extract.AppearanceText} reads them in the same pass and puts their glyphs where they sit on the
 * page. Plain text is decoded by {@link vn.plans.extract.PlainTextDecoder} (BOM, UTF-16 without BOM, UTF-8, else
 * Windows-1258, TCVN3 or VNI by the share of valid syllables; mojibake in every reading fails). Embedded pictures in
 * Office files are not read ({@link vn.plans.extract.EmbeddedParts}).
 * <p>Text from old Word files in the legacy TCVN3 or VNI encodings is detected and converted to Unicode by
 * {@link vn.plans.extract.LegacyEncodings} (tables in the resources {@code tcvn3.tsv} and {@code vni.tsv}).
 * <p>{@link vn.plans.extract.LimitedExtractor} refuses absurd inputs before any parser runs, by what it measures in
 * the file, never by what the file declares ({@link vn.plans.extract.InputLimits}): PDF pages counted in the page tree,
 * every image frame counted and each frame's pixels checked, a zip container inflated and counted with the packages
 * embedded in it ({@link vn.plans.extract.ZipExpansion}), a plain-text file's size, and the characters extracted (the
 * Tika handler stops the parse at the limit). For a file of unknown type it also detects the type
 * ({@link vn.plans.extract.LimitedExtractor#detectAndExtract}), counting a zip's expansion once, before Tika's container
 * detection reads it, for detection and parse both.
 * <p>How it fails: an {@link vn.plans.extract.ExtractionException} carrying a {@link vn.plans.model.FailureReason}
 * (cause, short message; for a limit its name, the measured value and the option that raises it; the library's
 * stack trace as detail, never in the message).
 */
package vn.plans.extract;

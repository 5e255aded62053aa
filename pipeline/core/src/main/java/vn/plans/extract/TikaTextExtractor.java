package vn.plans.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.extractor.DocumentSelector;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.xml.sax.SAXException;
import vn.plans.model.ExtractedDocument;
import vn.plans.model.ExtractionMethod;
import vn.plans.model.Page;
import vn.plans.model.FailureReason;

/**
 * DOCX, DOC, ODT, RTF, HTML, TXT and Markdown through Tika's standard parsers. Tika's own Tesseract call is
 * switched off (OCR happens once, in the pipeline's OCR stage); tables come back both as {@code | a | b |}
 * lines in the text and as {@link vn.plans.model.Table} records. Text in the legacy TCVN3 (ABC) or VNI encodings
 * is converted to Unicode.
 */
public final class TikaTextExtractor implements Extractor {
    private static final Pattern NOTE_MARK = Pattern.compile("\\[(?:footnote|endnote)Ref:\\d+]");
    private final Parser parser = new AutoDetectParser();
    private final long maxChars;
    private final boolean headersAndFooters;

    public TikaTextExtractor() { this(InputLimits.DEFAULT.maxTextChars()); }

    /** @param maxChars characters of text after which the parse stops and the file fails with the text limit */
    public TikaTextExtractor(long maxChars) { this(maxChars, true); }

    private TikaTextExtractor(long maxChars, boolean headersAndFooters) {
        this.maxChars = maxChars;
        this.headersAndFooters = headersAndFooters;
    }

    /**
     * The body text only: an Office document's header and footer parts (running lines, page-number fields) left out,
     * where the standard extractor keeps them in the text. The OCR twin evaluation scores a scan's body against it.
     */
    public static TikaTextExtractor bodyOnly() { return new TikaTextExtractor(InputLimits.DEFAULT.maxTextChars(), false); }

    @Override
    public ExtractedDocument extract(Path file, String mediaType) throws ExtractionException {
        try {
            if (Files.size(file) == 0) throw new ExtractionException(FailureReason.Cause.EMPTY, "empty file (0 bytes)");
        } catch (IOException e) {
            throw new ExtractionException(FailureReason.Cause.UNREADABLE, "unreadable file: " + e.getMessage(), e);
        }
        Metadata md = new Metadata();
        md.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        md.set(Metadata.CONTENT_TYPE, mediaType);
        ParseContext ctx = new ParseContext();
        TesseractOCRConfig noOcr = new TesseractOCRConfig();
        noOcr.setSkipOcr(true);
        ctx.set(TesseractOCRConfig.class, noOcr);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        ctx.set(PDFParserConfig.class, pdf);
        if (!headersAndFooters) {
            org.apache.tika.parser.microsoft.OfficeParserConfig office = new org.apache.tika.parser.microsoft.OfficeParserConfig();
            office.setIncludeHeadersAndFooters(false);
            ctx.set(org.apache.tika.parser.microsoft.OfficeParserConfig.class, office);
        }
        ctx.set(Parser.class, parser); // embedded documents (e.g. OLE objects) parsed too, still without OCR
        ParsingEmbeddedDocumentExtractor embedded = new ParsingEmbeddedDocumentExtractor(ctx);
        embedded.setWriteFileNameToContent(false); // no "image7.png" in the text
        ctx.set(EmbeddedDocumentExtractor.class, embedded);
        ctx.set(DocumentSelector.class, EmbeddedParts::worthReading); // no text out of pictures (EMF/WMF thumbnails)
        // a word processor's line break inside a paragraph (Shift+Enter) may fall inside a sentence: resolved by the handler
        boolean wordBreaks = mediaType != null && (mediaType.contains("wordprocessingml") || mediaType.contains("msword")
                || mediaType.contains("opendocument.text"));
        TextAndTablesHandler handler = new TextAndTablesHandler(maxChars, wordBreaks);
        try (InputStream in = TikaInputStream.get(file, md)) {
            parser.parse(in, handler, md, ctx);
        } catch (ZeroByteFileException e) {
            throw new ExtractionException(FailureReason.Cause.EMPTY, "empty file (0 bytes)", e);
        } catch (EncryptedDocumentException e) {
            throw new ExtractionException(FailureReason.Cause.ENCRYPTED, "encrypted document: a password is required to open it", e);
        } catch (TikaException | SAXException e) {
            TextAndTablesHandler.TooMuchText over = tooMuchText(e);
            if (over != null) throw new ExtractionException(LimitedExtractor.tooMuchText(over.chars, maxChars, "characters extracted before stopping"));
            throw new ExtractionException(FailureReason.Cause.CORRUPT, "damaged or unreadable " + mediaType + ": " + rootMessage(e), e);
        } catch (IOException e) {
            throw new ExtractionException(FailureReason.Cause.UNREADABLE, "unreadable file: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new ExtractionException(FailureReason.Cause.CORRUPT, "parser failed on " + mediaType + ": " + rootMessage(e), e);
        }
        List<String> warnings = new ArrayList<>();
        String text = withoutNoteMarks(handler.text());
        LegacyEncodings.Result converted = LegacyEncodings.convert(text);
        if (converted.encoding() != null) {
            warnings.add("converted legacy " + converted.encoding() + " text to Unicode");
            text = converted.text();
        }
        List<vn.plans.model.Table> tables = new ArrayList<>();
        for (List<List<String>> rows : handler.tables()) {
            List<List<String>> fixed = new ArrayList<>();
            for (List<String> row : rows) {
                List<String> cells = new ArrayList<>();
                for (String c : row) {
                    String cell = withoutNoteMarks(c);
                    cells.add(converted.encoding() == null ? cell : LegacyEncodings.convert(cell, converted.encoding()));
                }
                fixed.add(cells);
            }
            tables.add(new vn.plans.model.Table(1, fixed));
        }
        if (text.isBlank()) throw new ExtractionException(FailureReason.Cause.NO_TEXT, "no text found in " + mediaType);
        return new ExtractedDocument(List.of(new Page(1, text, ExtractionMethod.PLAIN_TEXT)), tables, warnings);
    }

    /**
     * Tika marks a footnote or endnote reference as {@code [footnoteRef:1]} where the document prints a superscript
     * number; the note's own text follows the paragraph that cites it.
     */
    static String withoutNoteMarks(String text) {
        return NOTE_MARK.matcher(text).replaceAll("");
    }

    private static TextAndTablesHandler.TooMuchText tooMuchText(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TextAndTablesHandler.TooMuchText m) return m;
        }
        return null;
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m;
    }
}

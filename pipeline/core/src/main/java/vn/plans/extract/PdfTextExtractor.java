package vn.plans.extract;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.DefaultResourceCache;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDTrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import vn.plans.model.ExtractedDocument;
import vn.plans.model.ExtractionMethod;
import vn.plans.model.Page;
import vn.plans.model.Table;
import vn.plans.normalize.TextQuality;
import vn.plans.model.FailureReason;

/**
 * PDF text layer with page numbers, in one PDFBox pass. Pages whose layer is empty or garbled (wrong code points
 * from broken font maps) are handed to the {@link PageOcr} when one is configured; without OCR such a document
 * fails with a reason rather than letting mojibake through.
 */
public final class PdfTextExtractor implements Extractor {
    /** OCR for the pages the text layer cannot serve; returns pages in the order given, with warnings. */
    public interface PageOcr {
        ExtractedDocument recognize(Path pdf, List<Integer> pageNumbers) throws ExtractionException;
    }

    private final PageOcr ocr;
    private final EmbeddedFontDecoder fonts;

    /** Without font decoding: pages set in fonts that carry no Unicode go to the OCR. */
    public PdfTextExtractor(PageOcr ocr) {
        this(ocr, null);
    }

    /**
     * @param ocr OCR for the pages the text layer cannot serve, or null
     * @param fonts decoder for embedded fonts without Unicode (tried before any OCR), or null
     */
    public PdfTextExtractor(PageOcr ocr, EmbeddedFontDecoder fonts) {
        this.ocr = ocr;
        this.fonts = fonts != null && fonts.available() ? fonts : null;
    }

    @Override
    public ExtractedDocument extract(Path file, String mediaType) throws ExtractionException {
        checkComplete(file);
        List<String> texts;
        List<AppearanceText.Stamps> stamps;
        List<Table> tables;
        List<String> warnings = new ArrayList<>();
        List<ExtractionMethod> methods = new ArrayList<>();
        List<String> undecodable = new ArrayList<>();
        List<Integer> noContent;
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            PerPageStripper stripper = new PerPageStripper();
            stripper.pageTexts(doc);
            if (fonts != null && !stripper.bareFonts.isEmpty()) {
                try {
                    stripper = decodeFonts(doc, stripper, methods, undecodable);
                } catch (IOException | RuntimeException e) {
                    // the pages stay as PDFBox read them: the quality check sends them to the OCR
                    warnings.add("fonts without Unicode could not be decoded: " + e.getMessage());
                    methods.clear();
                    undecodable.clear();
                }
            }
            texts = stripper.pages;
            stamps = stripper.stamps;
            tables = stripper.tables.tables();
            noContent = stripper.withoutContent;
        } catch (InvalidPasswordException e) {
            throw new ExtractionException(FailureReason.Cause.ENCRYPTED, "encrypted PDF: a password is required to open it", e);
        } catch (IOException e) {
            throw new ExtractionException(FailureReason.Cause.CORRUPT, "damaged PDF: " + e.getMessage(), e);
        }
        if (texts.isEmpty()) throw new ExtractionException(FailureReason.Cause.CORRUPT, "PDF has no pages");

        List<Page> pages = new ArrayList<>(texts.size());
        List<Integer> needOcr = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            if (noContent.contains(i + 1)) { // nothing to read or render: an empty page, said so
                warnings.add("page " + (i + 1) + ": no content stream (empty page)");
                pages.add(new Page(i + 1, "", ExtractionMethod.TEXT_LAYER));
                continue;
            }
            boolean empty = t.isBlank() || TextQuality.of(t).letters() < 10 || stampsOf(stamps, i).contentLetters() < 10;
            String problem = i < undecodable.size() && undecodable.get(i) != null ? undecodable.get(i)
                    : empty ? null : TextLayerCheck.problem(t);
            if (empty || problem != null) {
                needOcr.add(i + 1);
                if (problem != null) warnings.add("page " + (i + 1) + ": " + problem);
            }
            pages.add(new Page(i + 1, t, i < methods.size() ? methods.get(i) : ExtractionMethod.TEXT_LAYER));
        }
        if (!needOcr.isEmpty()) {
            boolean allEmptyPages = needOcr.size() + noContent.size() == texts.size();
            if (ocr == null) {
                throw new ExtractionException(FailureReason.Cause.NEEDS_OCR, (allEmptyPages && warnings.isEmpty()
                        ? "scanned PDF without a text layer" : "PDF text layer is garbled or missing on "
                        + needOcr.size() + " of " + texts.size() + " pages") + "; OCR is not available");
            }
            ExtractedDocument recognized = ocr.recognize(file, needOcr);
            for (Page p : recognized.pages()) {
                pages.set(p.number() - 1, AppearanceText.besideOcr(p, texts.get(p.number() - 1), stampsOf(stamps, p.number() - 1)));
            }
            warnings.addAll(recognized.warnings());
        }
        return new ExtractedDocument(pages, tables, warnings);
    }

    /**
     * Decodes the fonts without Unicode that the pages use, writes the result into them as ToUnicode maps and
     * strips the document again, so text, positions and tables come from the normal pass. A page set in such a
     * font is {@link ExtractionMethod#TEXT_LAYER_DECODED} when all its glyphs decoded; otherwise its entry in
     * {@code undecodable} says which font's glyphs did not, and the page goes to the OCR.
     */
    private PerPageStripper decodeFonts(PDDocument doc, PerPageStripper first, List<ExtractionMethod> methods,
                                        List<String> undecodable) throws IOException {
        Map<COSDictionary, Set<Integer>> codes = new HashMap<>();
        for (Map<COSDictionary, Map<Integer, Integer>> page : first.bareCodes) {
            page.forEach((font, counts) -> codes.computeIfAbsent(font, k -> new TreeSet<>()).addAll(counts.keySet()));
        }
        Map<COSDictionary, EmbeddedFontDecoder.FontDecoding> decoded = new HashMap<>();
        List<PDFont> all = List.copyOf(first.fontsSeen.values());
        for (var e : first.windowsCodes.entrySet()) {
            PDFont font = first.fontsSeen.get(e.getKey());
            Map<Integer, String> byCode = fonts.windowsPunctuation((PDTrueTypeFont) font, e.getValue());
            if (!byCode.isEmpty()) EmbeddedFontDecoder.inject(doc, font, byCode, 1);
        }
        for (var e : first.bareFonts.entrySet()) {
            EmbeddedFontDecoder.FontDecoding d = fonts.decode(e.getValue(), codes.get(e.getKey()), all);
            decoded.put(e.getKey(), d);
            if (!d.byCode().isEmpty()) EmbeddedFontDecoder.inject(doc, e.getValue(), d.byCode(), 2);
        }
        doc.setResourceCache(new DefaultResourceCache()); // fonts are read again, with their new ToUnicode
        // Such files are printed documents whose e-office stamps (number, day) were appended to the content
        // stream afterwards: in position order they land where they are printed ("Số: 1894 /TB-SCT").
        PerPageStripper second = new PerPageStripper();
        second.setSortByPosition(true);
        second.dropCoveredSpaces = true;
        second.pageTexts(doc);
        for (int i = 0; i < first.bareCodes.size(); i++) {
            Map<COSDictionary, Map<Integer, Integer>> page = first.bareCodes.get(i);
            String missing = null;
            for (var e : page.entrySet()) {
                EmbeddedFontDecoder.FontDecoding d = decoded.get(e.getKey());
                int n = e.getValue().entrySet().stream().filter(c -> d.undecoded().contains(c.getKey()))
                        .mapToInt(Map.Entry::getValue).sum();
                if (n > 0) missing = (missing == null ? "" : missing + "; ") + n + " glyphs of font " + d.fontName()
                        + " could not be decoded";
            }
            methods.add(page.isEmpty() ? ExtractionMethod.TEXT_LAYER : ExtractionMethod.TEXT_LAYER_DECODED);
            undecodable.add(missing);
        }
        return second;
    }

    private static AppearanceText.Stamps stampsOf(List<AppearanceText.Stamps> stamps, int index) {
        return index < stamps.size() ? stamps.get(index) : AppearanceText.Stamps.NONE;
    }

    /** Plain PDFBox text of every page, as a list (page 1 first). */
    static List<String> pageTexts(PDDocument doc) throws IOException {
        return new PerPageStripper().pageTexts(doc);
    }

    /** A PDF must end with its %%EOF marker; a file cut short loses the cross-reference table and pages. */
    private static void checkComplete(Path file) throws ExtractionException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long len = raf.length();
            if (len == 0) throw new ExtractionException(FailureReason.Cause.EMPTY, "empty file (0 bytes)");
            int tail = (int) Math.min(len, 2048);
            byte[] buf = new byte[tail];
            raf.seek(len - tail);
            raf.readFully(buf);
            if (!new String(buf, StandardCharsets.ISO_8859_1).contains("%%EOF")) {
                throw new ExtractionException(FailureReason.Cause.CORRUPT, "truncated PDF: no %%EOF marker at the end of the file");
            }
        } catch (IOException e) {
            throw new ExtractionException(FailureReason.Cause.UNREADABLE, "unreadable file: " + e.getMessage(), e);
        }
    }

    /**
     * Page texts, and the words' positions handed to a {@link PdfTableReader} on pages that may hold a task table.
     * PDFBox skips pages without a content stream (no start/end page call), so texts are kept by the PDF's own page
     * index and such pages come back as empty strings, listed in {@link #withoutContent}: page numbers never shift.
     */
    private static final class PerPageStripper extends PDFTextStripper {
        private final List<String> pages = new ArrayList<>();
        final List<Integer> withoutContent = new ArrayList<>();
        final List<AppearanceText.Stamps> stamps = new ArrayList<>();
        final PdfTableReader tables = new PdfTableReader();
        private final List<PdfTableReader.Word> words = new ArrayList<>();
        /** Fonts that carry no Unicode (PDFBox drops their glyphs), and per page the codes shown in each. */
        final Map<COSDictionary, PDType0Font> bareFonts = new LinkedHashMap<>();
        final List<Map<COSDictionary, Map<Integer, Integer>>> bareCodes = new ArrayList<>();
        /** Every font that showed a glyph: candidates for a second copy of a bare font. */
        final Map<COSDictionary, PDFont> fontsSeen = new LinkedHashMap<>();
        /** Codes 0x80-0x9F shown in symbolic TrueType fonts without an encoding (PDFBox reads them as C1 controls). */
        final Map<COSDictionary, Set<Integer>> windowsCodes = new LinkedHashMap<>();
        private StringWriter current;

        PerPageStripper() throws IOException {
            super();
            setLineSeparator("\n");
        }

        /** One text per page of the document, page 1 first, whether or not the page has content. */
        List<String> pageTexts(PDDocument doc) throws IOException {
            getText(doc);
            int n = 0; // the pages of the page tree, as the stripper walked them (its /Count may say otherwise)
            for (PDPage page : doc.getPages()) {
                n++;
                if (!page.hasContents()) withoutContent.add(n);
            }
            while (pages.size() < n) pages.add("");
            while (bareCodes.size() < n) bareCodes.add(new HashMap<>());
            return pages;
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            current = new StringWriter();
            output = current;
            words.clear();
            while (bareCodes.size() < getCurrentPageNo() - 1) bareCodes.add(new HashMap<>()); // skipped pages
            bareCodes.add(new HashMap<>());
            super.startPage(page);
        }

        @Override
        protected void showGlyph(Matrix matrix, PDFont font, int code, Vector displacement) throws IOException {
            COSDictionary dict = font.getCOSObject();
            if (fontsSeen.putIfAbsent(dict, font) == null && EmbeddedFontDecoder.lacksUnicode(font)) {
                bareFonts.put(dict, (PDType0Font) font);
            }
            if (code >= 0x80 && code < 0xA0 && EmbeddedFontDecoder.symbolicWithoutEncoding(font)) {
                windowsCodes.computeIfAbsent(dict, k -> new TreeSet<>()).add(code);
            }
            if (bareFonts.containsKey(dict)) {
                bareCodes.getLast().computeIfAbsent(dict, k -> new HashMap<>()).merge(code, 1, Integer::sum);
            }
            super.showGlyph(matrix, font, code, displacement);
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            super.endPage(page);
            output.flush();
            String text = current.toString();
            int number = getCurrentPageNo();
            while (pages.size() < number - 1) pages.add(""); // pages PDFBox skipped (no content stream)
            pages.add(text);
            if (tables.isOpen() || PdfTableReader.mayHoldHeader(text)) tables.page(number, words);
            while (stamps.size() < pages.size()) stamps.add(AppearanceText.Stamps.NONE);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            super.writeString(text, positions);
            if (positions.isEmpty() || text.isBlank()) return;
            TextPosition first = positions.getFirst();
            TextPosition last = positions.getLast();
            words.add(new PdfTableReader.Word(text.strip(), first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(),
                    first.getYDirAdj(), first.getHeightDir(), first.getWidthOfSpace()));
        }

        /**
         * In position order, the blanks a form left for a stamp fall between the stamp's digits ("3 0 3 6"): a space
         * glyph under another glyph on the same line is dropped.
         */
        boolean dropCoveredSpaces;

        @Override
        protected void writePage() throws IOException {
            while (stamps.size() < getCurrentPageNo() - 1) stamps.add(AppearanceText.Stamps.NONE); // skipped pages
            stamps.add(AppearanceText.showInPlace(this, getCurrentPage(), charactersByArticle));
            if (dropCoveredSpaces) {
                for (List<TextPosition> article : charactersByArticle) article.removeIf(p -> covered(p, article));
            }
            super.writePage();
        }

        private static boolean covered(TextPosition space, List<TextPosition> line) {
            if (!space.getUnicode().isBlank()) return false;
            float x0 = space.getXDirAdj(), x1 = x0 + space.getWidthDirAdj(), y = space.getYDirAdj();
            for (TextPosition p : line) {
                if (p == space || p.getUnicode().isBlank()) continue;
                if (Math.abs(p.getYDirAdj() - y) > Math.max(1, p.getHeightDir() * 0.5)) continue;
                float o = Math.min(x1, p.getXDirAdj() + p.getWidthDirAdj()) - Math.max(x0, p.getXDirAdj());
                if (o > (x1 - x0) * 0.3) return true;
            }
            return false;
        }

        @Override
        protected void writePageEnd() throws IOException {
            // page boundaries are kept as separate strings, not separators
        }
    }
}

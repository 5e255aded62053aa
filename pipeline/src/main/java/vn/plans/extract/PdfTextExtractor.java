package vn.plans.extract;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
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

    public PdfTextExtractor(PageOcr ocr) {
        this.ocr = ocr;
    }

    @Override
    public ExtractedDocument extract(Path file, String mediaType) throws ExtractionException {
        checkComplete(file);
        List<String> texts;
        List<Table> tables;
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            PerPageStripper stripper = new PerPageStripper();
            stripper.getText(doc);
            texts = stripper.pages;
            tables = stripper.tables.tables();
        } catch (InvalidPasswordException e) {
            throw new ExtractionException("encrypted PDF: a password is required to open it", e);
        } catch (IOException e) {
            throw new ExtractionException("damaged PDF: " + e.getMessage(), e);
        }
        if (texts.isEmpty()) throw new ExtractionException("PDF has no pages");

        List<Page> pages = new ArrayList<>(texts.size());
        List<Integer> needOcr = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            boolean empty = t.isBlank() || TextQuality.of(t).letters() < 10;
            String problem = empty ? null : TextLayerCheck.problem(t);
            if (empty || problem != null) {
                needOcr.add(i + 1);
                if (!empty) warnings.add("page " + (i + 1) + ": " + problem);
            }
            pages.add(new Page(i + 1, t, ExtractionMethod.TEXT_LAYER));
        }
        if (!needOcr.isEmpty()) {
            boolean allEmptyPages = needOcr.size() == texts.size();
            if (ocr == null) {
                throw new ExtractionException((allEmptyPages && warnings.isEmpty()
                        ? "scanned PDF without a text layer" : "PDF text layer is garbled or missing on "
                        + needOcr.size() + " of " + texts.size() + " pages") + "; OCR is not available");
            }
            ExtractedDocument recognized = ocr.recognize(file, needOcr);
            for (Page p : recognized.pages()) pages.set(p.number() - 1, p);
            warnings.addAll(recognized.warnings());
        }
        return new ExtractedDocument(pages, tables, warnings);
    }

    /** Plain PDFBox text of every page, as a list (page 1 first). */
    static List<String> pageTexts(PDDocument doc) throws IOException {
        PerPageStripper stripper = new PerPageStripper();
        stripper.getText(doc);
        return stripper.pages;
    }

    /** A PDF must end with its %%EOF marker; a file cut short loses the cross-reference table and pages. */
    private static void checkComplete(Path file) throws ExtractionException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long len = raf.length();
            if (len == 0) throw new ExtractionException("empty file (0 bytes)");
            int tail = (int) Math.min(len, 2048);
            byte[] buf = new byte[tail];
            raf.seek(len - tail);
            raf.readFully(buf);
            if (!new String(buf, StandardCharsets.ISO_8859_1).contains("%%EOF")) {
                throw new ExtractionException("truncated PDF: no %%EOF marker at the end of the file");
            }
        } catch (IOException e) {
            throw new ExtractionException("unreadable file: " + e.getMessage(), e);
        }
    }

    /** Page texts, and the words' positions handed to a {@link PdfTableReader} on pages that may hold a task table. */
    private static final class PerPageStripper extends PDFTextStripper {
        final List<String> pages = new ArrayList<>();
        final PdfTableReader tables = new PdfTableReader();
        private final List<PdfTableReader.Word> words = new ArrayList<>();
        private StringWriter current;

        PerPageStripper() throws IOException {
            super();
            setLineSeparator("\n");
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            current = new StringWriter();
            output = current;
            words.clear();
            super.startPage(page);
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            super.endPage(page);
            output.flush();
            String text = current.toString();
            pages.add(text);
            if (tables.isOpen() || PdfTableReader.mayHoldHeader(text)) tables.page(pages.size(), words);
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

        @Override
        protected void writePageEnd() throws IOException {
            // page boundaries are kept as separate strings, not separators
        }
    }
}

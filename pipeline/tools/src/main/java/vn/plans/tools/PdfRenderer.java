package vn.plans.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays out {@link SeedText} blocks as a digital PDF: A4, 2.5 cm margins, 13 pt DejaVu Serif (embedded as a subset),
 * word-wrapped lines, bold centred capitals lines, tables as ruled 11 pt tables, the page number at the bottom centre
 * of every page. Metadata
 * and the document ID are fixed, so the same input gives the same bytes.
 */
final class PdfRenderer {
    static final float MARGIN = 2.5f / 2.54f * 72f;
    static final float SIZE = 13f;
    static final float LEADING = SIZE * 1.35f;
    static final float PARAGRAPH_GAP = SIZE * 0.45f;
    static final float TABLE_SIZE = 11f;
    static final float TABLE_LEADING = TABLE_SIZE * 1.3f;
    static final float CELL_PAD = 4f;
    /** Shares of the line width: TT, task, lead, coordinating; the last column takes the rest. */
    static final float[] COLUMN_WIDTHS = {0.07f, 0.38f, 0.20f, 0.19f};

    private final Path regularFont;
    private final Path boldFont;

    PdfRenderer(Path regularFont, Path boldFont) {
        this.regularFont = regularFont;
        this.boldFont = boldFont;
    }

    void render(List<SeedText.Block> blocks, String title, Path out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDFont regular = PDType0Font.load(doc, regularFont.toFile());
            PDFont bold = PDType0Font.load(doc, boldFont.toFile());
            Layout layout = new Layout(doc, regular);
            for (SeedText.Block b : blocks) {
                switch (b) {
                    case SeedText.Paragraph p -> layout.paragraph(p.text(), p.strong() ? bold : regular,
                            p.strong() && vn.plans.normalize.Reflow.isUpperLine(p.text()));
                    case SeedText.TableBlock t -> layout.table(t.rows(), regular, bold);
                }
            }
            layout.finish();
            fixMetadata(doc, title);
            doc.save(out.toFile());
        }
    }

    private static void fixMetadata(PDDocument doc, String title) {
        PDDocumentInformation info = doc.getDocumentInformation();
        Calendar fixed = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        fixed.clear();
        fixed.set(2025, Calendar.JANUARY, 1, 0, 0, 0);
        info.setCreationDate(fixed);
        info.setModificationDate(fixed);
        info.setTitle(title);
        info.setProducer("plans CorpusRenderer (PDFBox)");
        byte[] id = md5(title);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] md5(String s) {
        try {
            return MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The running page: places lines top-down and opens a new page when the current one is full. */
    private static final class Layout {
        private final PDDocument doc;
        private final PDFont numberFont;
        private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        private PDPageContentStream cs;
        private float y;
        private int pageNo;

        Layout(PDDocument doc, PDFont numberFont) {
            this.doc = doc;
            this.numberFont = numberFont;
        }

        void paragraph(String text, PDFont font, boolean centred) throws IOException {
            for (String line : wrap(text, font, width, SIZE)) {
                if (cs == null || y - LEADING < MARGIN) newPage();
                y -= LEADING;
                float x = MARGIN;
                if (centred) x += (width - textWidth(line, font, SIZE)) / 2;
                cs.beginText();
                cs.setFont(font, SIZE);
                cs.newLineAtOffset(x, y);
                cs.showText(line);
                cs.endText();
            }
            y -= PARAGRAPH_GAP;
        }

        /**
         * A ruled table, 11 pt: the first row is the header (bold, centred), rows whose first cell is a Roman numeral
         * are group rows (bold). Cells are drawn one after another, each top to bottom, so the text layer holds
         * them in turn as a PDF exporter writes them. A row that does not fit is split at the page break (at least
         * two lines on the page it starts on); the header is not repeated.
         */
        void table(List<List<String>> rows, PDFont regular, PDFont bold) throws IOException {
            float[] widths = new float[rows.getFirst().size()];
            float fixed = 0;
            for (int c = 0; c < widths.length; c++) {
                widths[c] = c < COLUMN_WIDTHS.length ? COLUMN_WIDTHS[c] * width : width / widths.length;
                fixed += widths[c];
            }
            widths[widths.length - 1] += width - fixed;
            for (int r = 0; r < rows.size(); r++) {
                boolean group = r > 0 && rows.get(r).getFirst().matches("[IVX]+");
                tableRow(rows.get(r), widths, r == 0 || group ? bold : regular, r == 0);
            }
            y -= PARAGRAPH_GAP;
        }

        private void tableRow(List<String> cells, float[] widths, PDFont font, boolean centred) throws IOException {
            List<List<String>> lines = new ArrayList<>();
            int total = 0;
            for (int c = 0; c < cells.size(); c++) {
                lines.add(wrap(cells.get(c), font, widths[c] - 2 * CELL_PAD, TABLE_SIZE));
                total = Math.max(total, lines.getLast().size());
            }
            int done = 0;
            while (done < Math.max(total, 1)) {
                if (cs == null) newPage();
                int fit = (int) Math.floor((y - MARGIN - 2 * CELL_PAD) / TABLE_LEADING);
                int left = Math.max(total, 1) - done;
                if (fit < Math.min(left, 2)) { newPage(); continue; }
                int n = Math.min(fit, left);
                float top = y;
                float x = MARGIN;
                for (int c = 0; c < cells.size(); c++) {
                    List<String> cell = lines.get(c);
                    for (int k = done; k < Math.min(done + n, cell.size()); k++) {
                        float tx = x + CELL_PAD;
                        if (centred || c == 0) tx = x + (widths[c] - textWidth(cell.get(k), font, TABLE_SIZE)) / 2;
                        cs.beginText();
                        cs.setFont(font, TABLE_SIZE);
                        cs.newLineAtOffset(tx, top - CELL_PAD - TABLE_SIZE - (k - done) * TABLE_LEADING);
                        cs.showText(cell.get(k));
                        cs.endText();
                    }
                    x += widths[c];
                }
                float bottom = top - 2 * CELL_PAD - n * TABLE_LEADING;
                rule(top, bottom, widths);
                y = bottom;
                done += n;
                if (done < total) newPage();
            }
        }

        /** The row's borders: top, bottom, and every column edge. */
        private void rule(float top, float bottom, float[] widths) throws IOException {
            cs.setLineWidth(0.5f);
            cs.moveTo(MARGIN, top);
            cs.lineTo(MARGIN + width, top);
            cs.moveTo(MARGIN, bottom);
            cs.lineTo(MARGIN + width, bottom);
            float x = MARGIN;
            cs.moveTo(x, top);
            cs.lineTo(x, bottom);
            for (float w : widths) {
                x += w;
                cs.moveTo(x, top);
                cs.lineTo(x, bottom);
            }
            cs.stroke();
        }

        private static List<String> wrap(String text, PDFont font, float width, float size) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder cur = new StringBuilder();
            for (String word : text.split(" ")) {
                if (word.isEmpty()) continue;
                String candidate = cur.isEmpty() ? word : cur + " " + word;
                if (textWidth(candidate, font, size) <= width) {
                    cur.setLength(0);
                    cur.append(candidate);
                    continue;
                }
                if (!cur.isEmpty()) lines.add(cur.toString());
                cur.setLength(0);
                String rest = word;
                while (textWidth(rest, font, size) > width) { // a word wider than the line: cut it
                    int cut = rest.length() - 1;
                    while (cut > 1 && textWidth(rest.substring(0, cut), font, size) > width) cut--;
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                cur.append(rest);
            }
            if (!cur.isEmpty()) lines.add(cur.toString());
            return lines;
        }

        private static float textWidth(String s, PDFont font, float size) throws IOException {
            return font.getStringWidth(s) / 1000f * size;
        }

        private void newPage() throws IOException {
            finish();
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
            pageNo++;
        }

        /** Writes the page number of the open page and closes it. */
        void finish() throws IOException {
            if (cs == null) return;
            String n = Integer.toString(pageNo);
            float x = MARGIN + (width - textWidth(n, numberFont, SIZE - 2)) / 2;
            cs.beginText();
            cs.setFont(numberFont, SIZE - 2);
            cs.newLineAtOffset(x, MARGIN / 2);
            cs.showText(n);
            cs.endText();
            cs.close();
            cs = null;
        }
    }
}

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
 * word-wrapped lines, bold centred capitals lines, the page number at the bottom centre of every page. Metadata
 * and the document ID are fixed, so the same input gives the same bytes.
 */
final class PdfRenderer {
    static final float MARGIN = 2.5f / 2.54f * 72f;
    static final float SIZE = 13f;
    static final float LEADING = SIZE * 1.35f;
    static final float PARAGRAPH_GAP = SIZE * 0.45f;

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
                    case SeedText.TableBlock t -> {
                        for (List<String> row : t.rows()) layout.paragraph(String.join("   ", row), regular, false);
                    }
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
            for (String line : wrap(text, font)) {
                if (cs == null || y - LEADING < MARGIN) newPage();
                y -= LEADING;
                float x = MARGIN;
                if (centred) x += (width - textWidth(line, font)) / 2;
                cs.beginText();
                cs.setFont(font, SIZE);
                cs.newLineAtOffset(x, y);
                cs.showText(line);
                cs.endText();
            }
            y -= PARAGRAPH_GAP;
        }

        private List<String> wrap(String text, PDFont font) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder cur = new StringBuilder();
            for (String word : text.split(" ")) {
                if (word.isEmpty()) continue;
                String candidate = cur.isEmpty() ? word : cur + " " + word;
                if (textWidth(candidate, font) <= width) {
                    cur.setLength(0);
                    cur.append(candidate);
                    continue;
                }
                if (!cur.isEmpty()) lines.add(cur.toString());
                cur.setLength(0);
                String rest = word;
                while (textWidth(rest, font) > width) { // a word wider than the line: cut it
                    int cut = rest.length() - 1;
                    while (cut > 1 && textWidth(rest.substring(0, cut), font) > width) cut--;
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                cur.append(rest);
            }
            if (!cur.isEmpty()) lines.add(cur.toString());
            return lines;
        }

        private static float textWidth(String s, PDFont font) throws IOException {
            return font.getStringWidth(s) / 1000f * SIZE;
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
            float x = MARGIN + (width - textWidth(n, numberFont) * (SIZE - 2) / SIZE) / 2;
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

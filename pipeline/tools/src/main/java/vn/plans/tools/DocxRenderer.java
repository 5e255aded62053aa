package vn.plans.tools;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/**
 * Writes {@link SeedText} blocks as a DOCX with Apache POI: one Word paragraph per text paragraph, real Word tables
 * for table blocks. Runs use the given font name, so the same writer serves Unicode text (Times New Roman) and
 * legacy-encoded text ({@code .VnTime}, {@code VNI-Times}). Dates and zip entry times are fixed, so the same
 * input gives the same bytes.
 */
final class DocxRenderer {
    static final long FIXED_TIME = 1735689600000L; // 2025-01-01T00:00:00Z
    static final java.time.LocalDateTime FIXED_ZIP_TIME = java.time.LocalDateTime.of(2025, 1, 1, 0, 0);

    /** The font of a run: lets a caller pick a different face (e.g. {@code .VnTimeH}) for some paragraphs. */
    interface FontChooser {
        String fontFor(SeedText.Paragraph p);
    }

    void render(List<SeedText.Block> blocks, String title, FontChooser fonts, Path out) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            for (SeedText.Block b : blocks) {
                switch (b) {
                    case SeedText.Paragraph p -> paragraph(doc.createParagraph(), p, fonts.fontFor(p));
                    case SeedText.TableBlock t -> table(doc, t, fonts);
                }
            }
            POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
            core.setTitle(title);
            core.setCreator("plans");
            core.setCreated(Optional.of(new Date(FIXED_TIME)));
            core.setModified(Optional.of(new Date(FIXED_TIME)));
            doc.write(raw);
        }
        try (OutputStream os = Files.newOutputStream(out)) {
            os.write(fixZipTimes(raw.toByteArray()));
        }
    }

    private static void paragraph(XWPFParagraph para, SeedText.Paragraph p, String font) {
        if (p.strong() && vn.plans.normalize.Reflow.isUpperLine(p.text())) para.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun run = para.createRun();
        run.setFontFamily(font);
        run.setFontSize(13);
        run.setBold(p.strong());
        run.setText(p.text());
    }

    /** A table; a cell's lines become paragraphs of that cell. */
    private static void table(XWPFDocument doc, SeedText.TableBlock t, FontChooser fonts) {
        int cols = 0;
        for (List<String> row : t.rows()) cols = Math.max(cols, row.size());
        XWPFTable table = doc.createTable(t.rows().size(), cols);
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> row = t.rows().get(r);
            for (int c = 0; c < cols; c++) {
                XWPFTableCell cell = table.getRow(r).getCell(c);
                String[] lines = (c < row.size() ? row.get(c) : "").split("\n");
                for (int k = 0; k < lines.length; k++) {
                    SeedText.Paragraph p = new SeedText.Paragraph(lines[k], r == 0 && vn.plans.normalize.Reflow.isUpperLine(lines[k]));
                    paragraph(k == 0 ? cell.getParagraphs().getFirst() : cell.addParagraph(), p, fonts.fontFor(p));
                }
            }
        }
    }

    /** Rewrites the zip with every entry stamped at {@link #FIXED_TIME}, in the original order. */
    static byte[] fixZipTimes(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream zos = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(FIXED_ZIP_TIME); // local DOS time: the same bytes in every time zone
                zos.putNextEntry(copy);
                in.transferTo(zos);
                zos.closeEntry();
            }
        }
        return out.toByteArray();
    }
}

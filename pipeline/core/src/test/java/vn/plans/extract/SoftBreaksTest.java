package vn.plans.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Word's soft line break (Shift+Enter, {@code w:br}) inside a sentence is no paragraph's end (session 37, stress letter w03). */
class SoftBreaksTest {
    private static final char SOFT = '\u2028';

    @Test
    void aSoftBreakInsideASentenceJoinsItsParts() {
        assertEquals("Để có cơ sở thẩm định, Sở Công Thương đề nghị Công ty Cổ phần Khoáng sản Bắc Hà bổ sung thuyết minh.",
                TextAndTablesHandler.resolveSoftBreaks("Để có cơ sở thẩm định, Sở Công Thương đề nghị" + SOFT + "Công ty Cổ phần Khoáng sản Bắc Hà bổ sung thuyết minh."));
        assertEquals("V/v tăng cường công tác quản lý, thanh tra hoạt động khoáng sản",
                TextAndTablesHandler.resolveSoftBreaks("V/v tăng cường công tác quản lý," + SOFT + "thanh tra hoạt động khoáng sản"));
    }

    @Test
    void aSoftBreakAfterAHeadingALabelOrBeforeADashStaysALineBreak() {
        assertEquals("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
                TextAndTablesHandler.resolveSoftBreaks("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" + SOFT + "Độc lập - Tự do - Hạnh phúc"));
        assertEquals("Kính gửi:\n- Sở Tài chính;\n- Sở Xây dựng.",
                TextAndTablesHandler.resolveSoftBreaks("Kính gửi:" + SOFT + "- Sở Tài chính;" + SOFT + "- Sở Xây dựng."));
        assertEquals("Số: 12/SCT-QLCN\nV/v kiểm tra", TextAndTablesHandler.resolveSoftBreaks("Số: 12/SCT-QLCN" + SOFT + "V/v kiểm tra"));
        assertEquals("CÁC BIỂU MẪU\n(Kèm theo Nghị định số 178/2026/NĐ-CP)",
                TextAndTablesHandler.resolveSoftBreaks("CÁC BIỂU MẪU" + SOFT + "(Kèm theo Nghị định số 178/2026/NĐ-CP)"));
    }

    /** A DOCX whose paragraph breaks a request with {@code <w:br/>} before the addressee's name, read by Tika. */
    @Test
    void aDocxParagraphBrokenBeforeTheAddresseeIsOneLine(@TempDir Path dir) throws Exception {
        Path docx = dir.resolve("soft.docx");
        String run = "<w:r><w:t xml:space=\"preserve\">%s</w:t></w:r>";
        String body = "<w:p>" + run.formatted("Để có cơ sở thẩm định, Sở Công Thương đề nghị") + "<w:r><w:br/></w:r>"
                + run.formatted("Công ty Cổ phần Khoáng sản Bắc Hà bổ sung thuyết minh tính toán khoảng cách an toàn.") + "</w:p>"
                + "<w:p>" + run.formatted("Trân trọng./.") + "</w:p>";
        try (OutputStream out = Files.newOutputStream(docx); ZipOutputStream z = new ZipOutputStream(out)) {
            put(z, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            put(z, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            put(z, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                    + body + "<w:sectPr/></w:body></w:document>");
        }
        String text = new TikaTextExtractor().extract(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document").pages().getFirst().text();
        assertTrue(text.contains("Sở Công Thương đề nghị Công ty Cổ phần Khoáng sản Bắc Hà bổ sung"), text);
        assertTrue(text.indexOf(SOFT) < 0, "no soft-break mark left: " + text);
    }

    private static void put(ZipOutputStream z, String name, String content) throws Exception {
        z.putNextEntry(new ZipEntry(name));
        z.write(content.getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
    }
}

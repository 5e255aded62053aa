package vn.plans.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plans.model.ExtractedDocument;
import vn.plans.model.Table;
import vn.plans.TestData;

/**
 * Task tables read from word positions: the committed rendering of seed 000 draws its phụ lục as a ruled table
 * (scripts/render-corpus), with group rows and a row split by a page break; small hand-placed pages check the
 * edges (text after a table, pages without a table).
 */
class PdfTableReaderTest {
    static final Path ROOT = TestData.root();
    static final Path BA_TO = ROOT.resolve("corpus/rendered/000_c1d158b421d6e514.pdf");

    private static ExtractedDocument extract(Path pdf) throws Exception {
        assumeTrue(Files.isRegularFile(pdf), pdf + " missing: run scripts/render-corpus");
        return new PdfTextExtractor(null).extract(pdf, "application/pdf");
    }

    @Test
    void readsTheRenderedAppendixTable() throws Exception {
        ExtractedDocument doc = extract(BA_TO);
        assertEquals(1, doc.tables().size(), "one phụ lục table expected, got " + doc.tables());
        Table t = doc.tables().getFirst();
        assertEquals(List.of("TT", "Nhiệm vụ thực hiện các nội dung khuyến nghị", "Cơ quan chủ trì", "Cơ quan phối hợp",
                "Thời gian thực hiện"), t.rows().getFirst());
        assertTrue(doc.pages().get(t.page() - 1).text().contains("PHỤ LỤC"), "table page " + t.page());
        List<String> groups = new ArrayList<>();
        for (List<String> row : t.rows()) {
            assertEquals(5, row.size(), row.toString());
            if (row.getFirst().matches("[IVX]+")) groups.add(row.getFirst());
            for (String cell : row) assertFalse(cell.matches("\\d+") && row.indexOf(cell) > 0, "page number in a cell: " + row);
        }
        assertEquals(List.of("I", "II", "III", "IV", "V", "VI", "VII"), groups);
        assertEquals(1 + 7 + 20 + 2, t.rows().size(), "header, group rows, numbered rows, the rows of the two groups without numbered rows");
        List<String> first = t.rows().get(2);
        assertEquals("1", first.getFirst());
        assertTrue(first.get(1).startsWith("Rà soát đề xuất sửa đổi, bổ sung chính sách"), first.get(1));
        assertEquals("Văn phòng HĐND&UBND huyện", first.get(2));
        assertEquals("Các cơ quan, đơn vị, Hội đoàn thể liên quan; UBND các xã, thị trấn", first.get(3));
        assertEquals("Thường xuyên trong năm", first.get(4));
    }

    @Test
    void rowsSplitByAPageBreakAreJoined() throws Exception {
        ExtractedDocument doc = extract(BA_TO);
        // which rows the page breaks cut depends on the layout; every continued row must still be whole
        Table t = doc.tables().getFirst();
        int continued = 0;
        for (int p = t.page(); p < doc.pages().size(); p++) {
            String top = doc.pages().get(p).text().strip().lines().findFirst().orElse("").strip();
            if (top.isEmpty() || top.matches("^(\\d+|[IVX]+)\\b.*")) continue;
            continued++;
            boolean joined = t.rows().stream().skip(1)
                    .anyMatch(r -> !r.getFirst().isEmpty() && r.stream().anyMatch(c -> c.contains(top)));
            assertTrue(joined, "page " + (p + 1) + " starts with a continued row '" + top + "' not joined to a numbered row");
        }
        assertTrue(continued >= 1, "the rendering should split at least one row across pages");
        List<String> lead = doc.tables().getFirst().rows().stream()
                .filter(r -> r.get(1).startsWith("Tăng cường tiếp cận các dịch vụ y tế")).findFirst().orElseThrow();
        assertEquals("Văn phòng HĐND&UBND huyện; Trung tâm Y tế", lead.get(2));
        assertTrue(lead.get(1).endsWith("ma túy ở trẻ em."), lead.get(1));
    }

    @Test
    void pagesWithoutATableHeaderGiveNoTables() throws Exception {
        Path son = ROOT.resolve("corpus/rendered/001_2c518055da5bf50f.pdf");
        assertTrue(extract(son).tables().isEmpty());
        assertFalse(PdfTableReader.mayHoldHeader("Kế hoạch thực hiện nhiệm vụ năm 2025"));
        assertTrue(PdfTableReader.mayHoldHeader("TT\nNhiệm vụ\nCơ quan chủ trì\nCơ quan phối hợp"));
    }

    @Test
    void aTableEndsWhereRunningTextBegins() {
        PdfTableReader r = new PdfTableReader();
        List<PdfTableReader.Word> w = new ArrayList<>();
        float[] xs = {60, 100, 300, 400, 500};
        String[] head = {"TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian"};
        for (int c = 0; c < 5; c++) w.add(word(head[c], xs[c], 100));
        w.add(word("1", 60, 120));
        w.add(word("Rà soát văn bản", 100, 120));
        w.add(word("Phòng Tư pháp", 300, 120));
        w.add(word("Các xã", 400, 120));
        w.add(word("Năm 2025", 500, 120));
        w.add(word("chính sách", 100, 134));
        w.add(word("2", 60, 150));
        w.add(word("Kiểm tra", 100, 150));
        // a full-width paragraph after the table: its words cross the column edges
        w.add(new PdfTableReader.Word("Trên đây là kế hoạch thực hiện của huyện trong năm tới", 60, 540, 180, 9, 3));
        r.page(1, w);
        List<Table> tables = r.tables();
        assertEquals(1, tables.size());
        assertEquals(List.of(List.of("TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian"),
                List.of("1", "Rà soát văn bản chính sách", "Phòng Tư pháp", "Các xã", "Năm 2025"),
                List.of("2", "Kiểm tra", "", "", "")), tables.getFirst().rows());
        assertFalse(r.isOpen());
    }

    @Test
    void aRowGoesOnOverleafAndThePageNumberIsNoCell() {
        PdfTableReader r = new PdfTableReader();
        float[] xs = {60, 100, 300, 400, 500};
        String[] head = {"TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian"};
        List<PdfTableReader.Word> p1 = new ArrayList<>();
        for (int c = 0; c < 5; c++) p1.add(word(head[c], xs[c], 100));
        p1.add(word("1", 60, 120));
        p1.add(word("Rà soát văn bản", 100, 120));
        p1.add(word("Phòng Tư pháp", 300, 120));
        p1.add(word("chính sách", 100, 134));
        p1.add(word("7", 290, 800)); // the page number, centred at the foot
        r.page(1, p1);
        assertTrue(r.isOpen(), "a table reaching the page foot may go on overleaf");
        List<PdfTableReader.Word> p2 = new ArrayList<>();
        p2.add(word("pháp luật", 100, 60));
        p2.add(word("Các xã", 400, 60));
        p2.add(word("Năm 2025", 500, 60));
        p2.add(word("2", 60, 82));
        p2.add(word("Kiểm tra", 100, 82));
        p2.add(word("Sở Y tế", 300, 82));
        r.page(2, p2);
        assertEquals(List.of(List.of("TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian"),
                List.of("1", "Rà soát văn bản chính sách pháp luật", "Phòng Tư pháp", "Các xã", "Năm 2025"),
                List.of("2", "Kiểm tra", "Sở Y tế", "", "")), r.tables().getFirst().rows());
        assertEquals(1, r.tables().getFirst().page());
    }

    private static PdfTableReader.Word word(String text, float x, float y) {
        return new PdfTableReader.Word(text, x, x + text.length() * 4.5f, y, 9, 3);
    }
}

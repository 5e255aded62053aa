package vn.plans.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plans.TestData;
import vn.plans.extract.PdfTextExtractor;
import vn.plans.lexicon.Lexicon;
import vn.plans.model.Page;

/**
 * Seed 000 rendered as a PDF: the phụ lục heading is on page 4 and its task table runs over pages 5-9. Normalizing the
 * whole document keeps the table's lines on the following pages as they are, like on page 4, instead of reflowing
 * them as body text (which joined a row's task cell to its lead-agency cell).
 */
class AppendixPageBreakTest {
    /** The rows of page 5, TT number and first words of the task cell, as the page image shows them. */
    private static final List<String> PAGE_5_ROWS = List.of("2 Truyền thông, giáo dục,", "3 Nâng cao nhận thức, kiến",
            "III Nâng cao năng lực chuyên", "1 Tăng cường hiệu quả hoạt", "2 Tham gia rà soát, đánh giá,",
            "3 Góp ý xây dựng quy trình", "4 Nâng cao năng lực cho giáo");

    @Test
    void tableRowsOnThePageAfterThePhuLucPageStaySeparateRowsWithTheirNumbers() throws Exception {
        Path pdf = TestData.root().resolve("corpus/rendered/000_c1d158b421d6e514.pdf");
        assumeTrue(Files.isRegularFile(pdf), pdf + " missing");
        List<Page> raw = new PdfTextExtractor(null).extract(pdf, "application/pdf").pages();
        List<Page> pages = PageNormalizer.normalize(raw);
        int appendixPage = -1;
        for (Page p : pages) {
            for (String line : p.text().split("\n")) {
                if (appendixPage < 0 && Lexicon.standard().isAppendixHeading(line)) appendixPage = p.number();
            }
        }
        assertEquals(4, appendixPage, "the PHỤ LỤC heading is on page 4");
        List<String> lines = List.of(pages.get(4).text().split("\n"));
        for (String r : PAGE_5_ROWS) assertTrue(lines.contains(r), "row line \"" + r + "\" on page 5:\n" + pages.get(4).text());
        int last = -1;
        for (String r : PAGE_5_ROWS) {
            int at = indexFrom(lines, r, last + 1);
            assertTrue(at > last, "rows in page order: " + r);
            last = at;
        }
        for (String l : lines) {
            assertFalse(l.contains("Truyền thông, giáo dục, nâng cao"), "task cell lines stay apart: " + l);
            assertFalse(l.matches(".*\\S Phòng (?:Tư|Giáo).*"), "a lead-agency cell joined to the task text: " + l);
        }
    }

    @Test
    void onItsOwnThePageAfterThePhuLucPageReadsAsBodyText() throws Exception {
        // why the whole document matters: page 5 normalized alone (as before) joins the rows' cell lines
        Path pdf = TestData.root().resolve("corpus/rendered/000_c1d158b421d6e514.pdf");
        assumeTrue(Files.isRegularFile(pdf), pdf + " missing");
        Page page5 = new PdfTextExtractor(null).extract(pdf, "application/pdf").pages().get(4);
        List<String> alone = List.of(PageNormalizer.normalize(List.of(page5)).getFirst().text().split("\n"));
        assertFalse(alone.contains(PAGE_5_ROWS.getFirst()), String.join("\n", alone));
    }

    private static int indexFrom(List<String> lines, String line, int from) {
        for (int i = from; i < lines.size(); i++) if (lines.get(i).equals(line)) return i;
        return -1;
    }
}

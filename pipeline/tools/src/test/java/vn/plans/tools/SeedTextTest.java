package vn.plans.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SeedTextTest {
    @Test
    void markdownMarkersAreStrippedAndTablesBecomeTables() {
        String md = """
                ## I. MỤC ĐÍCH, YÊU CẦU

                **2. Nhiệm vụ, giải pháp cụ thể:** (Có phụ lục kèm theo).

                báo cáo UBND huyện (*qua phòng HĐND & UBND huyện*) kết quả

                | STT | Nội dung |
                |---|---|
                | 1 | Truyền thông |
                """;
        List<SeedText.Block> blocks = SeedText.parse(md);
        assertEquals(new SeedText.Paragraph("I. MỤC ĐÍCH, YÊU CẦU", true), blocks.get(0));
        assertEquals(new SeedText.Paragraph("2. Nhiệm vụ, giải pháp cụ thể: (Có phụ lục kèm theo).", false), blocks.get(1));
        assertEquals(new SeedText.Paragraph("báo cáo UBND huyện (qua phòng HĐND & UBND huyện) kết quả", false), blocks.get(2));
        assertEquals(new SeedText.TableBlock(List.of(List.of("STT", "Nội dung"), List.of("1", "Truyền thông"))), blocks.get(3));
        assertEquals(4, blocks.size());
    }

    @Test
    void pdfExportLineBreaksAreJoinedIntoParagraphs() {
        String exported = """
                Thực hiện Kế hoạch số 29/KH-UBND ngày 10/02/2025 của UBND tỉnh Quảng\s

                Ngãi về kế hoạch triển khai thực hiện quyết định số 27/QĐ-TTg ngày 03/01/2025 của\s

                Thủ tướng Chính phủ, cụ thể như sau:\s

                I. MỤC ĐÍCH, YÊU CẦU\s
                """;
        List<SeedText.Block> blocks = SeedText.parse(exported);
        assertEquals(2, blocks.size(), blocks.toString());
        SeedText.Paragraph first = (SeedText.Paragraph) blocks.getFirst();
        assertTrue(first.text().startsWith("Thực hiện Kế hoạch số 29/KH-UBND") && first.text().endsWith("cụ thể như sau:"));
        assertFalse(first.strong());
        assertTrue(((SeedText.Paragraph) blocks.get(1)).strong());
    }
}

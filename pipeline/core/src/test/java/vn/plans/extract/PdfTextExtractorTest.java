package vn.plans.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plans.TestData;
import vn.plans.model.ExtractedDocument;
import vn.plans.model.ExtractionMethod;
import vn.plans.model.Page;

@org.junit.jupiter.api.Tag("integration")
class PdfTextExtractorTest {
    @TempDir Path tmp;

    @Test
    void garbledTextLayersAreNeverPassedThrough() throws Exception {
        Path dev = TestData.shared().resolve("corpus-dev");
        for (String name : new String[] {"3036_SCT_CN_KHKTNT_Kho_VLCN_tam_Thuydien_MongSen1_3.6.2026.pdf",
                "TB-1894-ket-qua-sau-kiem-tra-VLNCN-ban-ky.pdf"}) {
            ExtractionException e = assertThrows(ExtractionException.class,
                    () -> new PdfTextExtractor(null).extract(dev.resolve(name), "application/pdf"), name);
            assertTrue(e.getMessage().contains("garbled"), e.getMessage());
        }
    }

    @Test
    void pagesNeedingOcrAreHandedToTheOcrHook() throws Exception {
        Path pdf = TestData.shared().resolve("corpus-dev/TB-1894-ket-qua-sau-kiem-tra-VLNCN-ban-ky.pdf");
        List<Integer> asked = new ArrayList<>();
        PdfTextExtractor.PageOcr fake = (file, pages) -> {
            asked.addAll(pages);
            return new ExtractedDocument(
                    pages.stream().map(n -> new Page(n, "Trang " + n, ExtractionMethod.OCR, null, 90.0)).toList(),
                    List.of(), List.of());
        };
        ExtractedDocument doc = new PdfTextExtractor(fake).extract(pdf, "application/pdf");
        assertEquals(List.of(1, 2), asked);
        assertEquals(ExtractionMethod.OCR, doc.pages().get(0).method());
    }

    @Test
    void digitalPdfKeepsPageNumbers() throws Exception {
        Path pdf = TestData.shared().resolve("corpus-dev/CV-UBND-tinh-chi-dao-quan-ly-giam-sat-VLNCN.pdf");
        ExtractedDocument doc = new PdfTextExtractor(null).extract(pdf, "application/pdf");
        assertEquals(4, doc.pages().size());
        for (int i = 0; i < 4; i++) assertEquals(i + 1, doc.pages().get(i).number());
        assertTrue(doc.pages().get(0).text().contains("LÀO CAI"));
    }

    @Test
    void encryptedAndTruncatedPdfsFailWithAReason() throws Exception {
        Path pdf = TestData.shared().resolve("corpus-dev/CV-7432-UBND-XD-21-7-2026-trien-khai-QD-1074.pdf");
        byte[] bytes = Files.readAllBytes(pdf);
        Path half = tmp.resolve("half.pdf");
        Files.write(half, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertTrue(assertThrows(ExtractionException.class, () -> new PdfTextExtractor(null).extract(half, "application/pdf"))
                .getMessage().contains("truncated"));

        Path locked = tmp.resolve("locked.pdf");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            var policy = new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy("owner", "secret",
                    new org.apache.pdfbox.pdmodel.encryption.AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(locked.toFile());
        }
        assertTrue(assertThrows(ExtractionException.class, () -> new PdfTextExtractor(null).extract(locked, "application/pdf"))
                .getMessage().contains("encrypted"));
    }
}

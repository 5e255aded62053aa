package vn.plans.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.plans.TestData;
import vn.plans.model.ExtractedDocument;
import vn.plans.model.ExtractionMethod;
import vn.plans.model.Page;
import vn.plans.model.PlanDocument;
import vn.plans.model.SourceInfo;
import vn.plans.ocr.OcrService;
import vn.plans.pipeline.DocumentProcessor;
import vn.plans.structure.PlanStructureExtractor;

/**
 * E-signed PDFs of the provincial e-office: the registered number and the day (often the month too) are signature
 * field appearances, not page content. Every such PDF with a text layer in ../shared (the ones whose page 1 carries
 * number and date widgets) must give its number with digits and its full date in the page text, in place. The
 * expected values were read from the pages rendered with {@code pdftoppm -r 80 -png}, not from program output.
 */
class SignatureAppearanceTest {
    /** file, page, number line, date line, header number, header date (as printed on the rendered page). */
    record Signed(String dir, String file, int page, String numberLine, String dateLine, String number, String date) {}

    static final List<Signed> SIGNED = List.of(
            new Signed("corpus-real", "hnh-sct-vn__CV-3686-UBND-XD-kien-nghi-BXD-PCCC-VLNCN.pdf", 1,
                    "Số: 3686 /UBND-XD", "Lào Cai, ngày 11 tháng 5 năm 2026", "3686/UBND-XD", "2026-05-11"),
            new Signed("corpus-real", "hnh-sct-vn__TT-37-BGTVT.pdf", 1,
                    "Số: 37 /2023/TT-BGTVT", "Hà Nội, ngày 13 tháng 12 năm 2023", "37/2023/TT-BGTVT", "2023-12-13"),
            new Signed("corpus-real", "kccn-sct-vn__1178-DCK-CTT-huong-dan-CCN-dia-gioi-moi.pdf", 1,
                    "Số: 1178 /ĐCK-CTT", "Hà Nội, ngày 09 tháng 7 năm 2025", "1178/ĐCK-CTT", "2025-07-09"),
            new Signed("corpus-real", "kccn-sct-vn__QD-2170-2026-CTDT-KCN-Ban-Qua.pdf", 1,
                    "Số: 2170 /QĐ - UBND", "Lào Cai, ngày 23 tháng 6 năm 2026", "2170/QĐ-UBND", "2026-06-23"),
            new Signed("corpus-real", "kccn-sct-vn__QD-2463-2026-CTDT-KCN-Vo-Lao.pdf", 1,
                    "Số: 2463 /QĐ - UBND", "Lào Cai, ngày 16 tháng 7 năm 2026", "2463/QĐ-UBND", "2026-07-16"),
            new Signed("corpus-real", "sd-vlncn-sct-vn__CV-4378-tra-ho-so-Mong-Son-2026.pdf", 1,
                    "Số: 4378 /SCT - CN", "Lào Cai, ngày 22 tháng 7 năm 2026", "4378/SCT-CN", "2026-07-22"),
            new Signed("corpus-real", "pccc-sct-vn__QD-1074-QD-BXD-29-6-2026.pdf", 1,
                    "Số: 1074/QĐ-BXD", "Hà Nội, ngày 29 tháng 6 năm 2026", "1074/QĐ-BXD", "2026-06-29"),
            new Signed("corpus-dev", "CV-7432-UBND-XD-21-7-2026-trien-khai-QD-1074.pdf", 1,
                    "Số: 7432 /UBND-XD", "Lào Cai, ngày 21 tháng 7 năm 2026", "7432/UBND-XD", "2026-07-21"),
            new Signed("corpus-dev", "CV-UBND-tinh-chi-dao-quan-ly-giam-sat-VLNCN.pdf", 1,
                    "Số: 193 /UBND-KT", "Lào Cai, ngày 10 tháng 01 năm 2026", "193/UBND-KT", "2026-01-10"),
            // the drafter typed "tháng 4"; the e-office stamped "5" over it (the registered month)
            new Signed("corpus-dev", "QD-1696-QD-UBND-uy-quyen-15-5-2026.pdf", 1,
                    "Số: 1696 /QĐ-UBND", "Lào Cai, ngày 15 tháng 5 năm 2026", "1696/QĐ-UBND", "2026-05-15"));

    @TestFactory
    @org.junit.jupiter.api.Tag("integration") // 9 real e-signed PDFs
    Stream<DynamicTest> numberAndDateInThePageText() {
        Path shared = TestData.shared();
        return SIGNED.stream().map(s -> DynamicTest.dynamicTest(s.file(), () -> {
            Path pdf = shared.resolve(s.dir()).resolve(s.file());
            assumeTrue(Files.exists(pdf), pdf + " not found; skipping");
            String text;
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                text = PdfTextExtractor.pageTexts(doc).get(s.page() - 1);
            }
            String flat = squeeze(text);
            assertTrue(flat.contains(squeeze(s.numberLine())), s.file() + " number: " + firstLines(text));
            assertTrue(flat.contains(squeeze(s.dateLine())), s.file() + " date: " + firstLines(text));
        }));
    }

    /**
     * The header parser, as it is today, reads the registered number's digits and the full date from the e-signed
     * PDFs with a sound text layer (before the appearances were read: {@code /UBND-XD} and {@code 2026-05}).
     */
    @TestFactory
    @org.junit.jupiter.api.Tag("integration") // the whole pipeline on 9 real PDFs (numberAndDateInThePageText reads the same files, extraction only)
    Stream<DynamicTest> headerNumberAndDate() {
        Path shared = TestData.shared();
        DocumentProcessor processor = new DocumentProcessor(
                new DocumentExtractor(new PdfTextExtractor(null), new TikaTextExtractor(), null), null, new PlanStructureExtractor());
        return SIGNED.stream().filter(s -> !s.file().contains("QD-2170")) // one page needs OCR
                .map(s -> DynamicTest.dynamicTest(s.file(), () -> {
                    Path pdf = shared.resolve(s.dir()).resolve(s.file());
                    assumeTrue(Files.exists(pdf), pdf + " not found; skipping");
                    PlanDocument d = processor.process(pdf, new SourceInfo(pdf.toString(), "application/pdf", "x", Files.size(pdf)), "t");
                    // digits and the first code part: "QĐ - UBND" with spaces is the header parser's to join
                    String registered = s.number().substring(0, s.number().indexOf('/') + 1);
                    assertTrue(d.header().number() != null && d.header().number().startsWith(registered), s.file() + ": " + d.header().number());
                    assertEquals(s.date(), d.header().issuedDate(), s.file());
                }));
    }

    /**
     * Scanned e-signed decrees: the number and date are in the scan (OCR), the signature stamp ("Ký bởi", time) is an
     * appearance over it that the scan image does not hold; its text is kept before the recognized text. Only page
     * 1 is recognized (the other pages are left empty) to keep the test short.
     */
    @TestFactory
    @org.junit.jupiter.api.Tag("integration") // Tesseract
    Stream<DynamicTest> scannedStampKeptBesideOcr() {
        Path real = TestData.shared().resolve("corpus-real");
        record Scan(String file, String stamp, String numberLine, String dateLine) {}
        List<Scan> scans = List.of(
                new Scan("hnh-sct-vn__NQ-19-2026-NQ-CP.pdf", "Thời gian ký: 04.05.2026 16:54:57",
                        "19/2026/NQ-CP", "ngày 29 tháng 4 năm 2026"),
                new Scan("kho-vlncn-sct-vn__2019.08.30-71.2019.ND.CP-Xu-phat-VPHC-linh-vuc-hoa-chat-va-VLNCN.pdf",
                        // number and day are written by hand in the scan ("71", "30"); Tesseract reads "T†" and "5Ô"
                        "Thời gian ký: 03.09.2019 09:33:36", "/2019/NĐ-CP", "tháng 8 năm 2019"));
        return scans.stream().map(s -> DynamicTest.dynamicTest(s.file(), () -> {
            Path pdf = real.resolve(s.file());
            assumeTrue(Files.exists(pdf), pdf + " not found; skipping");
            try (OcrService ocr = OcrService.tesseract(OcrService.DEFAULT_LANG, 1)) {
                PdfPageOcr pageOcr = new PdfPageOcr(ocr, true);
                PdfTextExtractor.PageOcr firstOnly = (file, numbers) -> {
                    ExtractedDocument one = pageOcr.recognize(file, List.of(1));
                    List<Page> pages = new ArrayList<>(one.pages());
                    for (int n : numbers) if (n != 1) pages.add(new Page(n, "", ExtractionMethod.OCR));
                    return new ExtractedDocument(pages, List.of(), List.of());
                };
                String text = new PdfTextExtractor(firstOnly).extract(pdf, "application/pdf").pages().getFirst().text();
                String flat = squeeze(text);
                assertTrue(flat.startsWith(squeeze("Ký bởi")) || flat.startsWith(squeeze("Người ký")), firstLines(text));
                assertTrue(flat.contains(squeeze(s.stamp())), firstLines(text));
                assertTrue(flat.contains(squeeze(s.numberLine())), firstLines(text));
                assertTrue(flat.contains(squeeze(s.dateLine())), firstLines(text));
            }
        }));
    }

    /** Whitespace dropped, so the check is about characters in order, not the stripper's column spacing. */
    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    private static String firstLines(String text) {
        return String.join(" | ", text.lines().limit(10).toList());
    }
}

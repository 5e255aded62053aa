package vn.plans.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plans.TestData;

/** Tesseract through the raw-pixel path on a committed test page; needs tesseract-ocr-vie. */
@org.junit.jupiter.api.Tag("integration")
class OcrServiceTest {
    static OcrService.PageSource pages(GreyRaster... rasters) {
        return new OcrService.PageSource() {
            @Override
            public int pageCount() {
                return rasters.length;
            }

            @Override
            public GreyRaster page(int index) {
                return rasters[index];
            }
        };
    }

    @Test
    void recognizesACleanPageNearlyExactly() throws IOException {
        GreyRaster page = PreprocessorTest.cleanPage();
        String ref = Files.readString(TestData.root().resolve("corpus/ocr/clean/seed000-p2.txt"));
        try (OcrService ocr = OcrService.tesseract("vie", 1)) {
            List<OcrResult> r = ocr.recognize(pages(page));
            assertEquals(1, r.size());
            assertNull(r.get(0).warning());
            assertTrue(r.get(0).confidence() > 85, "confidence " + r.get(0).confidence());
            double cer = ErrorRates.of(ref, r.get(0).text()).cer();
            assertTrue(cer < 0.005, "CER " + cer);
        }
    }

    @Test
    void aPageOverItsDeadlineComesBackEmptyWithAWarning() throws IOException {
        GreyRaster page = PreprocessorTest.cleanPage();
        Path data = Tessdata.require("vie");
        try (OcrService ocr = new OcrService(() -> new TesseractEngine(data, "vie"), null, 1, Duration.ofMillis(50))) {
            long t0 = System.nanoTime();
            List<OcrResult> r = ocr.recognize(pages(page, page));
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertEquals(2, r.size());
            for (OcrResult x : r) {
                assertNotNull(x.warning(), "a page cannot be read in 50 ms");
                assertTrue(x.text().length() < 200, "at most a few words before the deadline: " + x.text().length());
            }
            assertTrue(seconds < 10, "deadline not enforced: " + seconds + " s");
        }
    }

    /** A stand-in engine that reads every page as its size, so budget tests need no Tesseract. */
    static OcrService sizeReader() {
        return new OcrService(() -> new OcrEngine() {
            @Override
            public OcrResult recognize(GreyRaster page, int deadlineMillis) {
                return new OcrResult(page.width() + "x" + page.height(), 90, null);
            }

            @Override
            public void close() {}
        }, null, 1, Duration.ofSeconds(10));
    }

    @Test
    void pagesNotStartedWhenTheBudgetRunsOutAreListedAndTheRestKept() throws IOException {
        GreyRaster small = new GreyRaster(new byte[4], 2, 2, 300);
        try (OcrService ocr = sizeReader()) {
            java.time.Instant[] stop = new java.time.Instant[1];
            ocr.setBudget(new OcrService.Budget() {
                @Override
                public void expect(int pages) {
                    stop[0] = java.time.Instant.now().plusMillis(300);
                }

                @Override
                public boolean exhausted() {
                    return java.time.Instant.now().isAfter(stop[0]);
                }
            });
            List<OcrResult> r = ocr.recognize(new OcrService.PageSource() {
                @Override
                public int pageCount() {
                    return 4;
                }

                @Override
                public int pageNumber(int index) {
                    return 10 + index; // pages 10-13 of a PDF whose first pages had a text layer
                }

                @Override
                public GreyRaster page(int index) {
                    if (index == 1) { // the second page is slow to produce: the budget runs out meanwhile
                        while (!java.time.Instant.now().isAfter(stop[0])) Thread.onSpinWait();
                    }
                    return small;
                }
            });
            assertEquals(4, r.size());
            assertEquals("2x2", r.get(0).text());
            assertEquals("2x2", r.get(1).text(), "a page started before the limit is finished");
            assertNull(r.get(1).warning());
            for (int i = 2; i < 4; i++) {
                assertEquals("", r.get(i).text());
                assertEquals("page " + (10 + i) + ": not OCR-ed: the file's time limit ran out after 2 of 4 pages",
                        r.get(i).warning());
            }
        }
    }

    @Test
    void closingAnEngineWhileItReadsAPageWaitsForThePage() throws Exception {
        // A service gives up waiting on a loaded machine and closes its engines while a page is still inside
        // Tesseract; freeing the native handle under it crashed the JVM (SIGSEGV in ELIST::internal_clear).
        GreyRaster page = PreprocessorTest.cleanPage();
        TesseractEngine engine = new TesseractEngine(Tessdata.require("vie"), "vie");
        java.util.concurrent.CompletableFuture<OcrResult> running =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> engine.recognize(page, 0));
        Thread.sleep(200);
        engine.close();
        OcrResult r = running.get();
        assertTrue(r.text().contains("trẻ em") || r.text().length() > 500, "the page was read to the end");
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> engine.recognize(page, 0));
    }

    @Test
    void tessdataIsFoundUnderTheOverrideOrNotAtAll(@TempDir Path tmp) throws IOException {
        Files.createDirectories(tmp.resolve("tessdata"));
        Files.writeString(tmp.resolve("tessdata/xyz.traineddata"), "");
        assertEquals(tmp.resolve("tessdata"), Tessdata.find("xyz", tmp.toString()).orElseThrow());
        assertTrue(Tessdata.find("no-such-language", tmp.toString()).isEmpty());
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> Tessdata.require("no-such-language"));
        assertTrue(e.getMessage().contains("apt-get install"), e.getMessage());
    }

    @Test
    void errorRatesCountCharactersAndSyllables() {
        ErrorRates r = ErrorRates.of("Kế hoạch  triển\nkhai", "Kê hoạch triển khai");
        assertEquals(1, r.charEdits());
        assertEquals("Kế hoạch triển khai".length(), r.refChars());
        assertEquals(1, r.syllableEdits());
        assertEquals(4, r.refSyllables());
    }
}

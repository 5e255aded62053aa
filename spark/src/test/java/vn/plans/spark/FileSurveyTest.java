package vn.plans.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plans.TestData;
import vn.plans.pipeline.InputFiles;

/** The survey that sizes each file before the driver balances the partitions, on the corpus's own files. */
class FileSurveyTest {
    @Test
    void aScannedPdfCountsEveryPageAsScanned() throws Exception {
        // scan-clean.pdf: 8 pages of page images, no font (pdffonts lists none)
        Path scan = TestData.corpus().resolve("ocr/pdf-clean/scan-clean.pdf");
        FileSurvey s = FileSurvey.of(scan.toString(), true);
        assertNull(s.failure());
        assertEquals(8, s.pages());
        assertEquals(8, s.scannedPages());
        assertEquals(InputFiles.sha256(scan), s.sha256());
        assertEquals(s.sha256().substring(0, 16), s.id());
        assertEquals(Files.size(scan), s.size());
    }

    @Test
    void aDigitalPdfHasNoScannedPageAndCostsLessThanAShorterScan() {
        // the PDF rendering of seed 000: 9 pages set in fonts
        FileSurvey digital = FileSurvey.of(TestData.corpus().resolve("rendered/000_c1d158b421d6e514.pdf").toString(), true);
        assertEquals(9, digital.pages());
        assertEquals(0, digital.scannedPages());
        FileSurvey scan = FileSurvey.of(TestData.corpus().resolve("ocr/pdf-layers/gap.pdf").toString(), true); // 3 scanned pages
        assertEquals(3, scan.scannedPages());
        assertTrue(Balance.cost(scan) > Balance.cost(digital));
    }

    @Test
    void aPhotoIsOneScannedPageAndTextHasNone() {
        FileSurvey photo = FileSurvey.of(TestData.corpus().resolve("ocr/photo/photo4-1200x1600.jpg").toString(), true);
        assertEquals(1, photo.pages());
        assertEquals(1, photo.scannedPages());
        FileSurvey text = FileSurvey.of(TestData.corpus().resolve("seeds/000_c1d158b421d6e514.txt").toString(), true);
        assertEquals(0, text.pages());
        assertNull(text.failure());
    }

    @Test
    void aMissingFileIsASurveyWithTheLocalIngestsReason(@TempDir Path tmp) {
        FileSurvey s = FileSurvey.of(tmp.resolve("gone.pdf").toString(), true);
        assertEquals("not a readable file", s.failure().message());
        assertNull(s.id());
    }

    @Test
    void aFileOfAnotherFileSystemIsReadThroughHadoop() throws Exception {
        // the same scan named by a file: URI goes the Hadoop way (as hdfs:// or s3a:// would)
        Path scan = TestData.corpus().resolve("ocr/pdf-clean/scan-clean.pdf");
        FileSurvey s = FileSurvey.of(scan.toUri().toString(), false);
        assertNull(s.failure());
        assertEquals(8, s.scannedPages());
        assertEquals(InputFiles.sha256(scan), s.sha256());
    }
}

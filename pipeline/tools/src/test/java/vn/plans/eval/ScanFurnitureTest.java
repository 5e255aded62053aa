package vn.plans.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plans.TestData;
import vn.plans.model.Furniture;
import vn.plans.model.Page;
import vn.plans.model.PlanDocument;
import vn.plans.model.SourceInfo;
import vn.plans.model.Task;
import vn.plans.ocr.OcrService;
import vn.plans.pipeline.PipelineConfig;
import vn.plans.pipeline.StandardPipeline;
import vn.plans.tools.PdfSubset;

/**
 * Pages 10-13 of the scanned TT-23/2024/TT-BCT ({@code corpus-real/hnh-sct-vn__TT-23-2024-BCT-tienchat.pdf}) through
 * the standard pipeline with OCR: the publisher's line printed at the foot of every page ({@code Tel: +84-28-3930
 * 3279 * www.ThuVienPhapLuat.vn}, as the scan shows; OCR reads it differently on each page) is marked as a running
 * footer on each page (no page had a mark before), is left out of the body text, stays in the page text, and is in
 * no task.
 */
@org.junit.jupiter.api.Tag("integration") // Tesseract on four pages and the trained model
class ScanFurnitureTest {
    @TempDir Path tmp;

    @Test
    void theRunningFooterOfAScanIsFurnitureAndInNoTask() throws Exception {
        Path scan = TestData.shared().resolve("corpus-real/hnh-sct-vn__TT-23-2024-BCT-tienchat.pdf");
        assumeTrue(Files.isRegularFile(scan), "TT-23 scan missing: " + scan);
        OcrService ocr = OcrService.standardOrNull(1);
        assumeTrue(ocr != null, "Tesseract vie not installed");
        Path model = TestData.root().resolve("models/vi-syllable-4gram.bin");
        assumeTrue(Files.isRegularFile(model), "language model missing: " + model);
        Path sub = tmp.resolve("tt23-10-13.pdf");
        PdfSubset.write(scan, new TreeSet<>(List.of(10, 11, 12, 13)), sub);
        PlanDocument d = StandardPipeline.build(PipelineConfig.defaults(model), ocr)
                .process(sub, new SourceInfo(sub.toString(), "application/pdf", "", Files.size(sub)), "tt23");
        assertEquals(4, d.pages().size());
        for (Page p : d.pages()) {
            List<Furniture> footers = p.furniture().stream().filter(f -> f.kind() == Furniture.Kind.RUNNING_FOOTER).toList();
            assertEquals(1, footers.size(), "page " + p.number() + ": " + p.furniture() + "\n" + p.text());
            String line = p.text().substring(footers.getFirst().offset(), footers.getFirst().end());
            assertTrue(line.contains("3930 3279"), line);
            assertFalse(p.bodyText().contains("3930 3279"), p.bodyText());
        }
        assertTrue(d.fullText().contains("3930 3279"), "the footer stays in the text");
        assertFalse(d.tasks().isEmpty(), "Điều 18 and 19 give tasks");
        for (Task t : d.tasks()) assertFalse(t.text().contains("3930"), t.text());
    }
}

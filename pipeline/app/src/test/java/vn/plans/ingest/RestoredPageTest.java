package vn.plans.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.plans.TestData;
import vn.plans.model.Page;
import vn.plans.model.PlanDocument;
import vn.plans.model.Restoration;
import vn.plans.model.SourceInfo;
import vn.plans.output.Json;
import vn.plans.pipeline.InputFiles;
import vn.plans.pipeline.StandardPipeline;

/** The standard pipeline restores the Sơn La OCR seed and keeps, per page, the original and every edit. */
class RestoredPageTest {
    private static PlanDocument process(Path f) throws Exception {
        String sha = InputFiles.sha256(f);
        return StandardPipeline.build().process(f, new SourceInfo(f.toString(), "text/plain", sha, Files.size(f)),
                sha.substring(0, 16));
    }

    @Test
    void strippedOcrTextIsRestoredWithItsEditsKept() throws Exception {
        PlanDocument doc = process(TestData.seed("004"));
        assertTrue(doc.restored(), "the restorer model must be built first (scripts/train)");
        Page page = doc.pages().get(0);
        assertTrue(page.printedText().contains("Thue hién Khuyén nghi"), "original kept");
        assertTrue(page.text().contains("Thực hiện Khuyến nghị của Ủy ban về quyền trẻ em"), "restored text");
        assertTrue(page.restorations().size() > 500, "edits listed: " + page.restorations().size());
        for (Restoration r : page.restorations()) {
            assertEquals(r.original(), page.printedText().substring(r.offset(), r.offset() + r.original().length()),
                    "offset points at the original token");
            assertTrue(r.confidence() >= 0 && r.confidence() <= 1);
        }
        JsonNode json = Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(doc));
        assertEquals(page.restorations().size(), json.at("/pages/0/restorations").size());
        PlanDocument back = Json.MAPPER.treeToValue(json, PlanDocument.class);
        assertEquals(page.restorations(), back.pages().get(0).restorations());
    }

    @Test
    void correctTextHasNoRestorations() throws Exception {
        PlanDocument doc = process(TestData.seed("001"));
        assertFalse(doc.restored());
        assertTrue(doc.pages().get(0).restorations().isEmpty());
        JsonNode json = Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(doc));
        assertTrue(json.at("/pages/0/restorations").isMissingNode(), "empty list omitted from the JSON");
    }
}

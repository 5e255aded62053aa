package vn.plans.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.plans.TestData;
import vn.plans.model.PlanDocument;
import vn.plans.model.Task;
import vn.plans.pipeline.DocumentProcessor;

/**
 * Seed 000 rendered as a digital PDF whose phụ lục is a ruled table (corpus/rendered, gold
 * corpus/gold/000-ba-to-rendered-pdf.json = the seed's gold): its appendix tasks come from the table read by
 * word positions, and score as the seed's own text does.
 */
class RenderedTableGoldTest {
    private static final Path GOLD = TestData.root().resolve("corpus/gold/000-ba-to-rendered-pdf.json");

    @Test
    void tableTasksReachTargets() throws Exception {
        assumeTrue(Files.isRegularFile(GOLD), GOLD + " missing");
        DocumentProcessor p = RealDocuments.processor();
        EvalReport report = new Evaluator(f -> RealDocuments.process(p, f)).evaluate(List.of(GOLD), TestData.root());
        EvalReport.Scores s = report.groups().get("rendered-pdf");
        assertTrue(s != null && s.documents() == 1, report.render());
        assertTrue(s.soft("tasks").f1() >= 0.95, report.render());
        assertTrue(s.soft("task.agencies").f1() >= 0.90, report.render());
        assertTrue(s.soft("task.section").f1() >= 0.95, report.render());
    }

    @Test
    void appendixTasksComeFromTheTableOnce() throws Exception {
        Path pdf = TestData.root().resolve("corpus/rendered/000_c1d158b421d6e514.pdf");
        assumeTrue(Files.isRegularFile(pdf), pdf + " missing");
        PlanDocument doc = RealDocuments.process(RealDocuments.processor(), pdf);
        List<Task> appendix = doc.tasks().stream().filter(t -> t.source() == vn.plans.model.DocumentPart.APPENDIX).toList();
        assertEquals(22, appendix.size(), appendix.toString());
        assertEquals(appendix.size(), appendix.stream().map(Task::section).distinct().count(), "a row read twice");
        assertEquals("PL1.VII", appendix.getLast().section());
    }
}

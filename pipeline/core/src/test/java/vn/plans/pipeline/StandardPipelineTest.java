package vn.plans.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plans.TestData;
import vn.plans.model.PlanDocument;
import vn.plans.model.SourceInfo;
import vn.plans.pipeline.DocumentProcessor;
import vn.plans.pipeline.PipelineConfig;
import vn.plans.pipeline.Stage;

/** The standard pipeline as {@link StandardPipeline} wires it from a {@link PipelineConfig}. */
class StandardPipelineTest {
    @TempDir Path tmp;

    @Test
    void sixStagesInOrderEachTimedInTheRecord() throws Exception {
        PipelineConfig c = PipelineConfig.defaults(tmp.resolve("no-model.bin"));
        DocumentProcessor p = StandardPipeline.build(c, null);
        assertEquals(List.of("extract", "normalize", "restore", "furniture", "structure", "enrich"),
                p.stages().stream().map(Stage::name).toList());
        Path f = TestData.seed("002");
        String sha = InputFiles.sha256(f);
        PlanDocument d = p.process(f, new SourceInfo(f.toString(), "text/plain", sha, Files.size(f)), sha.substring(0, 16));
        // every configured stage ran and is timed in the record, in order (a time's value is not asserted: no timing assertions)
        assertEquals(p.stages().stream().map(Stage::name).toList(), List.copyOf(d.stageMs().keySet()));
        assertTrue(d.warnings().stream().anyMatch(w -> w.startsWith("restoration disabled: model not found (" + tmp.resolve("no-model.bin"))),
                "a missing model is said, not silent: " + d.warnings());
        assertTrue(!d.tasks().isEmpty(), "the pipeline still structures the document");
    }

    @Test
    void ocrThreadsDefaultToCoresPerWorker() {
        int cores = PipelineConfig.cores();
        assertEquals(Math.max(1, cores / 4), PipelineConfig.defaultOcrThreads(4, false));
        assertEquals(cores, PipelineConfig.defaultOcrThreads(4, true), "in-process the one OCR pool serves every thread");
    }
}

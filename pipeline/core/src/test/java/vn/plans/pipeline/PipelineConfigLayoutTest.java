package vn.plans.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How documents are spread over worker JVMs by default and from what the user gives. */
class PipelineConfigLayoutTest {
    @Test
    void byDefaultOneJvmHoldsADocumentPerCoreUpToFour() {
        assertEquals(new PipelineConfig.Layout(1, 1), PipelineConfig.layout(null, null, 1));
        assertEquals(new PipelineConfig.Layout(1, 2), PipelineConfig.layout(null, null, 2));
        assertEquals(new PipelineConfig.Layout(1, 4), PipelineConfig.layout(null, null, 4));
        assertEquals(new PipelineConfig.Layout(2, 3), PipelineConfig.layout(null, null, 6));
        assertEquals(new PipelineConfig.Layout(4, 4), PipelineConfig.layout(null, null, 16));
    }

    @Test
    void workersAloneKeepTheirOldMeaningOneDocumentEach() {
        assertEquals(new PipelineConfig.Layout(2, 1), PipelineConfig.layout(2, null, 2));
        assertEquals(new PipelineConfig.Layout(1, 1), PipelineConfig.layout(1, null, 8));
    }

    @Test
    void documentsPerWorkerAloneFillTheCores() {
        assertEquals(new PipelineConfig.Layout(2, 1), PipelineConfig.layout(null, 1, 2));
        assertEquals(new PipelineConfig.Layout(3, 3), PipelineConfig.layout(null, 3, 8));
        assertEquals(new PipelineConfig.Layout(3, 2), PipelineConfig.layout(3, 2, 2));
        assertEquals(6, PipelineConfig.layout(3, 2, 2).documents());
    }
}

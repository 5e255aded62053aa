package vn.plans.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.plans.enrich.Enricher;
import vn.plans.extract.DocumentExtractor;
import vn.plans.extract.EmbeddedFontDecoder;
import vn.plans.extract.ImageExtractor;
import vn.plans.extract.LimitedExtractor;
import vn.plans.extract.PdfPageOcr;
import vn.plans.extract.PdfTextExtractor;
import vn.plans.extract.TikaTextExtractor;
import vn.plans.gazetteer.Gazetteer;
import vn.plans.ocr.OcrService;
import vn.plans.restore.DiacriticRestorer;
import vn.plans.restore.NgramModel;
import vn.plans.restore.TextRestorer;
import vn.plans.structure.PlanStructureExtractor;

/**
 * Wires the standard pipeline from its stages: the one place that knows which implementation each stage uses and
 * how a {@link PipelineConfig} sizes them. The CLI's ingest (in this JVM or in each worker JVM), the evaluations,
 * the benchmarks and the Spark executors all build their pipeline here.
 */
public final class StandardPipeline {
    private StandardPipeline() {}

    /** The defaults ({@link PipelineConfig#defaults}) with the model under {@code $PLANS_HOME/models}. */
    public static DocumentProcessor build() {
        return build(PipelineConfig.defaults(PipelineConfig.defaultModel()));
    }

    /** The standard pipeline with OCR when Vietnamese tessdata is installed (else scans fail with a reason). */
    public static DocumentProcessor build(PipelineConfig config) {
        return build(config, OcrService.standardOrNull(config.ocrThreads()));
    }

    /** @param ocr the OCR for scans, images and garbled text layers, or null when OCR is not available */
    public static DocumentProcessor build(PipelineConfig config, OcrService ocr) {
        DocumentExtractor extractor = new DocumentExtractor(
                new PdfTextExtractor(ocr == null ? null : new PdfPageOcr(ocr, config.nativeScans()), EmbeddedFontDecoder.standard()),
                new TikaTextExtractor(config.limits().maxTextChars()), ocr == null ? null : new ImageExtractor(ocr));
        return new DocumentProcessor(DocumentProcessor.standardStages(new LimitedExtractor(extractor, config.limits()),
                restore(config), new PlanStructureExtractor(), new Enricher(Gazetteer.load())));
    }

    /** The restorer when the model is built; else the null stage that says so in every document. */
    static Stages.Restore restore(PipelineConfig config) {
        if (!Files.isRegularFile(config.model())) {
            return Stages.Restore.disabled("model not found (" + config.model() + "; scripts/train builds it)");
        }
        return new Stages.Restore(restorer(config.model()));
    }

    /**
     * The restorer over the model at {@code model}.
     *
     * @throws IllegalStateException naming the file when it is missing, unreadable or not a model this build reads
     */
    public static TextRestorer restorer(Path model) {
        try {
            return new DiacriticRestorer(NgramModel.load(model));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot load language model " + model + ": " + e.getMessage()
                    + " (rebuild it with scripts/train)", e);
        }
    }
}

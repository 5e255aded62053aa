package vn.plans.cli;

import java.nio.file.Files;
import vn.plans.enrich.Enricher;
import vn.plans.extract.DocumentExtractor;
import vn.plans.extract.ImageExtractor;
import vn.plans.extract.InputLimits;
import vn.plans.extract.LimitedExtractor;
import vn.plans.extract.EmbeddedFontDecoder;
import vn.plans.extract.PdfPageOcr;
import vn.plans.extract.PdfTextExtractor;
import vn.plans.extract.TikaTextExtractor;
import vn.plans.gazetteer.Gazetteer;
import vn.plans.ingest.DocumentProcessor;
import vn.plans.ingest.PipelineConfig;
import vn.plans.ingest.Stages;
import vn.plans.ocr.OcrService;
import vn.plans.structure.PlanStructureExtractor;

/**
 * Wires the standard pipeline from its stages: the one place that knows which implementation each stage uses and
 * how a {@link PipelineConfig} sizes them.
 */
public final class Components {
    private Components() {}

    public static DocumentProcessor standardProcessor() {
        return standardProcessor(PipelineConfig.defaults(ModelOption.defaultModel()));
    }

    /** The standard pipeline with OCR when Vietnamese tessdata is installed (else scans fail with a reason). */
    public static DocumentProcessor standardProcessor(PipelineConfig config) {
        return standardProcessor(config, OcrService.standardOrNull(config.ocrThreads()));
    }

    static DocumentProcessor standardProcessor(OcrService ocr, boolean nativeScans) {
        PipelineConfig d = PipelineConfig.defaults(ModelOption.defaultModel());
        return standardProcessor(new PipelineConfig(d.workers(), d.inProcess(), d.model(), InputLimits.DEFAULT,
                d.ocrThreads(), nativeScans), ocr);
    }

    /** @param ocr the OCR for scans, images and garbled text layers, or null when OCR is not available */
    public static DocumentProcessor standardProcessor(PipelineConfig config, OcrService ocr) {
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
        return new Stages.Restore(RestorerFactory.load(config.model()));
    }
}

package vn.plans.cli;

import vn.plans.extract.DocumentExtractor;
import vn.plans.extract.InputLimits;
import vn.plans.extract.LimitedExtractor;
import vn.plans.extract.PdfTextExtractor;
import vn.plans.extract.TikaTextExtractor;
import vn.plans.ingest.DocumentProcessor;
import vn.plans.structure.PlanStructureExtractor;

/** Wires the standard pipeline from its stages; the one place that knows which implementation each stage uses. */
public final class Components {
    private Components() {}

    public static DocumentProcessor standardProcessor() {
        return standardProcessor(InputLimits.DEFAULT);
    }

    public static DocumentProcessor standardProcessor(InputLimits limits) {
        DocumentExtractor extractor = new DocumentExtractor(new PdfTextExtractor(null), new TikaTextExtractor(), null);
        return new DocumentProcessor(new LimitedExtractor(extractor, limits),
                RestorerFactory.standard(ModelOption.defaultModel()), new PlanStructureExtractor());
    }
}

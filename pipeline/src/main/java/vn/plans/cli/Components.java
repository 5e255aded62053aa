package vn.plans.cli;

import vn.plans.extract.DocumentExtractor;
import vn.plans.extract.PdfTextExtractor;
import vn.plans.extract.TikaTextExtractor;
import vn.plans.ingest.DocumentProcessor;
import vn.plans.structure.BasicStructureExtractor;

/** Wires the standard pipeline from its stages; the one place that knows which implementation each stage uses. */
final class Components {
    private Components() {}

    static DocumentProcessor standardProcessor() {
        DocumentExtractor extractor = new DocumentExtractor(new PdfTextExtractor(null), new TikaTextExtractor(), null);
        return new DocumentProcessor(extractor, RestorerFactory.standard(ModelOption.defaultModel()), new BasicStructureExtractor());
    }
}

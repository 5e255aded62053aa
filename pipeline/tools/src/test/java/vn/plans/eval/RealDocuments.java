package vn.plans.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import vn.plans.extract.DocumentExtractor;
import vn.plans.extract.PdfTextExtractor;
import vn.plans.extract.TikaTextExtractor;
import vn.plans.extract.TypeDetector;
import vn.plans.model.PlanDocument;
import vn.plans.model.SourceInfo;
import vn.plans.pipeline.DocumentProcessor;
import vn.plans.pipeline.InputFiles;
import vn.plans.structure.PlanStructureExtractor;

/** Test helper: the standard processor (no OCR, no restorer) over a real file. */
public final class RealDocuments {
    private RealDocuments() {}

    public static DocumentProcessor processor() {
        return new DocumentProcessor(new DocumentExtractor(new PdfTextExtractor(null), new TikaTextExtractor(), null),
                null, new PlanStructureExtractor());
    }

    public static PlanDocument process(DocumentProcessor processor, Path file) throws Exception {
        String sha = InputFiles.sha256(file);
        SourceInfo info = new SourceInfo(file.toString(), new TypeDetector().detect(file), sha, Files.size(file));
        return processor.process(file, info, sha.substring(0, 16));
    }
}

package vn.plans.ingest;

import java.nio.file.Path;
import vn.plans.extract.ExtractionException;
import vn.plans.model.PlanDocument;
import vn.plans.model.SourceInfo;

/**
 * Turns one detected file into a {@link PlanDocument}, or fails with a reason. {@link DocumentProcessor} does it in
 * this JVM; {@link WorkerPool} does it in child JVMs that may be killed without harm to the batch.
 */
public interface FileProcessor extends AutoCloseable {
    PlanDocument process(Path file, SourceInfo source, String id) throws ExtractionException;

    @Override
    default void close() {}
}

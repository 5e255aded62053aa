package vn.plans.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import vn.plans.extract.ExtractionException;
import vn.plans.model.FailureReason;
import vn.plans.model.PlanDocument;
import vn.plans.model.SourceInfo;

/**
 * Turns one detected file into a {@link PlanDocument}, or fails with a reason. {@link DocumentProcessor} does it in
 * this JVM; the ingest's worker pool (app) does it in child JVMs that may be killed without harm to the batch.
 */
public interface FileProcessor extends AutoCloseable {
    PlanDocument process(Path file, SourceInfo source, String id) throws ExtractionException;

    @Override
    default void close() {}

    /** The manifest's reason for a file whose processing threw {@code e} (the local ingest's and the Spark job's). */
    static FailureReason failureOf(Throwable e) {
        return switch (e) {
            case ExtractionException x -> x.reason();
            case IOException x -> FailureReason.of(FailureReason.Cause.UNREADABLE, "unreadable file: " + x.getMessage())
                    .withDetail(FailureReason.trace(x));
            case OutOfMemoryError x -> FailureReason.of(FailureReason.Cause.WORKER_MEMORY,
                    "out of memory while processing (in this JVM: --in-process)");
            case StackOverflowError x -> FailureReason.of(FailureReason.Cause.CORRUPT,
                    "document nesting too deep (stack overflow)");
            default -> FailureReason.of(FailureReason.Cause.INTERNAL, "internal error: " + e)
                    .withDetail(FailureReason.trace(e));
        };
    }
}

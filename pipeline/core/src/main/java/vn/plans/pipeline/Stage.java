package vn.plans.pipeline;

import vn.plans.extract.ExtractionException;

/**
 * One stage of the per-document pipeline (extract → normalize → restore → furniture → structure → enrich). A stage is stateless
 * per document, so one instance serves every thread; it reads the document so far and returns it with its own part
 * done and its own warnings added. {@link DocumentProcessor} runs the stages in order and times each.
 */
public interface Stage {
    /** The stage's name in {@code stage_ms} and the run summary. */
    String name();

    DocumentWork apply(DocumentWork work) throws ExtractionException;
}

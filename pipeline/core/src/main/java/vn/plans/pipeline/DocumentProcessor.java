package vn.plans.pipeline;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.plans.enrich.Enricher;
import vn.plans.extract.ExtractionException;
import vn.plans.extract.Extractor;
import vn.plans.gazetteer.Gazetteer;
import vn.plans.model.Page;
import vn.plans.model.PlanDocument;
import vn.plans.model.SourceInfo;
import vn.plans.normalize.PageNormalizer;
import vn.plans.restore.TextRestorer;
import vn.plans.structure.StructureExtractor;

/**
 * The per-document pipeline: a list of {@link Stage}s (extract → normalize → restore → furniture → structure → enrich) run in
 * order, each timed; the milliseconds per stage go into the record's {@code stage_ms}. Pure with respect to the
 * outputs: it returns a {@link PlanDocument} and writes nothing. Safe to share across threads (every stage is).
 */
public final class DocumentProcessor implements FileProcessor {
    private final List<Stage> stages;

    public DocumentProcessor(List<Stage> stages) {
        if (stages.isEmpty() || !(stages.getLast() instanceof Stages.Enrich || stages.getLast() instanceof Stages.Structured)) {
            throw new IllegalArgumentException("the last stage must build the document (structure or enrich)");
        }
        this.stages = List.copyOf(stages);
    }

    /** @param restorer null when restoration is off (each document then says so in its warnings) */
    public DocumentProcessor(Extractor extractor, TextRestorer restorer, StructureExtractor structure) {
        this(extractor, restorer, structure, new Enricher(Gazetteer.load()));
    }

    /** @param enricher decides province (before and after 2025) and year */
    public DocumentProcessor(Extractor extractor, TextRestorer restorer, StructureExtractor structure,
                             Enricher enricher) {
        this(standardStages(extractor, restorer == null ? Stages.Restore.disabled("no restorer configured")
                : new Stages.Restore(restorer), structure, enricher));
    }

    /** The standard order. */
    public static List<Stage> standardStages(Extractor extractor, Stages.Restore restore, StructureExtractor structure,
                                             Enricher enricher) {
        return List.of(new Stages.Extract(extractor), new Stages.Normalize(), restore, new Stages.MarkFurniture(),
                new Stages.Structured(structure),
                new Stages.Enrich(enricher));
    }

    public List<Stage> stages() { return stages; }

    @Override
    public PlanDocument process(Path file, SourceInfo source, String id) throws ExtractionException {
        DocumentWork w = DocumentWork.start(file, source, id);
        Map<String, Long> ms = new LinkedHashMap<>();
        for (Stage s : stages) {
            long t0 = System.nanoTime();
            w = s.apply(w);
            ms.put(s.name(), (System.nanoTime() - t0) / 1_000_000);
        }
        return w.document().withStageMs(ms);
    }

    /** One page normalized on its own (benchmarks); the pipeline normalizes whole documents. */
    public static Page normalizePage(Page p) {
        return PageNormalizer.normalize(List.of(p)).getFirst();
    }
}

package vn.plans.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.plans.model.Page;
import vn.plans.model.PlanDocument;
import vn.plans.model.SourceInfo;
import vn.plans.model.Table;

/**
 * A document between stages: the input, its pages and tables as the stages so far left them, whether the restorer
 * changed any page, the warnings so far, and the record once the structure stage has built it. Immutable.
 */
public record DocumentWork(Path file, SourceInfo source, String id, List<Page> pages, List<Table> tables,
                           boolean restored, List<String> warnings, PlanDocument document) {
    public DocumentWork {
        pages = List.copyOf(pages);
        tables = List.copyOf(tables);
        warnings = List.copyOf(warnings);
    }

    static DocumentWork start(Path file, SourceInfo source, String id) {
        return new DocumentWork(file, source, id, List.of(), List.of(), false, List.of(), null);
    }

    public DocumentWork withSource(SourceInfo newSource) {
        return new DocumentWork(file, newSource, id, pages, tables, restored, warnings, document);
    }

    public DocumentWork withPages(List<Page> newPages) {
        return new DocumentWork(file, source, id, newPages, tables, restored, warnings, document);
    }

    public DocumentWork withExtraction(List<Page> newPages, List<Table> newTables, List<String> moreWarnings) {
        return new DocumentWork(file, source, id, newPages, newTables, restored, plus(moreWarnings), document);
    }

    public DocumentWork withRestoration(List<Page> newPages, boolean anyRestored, List<String> moreWarnings) {
        return new DocumentWork(file, source, id, newPages, tables, restored || anyRestored, plus(moreWarnings), document);
    }

    public DocumentWork withDocument(PlanDocument doc) {
        return new DocumentWork(file, source, id, pages, tables, restored, warnings, doc);
    }

    private List<String> plus(List<String> more) {
        if (more.isEmpty()) return warnings;
        List<String> all = new ArrayList<>(warnings);
        all.addAll(more);
        return all;
    }
}

package vn.plans.structure;

import java.util.ArrayList;
import java.util.List;
import vn.plans.model.Header;
import vn.plans.model.Page;
import vn.plans.model.Structure;
import vn.plans.model.Table;
import vn.plans.model.Task;

/**
 * The full structure stage, a cascade that follows the document: header (and signature block) → numbered sections
 * → body tasks → appendix task tables (DOCX {@link Table}s when present, else the appendix text).
 */
public final class PlanStructureExtractor implements StructureExtractor {
    private final HeaderParser header = new HeaderParser();
    private final SectionSplitter sections = new SectionSplitter();
    private final TaskExtractor tasks;
    private final AppendixTableReader appendix;

    public PlanStructureExtractor() {
        this(AppendixTableReader.RULES);
    }

    /** @param roles how lines of a text appendix table are assigned to cells (rules, or a trained model) */
    public PlanStructureExtractor(CellRoles roles) {
        AgencyNormalizer agencies = new AgencyNormalizer();
        TimeframeParser timeframes = new TimeframeParser();
        this.tasks = new TaskExtractor(agencies, timeframes);
        this.appendix = new AppendixTableReader(agencies, timeframes, roles);
    }

    @Override
    public Structure extract(String documentId, List<Page> pages, List<Table> tables) {
        Lines lines = Lines.of(pages);
        Header h = header.parse(lines);
        List<SectionSplitter.Heading> headings = sections.headings(lines);
        List<Task> found = new ArrayList<>(tasks.extract(documentId, lines, headings));
        List<Task> fromTables = appendix.fromTables(documentId, tables, found.size());
        found.addAll(fromTables.isEmpty() ? appendix.fromText(documentId, lines, found.size()) : fromTables);
        return new Structure(h, SectionSplitter.sections(lines, headings), found);
    }
}

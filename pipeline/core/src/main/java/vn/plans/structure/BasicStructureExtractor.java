package vn.plans.structure;

import java.util.List;
import vn.plans.model.Header;
import vn.plans.model.Page;
import vn.plans.model.Structure;
import vn.plans.model.Table;

/** Sections only; header and tasks are left empty. The baseline the full extractor is measured against. */
public final class BasicStructureExtractor implements StructureExtractor {
    private final SectionSplitter sections = new SectionSplitter();

    @Override
    public Structure extract(String documentId, List<Page> pages, List<Table> tables) {
        return new Structure(Header.empty(), sections.split(pages), List.of());
    }
}

package vn.plans.structure;

import java.util.List;
import vn.plans.model.Page;
import vn.plans.model.Structure;
import vn.plans.model.Table;

/** Recognises a document's structure from its normalized pages. */
public interface StructureExtractor {
    Structure extract(String documentId, List<Page> pages, List<Table> tables);
}

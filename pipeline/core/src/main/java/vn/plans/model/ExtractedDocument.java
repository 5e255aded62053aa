package vn.plans.model;

import java.util.List;

/**
 * What an extractor returns: the pages in order, the tables it could see (DOCX/ODT tables; may be empty), and
 * notes about what was repaired or doubtful (legacy encoding converted, garbled layer, ...).
 */
public record ExtractedDocument(List<Page> pages, List<Table> tables, List<String> warnings) {
    public ExtractedDocument {
        pages = List.copyOf(pages);
        tables = List.copyOf(tables);
        warnings = List.copyOf(warnings);
    }

    public String fullText() {
        return Page.joined(pages);
    }
}

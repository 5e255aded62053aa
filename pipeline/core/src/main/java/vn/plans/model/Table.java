package vn.plans.model;

import java.util.List;

/** A table as rows of cell texts, with the page it starts on (1 for formats without pages). */
public record Table(int page, List<List<String>> rows) {
    public Table {
        rows = rows.stream().map(List::copyOf).toList();
    }
}

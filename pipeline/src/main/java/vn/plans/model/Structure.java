package vn.plans.model;

import java.util.List;

/** The structure stage's output for one document. */
public record Structure(Header header, List<Section> sections, List<Task> tasks) {
    public Structure {
        sections = List.copyOf(sections);
        tasks = List.copyOf(tasks);
    }

    public static Structure empty() { return new Structure(Header.empty(), List.of(), List.of()); }
}

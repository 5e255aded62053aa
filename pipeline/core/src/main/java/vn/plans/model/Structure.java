package vn.plans.model;

import java.util.List;

/** The structure stage's output for one document; {@code warnings} say which values were left out and why. */
public record Structure(Header header, List<Section> sections, List<Task> tasks, List<String> warnings) {
    public Structure {
        sections = List.copyOf(sections);
        tasks = List.copyOf(tasks);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public Structure(Header header, List<Section> sections, List<Task> tasks) {
        this(header, sections, tasks, List.of());
    }

    public static Structure empty() { return new Structure(Header.empty(), List.of(), List.of()); }
}

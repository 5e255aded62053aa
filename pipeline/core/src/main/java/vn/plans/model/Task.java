package vn.plans.model;

import java.util.List;

/**
 * One actionable assignment, from the body or the appendix ({@code source}). {@code page} is where it starts;
 * {@code line} (1-based) and {@code offset} (characters into the page's {@code text}) locate its first line when it
 * was read from the page text, and are null for tasks read from a table record (DOCX).
 */
public record Task(
        String taskId,
        String documentId,
        String section,
        String text,
        List<Agency> leadAgencies,
        List<Agency> coordinatingAgencies,
        Timeframe timeframe,
        DocumentPart source,
        int page,
        Integer line,
        Integer offset) {
    public Task {
        leadAgencies = List.copyOf(leadAgencies);
        coordinatingAgencies = List.copyOf(coordinatingAgencies);
    }
}

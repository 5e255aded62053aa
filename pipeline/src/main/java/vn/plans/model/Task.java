package vn.plans.model;

import java.util.List;

/** One actionable assignment. {@code source} is {@code body} or {@code appendix}. */
public record Task(
        String taskId,
        String documentId,
        String section,
        String text,
        List<Agency> leadAgencies,
        List<Agency> coordinatingAgencies,
        Timeframe timeframe,
        String source,
        int page) {
    public Task {
        leadAgencies = List.copyOf(leadAgencies);
        coordinatingAgencies = List.copyOf(coordinatingAgencies);
    }
}

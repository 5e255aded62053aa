package vn.plans.ingest;

import java.util.List;

/** What one ingest run did. */
public record IngestSummary(int documents, int ok, int failed, int skipped, int pages, int tasks, double seconds,
                            List<String> failures, int repaired) {
    public String render() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%d documents: %d ok, %d failed, %d unchanged; %d pages, %d tasks; %.1f s",
                documents, ok, failed, skipped, pages, tasks, seconds));
        if (seconds > 0 && ok > 0) sb.append(String.format(" (%.2f documents/s)", ok / seconds));
        if (repaired > 0) sb.append(String.format("%nrepaired %d index/JSON entries left by an interrupted run", repaired));
        for (String f : failures) sb.append("\n  failed: ").append(f);
        return sb.toString();
    }
}

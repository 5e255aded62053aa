package vn.plans.pipeline;

import java.util.List;

/**
 * What one ingest run did; {@code stageMs} sums each stage's milliseconds over the documents processed (from their
 * records' {@code stage_ms}, so worker JVMs count too), in pipeline order; {@code refused} lists the paths found
 * under the roots but not ingested (symlink out of the roots, unreadable directory, special file) with the reason.
 * Paths and reasons are already {@link vn.plans.output.Printable}. {@code interrupted} is -1 for a complete run, else
 * the number of files a stop request left undone. {@code details} holds each failure's detail (a stack trace), for
 * {@code --verbose} only: the console summary is one short line per failure; {@code phaseMs} the run's time by phase
 * (walk, manifest, reconcile, files, commit, tasks), also printed with {@code --verbose}.
 */
public record IngestSummary(int documents, int ok, int failed, int skipped, int pages, int tasks, double seconds,
                            List<String> failures, int repaired, java.util.Map<String, Long> stageMs,
                            List<String> refused, int interrupted, List<String> details,
                            java.util.Map<String, Long> phaseMs) {
    /** A summary without failure details. */
    public IngestSummary(int documents, int ok, int failed, int skipped, int pages, int tasks, double seconds,
                         List<String> failures, int repaired, java.util.Map<String, Long> stageMs, List<String> refused,
                         int interrupted) {
        this(documents, ok, failed, skipped, pages, tasks, seconds, failures, repaired, stageMs, refused, interrupted, List.of(),
                java.util.Map.of());
    }

    public String render() { return render(false); }

    /** @param verbose also each failure's detail (stack trace, the library's own words) */
    public String render(boolean verbose) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%d documents: %d ok, %d failed, %d unchanged; %d pages, %d tasks; %.1f s",
                documents, ok, failed, skipped, pages, tasks, seconds));
        if (seconds > 0 && ok > 0) sb.append(String.format(" (%.2f documents/s)", ok / seconds));
        if (!stageMs.isEmpty()) {
            long total = stageMs.values().stream().mapToLong(Long::longValue).sum();
            sb.append(String.format("%nstages (ms over %d documents):", ok));
            stageMs.forEach((stage, ms) -> sb.append(String.format(" %s %d (%.0f%%)", stage, ms, total == 0 ? 0.0 : 100.0 * ms / total)));
        }
        if (verbose && !phaseMs.isEmpty()) {
            sb.append(String.format("%nrun (ms):"));
            phaseMs.forEach((phase, ms) -> sb.append(' ').append(phase).append(' ').append(ms));
            long filesMs = phaseMs.getOrDefault("files", 0L);
            if (filesMs > 0) sb.append(String.format(" (%.0f files/s checked or processed)", documents * 1000.0 / filesMs));
        }
        if (interrupted >= 0) {
            sb.append(String.format("%nstopped by a signal: %d files done and committed, %d not done (the next run does them)",
                    ok + failed + skipped, interrupted));
        }
        if (repaired > 0) sb.append(String.format("%nrepaired %d index/JSON entries left by an interrupted run", repaired));
        if (!refused.isEmpty()) sb.append(String.format("%n%d paths skipped (not ingested):", refused.size()));
        for (String r : refused) sb.append("\n  skipped: ").append(r);
        for (String f : failures) sb.append("\n  failed: ").append(f);
        if (verbose && !details.isEmpty()) sb.append("\nfailure details:");
        if (verbose) for (String d : details) sb.append("\n").append(d.strip());
        return sb.toString();
    }
}

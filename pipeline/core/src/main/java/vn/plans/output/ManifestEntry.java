package vn.plans.output;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One line of {@code manifest.jsonl}: an input of one run and what became of it. {@code status} is {@code ok},
 * {@code failed} (with {@code reason}) or {@code skipped} (unchanged since an earlier run, {@code reason} says so; without an id: not an input, e.g. a
 * symlink out of the roots) or {@code removed} (record dropped by {@code plans prune} or {@code plans delete}). A
 * failed entry's {@code cause} is its {@link vn.plans.model.FailureReason.Cause} ({@code limit_exceeded}, {@code encrypted}, ...).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ManifestEntry(
        String path,
        String id,
        String sha256,
        String mediaType,
        ManifestStatus status,
        String reason,
        Integer pages,
        Integer tasks,
        Double seconds,
        String run,
        String time,
        vn.plans.model.FailureReason.Cause cause) {

    /** An entry without a failure cause (ok, skipped, removed, and lines written before causes were recorded). */
    public ManifestEntry(String path, String id, String sha256, String mediaType, ManifestStatus status, String reason,
                         Integer pages, Integer tasks, Double seconds, String run, String time) {
        this(path, id, sha256, mediaType, status, reason, pages, tasks, seconds, run, time, null);
    }

    public static final ManifestStatus OK = ManifestStatus.OK;
    public static final ManifestStatus FAILED = ManifestStatus.FAILED;
    public static final ManifestStatus SKIPPED = ManifestStatus.SKIPPED;
    public static final ManifestStatus REMOVED = ManifestStatus.REMOVED;
}

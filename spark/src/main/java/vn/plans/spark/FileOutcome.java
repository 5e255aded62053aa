package vn.plans.spark;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.plans.model.FailureReason;
import vn.plans.output.ManifestEntry;
import vn.plans.output.ManifestStatus;

/**
 * What became of one input in this run: its manifest row ({@code cause}: the failure class, as the manifest's) and, when it was processed, the document record and its
 * task records as the JSON the local ingest writes, with the two partition values (year, province before 2025) read
 * from the record, and the milliseconds of each stage (for the run's summary).
 */
public record FileOutcome(String path, String id, String sha256, String mediaType, String status, String reason,
                          String cause, Integer pages, Integer tasks, Double seconds, String time, String document,
                          List<String> taskRecords, Integer year, String province, Map<String, Long> stageMs)
        implements Serializable {
    public FileOutcome {
        taskRecords = taskRecords == null ? List.of() : List.copyOf(taskRecords);
        stageMs = stageMs == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(stageMs));
    }

    static FileOutcome failed(FileSurvey s, String mediaType, FailureReason reason, double seconds) {
        return new FileOutcome(s.path(), s.id(), s.sha256(), mediaType, ManifestStatus.FAILED.json(), reason.message(),
                reason.cause().code(), null, null,
                round(seconds), now(), null, null, null, null, null);
    }

    static FileOutcome skipped(String path, String id, String sha256, String mediaType, String reason, Integer pages,
                               Integer tasks) {
        return new FileOutcome(path, id, sha256, mediaType, ManifestStatus.SKIPPED.json(), reason, null, pages, tasks, 0.0,
                now(), null, null, null, null, null);
    }

    boolean ok() { return ManifestStatus.OK.json().equals(status); }

    /** The manifest line of this outcome in run {@code run}, with the fields of {@code manifest.jsonl}. */
    ManifestEntry manifest(String run) {
        return new ManifestEntry(path, id, sha256, mediaType, ManifestStatus.ofJson(status), reason, pages, tasks, seconds,
                run, time, cause == null ? null : FailureReason.Cause.valueOf(cause.toUpperCase(java.util.Locale.ROOT)));
    }

    static Double round(double s) {
        return Math.round(s * 1000) / 1000.0;
    }

    static String now() {
        return java.time.Instant.now().toString();
    }
}

package vn.plans.output;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One line of {@code manifest.jsonl}: an input of one run and what became of it. {@code status} is {@code ok},
 * {@code failed} (with {@code reason}) or {@code skipped} (unchanged since an earlier run, {@code reason} says so).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ManifestEntry(
        String path,
        String id,
        String sha256,
        String mediaType,
        String status,
        String reason,
        Integer pages,
        Integer tasks,
        Double seconds,
        String run,
        String time) {

    public static final String OK = "ok";
    public static final String FAILED = "failed";
    public static final String SKIPPED = "skipped";
}

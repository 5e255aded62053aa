package vn.plans.output;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What became of one input in one run. */
public enum ManifestStatus {
    /** Processed: JSON written and indexed. */
    OK("ok"),
    /** Refused or broken; the entry's {@code reason} says why. */
    FAILED("failed"),
    /** Unchanged since an earlier run (with an id), or not an input at all (no id; the reason says why). */
    SKIPPED("skipped"),
    /** Its record was removed: the source is gone ({@code plans prune}) or was deleted ({@code plans delete}). */
    REMOVED("removed");

    private final String json;

    ManifestStatus(String json) { this.json = json; }

    @JsonValue
    public String json() { return json; }

    @JsonCreator
    public static ManifestStatus ofJson(String json) {
        for (ManifestStatus s : values()) if (s.json.equals(json)) return s;
        throw new IllegalArgumentException("unknown manifest status: " + json);
    }
}

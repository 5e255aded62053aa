package vn.plans.output;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What became of one input in one run. */
public enum ManifestStatus {
    /** Processed: JSON written and indexed. */
    OK("ok"),
    /** Refused or broken; the entry's {@code reason} says why. */
    FAILED("failed"),
    /** Unchanged since an earlier run. */
    SKIPPED("skipped");

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

package vn.plans.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a task's timeframe reads, once normalized. */
public enum TimeframeKind {
    /** {@code Thường xuyên}. */
    RECURRING("recurring"),
    /** {@code Hằng năm}. */
    YEARLY("yearly"),
    /** {@code Quý II/2025}; the quarters are listed. */
    QUARTER("quarter"),
    /** {@code Trước ngày 30/6/2025}. */
    DEADLINE("deadline"),
    /** {@code 2025-2030}. */
    YEAR_RANGE("year_range"),
    /** {@code Năm 2025}. */
    YEAR("year"),
    /** Nothing recognised (or no timeframe printed). */
    UNKNOWN("unknown");

    private final String json;

    TimeframeKind(String json) { this.json = json; }

    @JsonValue
    public String json() { return json; }

    /** The kind whose JSON name is {@code json}, or null. */
    public static TimeframeKind ofJson(String json) {
        for (TimeframeKind k : values()) if (k.json.equals(json)) return k;
        return null;
    }
}

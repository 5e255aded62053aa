package vn.plans.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A task's timeframe: the raw phrase and its normalized reading ({@link TimeframeKind}); dates are ISO (partial when
 * the source leaves day or month blank); {@code quarters} lists {@code 2025-Q2} style quarters for kind
 * {@code quarter}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Timeframe(String raw, TimeframeKind kind, String start, String end, String deadline, List<String> quarters) {
    public Timeframe {
        quarters = quarters == null ? null : List.copyOf(quarters);
    }

    public static Timeframe unknown(String raw) { return new Timeframe(raw, TimeframeKind.UNKNOWN, null, null, null, null); }
}

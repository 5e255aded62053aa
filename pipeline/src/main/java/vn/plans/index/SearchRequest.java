package vn.plans.index;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A search: query text (blank for all), {@code documents} or {@code tasks}, facet filters (dimension to accepted
 * values; values of one dimension are OR-ed, dimensions AND-ed), how many hits and how many values per facet.
 */
public record SearchRequest(String query, boolean tasks, Map<String, List<String>> filters, int limit, int facetValues) {
    public SearchRequest {
        query = query == null ? "" : query;
        Map<String, List<String>> f = new LinkedHashMap<>();
        if (filters != null) {
            filters.forEach((k, v) -> {
                if (!Fields.DIMS.contains(k)) throw new IllegalArgumentException("unknown facet '" + k + "' (known: " + Fields.DIMS + ")");
                if (v != null && !v.isEmpty()) f.put(k, List.copyOf(v));
            });
        }
        filters = Map.copyOf(f);
        if (limit < 0) throw new IllegalArgumentException("limit must be >= 0");
    }

    public static SearchRequest of(String query, boolean tasks, int limit) {
        return new SearchRequest(query, tasks, Map.of(), limit, 10);
    }

    /** The facet dimensions: province, province_2025, issuer, lead, coordinating, type, year, timeframe_kind. */
    public static List<String> dimensions() { return Fields.DIMS; }
}

package vn.plans.index;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A search: query text (blank for all), {@code documents} or {@code tasks}, facet filters (dimension to accepted
 * values; values of one dimension are OR-ed, dimensions AND-ed; values are matched folded, abbreviations
 * resolved), how many hits, how many values per facet, and the {@link Matching} of the words.
 */
public record SearchRequest(String query, boolean tasks, Map<String, List<String>> filters, int limit, int facetValues,
        Matching matching) {
    /**
     * How query words match. {@code PRECISE} (default): a word typed with marks matches those marks, one without
     * marks any marking, words in sequence. {@code FORGIVING}: marks ignored, precise matches ranked first.
     * {@code LEGACY}: the matching before issue 17 (Lucene query syntax, all words folded, as a bag; filters exact
     * facet labels), kept for {@code plans eval-search} and the benchmark to compare against.
     */
    public enum Matching { PRECISE, FORGIVING, LEGACY }

    public SearchRequest {
        query = query == null ? "" : query;
        matching = matching == null ? Matching.PRECISE : matching;
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

    public SearchRequest(String query, boolean tasks, Map<String, List<String>> filters, int limit, int facetValues) {
        this(query, tasks, filters, limit, facetValues, Matching.PRECISE);
    }

    public static SearchRequest of(String query, boolean tasks, int limit) {
        return new SearchRequest(query, tasks, Map.of(), limit, 10);
    }

    public SearchRequest with(Matching m) {
        return new SearchRequest(query, tasks, filters, limit, facetValues, m);
    }

    /** The facet dimensions: province, province_2025, issuer, lead, coordinating, type, year, timeframe_kind. */
    public static List<String> dimensions() { return Fields.DIMS; }
}

package vn.plans.index;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A search: query text (blank for all), {@code documents} or {@code tasks}, facet filters (dimension to accepted
 * values; values of one dimension are OR-ed, dimensions AND-ed; values are matched folded, abbreviations
 * resolved), how many hits, how many values per facet, the {@link Matching} of the words, the {@link Order} of the
 * hits, and a range of document dates ({@code from}, {@code to}, both inclusive, either null for open): a document
 * whose date is known only to the month or year ({@code 2025-03}) counts as dated on the first day of it, and a
 * document without a date is outside any range.
 */
public record SearchRequest(String query, boolean tasks, Map<String, List<String>> filters, int limit, int facetValues,
        Matching matching, Order order, LocalDate from, LocalDate to) {
    /**
     * How query words match. {@code PRECISE} (default): a word typed with marks matches those marks, one without
     * marks any marking, words in sequence. {@code FORGIVING}: marks ignored, precise matches ranked first.
     * {@code LEGACY}: the matching before issue 17 (Lucene query syntax, all words folded, as a bag; filters exact
     * facet labels), kept for {@code plans eval-search} and the benchmark to compare against.
     */
    public enum Matching { PRECISE, FORGIVING, LEGACY }

    /** Hit order: by score (default), or by document date, newest or oldest first (undated last, then by score). */
    public enum Order {
        RELEVANCE, NEWEST, OLDEST;

        /** {@code relevance}, {@code newest} or {@code oldest} (case ignored); null or blank is relevance. */
        public static Order of(String s) {
            if (s == null || s.isBlank()) return RELEVANCE;
            for (Order o : values()) if (o.name().equalsIgnoreCase(s.strip())) return o;
            throw new IllegalArgumentException("unknown sort '" + s + "' (use relevance, newest or oldest)");
        }
    }

    public SearchRequest {
        query = query == null ? "" : query;
        matching = matching == null ? Matching.PRECISE : matching;
        order = order == null ? Order.RELEVANCE : order;
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("date range is empty: from " + from + " is after to " + to);
        }
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

    public SearchRequest(String query, boolean tasks, Map<String, List<String>> filters, int limit, int facetValues,
                         Matching matching) {
        this(query, tasks, filters, limit, facetValues, matching, Order.RELEVANCE, null, null);
    }

    public SearchRequest(String query, boolean tasks, Map<String, List<String>> filters, int limit, int facetValues) {
        this(query, tasks, filters, limit, facetValues, Matching.PRECISE);
    }

    public static SearchRequest of(String query, boolean tasks, int limit) {
        return new SearchRequest(query, tasks, Map.of(), limit, 10);
    }

    public SearchRequest with(Matching m) {
        return new SearchRequest(query, tasks, filters, limit, facetValues, m, order, from, to);
    }

    public SearchRequest with(Order o) {
        return new SearchRequest(query, tasks, filters, limit, facetValues, matching, o, from, to);
    }

    /** This search limited to documents dated {@code newFrom} to {@code newTo} (inclusive; null: open). */
    public SearchRequest dated(LocalDate newFrom, LocalDate newTo) {
        return new SearchRequest(query, tasks, filters, limit, facetValues, matching, order, newFrom, newTo);
    }

    /** The same search asking for {@code newLimit} hits and {@code newFacetValues} values per facet. */
    public SearchRequest sized(int newLimit, int newFacetValues) {
        return new SearchRequest(query, tasks, filters, newLimit, newFacetValues, matching, order, from, to);
    }

    /**
     * A range end as a user types it: {@code 2025-03-15}, or {@code 2025-03} / {@code 2025} for the first
     * ({@code end} false) or last ({@code end} true) day of that month or year; null or blank is open.
     * @throws IllegalArgumentException naming the accepted forms
     */
    public static LocalDate date(String s, boolean end) {
        if (s == null || s.isBlank()) return null;
        String v = s.strip();
        try {
            if (v.matches("\\d{4}")) return end ? LocalDate.of(Integer.parseInt(v), 12, 31) : LocalDate.of(Integer.parseInt(v), 1, 1);
            if (v.matches("\\d{4}-\\d{2}")) {
                YearMonth m = YearMonth.parse(v);
                return end ? m.atEndOfMonth() : m.atDay(1);
            }
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("bad date '" + s + "' (use YYYY-MM-DD, YYYY-MM or YYYY)");
        }
    }

    /**
     * The day a document's date string stands for ({@code 2025-03-15}; {@code 2025-03} and {@code 2025} the first
     * day of the month or year), null when it is absent or not such a date.
     */
    public static LocalDate documentDay(String issuedDate) {
        if (issuedDate == null || !issuedDate.strip().matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) return null;
        try {
            return date(issuedDate, false);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The facet dimensions: province, province_2025, issuer, lead, coordinating, type, year, timeframe_kind. */
    public static List<String> dimensions() { return Fields.DIMS; }
}

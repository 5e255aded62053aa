package vn.plans.index;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * Hits of one search and facet counts. Facet counts are drill-sideways: a dimension that is filtered counts as if
 * its own filter were lifted (other filters still apply), so its other values stay visible with their counts.
 * {@code total} is exact when {@code totalExact}; a search that asks for no facet counts may stop counting at
 * 1,000 (then {@code total} is a lower bound), which lets Lucene skip documents that cannot make the top hits.
 * {@code hint} tells the user how a query was read when it was not as typed (an unclosed quote), else null.
 */
public record SearchResult(long total, boolean totalExact, List<SearchHit> hits, Map<String, List<FacetCount>> facets,
        @JsonInclude(JsonInclude.Include.NON_NULL) String hint) {
    public SearchResult(long total, boolean totalExact, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {
        this(total, totalExact, hits, facets, null);
    }

    public record FacetCount(String value, long count) {}
}

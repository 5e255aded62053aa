package vn.plans.index;

import java.util.List;
import java.util.Map;

/**
 * Hits of one search and facet counts. Facet counts are drill-sideways: a dimension that is filtered counts as if
 * its own filter were lifted (other filters still apply), so its other values stay visible with their counts.
 */
public record SearchResult(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {
    public record FacetCount(String value, long count) {}
}

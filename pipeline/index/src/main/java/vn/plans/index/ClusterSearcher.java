package vn.plans.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The search of {@link PlanSearcher} over an index that {@link ClusterIndex} wrote to a search cluster: the same
 * request becomes the same Lucene query ({@link PlanSearcher#plan}), sent as query DSL ({@link QueryDsl}) with
 * {@code search_type=dfs_query_then_fetch}, so every shard scores with the statistics of the whole index, as the
 * embedded index does. Filters and the document best passage are as in the embedded search; facet counts are
 * drill-sideways too (each dimension's terms aggregation under the other dimensions' filters, the hits under all of
 * them as a post filter). Snippets are cut here from the stored text with the embedded highlighter's formatter
 * (offsets from analysis rather than from postings). The marked spellings a word typed without marks may stand for
 * are read on first use and again when the index's document count has changed (one {@code _count} request at most
 * every {@link #SPELLINGS_CHECK}), so a long-running searcher ({@code plans serve --backend}) sees documents indexed
 * after it started; a rewrite that keeps the count (documents replaced) is seen by a new searcher. Thread-safe.
 */
public final class ClusterSearcher implements Searcher {
    private final ClusterClient client;
    private final Analyzer analyzer = Fields.analyzer();
    /** How often a search asks whether the index's document count changed (then reads the spellings again). */
    static final java.time.Duration SPELLINGS_CHECK = java.time.Duration.ofSeconds(30);
    private final Spellings spellings = new Spellings(this::forEachMarkedTerm, this::documentCount, SPELLINGS_CHECK);

    /** @param url {@code http://HOST:PORT/INDEX} */
    public ClusterSearcher(URI url) throws IOException {
        this.client = new ClusterClient(url);
        if (!client.indexExists()) throw new IOException("no index '" + client.index() + "' on the cluster at " + url + " (run 'plans index --to' first)");
    }

    @Override
    public SearchResult search(SearchRequest req) throws IOException {
        PlanSearcher.Plan plan = PlanSearcher.plan(req, analyzer, this::variants, this::foldedMatching);
        Map<String, Query> filters = new LinkedHashMap<>(plan.filters());
        if (req.matching() == SearchRequest.Matching.LEGACY) {
            req.filters().forEach((dim, values) -> {
                BooleanQuery.Builder b = new BooleanQuery.Builder();
                for (String v : values) b.add(new TermQuery(new Term(ClusterIndex.FACET_PREFIX + dim, v)), BooleanClause.Occur.SHOULD);
                filters.put(dim, new ConstantScoreQuery(b.build()));
            });
        }
        int n = Math.max(1, req.limit());
        ObjectNode body = ClusterClient.JSON.createObjectNode();
        body.put("size", n).put("track_total_hits", true);
        body.putArray("_source").add(ClusterIndex.STORED);
        boolean facets = req.facetValues() > 0;
        if (facets) {
            body.set("query", QueryDsl.of(plan.base()));
            if (!filters.isEmpty()) body.set("post_filter", all(filters, null));
            ObjectNode aggs = body.putObject("aggs");
            for (String dim : Fields.DIMS) {
                ObjectNode a = aggs.putObject(dim);
                a.set("filter", all(filters, dim));
                a.putObject("aggs").putObject("v").putObject("terms").put("field", ClusterIndex.FACET_PREFIX + dim)
                        .put("size", req.facetValues());
            }
        } else {
            body.set("query", filters.isEmpty() ? QueryDsl.of(plan.base()) : bool(plan.base(), filters.values()));
        }
        if (req.order() != SearchRequest.Order.RELEVANCE) {
            ArrayNode sort = body.putArray("sort");
            sort.addObject().putObject(Fields.ISSUED_DAY).put("order", req.order() == SearchRequest.Order.NEWEST ? "desc" : "asc")
                    .put("missing", "_last");
            sort.add("_score");
            body.put("track_scores", true);
        }
        JsonNode r = search(body);
        JsonNode hitsNode = r.path("hits").path("hits");
        List<Document> docs = new ArrayList<>();
        List<Float> scores = new ArrayList<>();
        for (JsonNode h : hitsNode) {
            docs.add(stored(h));
            scores.add(h.path("_score").isNumber() ? (float) h.path("_score").asDouble() : Float.NaN);
        }
        Map<String, List<SearchResult.FacetCount>> counts = new LinkedHashMap<>();
        if (facets) {
            for (String dim : Fields.DIMS) {
                List<SearchResult.FacetCount> values = new ArrayList<>();
                for (JsonNode b : r.path("aggregations").path(dim).path("v").path("buckets")) {
                    values.add(new SearchResult.FacetCount(b.path("key").asText(), b.path("doc_count").asLong()));
                }
                counts.put(dim, values);
            }
        }
        long total = r.path("hits").path("total").path("value").asLong();
        List<SearchHit> hits = req.limit() == 0 ? List.of()
                : req.tasks() ? taskHits(docs, scores, plan.highlight()) : documentHits(docs, scores, plan);
        return new SearchResult(total, true, hits, counts, plan.hint());
    }

    private JsonNode search(ObjectNode body) throws IOException {
        return client.onIndex("POST", "_search?search_type=dfs_query_then_fetch", ClusterClient.JSON.writeValueAsString(body));
    }

    /** The filters of every dimension but {@code except} (null: all), as one DSL filter. */
    private static ObjectNode all(Map<String, Query> filters, String except) {
        ObjectNode bool = ClusterClient.JSON.createObjectNode();
        ArrayNode f = bool.putArray("filter");
        filters.forEach((dim, q) -> {
            if (!dim.equals(except)) f.add(QueryDsl.of(q));
        });
        ObjectNode o = ClusterClient.JSON.createObjectNode();
        o.set("bool", bool);
        return o;
    }

    /** The base query with the filters (what a drill-down query rewrites to). */
    private static ObjectNode bool(Query base, Iterable<Query> filters) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(base, BooleanClause.Occur.MUST);
        for (Query f : filters) b.add(f, BooleanClause.Occur.FILTER);
        return QueryDsl.of(b.build());
    }

    /** A hit's stored fields as the embedded index's stored document. */
    private static Document stored(JsonNode hit) {
        Document d = new Document();
        hit.path("_source").path(ClusterIndex.STORED).properties().forEach(e -> {
            for (JsonNode v : e.getValue()) {
                if (v.isInt()) d.add(new StoredField(e.getKey(), v.asInt()));
                else if (v.isLong()) d.add(new StoredField(e.getKey(), v.asLong()));
                else d.add(new StoredField(e.getKey(), v.asText()));
            }
        });
        return d;
    }

    private UnifiedHighlighter highlighter() {
        return UnifiedHighlighter.builderWithoutSearcher(analyzer).withFormatter(PlanSearcher.snippetFormatter())
                .withMaxLength(2_000_000).build();
    }

    private String snippet(UnifiedHighlighter hl, Query highlight, Document unit) throws IOException {
        String text = unit.get(Fields.TEXT);
        if (highlight == null || text == null) return null;
        Object s = hl.highlightWithoutSearcher(Fields.TEXT, highlight, text, 1);
        return s == null ? null : s.toString();
    }

    private List<SearchHit> taskHits(List<Document> docs, List<Float> scores, Query highlight) throws IOException {
        UnifiedHighlighter hl = highlighter();
        List<SearchHit> out = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            Document d = docs.get(i);
            out.add(PlanSearcher.hit(d, scores.get(i), snippet(hl, highlight, d), d.get(Fields.SECTION), null, page(d)));
        }
        return out;
    }

    /** Per document: the best-matching passage gives section, page and snippet (else the whole text does). */
    private List<SearchHit> documentHits(List<Document> docs, List<Float> scores, PlanSearcher.Plan plan) throws IOException {
        Document[] units = docs.toArray(new Document[0]);
        if (!plan.browse() && !docs.isEmpty()) {
            StringBuilder ms = new StringBuilder();
            for (Document d : docs) {
                Query inDoc = new BooleanQuery.Builder()
                        .add(plan.text(), BooleanClause.Occur.MUST)
                        .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_PASSAGE)), BooleanClause.Occur.FILTER)
                        .add(new TermQuery(new Term(Fields.DOC_ID, d.get(Fields.DOC_ID))), BooleanClause.Occur.FILTER)
                        .build();
                ObjectNode body = ClusterClient.JSON.createObjectNode().put("size", 1);
                body.putArray("_source").add(ClusterIndex.STORED);
                body.set("query", QueryDsl.of(inDoc));
                ms.append("{}\n").append(ClusterClient.JSON.writeValueAsString(body)).append('\n');
            }
            JsonNode r = client.send("POST", client.index() + "/_msearch?search_type=dfs_query_then_fetch", ms.toString(), "application/x-ndjson");
            int i = 0;
            for (JsonNode resp : r.path("responses")) {
                if (resp.has("error")) throw new IOException("cluster: " + resp.path("error").path("reason").asText(resp.toString()));
                JsonNode best = resp.path("hits").path("hits").path(0);
                if (!best.isMissingNode()) units[i] = stored(best);
                i++;
            }
        }
        UnifiedHighlighter hl = plan.browse() ? null : highlighter();
        List<SearchHit> out = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            Document unit = units[i];
            String snippet = hl == null ? null : snippet(hl, plan.highlight(), unit);
            out.add(PlanSearcher.hit(docs.get(i), scores.get(i), snippet, unit.get(Fields.SECTION), unit.get(Fields.HEADING), page(unit)));
        }
        return out;
    }

    private static int page(Document d) {
        var f = d.getField(Fields.PAGE);
        return f == null || f.numericValue() == null ? 0 : f.numericValue().intValue();
    }

    @Override
    public Map<String, Object> document(String docId) throws IOException {
        List<Document> doc = units(Fields.KIND_DOCUMENT, docId, 1);
        if (doc.isEmpty()) return null;
        Map<String, Object> out = PlanSearcher.asMap(doc.get(0));
        out.put("tasks", units(Fields.KIND_TASK, docId, 10_000).stream().map(PlanSearcher::asMap).toList());
        out.put("passages", units(Fields.KIND_PASSAGE, docId, 10_000).stream().map(PlanSearcher::asMap).toList());
        return out;
    }

    @Override
    public Map<String, Object> task(String unitId) throws IOException {
        ObjectNode body = ClusterClient.JSON.createObjectNode().put("size", 1);
        body.putArray("_source").add(ClusterIndex.STORED);
        body.set("query", QueryDsl.of(new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_TASK)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Fields.UNIT_ID, unitId)), BooleanClause.Occur.FILTER).build()));
        JsonNode h = client.onIndex("POST", "_search", ClusterClient.JSON.writeValueAsString(body)).path("hits").path("hits").path(0);
        return h.isMissingNode() ? null : PlanSearcher.asMap(stored(h));
    }

    /** The units of one kind of a document, in the order the embedded index added them. */
    private List<Document> units(String kind, String docId, int max) throws IOException {
        ObjectNode body = ClusterClient.JSON.createObjectNode().put("size", max);
        body.putArray("_source").add(ClusterIndex.STORED);
        body.putArray("sort").add(ClusterIndex.SEQ);
        body.set("query", QueryDsl.of(new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, kind)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Fields.DOC_ID, docId)), BooleanClause.Occur.FILTER).build()));
        List<Document> out = new ArrayList<>();
        for (JsonNode h : client.onIndex("POST", "_search", ClusterClient.JSON.writeValueAsString(body)).path("hits").path("hits")) {
            out.add(stored(h));
        }
        return out;
    }

    /** As {@link PlanSearcher#workIdsByFileName}: every document unit, paged by document id. */
    @Override
    public Map<String, String> workIdsByFileName() throws IOException {
        Map<String, String> out = new HashMap<>();
        int page = 1000;
        JsonNode after = null;
        while (true) {
            ObjectNode body = ClusterClient.JSON.createObjectNode().put("size", page);
            body.putArray("_source").add(ClusterIndex.STORED);
            body.putArray("sort").add(Fields.DOC_ID);
            body.set("query", QueryDsl.of(new TermQuery(new Term(Fields.KIND, Fields.KIND_DOCUMENT))));
            if (after != null) body.set("search_after", after);
            JsonNode hits = client.onIndex("POST", "_search", ClusterClient.JSON.writeValueAsString(body)).path("hits").path("hits");
            for (JsonNode h : hits) PlanSearcher.putWorkOfFiles(stored(h), out);
            if (hits.size() < page) return out;
            after = hits.get(hits.size() - 1).get("sort");
        }
    }

    /** The marked spellings of a syllable typed without marks, as {@link PlanSearcher#variants} gives them. */
    List<String> variants(String unmarked) {
        return spellings.variants(unmarked);
    }

    List<String> foldedMatching(java.util.regex.Pattern exact) {
        return spellings.foldedMatching(exact);
    }

    /** Document units in the index (the spellings' version). */
    private long documentCount() throws IOException {
        return client.onIndex("GET", "_count?q=" + Fields.KIND + ":" + Fields.KIND_DOCUMENT, null).path("count").asLong();
    }

    /** Every marked spelling in the index ({@link ClusterIndex#EXACT_TERMS}), paged through a composite aggregation. */
    private void forEachMarkedTerm(java.util.function.Consumer<String> sink) throws IOException {
        JsonNode after = null;
        while (true) {
            ObjectNode body = ClusterClient.JSON.createObjectNode().put("size", 0);
            ObjectNode comp = body.putObject("aggs").putObject("t").putObject("composite").put("size", 10_000);
            comp.putArray("sources").addObject().putObject("v").putObject("terms").put("field", ClusterIndex.EXACT_TERMS);
            if (after != null) comp.set("after", after);
            JsonNode agg = client.onIndex("POST", "_search", ClusterClient.JSON.writeValueAsString(body)).path("aggregations").path("t");
            JsonNode buckets = agg.path("buckets");
            for (JsonNode b : buckets) sink.accept(b.path("key").path("v").asText());
            if (buckets.size() < 10_000 || !agg.has("after_key")) break;
            after = agg.get("after_key");
        }
    }

    @Override
    public void close() {
        client.close();
    }
}

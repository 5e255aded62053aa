package vn.plans.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import vn.plans.model.PlanDocument;

/**
 * Writes documents into an index of a search cluster (OpenSearch 3.x) with bulk requests: the same units as the
 * embedded index ({@link PlanIndex#units}: document, passages, tasks), field by field. The two text fields are
 * analysed here, by the embedded index's own analyzers, and sent as their tokens separated by spaces to fields the
 * cluster splits on whitespace: the cluster holds exactly the embedded index's terms, positions and field lengths
 * (so BM25 scores alike) without a plugin on the nodes. Keyword fields (kind, ids, work, filter keys) are
 * {@code keyword} (the document number, which scores, a one-token {@code text} field); the facet dimensions are {@code facet_DIM} keywords (terms aggregations); the document day an
 * {@code integer}; stored fields travel in {@code stored} (kept in the source, not indexed) in the embedded
 * index's order, so a hit is read back as the embedded index's stored document. Each document unit also lists the
 * marked spellings its document uses ({@code exact_terms}), which a search needs where marked and unmarked
 * syllables meet ({@link ClusterSearcher#variants}).
 *
 * <p>Putting a document replaces all its units (a delete by {@code doc_id} first when the index already held
 * documents). Not thread-safe.
 */
public final class ClusterIndex implements AutoCloseable {
    /** Search analyzer of phrases: whitespace, and {@code a|b|c} as three terms at one position. */
    static final String PHRASE_ANALYZER = "plans_phrase";
    static final String STORED = "stored";
    static final String SEQ = "seq";
    static final String EXACT_TERMS = "exact_terms";
    static final String FACET_PREFIX = "facet_";
    /** Keyword fields, besides {@code key_DIM} and {@code facet_DIM}. */
    static final List<String> KEYWORDS = List.of(Fields.KIND, Fields.DOC_ID, Fields.UNIT_ID, Fields.WORK_ID,
            Fields.WORK_SECONDARY, Fields.SECTION, Fields.DOC_TYPE, EXACT_TERMS);

    private static final int BATCH_UNITS = 2_000;
    private static final int BATCH_CHARS = 8_000_000;

    private final ClusterClient client;
    private final Analyzer analyzer = Fields.analyzer();
    private final boolean replace;
    private final StringBuilder bulk = new StringBuilder();
    private final List<String> batchIds = new ArrayList<>();
    private int batchUnits;
    private long documents, units;

    /**
     * @param url {@code http://HOST:PORT/INDEX}
     * @param recreate drop the index first (else it is created when missing and added to)
     */
    public ClusterIndex(URI url, int shards, int replicas, boolean recreate) throws IOException {
        this.client = new ClusterClient(url);
        boolean exists = client.indexExists();
        if (exists && recreate) {
            client.onIndex("DELETE", "", null);
            exists = false;
        }
        if (!exists) client.onIndex("PUT", "", ClusterClient.JSON.writeValueAsString(definition(shards, replicas)));
        this.replace = exists;
    }

    /** Settings and mappings of a new index. */
    static ObjectNode definition(int shards, int replicas) {
        ObjectNode root = ClusterClient.JSON.createObjectNode();
        ObjectNode settings = root.putObject("settings");
        settings.put("number_of_shards", shards).put("number_of_replicas", replicas);
        ObjectNode analysis = settings.putObject("analysis");
        analysis.putObject("filter").putObject("plans_stack").put("type", "pattern_capture")
                .put("preserve_original", false).putArray("patterns").add("([^|]+)");
        ObjectNode phrase = analysis.putObject("analyzer").putObject(PHRASE_ANALYZER);
        phrase.put("type", "custom").put("tokenizer", "whitespace").putArray("filter").add("plans_stack");
        ObjectNode mappings = root.putObject("mappings");
        mappings.put("dynamic", false);
        mappings.putObject("_source").putArray("excludes").add(Fields.TEXT).add(Fields.TEXT_EXACT);
        ObjectNode props = mappings.putObject("properties");
        for (String f : List.of(Fields.TEXT, Fields.TEXT_EXACT)) {
            props.putObject(f).put("type", "text").put("analyzer", "whitespace").put("index_options", "positions");
        }
        for (String f : KEYWORDS) props.putObject(f).put("type", "keyword");
        // a document's own number scores (a code query ranks it first): a term query on an OpenSearch keyword field
        // scores a constant 1, on the embedded StringField by BM25; a one-token text field without norms or
        // frequencies scores as the StringField does
        props.putObject(Fields.NUMBER_CODE).put("type", "text").put("analyzer", "keyword").put("index_options", "docs")
                .put("norms", false);
        for (String dim : Fields.DIMS) {
            props.putObject(Fields.KEY_PREFIX + dim).put("type", "keyword");
            props.putObject(FACET_PREFIX + dim).put("type", "keyword");
        }
        props.putObject(Fields.ISSUED_DAY).put("type", "integer");
        props.putObject(SEQ).put("type", "integer");
        props.putObject(STORED).put("type", "object").put("enabled", false);
        return root;
    }

    /**
     * Buffers the units of a document (sent with the next bulk request).
     *
     * @throws IllegalArgumentException when the document itself cannot be made into units (nothing of it is buffered)
     * @throws IOException from the cluster, when the buffer is sent
     */
    public void put(PlanDocument doc) throws IOException {
        List<ObjectNode> sources;
        try {
            sources = sources(doc, analyzer);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("document " + doc.id() + ": " + e, e);
        }
        for (ObjectNode s : sources) {
            bulk.append("{\"index\":{\"_id\":").append(ClusterClient.JSON.writeValueAsString(s.get(Fields.UNIT_ID).get(0).asText()))
                    .append("}}\n").append(ClusterClient.JSON.writeValueAsString(s)).append('\n');
        }
        batchIds.add(doc.id());
        batchUnits += sources.size();
        documents++;
        units += sources.size();
        if (batchUnits >= BATCH_UNITS || bulk.length() >= BATCH_CHARS) flush();
    }

    /** The units of a document as cluster documents, in the embedded index's order. */
    static List<ObjectNode> sources(PlanDocument doc, Analyzer analyzer) throws IOException {
        List<ObjectNode> out = new ArrayList<>();
        Set<String> marked = new java.util.TreeSet<>();
        int seq = 0;
        for (Document d : PlanIndex.units(doc)) out.add(source(d, analyzer, seq++, marked));
        ArrayNode terms = out.get(0).putArray(EXACT_TERMS);
        for (String t : marked) terms.add(t);
        return out;
    }

    private static ObjectNode source(Document d, Analyzer analyzer, int seq, Set<String> marked) throws IOException {
        Map<String, List<Object>> indexed = new LinkedHashMap<>(), stored = new LinkedHashMap<>();
        for (IndexableField f : d.getFields()) {
            String name = f.name();
            var type = f.fieldType();
            if (name.startsWith("$")) { // facets: the dimension/value pairs FacetsConfig encoded
                if (type.docValuesType() == DocValuesType.SORTED_SET) {
                    String[] path = FacetsConfig.stringToPath(f.binaryValue().utf8ToString());
                    indexed.computeIfAbsent(FACET_PREFIX + path[0], k -> new ArrayList<>()).add(path[1]);
                }
                continue;
            }
            if (type.stored()) stored.computeIfAbsent(name, k -> new ArrayList<>())
                    .add(f.numericValue() != null ? f.numericValue() : f.stringValue());
            if (type.pointDimensionCount() > 0) {
                indexed.computeIfAbsent(name, k -> new ArrayList<>()).add(
                        org.apache.lucene.document.IntPoint.decodeDimension(f.binaryValue().bytes, f.binaryValue().offset));
            } else if (type.indexOptions() != IndexOptions.NONE) {
                Object v = type.tokenized() ? tokens(analyzer, name, f.stringValue(), name.equals(Fields.TEXT_EXACT) ? marked : null)
                        : f.stringValue();
                indexed.computeIfAbsent(name, k -> new ArrayList<>()).add(v);
            }
        }
        ObjectNode o = ClusterClient.JSON.createObjectNode();
        indexed.forEach((k, vs) -> o.set(k, ClusterClient.JSON.valueToTree(vs)));
        o.put(SEQ, seq);
        ObjectNode st = o.putObject(STORED);
        stored.forEach((k, vs) -> st.set(k, ClusterClient.JSON.valueToTree(vs)));
        return o;
    }

    /** The analysed tokens of a text, separated by single spaces; the marked ones (non-ASCII) also go into {@code marked}. */
    static String tokens(Analyzer analyzer, String field, String text, Set<String> marked) {
        StringBuilder sb = new StringBuilder();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            var inc = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (inc.getPositionIncrement() != 1 && !sb.isEmpty()) {
                    throw new IllegalStateException("token '" + t + "' at position increment " + inc.getPositionIncrement());
                }
                if (!sb.isEmpty()) sb.append(' ');
                sb.append(t);
                if (marked != null && UserQuery.marked(t.toString())) marked.add(t.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // analysing a string does no I/O
        }
        return sb.toString();
    }

    private void flush() throws IOException {
        if (batchUnits == 0) return;
        if (replace) {
            ObjectNode q = ClusterClient.JSON.createObjectNode();
            ArrayNode ids = q.putObject("query").putObject("terms").putArray(Fields.DOC_ID);
            batchIds.forEach(ids::add);
            client.onIndex("POST", "_delete_by_query?refresh=true&conflicts=proceed", ClusterClient.JSON.writeValueAsString(q));
        }
        JsonNode r = client.send("POST", client.index() + "/_bulk", bulk.toString(), "application/x-ndjson");
        if (r.path("errors").asBoolean(false)) {
            for (JsonNode item : r.path("items")) {
                JsonNode err = item.path("index").path("error");
                if (!err.isMissingNode()) {
                    throw new IOException("bulk write to " + client.index() + " refused unit " + item.path("index").path("_id").asText()
                            + ": " + err.path("reason").asText(err.toString()));
                }
            }
        }
        bulk.setLength(0);
        batchIds.clear();
        batchUnits = 0;
    }

    /** Sends what is buffered and makes it searchable (a refresh). */
    public void commit() throws IOException {
        flush();
        client.onIndex("POST", "_refresh", null);
    }

    public long documents() { return documents; }

    public long units() { return units; }

    /** Documents (document units) the cluster index holds, after a commit. */
    public long count() throws IOException {
        return client.onIndex("GET", "_count?q=" + Fields.KIND + ":" + Fields.KIND_DOCUMENT, null).path("count").asLong();
    }

    @Override
    public void close() throws IOException {
        try {
            commit();
        } finally {
            client.close();
        }
    }
}

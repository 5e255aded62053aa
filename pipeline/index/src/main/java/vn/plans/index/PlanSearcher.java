package vn.plans.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * Diacritic-insensitive search with facets. A query must match in the folded field (all words, Lucene query
 * syntax allowed: quotes for phrases, OR, -); the same words in the exact field and the whole query as a phrase
 * add to the score, so {@code trẻ em} ranks documents spelling it that way above ones where only {@code tre em}
 * matches, and adjacent syllables (a multi-syllable word) above scattered ones. Facet filters are a
 * {@link DrillDownQuery}; counts come from {@link DrillSideways}. Thread-safe: one instance serves many threads.
 */
public final class PlanSearcher implements Searcher {
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer = Fields.analyzer();
    private final FacetsConfig config = Fields.facetsConfig();
    private final SortedSetDocValuesReaderState facetState;

    public PlanSearcher(Path dir) throws IOException {
        try {
            this.reader = DirectoryReader.open(FSDirectory.open(dir));
        } catch (org.apache.lucene.index.IndexNotFoundException e) {
            throw new IOException("no index at " + dir + " (run 'plans ingest' first)", e);
        } catch (org.apache.lucene.index.CorruptIndexException | org.apache.lucene.index.IndexFormatTooOldException
                 | org.apache.lucene.index.IndexFormatTooNewException e) {
            throw new IOException("the index at " + dir + " is unreadable (" + e.getMessage() + "); delete it and ingest again", e);
        }
        this.searcher = new IndexSearcher(reader);
        SortedSetDocValuesReaderState state = null;
        try {
            state = new DefaultSortedSetDocValuesReaderState(reader, config);
        } catch (IllegalArgumentException e) {
            // no unit carries a facet yet (empty index): searches work, facets are empty
        }
        this.facetState = state;
    }

    public int unitCount() { return reader.numDocs(); }

    /**
     * @param kind "passage" (document search, one hit per document) or "task" (one hit per task)
     */
    public List<SearchHit> search(String userQuery, String kind, int limit) throws IOException {
        return search(SearchRequest.of(userQuery, kind.equals(Fields.KIND_TASK), limit)).hits();
    }

    @Override
    public SearchResult search(SearchRequest req) throws IOException {
        boolean legacy = req.matching() == SearchRequest.Matching.LEGACY;
        Plan plan = plan(req, analyzer, this::variants, this::foldedMatching);
        Query text = plan.text(), highlight = plan.highlight(), base = plan.base();
        String hint = plan.hint();
        boolean browse = plan.browse();
        DrillDownQuery ddq = new DrillDownQuery(config, base);
        if (legacy) req.filters().forEach((dim, values) -> values.forEach(v -> ddq.add(dim, v)));
        else plan.filters().forEach(ddq::add);
        int n = Math.max(1, req.limit());
        TopDocs top;
        Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
        Sort sort = sort(req.order());
        if (facetState != null && req.facetValues() > 0) {
            DrillSideways ds = new DrillSideways(searcher, config, facetState);
            DrillSideways.DrillSidewaysResult r = sort == null ? ds.search(ddq, n) : ds.search(ddq, null, null, n, sort, true);
            top = r.hits;
            collect(r.facets, req.facetValues(), facets);
        } else if (sort == null) {
            // no counts wanted: top hits only, so Lucene may skip non-competitive documents (total is then a lower bound)
            top = searcher.search(ddq, n);
        } else {
            top = searcher.search(ddq, n, sort, true);
        }
        long total = top.totalHits.value();
        boolean exact = top.totalHits.relation() == org.apache.lucene.search.TotalHits.Relation.EQUAL_TO;
        List<SearchHit> hits = req.limit() == 0 ? List.of()
                : (req.tasks() ? taskHits(top, text, highlight) : documentHits(top, text, highlight, browse));
        return new SearchResult(total, exact, hits, facets, hint);
    }

    /**
     * What a request runs, whichever index answers it (this one or a cluster, {@link ClusterSearcher}): the matching
     * query, its folded twin for highlighting, a hint for the user, whether it only browses (no words), the base
     * query (the words, the unit kind, secondary versions left out, the date range) and one filter per dimension
     * (empty for {@link SearchRequest.Matching#LEGACY}, which drills down on exact facet labels).
     */
    record Plan(Query text, Query highlight, String hint, boolean browse, Query base, Map<String, Query> filters) {}

    static Plan plan(SearchRequest req, Analyzer analyzer, java.util.function.Function<String, List<String>> variants,
                     java.util.function.Function<java.util.regex.Pattern, List<String>> foldedMatching) {
        boolean legacy = req.matching() == SearchRequest.Matching.LEGACY;
        Query text, highlight;
        String hint = null;
        boolean browse;
        if (legacy) {
            text = req.query().isBlank() ? new MatchAllDocsQuery() : build(req.query(), analyzer);
            highlight = text;
            browse = req.query().isBlank();
        } else {
            UserQuery.Parsed p = UserQuery.parse(req.query(), analyzer, variants, foldedMatching,
                    req.matching() == SearchRequest.Matching.FORGIVING);
            text = p.query();
            highlight = p.highlight();
            hint = p.hint();
            browse = p.browse() || highlight == null;
        }
        String kind = req.tasks() ? Fields.KIND_TASK : Fields.KIND_DOCUMENT;
        BooleanQuery.Builder bq = new BooleanQuery.Builder()
                .add(text, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(Fields.KIND, kind)), BooleanClause.Occur.FILTER)
                .add(SECONDARY, BooleanClause.Occur.MUST_NOT);
        if (req.from() != null || req.to() != null) bq.add(dateRange(req.from(), req.to()), BooleanClause.Occur.FILTER);
        Map<String, Query> filters = new LinkedHashMap<>();
        if (!legacy) req.filters().forEach((dim, values) -> filters.put(dim, filter(dim, values)));
        return new Plan(text, highlight, hint, browse, bq.build(), filters);
    }

    /**
     * A filter on one dimension: any of the values, each compared by its {@link Fields#key key} (case, marks and
     * punctuation ignored, abbreviations expanded; for {@code type} a number symbol such as {@code KH} stands for
     * its type), so the names a hit prints and the way a user types them both work.
     */
    static Query filter(String dim, List<String> values) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String v : values) {
            String value = v;
            if (dim.equals(Fields.TYPE) && Abbreviations.type(v) != null) value = Abbreviations.type(v);
            b.add(new TermQuery(new Term(Fields.KEY_PREFIX + dim, Fields.key(value))), BooleanClause.Occur.SHOULD);
        }
        return new org.apache.lucene.search.ConstantScoreQuery(b.build());
    }

    /** Units whose document is dated {@code from} to {@code to} (inclusive; null: open). */
    static Query dateRange(java.time.LocalDate from, java.time.LocalDate to) {
        int lo = from == null ? Integer.MIN_VALUE : Math.toIntExact(from.toEpochDay());
        int hi = to == null ? Integer.MAX_VALUE : Math.toIntExact(to.toEpochDay());
        return org.apache.lucene.document.IntPoint.newRangeQuery(Fields.ISSUED_DAY, lo, hi);
    }

    /** Null for relevance (Lucene's score order); by document day otherwise, undated units last, ties by score. */
    static Sort sort(SearchRequest.Order order) {
        if (order == SearchRequest.Order.RELEVANCE) return null;
        boolean newest = order == SearchRequest.Order.NEWEST;
        SortField day = new SortField(Fields.ISSUED_DAY, SortField.Type.INT, newest);
        day.setMissingValue(newest ? Integer.MIN_VALUE : Integer.MAX_VALUE);
        return new Sort(day, SortField.FIELD_SCORE);
    }

    /** Units of versions that do not stand for their work: left out of every search, count and facet. */
    private static final Query SECONDARY = new TermQuery(new Term(Fields.WORK_SECONDARY, "1"));

    private final Spellings spellings = new Spellings(this::forEachMarkedTerm);

    /**
     * The spellings in the exact field of a syllable typed without marks ({@code la}: la, là, lá, lạ ...), read
     * once from the index's terms; the syllable itself is always one of them.
     */
    List<String> variants(String unmarked) {
        return spellings.variants(unmarked);
    }

    /** Folded forms of the marked exact-field terms the pattern matches in full. */
    List<String> foldedMatching(java.util.regex.Pattern exact) {
        return spellings.foldedMatching(exact);
    }

    /** The exact field's terms that are not plain ASCII, from every segment. */
    private void forEachMarkedTerm(java.util.function.Consumer<String> sink) throws IOException {
        for (org.apache.lucene.index.LeafReaderContext leaf : reader.leaves()) {
            org.apache.lucene.index.Terms terms = leaf.reader().terms(Fields.TEXT_EXACT);
            if (terms == null) continue;
            org.apache.lucene.index.TermsEnum te = terms.iterator();
            for (org.apache.lucene.util.BytesRef t = te.next(); t != null; t = te.next()) {
                boolean ascii = true;
                for (int i = 0; i < t.length && ascii; i++) ascii = t.bytes[t.offset + i] >= 0;
                if (!ascii) sink.accept(t.utf8ToString());
            }
        }
    }

    private static void collect(Facets f, int topN, Map<String, List<SearchResult.FacetCount>> out) throws IOException {
        for (String dim : Fields.DIMS) {
            List<SearchResult.FacetCount> values = new ArrayList<>();
            FacetResult fr;
            try {
                fr = f.getTopChildren(topN, dim);
            } catch (IllegalArgumentException e) {
                fr = null; // no unit has a value for this dimension
            }
            if (fr != null) for (LabelAndValue lv : fr.labelValues) values.add(new SearchResult.FacetCount(lv.label, lv.value.longValue()));
            out.put(dim, values);
        }
    }

    /** How a snippet marks its matches (« », passages joined by …); {@link ClusterSearcher} marks them the same way. */
    static DefaultPassageFormatter snippetFormatter() {
        return new DefaultPassageFormatter("«", "»", " … ", false);
    }

    private UnifiedHighlighter highlighter() {
        return UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(snippetFormatter())
                .withMaxLength(2_000_000)
                .build();
    }

    private List<SearchHit> taskHits(TopDocs top, Query text, Query highlight) throws IOException {
        String[] snippets = highlight == null ? new String[top.scoreDocs.length]
                : highlighter().highlight(Fields.TEXT, highlight, top, 1);
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < top.scoreDocs.length; i++) {
            Document d = stored.document(top.scoreDocs[i].doc);
            hits.add(hit(d, top.scoreDocs[i].score, snippets[i], d.get(Fields.SECTION), null, page(d)));
        }
        return hits;
    }

    /** Per document: the best-matching passage gives section, page and snippet (else the whole text does). */
    private List<SearchHit> documentHits(TopDocs top, Query text, Query highlight, boolean browse) throws IOException {
        StoredFields stored = searcher.storedFields();
        ScoreDoc[] units = new ScoreDoc[top.scoreDocs.length];
        for (int i = 0; i < units.length; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            units[i] = sd;
            if (browse) continue;
            String docId = stored.document(sd.doc).get(Fields.DOC_ID);
            Query inDoc = new BooleanQuery.Builder()
                    .add(text, BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_PASSAGE)), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(Fields.DOC_ID, docId)), BooleanClause.Occur.FILTER)
                    .build();
            TopDocs best = searcher.search(inDoc, 1);
            if (best.scoreDocs.length > 0) units[i] = new ScoreDoc(best.scoreDocs[0].doc, sd.score);
        }
        String[] snippets = browse ? new String[units.length]
                : highlighter().highlight(Fields.TEXT, highlight, new TopDocs(top.totalHits, units), 1);
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < units.length; i++) {
            Document doc = stored.document(top.scoreDocs[i].doc);
            Document unit = units[i].doc == top.scoreDocs[i].doc ? doc : stored.document(units[i].doc);
            hits.add(hit(doc, top.scoreDocs[i].score, snippets[i], unit.get(Fields.SECTION), unit.get(Fields.HEADING), page(unit)));
        }
        return hits;
    }

    private static int page(Document d) {
        IndexableField f = d.getField(Fields.PAGE);
        return f == null ? 0 : f.numericValue().intValue();
    }

    static SearchHit hit(Document d, float score, String snippet, String section, String heading, int page) {
        Snippets.Snippet sn = Snippets.bound(snippet);
        return new SearchHit(d.get(Fields.DOC_ID), d.get(Fields.KIND), d.get(Fields.UNIT_ID), d.get(Fields.PATH),
                d.get(Fields.TITLE), d.get(Fields.NUMBER), section, heading, page, score,
                sn == null ? null : sn.marked(), sn == null ? null : sn.text(), sn == null ? List.of() : sn.highlights(),
                d.get(Fields.PROVINCE), d.get(Fields.PROVINCE_2025),
                d.get(Fields.ISSUER), d.get(Fields.YEAR), agencies(d, Fields.LEAD_NAME, Fields.LEAD_CANONICAL),
                agencies(d, Fields.COORDINATING_NAME, Fields.COORDINATING_CANONICAL), d.get(Fields.TIMEFRAME),
                d.get(Fields.DEADLINE), d.get(Fields.DOC_TYPE), d.get(Fields.ISSUED_DATE), d.get(Fields.WORK_ID),
                List.of(d.getValues(Fields.PATHS)),
                java.util.Arrays.stream(d.getValues(Fields.ALSO_AS)).map(AlsoAs::decode).toList());
    }

    private static List<SearchHit.AgencyName> agencies(Document d, String nameField, String canonicalField) {
        String[] names = d.getValues(nameField), canonical = d.getValues(canonicalField);
        List<SearchHit.AgencyName> out = new ArrayList<>(names.length);
        for (int i = 0; i < names.length; i++) {
            out.add(new SearchHit.AgencyName(names[i], i < canonical.length ? canonical[i] : names[i]));
        }
        return out;
    }

    @Override
    public Map<String, Object> document(String docId) throws IOException {
        Document doc = first(Fields.KIND_DOCUMENT, Fields.DOC_ID, docId);
        if (doc == null) return null;
        Map<String, Object> out = asMap(doc);
        out.put("tasks", units(Fields.KIND_TASK, docId));
        out.put("passages", units(Fields.KIND_PASSAGE, docId));
        return out;
    }

    /**
     * The work of every indexed file, by file name (every path of every version, secondary ones included): what an
     * evaluation needs to count a judged file's work once.
     */
    @Override
    public Map<String, String> workIdsByFileName() throws IOException {
        Map<String, String> out = new java.util.HashMap<>();
        TopDocs td = searcher.search(new TermQuery(new Term(Fields.KIND, Fields.KIND_DOCUMENT)), Math.max(1, reader.maxDoc()));
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc sd : td.scoreDocs) putWorkOfFiles(stored.document(sd.doc), out);
        return out;
    }

    /** File name to work id for each path of a document unit's stored fields ({@link #workIdsByFileName}). */
    static void putWorkOfFiles(Document d, Map<String, String> out) {
        String[] paths = d.getValues(Fields.PATHS);
        if (paths.length == 0) paths = new String[] {d.get(Fields.PATH)};
        for (String p : paths) if (p != null) out.put(java.nio.file.Path.of(p).getFileName().toString(), d.get(Fields.WORK_ID));
    }

    @Override
    public Map<String, Object> task(String unitId) throws IOException {
        Document d = first(Fields.KIND_TASK, Fields.UNIT_ID, unitId);
        return d == null ? null : asMap(d);
    }

    private Document first(String kind, String field, String value) throws IOException {
        TopDocs td = searcher.search(new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, kind)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER).build(), 1);
        return td.scoreDocs.length == 0 ? null : searcher.storedFields().document(td.scoreDocs[0].doc);
    }

    private List<Map<String, Object>> units(String kind, String docId) throws IOException {
        Query q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, kind)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Fields.DOC_ID, docId)), BooleanClause.Occur.FILTER).build();
        TopDocs td = searcher.search(q, 10_000, new Sort(SortField.FIELD_DOC));
        List<Map<String, Object>> out = new ArrayList<>();
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc sd : td.scoreDocs) out.add(asMap(stored.document(sd.doc)));
        return out;
    }

    static Map<String, Object> asMap(Document d) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (IndexableField f : d.getFields()) {
            Object v = f.numericValue() != null ? f.numericValue() : f.stringValue();
            if (v == null) continue;
            if (f.name().equals(Fields.ALSO_AS)) v = AlsoAs.decode((String) v);
            String name = f.name().equals(Fields.TEXT) ? "text" : f.name();
            Object prev = m.get(name);
            if (prev == null) m.put(name, v);
            else if (prev instanceof List<?> l) {
                @SuppressWarnings("unchecked") List<Object> lo = (List<Object>) l;
                lo.add(v);
            } else m.put(name, new ArrayList<>(List.of(prev, v)));
        }
        return m;
    }

    /** The matching before issue 17 ({@link SearchRequest.Matching#LEGACY}): Lucene syntax, folded bag of words. */
    static Query build(String userQuery, Analyzer analyzer) {
        try {
            QueryParser folded = new QueryParser(Fields.TEXT, analyzer);
            folded.setDefaultOperator(QueryParser.Operator.AND);
            folded.setSplitOnWhitespace(true);
            Query required = folded.parse(userQuery);
            QueryParser exact = new QueryParser(Fields.TEXT_EXACT, analyzer);
            exact.setDefaultOperator(QueryParser.Operator.AND);
            Query exactQ = exact.parse(userQuery);
            BooleanQuery.Builder b = new BooleanQuery.Builder()
                    .add(required, BooleanClause.Occur.MUST)
                    .add(new BoostQuery(exactQ, 2f), BooleanClause.Occur.SHOULD);
            // The whole query as a phrase, so adjacent syllables (a multi-syllable word) outrank scattered ones; not
            // when the user quoted (the phrase is then required already) or typed a single word (nothing to add).
            String plain = userQuery.replaceAll("[\"()+\\-!:^~*?\\[\\]{}]", " ").strip();
            if (!userQuery.contains("\"") && plain.contains(" ")) {
                QueryBuilder qb = new QueryBuilder(analyzer);
                Query phraseFolded = qb.createPhraseQuery(Fields.TEXT, plain);
                Query phraseExact = qb.createPhraseQuery(Fields.TEXT_EXACT, plain);
                if (phraseFolded != null) b.add(new BoostQuery(phraseFolded, 2f), BooleanClause.Occur.SHOULD);
                if (phraseExact != null) b.add(new BoostQuery(phraseExact, 3f), BooleanClause.Occur.SHOULD);
            }
            return b.build();
        } catch (ParseException e) {
            throw new IllegalArgumentException("cannot parse query '" + userQuery + "': " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}

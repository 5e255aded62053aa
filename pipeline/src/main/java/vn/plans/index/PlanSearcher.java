package vn.plans.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * Diacritic-insensitive search. A query must match in the folded field (all words, Lucene query syntax allowed:
 * quotes for phrases, OR, -); the same words in the exact field and the whole query as a phrase add to the
 * score, so {@code trẻ em} ranks documents spelling it that way above ones where only {@code tre em} matches.
 */
public final class PlanSearcher implements AutoCloseable {
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer = Fields.analyzer();

    public PlanSearcher(Path dir) throws IOException {
        this.reader = DirectoryReader.open(FSDirectory.open(dir));
        this.searcher = new IndexSearcher(reader);
    }

    public int unitCount() { return reader.numDocs(); }

    /**
     * @param kind "passage" (document search, one hit per document) or "task" (one hit per task)
     */
    public List<SearchHit> search(String userQuery, String kind, int limit) throws IOException {
        Query query = build(userQuery);
        Query filtered = new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(Fields.KIND, kind)), BooleanClause.Occur.FILTER)
                .build();
        boolean perDocument = kind.equals("passage");
        TopDocs top = searcher.search(filtered, perDocument ? Math.max(limit * 20, 200) : limit);
        List<ScoreDoc> chosen = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        StoredFields stored = searcher.storedFields();
        Map<Integer, Document> docs = new LinkedHashMap<>();
        for (ScoreDoc sd : top.scoreDocs) {
            Document d = stored.document(sd.doc);
            if (perDocument && !seen.add(d.get(Fields.DOC_ID))) continue;
            chosen.add(sd);
            docs.put(sd.doc, d);
            if (chosen.size() == limit) break;
        }
        TopDocs picked = new TopDocs(top.totalHits, chosen.toArray(new ScoreDoc[0]));
        UnifiedHighlighter hl = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("«", "»", " … ", false))
                .withMaxLength(100_000)
                .build();
        String[] snippets = hl.highlight(Fields.TEXT, query, picked, 1);
        List<SearchHit> hits = new ArrayList<>(chosen.size());
        for (int i = 0; i < chosen.size(); i++) {
            ScoreDoc sd = chosen.get(i);
            Document d = docs.get(sd.doc);
            hits.add(new SearchHit(d.get(Fields.DOC_ID), d.get(Fields.KIND), d.get(Fields.UNIT_ID), d.get(Fields.PATH),
                    d.get(Fields.TITLE), d.get(Fields.NUMBER), d.get(Fields.SECTION), d.get(Fields.HEADING),
                    d.getField(Fields.PAGE).numericValue().intValue(), sd.score,
                    snippets[i] == null ? null : snippets[i].replace('\n', ' ')));
        }
        return hits;
    }

    Query build(String userQuery) throws IOException {
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
            String plain = userQuery.replaceAll("[\"()+\\-!:^~*?\\[\\]{}]", " ").strip();
            QueryBuilder qb = new QueryBuilder(analyzer);
            Query phraseFolded = qb.createPhraseQuery(Fields.TEXT, plain);
            Query phraseExact = qb.createPhraseQuery(Fields.TEXT_EXACT, plain);
            if (phraseFolded != null) b.add(new BoostQuery(phraseFolded, 2f), BooleanClause.Occur.SHOULD);
            if (phraseExact != null) b.add(new BoostQuery(phraseExact, 3f), BooleanClause.Occur.SHOULD);
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

package vn.plans.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.plans.TestData;

/**
 * A search scores a document the same whether the index is one or is split into shards whose searchers are given
 * the whole index's term and field statistics, as OpenSearch's {@code dfs_query_then_fetch} gives them (issue 16:
 * the cluster must rank as the embedded index does). The documents are the seeds and the reference transcriptions
 * of corpus-dev, one document a file, dealt to two shards in turn (the references, then the seeds, each in file-name
 * order); a query mixing marked
 * and unmarked syllables ({@code Sơn La}) stands for every indexed spelling of the unmarked one, and one shard lacks
 * some of those spellings ({@code lá} is only in seed 000).
 */
class ShardScoresTest {
    private static final List<Directory> dirs = new ArrayList<>();
    private static IndexReader whole;
    private static final List<IndexReader> shards = new ArrayList<>();
    private static Spellings spellings;

    @BeforeAll
    static void index() throws IOException {
        List<Path> files = new ArrayList<>(texts(TestData.shared().resolve("corpus-dev/reference")));
        files.addAll(texts(TestData.corpus().resolve("seeds")));
        List<IndexWriter> writers = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            Directory d = new ByteBuffersDirectory();
            dirs.add(d);
            writers.add(new IndexWriter(d, new IndexWriterConfig(Fields.analyzer())));
        }
        for (int i = 0; i < files.size(); i++) {
            String text = Files.readString(files.get(i));
            Document doc = new Document();
            doc.add(new StoredField("id", files.get(i).getFileName().toString()));
            doc.add(new TextField(Fields.TEXT, text, Field.Store.NO));
            doc.add(new TextField(Fields.TEXT_EXACT, text, Field.Store.NO));
            writers.get(0).addDocument(doc);
            writers.get(2 - i % 2).addDocument(doc); // odd places to the first shard, even to the second
        }
        for (IndexWriter w : writers) w.close();
        whole = DirectoryReader.open(dirs.get(0));
        for (int k = 1; k < 3; k++) shards.add(DirectoryReader.open(dirs.get(k)));
        spellings = new Spellings(sink -> {
            for (var leaf : whole.leaves()) {
                var te = leaf.reader().terms(Fields.TEXT_EXACT).iterator();
                for (var t = te.next(); t != null; t = te.next()) {
                    String s = t.utf8ToString();
                    if (UserQuery.marked(s)) sink.accept(s);
                }
            }
        });
    }

    private static List<Path> texts(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }

    @AfterAll
    static void close() throws IOException {
        whole.close();
        for (IndexReader r : shards) r.close();
        for (Directory d : dirs) d.close();
    }

    @Test
    void aMixedRunScoresTheSameOnShardsAsOnTheWholeIndex() throws IOException {
        // the case the cluster got wrong: a shard that matches Sơn La lacks a spelling of 'la' the whole index has
        boolean lacking = false;
        for (IndexReader shard : shards) {
            if (new IndexSearcher(shard).count(parse("Sơn La", false)) == 0) continue;
            for (String s : spellings.variants("la")) lacking |= shard.docFreq(new Term(Fields.TEXT_EXACT, s)) == 0;
        }
        assertTrue(lacking, "a shard matching 'Sơn La' lacks one of " + spellings.variants("la"));
        for (String q : List.of("Sơn La", "Sở Lao động", "trẻ em khuyết tật", "huấn luyện kỹ thuật an toàn", "Ủy ban nhan dan tinh")) {
            for (boolean forgiving : new boolean[] {false, true}) sameScores(q, forgiving);
        }
    }

    @Test
    void aMixedRunMatchesExactlyWhatTheMarkedSyllablesAndAnySpellingOfTheOthersMatch() throws IOException {
        IndexSearcher s = new IndexSearcher(whole);
        // the meaning of the words: 'sơn' as typed, then 'la' in any of its spellings, in sequence (slop 1)
        MultiPhraseQuery.Builder sonLa = new MultiPhraseQuery.Builder().setSlop(UserQuery.SLOP);
        sonLa.add(new Term(Fields.TEXT_EXACT, "sơn"));
        sonLa.add(spellings.variants("la").stream().map(v -> new Term(Fields.TEXT_EXACT, v)).toArray(Term[]::new));
        Map<String, Float> expected = scores(s, sonLa.build());
        assertFalse(expected.isEmpty(), "'Sơn La' is in TB-1894");
        assertEquals(expected.keySet(), scores(s, parse("Sơn La", false)).keySet());
        // a longer run of many spellings (more combinations than a query spells out) still means the same
        MultiPhraseQuery.Builder ubnd = new MultiPhraseQuery.Builder().setSlop(UserQuery.SLOP);
        ubnd.add(new Term(Fields.TEXT_EXACT, "ủy"));
        for (String w : List.of("ban", "nhan", "dan", "tinh")) {
            ubnd.add(spellings.variants(w).stream().map(v -> new Term(Fields.TEXT_EXACT, v)).toArray(Term[]::new));
        }
        Query long5 = parse("Ủy ban nhan dan tinh", false);
        assertEquals(scores(s, ubnd.build()).keySet(), scores(s, long5).keySet());
        assertFalse(scores(s, long5).isEmpty(), "the seeds print 'Ủy ban nhân dân tỉnh'");
        assertTrue(scoringMultiPhrase(long5) == 0, "a multi-spelling phrase is only a filter: " + long5);
        // and the cluster can be sent both
        assertNotNull(QueryDsl.of(parse("Sơn La", false)));
        assertNotNull(QueryDsl.of(long5));
    }

    @Test
    void everyQueryOfTheRelevanceSetTranslatesForTheCluster() throws IOException {
        List<String> lines = Files.readAllLines(TestData.corpus().resolve("search-relevance/queries.tsv"));
        int n = 0;
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String q = line.split("\t")[3];
            // the legacy matching is not sent to a cluster (its parser makes regexp queries of '146/2025/NĐ-CP')
            for (SearchRequest.Matching m : List.of(SearchRequest.Matching.PRECISE, SearchRequest.Matching.FORGIVING)) {
                PlanSearcher.Plan plan = PlanSearcher.plan(new SearchRequest(q, false, Map.of(), 10, 0, m), Fields.analyzer(),
                        spellings::variants, spellings::foldedMatching);
                assertNotNull(QueryDsl.of(plan.base()), q + " " + m); // throws naming a query type it cannot send
                n++;
            }
        }
        assertEquals(64, n, "32 queries, 2 matchings");
    }

    private static void sameScores(String q, boolean forgiving) throws IOException {
        Query query = parse(q, forgiving);
        IndexSearcher one = new IndexSearcher(whole);
        Map<String, Float> expected = scores(one, query), got = new TreeMap<>();
        for (IndexReader shard : shards) got.putAll(scores(dfs(shard, one), query));
        assertEquals(expected.keySet(), got.keySet(), q);
        for (var e : expected.entrySet()) {
            assertEquals(e.getValue(), got.get(e.getKey()), 1e-5f * Math.max(1f, e.getValue()),
                    "'" + q + "'" + (forgiving ? " (forgiving)" : "") + ": " + e.getKey() + " on its shard vs the whole index");
        }
    }

    private static Query parse(String q, boolean forgiving) {
        return UserQuery.parse(q, Fields.analyzer(), spellings::variants, forgiving).query();
    }

    /** A shard's searcher with the statistics of the whole index, as dfs_query_then_fetch gives them. */
    private static IndexSearcher dfs(IndexReader shard, IndexSearcher all) {
        return new IndexSearcher(shard) {
            @Override
            public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq) throws IOException {
                TermStates ts = TermStates.build(all, term, true);
                return all.termStatistics(term, ts.docFreq(), ts.totalTermFreq());
            }

            @Override
            public CollectionStatistics collectionStatistics(String field) throws IOException {
                return all.collectionStatistics(field);
            }
        };
    }

    private static Map<String, Float> scores(IndexSearcher s, Query q) throws IOException {
        Map<String, Float> out = new TreeMap<>();
        for (ScoreDoc sd : s.search(q, 1000).scoreDocs) out.put(s.storedFields().document(sd.doc).get("id"), sd.score);
        return out;
    }

    /** The MultiPhraseQueries in scoring clauses of q (a FILTER clause does not score). */
    private static int scoringMultiPhrase(Query q) {
        int[] n = {0};
        q.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query query, Term... terms) {
                if (query instanceof MultiPhraseQuery) n[0]++;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.FILTER ? QueryVisitor.EMPTY_VISITOR : this;
            }
        });
        return n[0];
    }
}

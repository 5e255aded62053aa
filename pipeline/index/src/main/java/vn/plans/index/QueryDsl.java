package vn.plans.index;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;

/**
 * The Lucene query a search builds ({@link PlanSearcher#plan}) as OpenSearch query DSL that makes the nodes build
 * the same Lucene query: {@code term}, {@code match_phrase} (with {@link ClusterIndex#PHRASE_ANALYZER}, which turns
 * {@code a|b} into terms at one position, so a {@link MultiPhraseQuery} stays one), {@code bool} (pure negative
 * clauses not adjusted, as in Lucene), {@code boost}, {@code constant_score}, {@code prefix}, {@code wildcard},
 * {@code range} on the document day, {@code match_all} and {@code match_none}. The terms are already analysed
 * (the index holds the analysed tokens, {@link ClusterIndex}), so the nodes analyse nothing but whitespace.
 * Any other query type is an IllegalArgumentException naming it.
 */
final class QueryDsl {
    private QueryDsl() {}

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    static ObjectNode of(Query q) {
        if (q instanceof BoostQuery b) {
            ObjectNode bool = F.objectNode();
            bool.putArray("must").add(of(b.getQuery()));
            bool.put("boost", b.getBoost());
            return wrap("bool", bool);
        }
        if (q instanceof TermQuery t) {
            ObjectNode v = F.objectNode().put("value", t.getTerm().text());
            return wrap("term", F.objectNode().set(t.getTerm().field(), v));
        }
        if (q instanceof PhraseQuery p) {
            int[] pos = p.getPositions();
            for (int i = 0; i < pos.length; i++) {
                if (pos[i] != i) throw new IllegalArgumentException("phrase with position gaps: " + p);
            }
            List<String> words = new ArrayList<>();
            for (Term t : p.getTerms()) words.add(t.text());
            return phrase(p.getField(), words, p.getSlop());
        }
        if (q instanceof MultiPhraseQuery mp) {
            int[] pos = mp.getPositions();
            for (int i = 0; i < pos.length; i++) {
                if (pos[i] != i) throw new IllegalArgumentException("phrase with position gaps: " + mp);
            }
            List<String> words = new ArrayList<>();
            String field = null;
            for (Term[] at : mp.getTermArrays()) {
                StringBuilder sb = new StringBuilder();
                for (Term t : at) {
                    if (!sb.isEmpty()) sb.append('|');
                    sb.append(t.text());
                    field = t.field();
                }
                words.add(sb.toString());
            }
            return phrase(field, words, mp.getSlop());
        }
        if (q instanceof BooleanQuery bq) {
            ObjectNode bool = F.objectNode();
            for (BooleanClause c : bq.clauses()) {
                String occur = switch (c.occur()) {
                    case MUST -> "must";
                    case SHOULD -> "should";
                    case MUST_NOT -> "must_not";
                    case FILTER -> "filter";
                };
                ArrayNode a = bool.has(occur) ? (ArrayNode) bool.get(occur) : bool.putArray(occur);
                a.add(of(c.query()));
            }
            if (bq.getMinimumNumberShouldMatch() > 0) bool.put("minimum_should_match", bq.getMinimumNumberShouldMatch());
            bool.put("adjust_pure_negative", false);
            return wrap("bool", bool);
        }
        if (q instanceof ConstantScoreQuery cs) {
            return wrap("constant_score", F.objectNode().set("filter", of(cs.getQuery())));
        }
        if (q instanceof PrefixQuery p) {
            Term t = p.getPrefix();
            return wrap("prefix", F.objectNode().set(t.field(), F.objectNode().put("value", t.text())));
        }
        if (q instanceof WildcardQuery w) {
            Term t = w.getTerm();
            return wrap("wildcard", F.objectNode().set(t.field(), F.objectNode().put("value", t.text())));
        }
        if (q instanceof PointRangeQuery r && r.getField().equals(Fields.ISSUED_DAY) && r.getNumDims() == 1) {
            int lo = IntPoint.decodeDimension(r.getLowerPoint(), 0), hi = IntPoint.decodeDimension(r.getUpperPoint(), 0);
            ObjectNode range = F.objectNode();
            if (lo != Integer.MIN_VALUE) range.put("gte", lo);
            if (hi != Integer.MAX_VALUE) range.put("lte", hi);
            return wrap("range", F.objectNode().set(Fields.ISSUED_DAY, range));
        }
        if (q instanceof MatchAllDocsQuery) return wrap("match_all", F.objectNode());
        if (q instanceof MatchNoDocsQuery) return wrap("match_none", F.objectNode());
        throw new IllegalArgumentException("no query DSL for " + q.getClass().getSimpleName() + ": " + q);
    }

    private static ObjectNode phrase(String field, List<String> words, int slop) {
        ObjectNode v = F.objectNode().put("query", String.join(" ", words)).put("slop", slop)
                .put("analyzer", ClusterIndex.PHRASE_ANALYZER);
        return wrap("match_phrase", F.objectNode().set(field, v));
    }

    private static ObjectNode wrap(String type, ObjectNode body) {
        ObjectNode o = F.objectNode();
        o.set(type, body);
        return o;
    }
}

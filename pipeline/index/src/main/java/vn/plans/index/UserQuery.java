package vn.plans.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import vn.plans.normalize.Folding;

/**
 * Turns what a user typed into a Lucene query without ever failing. The syntax is small: words, {@code "quoted
 * phrases"}, {@code -excluded}, {@code a OR b}, wildcards ({@code *}, {@code ?}) and document codes
 * ({@code 2242/KH-SCT}, {@code 181/2024}, {@code QĐ-TTg}). Anything else is read as words; an unclosed quote is
 * closed at the end of the query and reported as a {@link Parsed#hint() hint}.
 *
 * <p>Matching is precise by default: a word typed with marks matches those marks (tone placement canonical, so
 * {@code hoà} = {@code hòa}), a word typed without marks matches any marking, and consecutive words are matched
 * as a syllable sequence (a phrase with slop 1; runs of more than four words as overlapping pairs, the whole run
 * adding to the score), never as a bag of syllables: {@code Sơn La} does not match {@code Sơn ... là}. Forgiving
 * mode folds every word first (diacritics ignored) and ranks the precise matches first.
 *
 * <p>Every clause comes with a folded twin for highlighting (the highlighted field is the folded one).
 */
final class UserQuery {
    /** The query to run, the query to highlight with (over {@link Fields#TEXT}), and a hint for the user or null. */
    record Parsed(Query query, Query highlight, String hint, boolean browse) {}

    static final int SLOP = 1;
    private static final int WHOLE_PHRASE_MAX = 4;
    /** At most this many spelled-out phrases for one sequence of marked and unmarked syllables ({@link #sub}). */
    static final int MAX_SPELLED_PHRASES = 64;
    /** At most this many spelled-out phrases in one query (Lucene's and OpenSearch's limit is 1,024 clauses). */
    static final int MAX_SPELLED_PHRASES_PER_QUERY = 256;
    private static final Pattern CODE = Pattern.compile(
            "(?U)(?=.*\\d)[\\w.]+(?:\\s*/\\s*[\\w.&\\-]+)+|\\p{Lu}[\\p{Lu}\\p{Ll}]{0,5}(?:-[\\p{Lu}\\p{Ll}&]+)+");

    private final Analyzer analyzer;
    private final Function<String, List<String>> variants;
    /** Folded forms of the exact-field terms a marked wildcard pattern matches (for highlighting); may be null. */
    private final Function<java.util.regex.Pattern, List<String>> foldedMatching;
    private final boolean forgiving;
    private final List<String> hints = new ArrayList<>();
    private int phrasesLeft = MAX_SPELLED_PHRASES_PER_QUERY;

    /**
     * @param variants the exact-field spellings of a folded syllable present in the index ({@code la} to
     *     {@code la, là, lá, ...}); used where marked and unmarked words meet in one sequence
     */
    private UserQuery(Analyzer analyzer, Function<String, List<String>> variants,
                      Function<java.util.regex.Pattern, List<String>> foldedMatching, boolean forgiving) {
        this.foldedMatching = foldedMatching;
        this.analyzer = analyzer;
        this.variants = variants;
        this.forgiving = forgiving;
    }

    static Parsed parse(String text, Analyzer analyzer, Function<String, List<String>> variants, boolean forgiving) {
        return parse(text, analyzer, variants, null, forgiving);
    }

    /** @param foldedMatching folded forms of the exact terms a pattern matches, so that {@code Trẻ*} highlights
     *  {@code trẻ}/{@code trẻo}, not {@code trên} (highlights run on the folded field) */
    static Parsed parse(String text, Analyzer analyzer, Function<String, List<String>> variants,
                        Function<java.util.regex.Pattern, List<String>> foldedMatching, boolean forgiving) {
        return new UserQuery(analyzer, variants, foldedMatching, forgiving).parse(text == null ? "" : text);
    }

    private record Item(Query query, Query highlight) {}

    private Parsed parse(String text) {
        List<Item> must = new ArrayList<>(), not = new ArrayList<>();
        List<String> run = new ArrayList<>();
        int i = 0, n = text.length();
        boolean negate = false, or = false;
        while (i <= n) {
            char c = i < n ? text.charAt(i) : ' ';
            if (Character.isWhitespace(c) || i == n) {
                i++;
                continue;
            }
            Item item;
            if (c == '-' && !negate && i + 1 < n && !Character.isWhitespace(text.charAt(i + 1)) && startsWord(text, i)) {
                negate = true;
                i++;
                continue;
            }
            if (c == '"') {
                int end = text.indexOf('"', i + 1);
                String inner;
                if (end < 0) {
                    inner = text.substring(i + 1);
                    hints.add("unclosed quote: searched for \"" + inner.strip() + "\" as a phrase");
                    i = n;
                } else {
                    inner = text.substring(i + 1, end);
                    i = end + 1;
                }
                item = phrase(words(inner), 0);
                if (item == null) {
                    negate = false;
                    continue;
                }
                flush(run, must);
            } else {
                int end = i;
                while (end < n && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"') end++;
                String chunk = text.substring(i, end);
                i = end;
                if (chunk.equals("OR") && !must.isEmpty() || chunk.equals("OR") && !run.isEmpty()) {
                    flush(run, must);
                    or = true;
                    continue;
                }
                if (chunk.equals("AND") || chunk.equals("+")) continue;
                if (chunk.startsWith("+")) chunk = chunk.substring(1);
                if (CODE.matcher(chunk).matches()) {
                    item = code(chunk);
                } else if (chunk.indexOf('*') >= 0 || chunk.indexOf('?') >= 0) {
                    item = wildcard(chunk);
                } else if (!negate && !or) {
                    run.addAll(words(chunk));
                    continue;
                } else {
                    item = phrase(words(chunk), SLOP);
                }
                if (item == null) {
                    negate = false;
                    continue;
                }
                if (!negate && !or) flush(run, must);
            }
            if (negate) {
                not.add(item);
                negate = false;
            } else if (or) {
                flush(run, must);
                Item prev = must.isEmpty() ? null : must.remove(must.size() - 1);
                must.add(prev == null ? item : either(prev, item));
                or = false;
            } else {
                must.add(item);
            }
        }
        if (or) hints.add("OR at the end of the query was ignored");
        flush(run, must);
        String hint = hints.isEmpty() ? null : String.join("; ", hints);
        if (must.isEmpty()) {
            if (!not.isEmpty() || text.isBlank() || text.strip().chars().allMatch(ch -> ch == '*')) {
                must.add(new Item(new MatchAllDocsQuery(), null));
            } else {
                String h = "nothing searchable in '" + text.strip() + "'";
                return new Parsed(new MatchNoDocsQuery(), null, hint == null ? h : hint + "; " + h, false);
            }
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder(), hl = new BooleanQuery.Builder();
        boolean anyHl = false, browse = true;
        for (Item it : must) {
            q.add(it.query(), BooleanClause.Occur.MUST);
            if (!(it.query() instanceof MatchAllDocsQuery)) browse = false;
            if (it.highlight() != null) {
                hl.add(it.highlight(), BooleanClause.Occur.SHOULD);
                anyHl = true;
            }
        }
        for (Item it : not) q.add(it.query(), BooleanClause.Occur.MUST_NOT);
        return new Parsed(q.build(), anyHl ? hl.build() : null, hint, browse && not.isEmpty());
    }

    private static boolean startsWord(String text, int i) {
        return i == 0 || Character.isWhitespace(text.charAt(i - 1));
    }

    private static Item either(Item a, Item b) {
        Query q = new BooleanQuery.Builder().add(a.query(), BooleanClause.Occur.SHOULD)
                .add(b.query(), BooleanClause.Occur.SHOULD).build();
        BooleanQuery.Builder h = new BooleanQuery.Builder();
        if (a.highlight() != null) h.add(a.highlight(), BooleanClause.Occur.SHOULD);
        if (b.highlight() != null) h.add(b.highlight(), BooleanClause.Occur.SHOULD);
        return new Item(q, h.build());
    }

    private void flush(List<String> run, List<Item> must) {
        if (run.isEmpty()) return;
        Item item = phrase(run, SLOP);
        run.clear();
        if (item != null) must.add(item);
    }

    /** The syllables of some text: exact analysis (canonical tone, lower case), punctuation dropped. */
    private List<String> words(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(Fields.TEXT_EXACT, text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(t.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // analysing a string does no I/O
        }
        return out;
    }

    static boolean marked(String syllable) {
        for (int i = 0; i < syllable.length(); i++) if (syllable.charAt(i) >= 0x80) return true;
        return false;
    }

    /** A syllable sequence; null when there is none. */
    private Item phrase(List<String> syllables, int slop) {
        if (syllables.isEmpty()) return null;
        Query precise = sequence(syllables, slop, false);
        Query folded = sequence(syllables, slop, true);
        Query hl = foldedPhrase(syllables, 0, syllables.size(), slop);
        if (!forgiving) return new Item(precise, hl);
        if (precise.equals(folded)) return new Item(folded, hl);
        Query q = new BooleanQuery.Builder().add(folded, BooleanClause.Occur.MUST)
                .add(new BoostQuery(precise, 2f), BooleanClause.Occur.SHOULD).build();
        return new Item(q, hl);
    }

    /**
     * The sequence as a query: on the folded field when every syllable is unmarked (or {@code fold}), on the exact
     * field when every one is marked, else on the exact field with each unmarked syllable standing for all its
     * spellings. Longer runs require each adjacent pair and score the whole run.
     */
    private Query sequence(List<String> syl, int slop, boolean fold) {
        if (syl.size() <= WHOLE_PHRASE_MAX) return sub(syl, 0, syl.size(), slop, fold);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (int k = 0; k + 1 < syl.size(); k++) b.add(sub(syl, k, k + 2, slop, fold), BooleanClause.Occur.MUST);
        b.add(new BoostQuery(sub(syl, 0, syl.size(), slop, fold), 2f), BooleanClause.Occur.SHOULD);
        return b.build();
    }

    /**
     * A sequence mixing marked and unmarked syllables: the exact field, each unmarked syllable standing for its
     * indexed spellings. Spelled out, it is one phrase per combination of spellings, any of them matching, each scored
     * as a phrase ({@code Sơn La}: {@code "sơn la"}, {@code "sơn là"}, {@code "sơn lá"} ...). That form scores a
     * document the same on a shard of a cluster as in the whole index ({@code dfs_query_then_fetch} supplies the
     * whole index's statistics, and a phrase matches a shard's document only where the shard holds all its terms),
     * which one {@link MultiPhraseQuery} does not: Lucene's phrase weight adds the statistics of only the spellings
     * the shard itself holds ({@code docFreq > 0} on the shard, before it asks for the dfs statistics), so a shard
     * lacking {@code lá} scored {@code Sơn La} lower than the whole index (issue 16). Beyond
     * {@link #MAX_SPELLED_PHRASES} combinations for one sequence, or {@link #MAX_SPELLED_PHRASES_PER_QUERY} for the
     * whole query (a query of Lucene and OpenSearch may hold at most 1,024 clauses), the sequence is the
     * {@link MultiPhraseQuery} as a filter, scored by the folded phrase: the same documents, a score that is the same
     * on every shard too, but that counts the folded sequence (marks the user typed ignored in the score, not in what
     * matches).
     */
    private Query sub(List<String> syl, int from, int to, int slop, boolean fold) {
        boolean anyMarked = false, allMarked = true;
        for (int k = from; k < to; k++) {
            boolean m = marked(syl.get(k));
            anyMarked |= m;
            allMarked &= m;
        }
        if (fold || !anyMarked) return foldedPhrase(syl, from, to, slop);
        if (to - from == 1) return new TermQuery(new Term(Fields.TEXT_EXACT, syl.get(from)));
        if (allMarked) {
            PhraseQuery.Builder p = new PhraseQuery.Builder().setSlop(slop);
            for (int k = from; k < to; k++) p.add(new Term(Fields.TEXT_EXACT, syl.get(k)));
            return p.build();
        }
        List<List<String>> at = new ArrayList<>();
        long combinations = 1;
        for (int k = from; k < to; k++) {
            String s = syl.get(k);
            List<String> spellings = marked(s) ? List.of(s) : variants.apply(s);
            at.add(spellings);
            combinations = Math.min(combinations * spellings.size(), MAX_SPELLED_PHRASES + 1);
        }
        if (combinations <= MAX_SPELLED_PHRASES && combinations <= phrasesLeft) {
            phrasesLeft -= (int) combinations;
            List<PhraseQuery> phrases = new ArrayList<>();
            spell(at, 0, new ArrayList<>(), slop, phrases);
            if (phrases.size() == 1) return phrases.get(0);
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            for (PhraseQuery p : phrases) b.add(p, BooleanClause.Occur.SHOULD);
            return b.build();
        }
        MultiPhraseQuery.Builder p = new MultiPhraseQuery.Builder().setSlop(slop);
        for (List<String> spellings : at) {
            Term[] terms = new Term[spellings.size()];
            for (int j = 0; j < terms.length; j++) terms[j] = new Term(Fields.TEXT_EXACT, spellings.get(j));
            p.add(terms);
        }
        return new BooleanQuery.Builder().add(foldedPhrase(syl, from, to, slop), BooleanClause.Occur.MUST)
                .add(p.build(), BooleanClause.Occur.FILTER).build();
    }

    /** Every phrase of one spelling per position, in order (the product of the positions' spellings). */
    private static void spell(List<List<String>> at, int k, List<String> chosen, int slop, List<PhraseQuery> out) {
        if (k == at.size()) {
            PhraseQuery.Builder p = new PhraseQuery.Builder().setSlop(slop);
            for (String s : chosen) p.add(new Term(Fields.TEXT_EXACT, s));
            out.add(p.build());
            return;
        }
        for (String s : at.get(k)) {
            chosen.add(s);
            spell(at, k + 1, chosen, slop, out);
            chosen.remove(chosen.size() - 1);
        }
    }

    private static Query foldedPhrase(List<String> syl, int from, int to, int slop) {
        if (to - from == 1) return new TermQuery(new Term(Fields.TEXT, Folding.fold(syl.get(from))));
        PhraseQuery.Builder p = new PhraseQuery.Builder().setSlop(slop);
        for (int k = from; k < to; k++) p.add(new Term(Fields.TEXT, Folding.fold(syl.get(k))));
        return p.build();
    }

    /**
     * A document code as typed: the code's syllables in sequence in the text (so {@code 2242/KH-SCT} also finds
     * the documents that cite it), and the document's own number (the {@link Fields#NUMBER_CODE} keyword field,
     * equal or starting with the code) ranking its document first.
     */
    private Item code(String chunk) {
        String key = Fields.codeKey(chunk);
        List<String> syl = new ArrayList<>();
        for (String w : words(chunk)) syl.add(Folding.fold(w));
        Query own = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.NUMBER_CODE, key)), BooleanClause.Occur.SHOULD)
                .add(new PrefixQuery(new Term(Fields.NUMBER_CODE, key + "/")), BooleanClause.Occur.SHOULD)
                .add(new PrefixQuery(new Term(Fields.NUMBER_CODE, key + "-")), BooleanClause.Occur.SHOULD).build();
        Query inText = syl.isEmpty() ? new MatchNoDocsQuery() : foldedPhrase(syl, 0, syl.size(), 0);
        Query q = new BooleanQuery.Builder()
                .add(inText, BooleanClause.Occur.SHOULD)
                .add(new BoostQuery(own, 20f), BooleanClause.Occur.SHOULD)
                .setMinimumNumberShouldMatch(1).build();
        return new Item(q, syl.isEmpty() ? null : inText);
    }

    /** A word with {@code *} or {@code ?}: normalized like the field it runs on (marked: exact, else folded). */
    private Item wildcard(String chunk) {
        String core = chunk.replaceAll("[^\\p{L}\\p{N}*?]", "");
        if (core.replace("*", "").replace("?", "").isEmpty()) {
            if (core.isEmpty()) return null;
            return new Item(new MatchAllDocsQuery(), null);
        }
        boolean exact = !forgiving && marked(analyzer.normalize(Fields.TEXT_EXACT, core).utf8ToString());
        String field = exact ? Fields.TEXT_EXACT : Fields.TEXT;
        String pattern = analyzer.normalize(field, core).utf8ToString();
        Query q = new WildcardQuery(new Term(field, pattern));
        Query hl = new WildcardQuery(new Term(Fields.TEXT, analyzer.normalize(Fields.TEXT, core).utf8ToString()));
        if (exact && foldedMatching != null) {
            String regex = java.util.regex.Pattern.quote(pattern).replace("*", "\\E.*\\Q").replace("?", "\\E.\\Q");
            List<String> folded = foldedMatching.apply(java.util.regex.Pattern.compile(regex));
            if (!folded.isEmpty() && folded.size() <= 64) {
                BooleanQuery.Builder b = new BooleanQuery.Builder();
                for (String f : folded) b.add(new TermQuery(new Term(Fields.TEXT, f)), BooleanClause.Occur.SHOULD);
                hl = b.build();
            }
        }
        return new Item(q, hl);
    }
}

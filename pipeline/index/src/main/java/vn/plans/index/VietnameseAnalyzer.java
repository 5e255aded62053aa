package vn.plans.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Syllable tokens (Unicode word boundaries; Vietnamese writes one syllable per space-separated token), canonical
 * tone placement, lower case, and optionally diacritic folding.
 */
public final class VietnameseAnalyzer extends Analyzer {
    private final boolean fold;

    private VietnameseAnalyzer(boolean fold) { this.fold = fold; }

    /** NFC, canonical tone marks, lower case: {@code Uỷ ban} and {@code ủy ban} match, {@code uy ban} does not. */
    public static VietnameseAnalyzer exact() { return new VietnameseAnalyzer(false); }

    /** Diacritics removed, đ to d: {@code tre em} matches {@code trẻ em}. */
    public static VietnameseAnalyzer folded() { return new VietnameseAnalyzer(true); }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        tokenizer.setMaxTokenLength(64);
        TokenStream ts = new ToneCanonicalFilter(tokenizer);
        ts = new LowerCaseFilter(ts);
        if (fold) ts = new VietnameseFoldingFilter(ts);
        return new TokenStreamComponents(tokenizer, ts);
    }

    /**
     * The per-token filters without the tokenizer, for wildcard and prefix terms: {@code Trẻ*} becomes
     * {@code trẻ*} on the exact field and {@code tre*} on the folded one.
     */
    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        TokenStream ts = new ToneCanonicalFilter(in);
        ts = new LowerCaseFilter(ts);
        return fold ? new VietnameseFoldingFilter(ts) : ts;
    }
}

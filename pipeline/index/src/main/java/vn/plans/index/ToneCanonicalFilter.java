package vn.plans.index;

import org.apache.lucene.analysis.TokenStream;
import vn.plans.normalize.ToneMarks;

/** Moves each token's tone mark to its canonical vowel ({@code hoà} and {@code hòa} become one term). */
public final class ToneCanonicalFilter extends CachedTermFilter {
    public ToneCanonicalFilter(TokenStream in) { super(in, ToneMarks::canonicalize); }
}

package vn.plans.index;

import org.apache.lucene.analysis.TokenStream;
import vn.plans.normalize.Folding;

/** Removes Vietnamese diacritics and maps {@code đ} to {@code d}. */
public final class VietnameseFoldingFilter extends CachedTermFilter {
    public VietnameseFoldingFilter(TokenStream in) { super(in, Folding::fold); }
}

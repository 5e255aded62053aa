package vn.plans.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import vn.plans.normalize.Folding;

/** Removes Vietnamese diacritics and maps {@code đ} to {@code d}; offsets are untouched so highlights stay exact. */
public final class VietnameseFoldingFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public VietnameseFoldingFilter(TokenStream in) { super(in); }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) return false;
        String s = term.toString();
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) ascii = s.charAt(i) < 0x80;
        if (!ascii) term.setEmpty().append(Folding.fold(s));
        return true;
    }
}

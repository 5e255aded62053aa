package vn.plans.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import vn.plans.normalize.ToneMarks;

/** Moves each token's tone mark to its canonical vowel ({@code hoà} and {@code hòa} become one term). */
public final class ToneCanonicalFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public ToneCanonicalFilter(TokenStream in) { super(in); }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) return false;
        String s = term.toString();
        String c = ToneMarks.canonicalize(s);
        if (!c.equals(s)) term.setEmpty().append(c);
        return true;
    }
}

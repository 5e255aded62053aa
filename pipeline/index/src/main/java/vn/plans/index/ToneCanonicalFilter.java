package vn.plans.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import vn.plans.normalize.ToneMarks;

/**
 * Moves each token's tone mark to its canonical vowel ({@code hoà} and {@code hòa} become one term). ASCII tokens
 * pass untouched; results are cached per filter instance (Vietnamese has a few thousand syllables, and Lucene
 * reuses a filter per thread and field), which makes bulk indexing several times faster.
 */
public final class ToneCanonicalFilter extends TokenFilter {
    private static final int CACHE_LIMIT = 50_000;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final Map<String, String> cache = new HashMap<>();

    public ToneCanonicalFilter(TokenStream in) { super(in); }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) return false;
        char[] b = term.buffer();
        int len = term.length();
        boolean ascii = true;
        for (int i = 0; i < len && ascii; i++) ascii = b[i] < 0x80;
        if (ascii) return true;
        String s = term.toString();
        String c = cache.get(s);
        if (c == null) {
            c = ToneMarks.canonicalize(s);
            if (cache.size() >= CACHE_LIMIT) cache.clear();
            cache.put(s, c);
        }
        if (!c.equals(s)) term.setEmpty().append(c);
        return true;
    }
}

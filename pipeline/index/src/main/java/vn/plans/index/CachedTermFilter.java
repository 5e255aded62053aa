package vn.plans.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Rewrites each non-ASCII token with a text function ({@link ToneCanonicalFilter}, {@link VietnameseFoldingFilter});
 * ASCII tokens pass untouched and offsets are kept, so highlights stay exact. Results are cached per filter instance
 * (Vietnamese has a few thousand syllables, and Lucene reuses a filter per thread and field), which makes bulk
 * indexing several times faster.
 */
abstract class CachedTermFilter extends TokenFilter {
    private static final int CACHE_LIMIT = 50_000;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final Map<String, String> cache = new HashMap<>();
    private final UnaryOperator<String> map;

    CachedTermFilter(TokenStream in, UnaryOperator<String> map) {
        super(in);
        this.map = map;
    }

    @Override
    public final boolean incrementToken() throws IOException {
        if (!input.incrementToken()) return false;
        char[] b = term.buffer();
        int len = term.length();
        boolean ascii = true;
        for (int i = 0; i < len && ascii; i++) ascii = b[i] < 0x80;
        if (ascii) return true;
        String s = term.toString();
        String m = cache.get(s);
        if (m == null) {
            m = map.apply(s);
            if (cache.size() >= CACHE_LIMIT) cache.clear();
            cache.put(s, m);
        }
        if (!m.equals(s)) term.setEmpty().append(m);
        return true;
    }
}

package vn.plans.index;

import java.io.IOException;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Rewrites each non-ASCII token with a text function ({@link ToneCanonicalFilter}, {@link VietnameseFoldingFilter});
 * ASCII tokens pass untouched and offsets are kept, so highlights stay exact. Results are cached per filter instance
 * (Vietnamese has a few thousand syllables, and Lucene reuses a filter per thread and field), which makes bulk
 * indexing several times faster. The cache is looked up by the term's characters ({@link CharArrayMap}), so a token
 * seen before costs no string.
 */
abstract class CachedTermFilter extends TokenFilter {
    private static final int CACHE_LIMIT = 50_000;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final CharArrayMap<String> cache = new CharArrayMap<>(1024, false);
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
        String m = cache.get(b, 0, len);
        if (m == null) {
            String s = term.toString();
            m = map.apply(s);
            if (cache.size() >= CACHE_LIMIT) cache.clear();
            cache.put(s, m);
        }
        if (!same(m, b, len)) term.setEmpty().append(m);
        return true;
    }

    private static boolean same(String s, char[] b, int len) {
        if (s.length() != len) return false;
        for (int i = 0; i < len; i++) if (s.charAt(i) != b[i]) return false;
        return true;
    }
}

package vn.plans.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import vn.plans.normalize.Folding;

/**
 * Removes Vietnamese diacritics and maps {@code đ} to {@code d}; offsets are untouched so highlights stay exact.
 * Results are cached per filter instance, as in {@link ToneCanonicalFilter}.
 */
public final class VietnameseFoldingFilter extends TokenFilter {
    private static final int CACHE_LIMIT = 50_000;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final Map<String, String> cache = new HashMap<>();

    public VietnameseFoldingFilter(TokenStream in) { super(in); }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) return false;
        char[] b = term.buffer();
        int len = term.length();
        boolean ascii = true;
        for (int i = 0; i < len && ascii; i++) ascii = b[i] < 0x80;
        if (ascii) return true;
        String s = term.toString();
        String f = cache.get(s);
        if (f == null) {
            f = Folding.fold(s);
            if (cache.size() >= CACHE_LIMIT) cache.clear();
            cache.put(s, f);
        }
        term.setEmpty().append(f);
        return true;
    }
}

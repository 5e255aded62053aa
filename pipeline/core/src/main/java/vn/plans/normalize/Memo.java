package vn.plans.normalize;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The answers of a pure function of a word, kept: the text of a document repeats a few thousand syllables, and every
 * stage asks about them. Bounded: once full, new words are computed and not kept. Safe across threads.
 */
final class Memo<V> {
    private final int limit;
    private final Function<String, V> compute;
    private final ConcurrentHashMap<String, V> known = new ConcurrentHashMap<>();

    Memo(int limit, Function<String, V> compute) {
        this.limit = limit;
        this.compute = compute;
    }

    V get(String word) {
        V v = known.get(word);
        if (v != null) return v;
        v = compute.apply(word);
        if (known.size() < limit) known.put(word, v);
        return v;
    }
}

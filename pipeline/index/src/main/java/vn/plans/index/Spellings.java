package vn.plans.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import vn.plans.normalize.Folding;

/**
 * The marked spellings of the exact field's terms by folded form ({@code la}: là, lá, lạ ...), read from an index on
 * first use: what {@link UserQuery} needs where a word typed without marks meets marked ones. The embedded index reads
 * them from its terms (once: a searcher reads one fixed view of the index), the cluster from a terms aggregation, and
 * again when the index's {@link Version} has changed, asked at most once per interval (a cluster index is written
 * while its searchers run). Thread-safe.
 */
final class Spellings {
    /** Gives every marked term of the exact field to the sink (terms without marks may be left out). */
    interface Source {
        void forEachMarked(Consumer<String> sink) throws IOException;
    }

    /** A number that changes when the index's spellings may have (the cluster: its document count). */
    interface Version {
        long get() throws IOException;
    }

    private final Source source;
    private final Version version;
    private final long checkNanos;
    private volatile Map<String, List<String>> byFolded;
    private long seen;
    private volatile long checkedAt;

    /** Read once. */
    Spellings(Source source) {
        this(source, null, java.time.Duration.ZERO);
    }

    /** Read again when {@code version} has changed, asked at most once every {@code check}. */
    Spellings(Source source, Version version, java.time.Duration check) {
        this.source = source;
        this.version = version;
        this.checkNanos = check.toNanos();
    }

    /** The syllable folded, then its marked spellings in the index; the folded form is always the first. */
    List<String> variants(String unmarked) {
        String f = Folding.fold(unmarked);
        List<String> out = new ArrayList<>();
        out.add(f);
        out.addAll(byFolded().getOrDefault(f, List.of()));
        return out;
    }

    /** Folded forms of the marked terms the pattern matches in full. */
    List<String> foldedMatching(Pattern exact) {
        List<String> out = new ArrayList<>();
        byFolded().forEach((folded, spellings) -> {
            for (String s : spellings) {
                if (exact.matcher(s).matches()) {
                    out.add(folded);
                    break;
                }
            }
        });
        return out;
    }

    private Map<String, List<String>> byFolded() {
        Map<String, List<String>> v = byFolded;
        if (v != null && !due()) return v;
        synchronized (this) {
            if (byFolded != null && !due()) return byFolded;
            try {
                long now = version == null ? 0 : version.get(); // before the terms: a write in between is read next time
                checkedAt = System.nanoTime();
                if (byFolded == null || now != seen) {
                    byFolded = read();
                    seen = now;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return byFolded;
        }
    }

    private boolean due() {
        return version != null && System.nanoTime() - checkedAt >= checkNanos;
    }

    private Map<String, List<String>> read() throws IOException {
        Map<String, Set<String>> m = new HashMap<>();
        source.forEachMarked(s -> m.computeIfAbsent(Folding.fold(s), k -> new TreeSet<>()).add(s));
        Map<String, List<String>> out = new HashMap<>();
        m.forEach((k, set) -> out.put(k, List.copyOf(set)));
        return out;
    }
}

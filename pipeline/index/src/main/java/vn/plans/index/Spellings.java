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
 * The marked spellings of the exact field's terms by folded form ({@code la}: là, lá, lạ ...), read once from an
 * index on first use: what {@link UserQuery} needs where a word typed without marks meets marked ones. The embedded
 * index reads them from its terms, the cluster from a terms aggregation; both searchers share this map. Thread-safe.
 */
final class Spellings {
    /** Gives every marked term of the exact field to the sink (terms without marks may be left out). */
    interface Source {
        void forEachMarked(Consumer<String> sink) throws IOException;
    }

    private final Source source;
    private volatile Map<String, List<String>> byFolded;

    Spellings(Source source) {
        this.source = source;
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
        if (v == null) {
            synchronized (this) {
                if (byFolded == null) byFolded = read();
                v = byFolded;
            }
        }
        return v;
    }

    private Map<String, List<String>> read() {
        Map<String, Set<String>> m = new HashMap<>();
        try {
            source.forEachMarked(s -> m.computeIfAbsent(Folding.fold(s), k -> new TreeSet<>()).add(s));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<String>> out = new HashMap<>();
        m.forEach((k, set) -> out.put(k, List.copyOf(set)));
        return out;
    }
}

package vn.plans.index;

import java.util.HashMap;
import java.util.Map;
import vn.plans.lexicon.Lexicon;
import vn.plans.normalize.Folding;
import vn.plans.structure.AgencyNormalizer;

/**
 * The abbreviations filters resolve, read from the lists the pipeline already keeps (no list of its own): the
 * document-type number symbols of the lexicon's {@code [document_types]} ({@code KH} → {@code KE_HOACH}) and the
 * agency-name abbreviations the structure stage expands into canonical names ({@code structure/agency-abbreviations.tsv}:
 * {@code UBND} → {@code Ủy ban nhân dân}), keyed folded.
 */
final class Abbreviations {
    private static final Map<String, String> TYPES = new HashMap<>();
    private static final Map<String, String> WORDS = new HashMap<>();

    static {
        for (Lexicon.TypeEntry e : Lexicon.standard().documentTypes()) {
            for (String symbol : e.symbols()) TYPES.putIfAbsent(Folding.fold(symbol), e.type().name());
        }
        AgencyNormalizer.abbreviations().forEach((k, v) -> {
            if (!words(k).contains(" ")) WORDS.put(words(k), words(v));
        });
    }

    private Abbreviations() {}

    /** Folded, punctuation as spaces (as {@link Fields#key} compares); an abbreviation with punctuation inside
     *  ({@code GD&ĐT}) cannot be one word of a key and is left out. */
    private static String words(String s) {
        return Folding.fold(s).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** The DocumentType code a number symbol denotes ({@code kh} → {@code KE_HOACH}), else null. */
    static String type(String value) {
        return TYPES.get(Folding.fold(value.strip()));
    }

    /** Folded words with each abbreviation replaced by its words ({@code ubnd huyen} → {@code uy ban nhan dan huyen}). */
    static String expand(String folded) {
        StringBuilder sb = new StringBuilder();
        for (String w : folded.split(" ")) {
            if (w.isEmpty()) continue;
            if (!sb.isEmpty()) sb.append(' ');
            sb.append(WORDS.getOrDefault(w, w));
        }
        return sb.toString();
    }
}

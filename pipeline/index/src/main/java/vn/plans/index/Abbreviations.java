package vn.plans.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import vn.plans.normalize.Folding;

/**
 * The abbreviations filters resolve ({@code filter-abbreviations.tsv}): document-type number symbols
 * ({@code KH} → {@code KE_HOACH}) and words of agency names ({@code UBND} → {@code Ủy ban nhân dân}), keyed folded.
 */
final class Abbreviations {
    private static final Map<String, String> TYPES = new HashMap<>();
    private static final Map<String, String> WORDS = new HashMap<>();

    static {
        try (InputStream in = Abbreviations.class.getResourceAsStream("filter-abbreviations.tsv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Map<String, String> into = null;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                if (line.equals("[type]")) into = TYPES;
                else if (line.equals("[words]")) into = WORDS;
                else if (into != null) {
                    String[] kv = line.split("\\s*\\|\\s*", 2);
                    into.put(Folding.fold(kv[0]), into == TYPES ? kv[1] : Folding.fold(kv[1]));
                }
            }
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("cannot read filter-abbreviations.tsv", e));
        }
    }

    private Abbreviations() {}

    /** The DocumentType code a number symbol or type name denotes ({@code kh} → {@code KE_HOACH}), else null. */
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

package vn.plans.structure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.plans.normalize.Folding;

/**
 * The rules of the document identity as data ({@code structure/header-lexicon.tsv}): type lines and their codes,
 * the type codes of number symbols, the words an issuing body starts with, central bodies and their written names,
 * headings that are not issuers, enacting authorities, what ends a title, signers' titles. Printed forms are
 * matched without diacritics and case (OCR loses both), longest first.
 */
final class HeaderLexicon {
    /** One entry: its printed form, folded form and value (empty when the kind has none). */
    record Entry(String printed, String folded, String value) {}

    private final Map<String, List<Entry>> kinds = new LinkedHashMap<>();

    static final HeaderLexicon STANDARD = load("/structure/header-lexicon.tsv");

    static HeaderLexicon load(String resource) {
        HeaderLexicon lex = new HeaderLexicon();
        try (InputStream in = HeaderLexicon.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length < 2) throw new IllegalStateException(resource + ": bad line " + line);
                lex.kinds.computeIfAbsent(f[0], k -> new ArrayList<>())
                        .add(new Entry(f[1], key(f[1]), f.length > 2 ? f[2] : ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lex.kinds.values().forEach(l -> l.sort(Comparator.comparingInt((Entry e) -> e.folded().length()).reversed()));
        return lex;
    }

    /** Folded, lower case, single-spaced: the form entries are compared in. */
    static String key(String s) {
        return Folding.fold(s).toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    List<Entry> entries(String kind) {
        return kinds.getOrDefault(kind, List.of());
    }

    /** The longest entry of {@code kind} that {@code text} starts with as whole words; null when none. */
    Entry prefix(String kind, String text) {
        String k = key(text);
        for (Entry e : entries(kind)) {
            if (k.startsWith(e.folded()) && (k.length() == e.folded().length() || !Character.isLetterOrDigit(k.charAt(e.folded().length()))))
                return e;
        }
        return null;
    }

    /** The entry of {@code kind} equal to {@code text} (folded); null when none. */
    Entry exact(String kind, String text) {
        String k = key(text);
        for (Entry e : entries(kind)) if (e.folded().equals(k)) return e;
        return null;
    }

    /** The value of the entry of {@code kind} whose printed form is exactly {@code printed} (case kept); null when none. */
    String valueOf(String kind, String printed) {
        for (Entry e : entries(kind)) if (e.printed().equals(printed)) return e.value();
        return null;
    }
}

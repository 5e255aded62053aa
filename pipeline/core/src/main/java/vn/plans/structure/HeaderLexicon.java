package vn.plans.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.plans.lexicon.Lexicon;
import vn.plans.normalize.Folding;

/**
 * The rules of the document identity, read from the project's lexicon ({@code vn/plans/lexicon/lexicon.txt}): type
 * lines and the type codes of number symbols ({@code [document_types]}), the words an issuing body starts with
 * ({@code [issuer_bodies]}), central bodies and their written names ({@code [central_bodies]}), headings that are not
 * issuers ({@code [not_issuers]}), enacting authorities ({@code [enacting_authorities]}), what ends a title
 * ({@code [title_stops]}), signers' titles ({@code [signer_titles]}, each also with {@code PHÓ}). Printed forms are
 * matched without diacritics and case (OCR loses both), longest first.
 */
final class HeaderLexicon {
    /** One entry: its printed form, folded form and value (empty when the kind has none). */
    record Entry(String printed, String folded, String value) {}

    private final Map<String, List<Entry>> kinds = new LinkedHashMap<>();

    static final HeaderLexicon STANDARD = from(Lexicon.standard());

    static HeaderLexicon from(Lexicon lexicon) {
        HeaderLexicon lex = new HeaderLexicon();
        for (Lexicon.TypeEntry t : lexicon.documentTypes()) {
            lex.add("type", t.heading(), t.type().name());
            for (String sym : t.symbols()) lex.add("symbol", sym, t.type().name());
        }
        for (String b : lexicon.list("issuer_bodies")) lex.add("body", b, "");
        for (String c : lexicon.list("central_bodies")) {
            String[] f = c.split("\\s*\\|\\s*");
            lex.add("central", f[0], f.length > 1 ? f[1] : f[0]);
        }
        for (String n : lexicon.list("not_issuers")) lex.add("not-issuer", n, "");
        for (String e : lexicon.list("enacting_authorities")) lex.add("enacting", e, "");
        for (String t : lexicon.list("title_stops")) lex.add("title-stop", t, "");
        for (String t : lexicon.signerTitles()) { lex.add("signer-title", t, ""); lex.add("signer-title", "PHÓ " + t, ""); }
        lex.kinds.values().forEach(l -> l.sort(Comparator.comparingInt((Entry e) -> e.folded().length()).reversed()));
        return lex;
    }

    private void add(String kind, String printed, String value) {
        kinds.computeIfAbsent(kind, k -> new ArrayList<>()).add(new Entry(printed, key(printed), value));
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

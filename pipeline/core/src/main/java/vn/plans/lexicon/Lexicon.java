package vn.plans.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.plans.model.DocumentType;
import vn.plans.normalize.Folding;

/**
 * The shared word lists, loaded from {@code lexicon.txt} (format described at its top). Immutable and safe to share
 * across threads; {@link #standard()} is the project's resource, loaded once.
 */
public final class Lexicon {
    private static final String RESOURCE = "/vn/plans/lexicon/lexicon.txt";

    /** A document type, the type line as printed and the symbols it carries in document numbers. */
    public record TypeEntry(DocumentType type, String heading, List<String> symbols) {}

    private final Map<String, List<String>> lists;
    private final List<TypeEntry> types;
    private final Pattern appendixHeading;

    private Lexicon(Map<String, List<String>> lists) {
        this.lists = lists;
        List<TypeEntry> t = new ArrayList<>();
        for (String line : lists.getOrDefault("document_types", List.of())) {
            String[] f = line.split("\\s*\\|\\s*");
            DocumentType type = DocumentType.ofName(f[0].strip());
            if (type == null || f.length < 2) throw new IllegalStateException("lexicon: bad document type line: " + line);
            t.add(new TypeEntry(type, f[1].strip(), f.length > 2 ? List.of(f[2].strip().split("\\s+")) : List.of()));
        }
        this.types = List.copyOf(t);
        this.appendixHeading = lists.containsKey("appendix_markers")
                ? Pattern.compile("^\\s*(?:#+\\s*)?(?:\\*\\*)?(?:" + alternation("appendix_markers") + ")\\b.*")
                : Pattern.compile("(?!)");
    }

    private static final class Holder {
        static final Lexicon STANDARD = load();
    }

    /** The project's lexicon resource. */
    public static Lexicon standard() { return Holder.STANDARD; }

    static Lexicon load() {
        try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("lexicon resource missing: " + RESOURCE);
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Lexicon parse(List<String> lines) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        List<String> current = null;
        int n = 0;
        for (String raw : lines) {
            n++;
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
            if (line.isEmpty()) continue;
            if (line.startsWith("[") && line.endsWith("]")) {
                current = new ArrayList<>();
                if (lists.put(line.substring(1, line.length() - 1), current) != null) {
                    throw new IllegalStateException("lexicon line " + n + ": list " + line + " given twice");
                }
            } else if (current == null) {
                throw new IllegalStateException("lexicon line " + n + ": entry before any [list]: " + line);
            } else {
                current.add(line);
            }
        }
        Map<String, List<String>> frozen = new LinkedHashMap<>();
        lists.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new Lexicon(Map.copyOf(frozen));
    }

    /** The entries of a list, in file order. */
    public List<String> list(String name) {
        List<String> l = lists.get(name);
        if (l == null) throw new IllegalStateException("lexicon has no list [" + name + "]");
        return l;
    }

    /** The entries of a list as a regex alternation, each quoted, in file order. */
    public String alternation(String name) {
        return list(name).stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }

    // --- appendix markers

    /** True when the line is an appendix heading ({@code PHỤ LỤC}, {@code ## PHỤ LỤC I}, {@code **PHỤ LỤC**}). */
    public boolean isAppendixHeading(String line) {
        return appendixHeading.matcher(line).matches();
    }

    // --- document types

    public List<TypeEntry> documentTypes() { return types; }

    /** The type whose type line this line is, compared without diacritics ({@code KE HOACH} from OCR); else null. */
    public DocumentType typeOfHeading(String line) {
        String folded = Folding.fold(line.strip());
        for (TypeEntry e : types) if (Folding.fold(e.heading()).equals(folded)) return e.type();
        return null;
    }

    /** The type a number symbol stands for ({@code KH} → {@code KE_HOACH}); else null. */
    public DocumentType typeOfSymbol(String symbol) {
        for (TypeEntry e : types) if (e.symbols().contains(symbol)) return e.type();
        return null;
    }

    /** Every number symbol, for patterns such as {@code 61/KH-UBND}. */
    public List<String> numberSymbols() {
        List<String> out = new ArrayList<>();
        for (TypeEntry e : types) out.addAll(e.symbols());
        return out;
    }

    // --- the other lists, by name

    /** {@code tỉnh}, {@code thành phố}, {@code huyện} ... (lower case). */
    public List<String> administrativeLevels() { return list("administrative_levels"); }

    /** {@code ỦY BAN NHÂN DÂN}, {@code UBND}, {@code HỘI ĐỒNG NHÂN DÂN}. */
    public List<String> councilBodies() { return list("council_bodies"); }

    /** {@code Căn cứ}, {@code Thực hiện}, {@code Theo đề nghị} ... */
    public List<String> preambleOpeners() { return list("preamble_openers"); }

    /** Words an agency name opens with. */
    public List<String> agencyHeads() { return list("agency_heads"); }

    /** Heads that count only outside a collective ({@code Hội}). */
    public List<String> weakAgencyHeads() { return list("agency_heads_weak"); }

    /** Signer titles ({@code CHỦ TỊCH}, {@code GIÁM ĐỐC} ...), upper case. */
    public List<String> signerTitles() { return list("signer_titles"); }
}

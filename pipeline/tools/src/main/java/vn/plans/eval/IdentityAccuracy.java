package vn.plans.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import vn.plans.model.PlanDocument;
import vn.plans.normalize.ToneMarks;

/**
 * Per-field accuracy of the document identity (what an archivist catalogues: số và ký hiệu, tên loại, ngày, cơ quan
 * ban hành, trích yếu, người ký), per genre and per split (tune / held-out), at two levels: <em>exact</em> (the same
 * string, or both null) and <em>normalized</em> (equal after NFC, canonical tone placement, lower case, spaces
 * around {@code /} and {@code -} removed and spacing collapsed). A document counts once per field, so a missing value
 * where the gold has none is correct.
 */
public final class IdentityAccuracy {
    /** The identity fields, in report order, with how each is read from the prediction. */
    static final Map<String, Function<PlanDocument, String>> FIELDS = new LinkedHashMap<>();
    static {
        FIELDS.put("doc_type", d -> d.header().docType() == null ? null : d.header().docType().name());
        FIELDS.put("number", d -> d.header().number());
        FIELDS.put("issued_date", d -> d.header().issuedDate());
        FIELDS.put("issuer", d -> d.header().issuer());
        FIELDS.put("issuer_parent", d -> d.header().issuerParent());
        FIELDS.put("province", d -> d.header().province());
        FIELDS.put("place", d -> d.header().place());
        FIELDS.put("title", d -> d.header().title());
        FIELDS.put("signer.name", d -> d.header().signer() == null ? null : d.header().signer().name());
    }

    /** Correct counts of one field over some documents. */
    public static final class Count {
        int documents, exact, normalized;

        public int documents() { return documents; }
        public double exact() { return documents == 0 ? Double.NaN : (double) exact / documents; }
        public double normalized() { return documents == 0 ? Double.NaN : (double) normalized / documents; }
    }

    /** split → genre → field → count; genre {@code all} sums the genres. */
    private final Map<String, Map<String, Map<String, Count>>> counts = new TreeMap<>();

    void add(String split, String genre, GoldDocument gold, PlanDocument pred) {
        for (String g : List.of("all", genre)) {
            Map<String, Count> fields = counts.computeIfAbsent(split, k -> new TreeMap<>())
                    .computeIfAbsent(g, k -> new LinkedHashMap<>());
            for (Map.Entry<String, Function<PlanDocument, String>> f : FIELDS.entrySet()) {
                Count c = fields.computeIfAbsent(f.getKey(), k -> new Count());
                String want = goldValue(gold.header(), f.getKey());
                String got = f.getValue().apply(pred);
                c.documents++;
                if (Objects.equals(want, got)) c.exact++;
                if (Objects.equals(normalize(want), normalize(got))) c.normalized++;
            }
        }
    }

    /** The count for a split ({@code tune}, {@code heldout}), genre ({@code all} or a group) and field; null if none. */
    public Count get(String split, String genre, String field) {
        Map<String, Map<String, Count>> s = counts.get(split);
        Map<String, Count> g = s == null ? null : s.get(genre);
        return g == null ? null : g.get(field);
    }

    static String goldValue(GoldDocument.Header h, String field) {
        return switch (field) {
            case "doc_type" -> h.docType();
            case "number" -> h.number();
            case "issued_date" -> h.issuedDate();
            case "issuer" -> h.issuer();
            case "issuer_parent" -> h.issuerParent();
            case "province" -> h.province();
            case "place" -> h.place();
            case "title" -> h.title();
            case "signer.name" -> h.signer() == null ? null : h.signer().name();
            default -> throw new IllegalArgumentException(field);
        };
    }

    /** NFC, canonical tone marks, lower case, no spaces around {@code /} and {@code -}, single spaces. */
    public static String normalize(String s) {
        if (s == null) return null;
        String n = ToneMarks.canonicalize(s).toLowerCase(Locale.ROOT);
        return n.replaceAll("\\s*([/\\-–])\\s*", "$1").replaceAll("\\s+", " ").strip();
    }

    boolean isEmpty() { return counts.isEmpty(); }

    /** Genre by genre, each field's exact and normalized accuracy on the tune and held-out documents side by side. */
    String render() {
        if (counts.isEmpty()) return "";
        StringBuilder sb = new StringBuilder("== identity accuracy by genre (exact / normalized; tune | held-out)\n");
        java.util.Set<String> genres = new java.util.TreeSet<>();
        counts.values().forEach(m -> genres.addAll(m.keySet()));
        genres.remove("all");
        List<String> order = new java.util.ArrayList<>(List.of("all"));
        order.addAll(genres);
        for (String g : order) {
            Count t = get("tune", g, "doc_type"), h = get("heldout", g, "doc_type");
            sb.append(String.format(Locale.ROOT, "%-20s tune %3d docs | held-out %3d docs%n", g,
                    t == null ? 0 : t.documents, h == null ? 0 : h.documents));
            for (String f : FIELDS.keySet()) {
                sb.append(String.format(Locale.ROOT, "  %-16s %s | %s%n", f, cell(get("tune", g, f)), cell(get("heldout", g, f))));
            }
        }
        return sb.toString();
    }

    private static String cell(Count c) {
        return c == null || c.documents == 0 ? String.format(Locale.ROOT, "%13s", "-")
                : String.format(Locale.ROOT, "%5.3f / %5.3f", c.exact(), c.normalized());
    }

    Map<String, Object> toMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        counts.forEach((split, genres) -> {
            Map<String, Object> gm = new LinkedHashMap<>();
            genres.forEach((g, fields) -> {
                Map<String, Object> fm = new LinkedHashMap<>();
                fields.forEach((f, c) -> fm.put(f, Map.of("documents", c.documents, "exact", c.exact(), "normalized", c.normalized())));
                gm.put(g, fm);
            });
            out.put(split, gm);
        });
        return out;
    }
}

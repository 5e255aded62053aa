package vn.plans.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Scores per evaluation group and overall, rendered as a table or as a JSON-ready map. */
public final class EvalReport {
    /** Field scores at the two levels for one group. */
    public static final class Scores {
        private final Map<String, FieldScore> strict = new LinkedHashMap<>();
        private final Map<String, FieldScore> soft = new LinkedHashMap<>();
        int documents;

        public FieldScore strict(String field) { return strict.computeIfAbsent(field, k -> new FieldScore()); }
        public FieldScore soft(String field) { return soft.computeIfAbsent(field, k -> new FieldScore()); }
        public List<String> fields() { return new ArrayList<>(soft.keySet()); }
        public int documents() { return documents; }

        void addAll(Scores o) {
            documents += o.documents;
            o.strict.forEach((k, v) -> strict(k).addAll(v));
            o.soft.forEach((k, v) -> soft(k).addAll(v));
        }
    }

    private final Map<String, Scores> groups = new LinkedHashMap<>();
    private final List<String> skipped = new ArrayList<>();
    private final IdentityAccuracy identity = new IdentityAccuracy();
    private final List<String> mismatches = new ArrayList<>();

    /** Identity-field accuracy per genre and split. */
    public IdentityAccuracy identity() { return identity; }

    /** {@code file field: gold ≠ predicted} for the identity fields of tuning documents that differ after normalization. */
    public List<String> mismatches() { return mismatches; }

    void mismatches(String file, GoldDocument gold, vn.plans.model.PlanDocument pred) {
        IdentityAccuracy.FIELDS.forEach((f, get) -> {
            String want = IdentityAccuracy.goldValue(gold.header(), f), got = get.apply(pred);
            if (!java.util.Objects.equals(IdentityAccuracy.normalize(want), IdentityAccuracy.normalize(got)))
                mismatches.add(file + " " + f + ": " + want + " ≠ " + got);
        });
    }

    public Scores group(String name) { return groups.computeIfAbsent(name, k -> new Scores()); }
    public Map<String, Scores> groups() { return groups; }
    public List<String> skipped() { return skipped; }
    void skip(String why) { skipped.add(why); }

    /** All groups except those named (e.g. OCR text awaiting diacritic restoration). */
    public Scores overall(List<String> except) {
        Scores all = new Scores();
        groups.forEach((k, v) -> { if (!except.contains(k)) all.addAll(v); });
        return all;
    }

    public String render() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Scores> e : groups.entrySet()) table(sb, e.getKey(), e.getValue());
        sb.append(identity.render());
        for (String s : skipped) sb.append("skipped: ").append(s).append('\n');
        return sb.toString();
    }

    private static void table(StringBuilder sb, String name, Scores s) {
        sb.append(String.format(Locale.ROOT, "== %s (%d documents)%n", name, s.documents));
        sb.append(String.format(Locale.ROOT, "%-28s %6s %6s %6s   %6s %6s %6s   %5s%n", "field", "P", "R", "F1", "softP", "softR", "softF1", "gold"));
        for (String f : s.fields()) {
            FieldScore st = s.strict(f), so = s.soft(f);
            String strict = st.tp() + st.fp() + st.fn() == 0 ? String.format(Locale.ROOT, "%6s %6s %6s", "-", "-", "-")
                    : String.format(Locale.ROOT, "%6.3f %6.3f %6.3f", st.precision(), st.recall(), st.f1());
            sb.append(String.format(Locale.ROOT, "%-28s %s   %6.3f %6.3f %6.3f   %5d%n", f, strict,
                    so.precision(), so.recall(), so.f1(), so.tp() + so.fn()));
        }
    }

    public Map<String, Object> toMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        groups.forEach((g, s) -> {
            Map<String, Object> fields = new LinkedHashMap<>();
            for (String f : s.fields()) {
                fields.put(f, Map.of("strict", prf(s.strict(f)), "soft", prf(s.soft(f))));
            }
            out.put(g, Map.of("documents", s.documents, "fields", fields));
        });
        out.put("identity_accuracy", identity.toMap());
        out.put("skipped", skipped);
        return out;
    }

    private static Map<String, Object> prf(FieldScore f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("precision", f.precision());
        m.put("recall", f.recall());
        m.put("f1", f.f1());
        m.put("tp", f.tp());
        m.put("fp", f.fp());
        m.put("fn", f.fn());
        return m;
    }
}

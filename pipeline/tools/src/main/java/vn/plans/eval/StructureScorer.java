package vn.plans.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.plans.model.Agency;
import vn.plans.model.DocumentPart;
import vn.plans.model.Header;
import vn.plans.model.LegalBasis;
import vn.plans.model.PlanDocument;
import vn.plans.model.Section;
import vn.plans.model.Task;

/**
 * Scores one predicted document against its gold, adding to an {@link EvalReport.Scores}. Scalar fields count a
 * true positive when both hold a value that matches, list fields (legal bases, recipients, sections, agencies) by
 * one-to-one greedy matching. Tasks match gold tasks by text at the soft level; section, timeframe and agencies
 * are scored over the matched pairs only (GROBID's "field given the matched record"). A gold file without a header
 * scores no header field; a gold task without a section (letters, notices) scores no section.
 * <p>{@code tasks.diacritics_folded} is a diagnostic: task matching with diacritics removed, which measures the
 * structure stage on OCR text apart from diacritic restoration (soft level only).
 */
public final class StructureScorer {
    private static final List<String> FREE_TEXT = List.of("issuer", "issuer_parent", "title", "signer.name");

    public void score(GoldDocument gold, PlanDocument pred, EvalReport.Scores s) {
        if (gold.header() != null) header(gold.header(), pred.header(), s);
        if (gold.sections() != null) list(s, "sections", gold.sections().stream().map(x -> x.path() + " " + x.heading()).toList(),
                pred.sections().stream().filter(x -> x.kind() == DocumentPart.BODY).map((Section x) -> x.path() + " " + x.heading()).toList(), true);
        if (gold.tasks() != null) tasks(gold.tasks(), pred.tasks(), s);
    }

    /** Header fields; a gold file for tasks only may omit the header. */
    private static void header(GoldDocument.Header g, Header h, EvalReport.Scores s) {
        scalar(s, "doc_type", g.docType(), h.docType() == null ? null : h.docType().name());
        scalar(s, "number", g.number(), h.number());
        scalar(s, "issuer", g.issuer(), h.issuer());
        scalar(s, "issuer_parent", g.issuerParent(), h.issuerParent());
        scalar(s, "province", g.province(), h.province());
        scalar(s, "place", g.place(), h.place());
        scalar(s, "issued_date", g.issuedDate(), h.issuedDate());
        scalar(s, "title", g.title(), h.title());
        GoldDocument.Signer gs = g.signer();
        scalar(s, "signer.name", gs == null ? null : gs.name(), h.signer() == null ? null : h.signer().name());
        scalar(s, "signer.title", gs == null ? null : gs.title(), h.signer() == null ? null : h.signer().title());
        scalar(s, "signer.on_behalf", gs == null ? null : gs.onBehalf(), h.signer() == null ? null : h.signer().onBehalf());
        if (g.legalBases() != null) list(s, "legal_bases", g.legalBases(), h.legalBases().stream().map(LegalBasis::text).toList(), true);
        if (g.recipients() != null) list(s, "recipients", g.recipients(), h.recipients(), true);
    }

    private static void scalar(EvalReport.Scores s, String field, String gold, String pred) {
        boolean free = FREE_TEXT.contains(field);
        s.strict(field).add(gold != null, pred != null, Similarity.strictEquals(gold, pred));
        s.soft(field).add(gold != null, pred != null, Similarity.softEquals(gold, pred, free));
    }

    static void list(EvalReport.Scores s, String field, List<String> gold, List<String> pred, boolean free) {
        count(s.strict(field), gold, pred, (a, b) -> Similarity.strictEquals(a, b));
        count(s.soft(field), gold, pred, (a, b) -> Similarity.softEquals(a, b, free));
    }

    interface Match { boolean test(String gold, String pred); }

    /** Greedy one-to-one matching: each gold item takes the first unused matching prediction. */
    static void count(FieldScore f, List<String> gold, List<String> pred, Match m) {
        boolean[] used = new boolean[pred.size()];
        int tp = 0;
        for (String g : gold) {
            for (int j = 0; j < pred.size(); j++) {
                if (!used[j] && m.test(g, pred.get(j))) { used[j] = true; tp++; break; }
            }
        }
        f.tp += tp;
        f.fn += gold.size() - tp;
        f.fp += pred.size() - tp;
    }

    private static void tasks(List<GoldDocument.Task> gold, List<Task> pred, EvalReport.Scores s) {
        count(s.strict("tasks"), gold.stream().map(GoldDocument.Task::text).toList(), pred.stream().map(Task::text).toList(),
                Similarity::strictEquals);
        int[] folded = matchTasks(gold, pred, t -> vn.plans.normalize.Folding.fold(Similarity.soft(t)));
        int foldedTp = (int) java.util.Arrays.stream(folded).filter(j -> j >= 0).count();
        FieldScore diag = s.soft("tasks.diacritics_folded");
        diag.tp += foldedTp;
        diag.fn += gold.size() - foldedTp;
        diag.fp += pred.size() - foldedTp;
        int[] match = matchTasks(gold, pred, Similarity::soft);
        FieldScore soft = s.soft("tasks");
        int tp = 0;
        for (int i = 0; i < gold.size(); i++) {
            if (match[i] < 0) continue;
            tp++;
            GoldDocument.Task g = gold.get(i);
            Task p = pred.get(match[i]);
            if (g.section() != null) scalar(s, "task.section", g.section(), p.section());
            scalar(s, "task.timeframe", g.timeframe(), p.timeframe() == null ? null : p.timeframe().raw());
            List<String> lead = names(p.leadAgencies());
            List<String> coord = names(p.coordinatingAgencies());
            list(s, "task.lead_agencies", g.leadAgencies(), lead, true);
            list(s, "task.coordinating_agencies", g.coordinatingAgencies(), coord, true);
            List<String> ga = new ArrayList<>(g.leadAgencies());
            ga.addAll(g.coordinatingAgencies());
            List<String> pa = new ArrayList<>(lead);
            pa.addAll(coord);
            list(s, "task.agencies", ga, pa, true);
        }
        soft.tp += tp;
        soft.fn += gold.size() - tp;
        soft.fp += pred.size() - tp;
    }

    /**
     * One document's task scores as a line: group, soft tasks and agencies as {@code tp/fp/fn F1}; {@code -} when the
     * gold file has no tasks. Counts only, so it may be printed for held-out documents.
     */
    public static String taskLine(String name, GoldDocument gold, PlanDocument pred) {
        if (gold.tasks() == null) return String.format(java.util.Locale.ROOT, "%-14s %-70s tasks -", gold.group(), name);
        EvalReport.Scores s = new EvalReport.Scores();
        tasksOnly(gold, pred, s);
        FieldScore t = s.soft("tasks"), a = s.soft("task.agencies");
        return String.format(java.util.Locale.ROOT, "%-14s %-70s tasks %3d/%3d/%3d %5.3f  agencies %3d/%3d/%3d %5.3f",
                gold.group(), name, t.tp, t.fp, t.fn, t.f1(), a.tp, a.fp, a.fn, a.f1());
    }

    private static void tasksOnly(GoldDocument gold, PlanDocument pred, EvalReport.Scores s) {
        new StructureScorer().score(new GoldDocument(gold.source(), gold.group(), null, null, gold.tasks()), pred, s);
    }

    /**
     * The task differences of one document, for a person: gold tasks not found ({@code - }), predicted tasks not in
     * the gold ({@code + }), and matched tasks whose agencies differ ({@code ~ }). Empty when all agree.
     */
    public static String taskDiff(GoldDocument gold, PlanDocument pred) {
        if (gold.tasks() == null) return "";
        List<GoldDocument.Task> g = gold.tasks();
        List<Task> p = pred.tasks();
        int[] match = matchTasks(g, p, Similarity::soft);
        boolean[] used = new boolean[p.size()];
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < g.size(); i++) {
            if (match[i] < 0) { out.append("  - ").append(cut(g.get(i).text())).append('\n'); continue; }
            used[match[i]] = true;
            Task t = p.get(match[i]);
            List<String> gl = g.get(i).leadAgencies(), pl = names(t.leadAgencies());
            List<String> gc = g.get(i).coordinatingAgencies(), pc = names(t.coordinatingAgencies());
            if (!sameNames(gl, pl) || !sameNames(gc, pc)) {
                out.append("  ~ ").append(cut(g.get(i).text())).append("\n      lead [").append(String.join(" | ", gl)).append("] got [")
                        .append(String.join(" | ", pl)).append("]\n      coord [").append(String.join(" | ", gc)).append("] got [")
                        .append(String.join(" | ", pc)).append("]\n");
            }
        }
        for (int j = 0; j < p.size(); j++) {
            if (!used[j]) out.append("  + [").append(p.get(j).section()).append(' ').append(p.get(j).source()).append("] ")
                    .append(cut(p.get(j).text())).append('\n');
        }
        return out.toString();
    }

    private static boolean sameNames(List<String> gold, List<String> pred) {
        if (gold.size() != pred.size()) return false;
        FieldScore f = new FieldScore();
        count(f, gold, pred, (a, b) -> Similarity.softEquals(a, b, true));
        return f.tp == gold.size();
    }

    private static String cut(String s) {
        return s.length() > 110 ? s.substring(0, 110) + "…" : s;
    }

    private static List<String> names(List<Agency> a) {
        return a.stream().map(Agency::name).toList();
    }

    /** For each gold task, the best unused prediction with soft text ratio at least 0.8, or -1. */
    static int[] matchTasks(List<GoldDocument.Task> gold, List<Task> pred, Function<String, String> soft) {
        List<String> ps = pred.stream().map(t -> soft.apply(t.text())).toList();
        int[] out = new int[gold.size()];
        boolean[] used = new boolean[pred.size()];
        for (int i = 0; i < gold.size(); i++) {
            String g = soft.apply(gold.get(i).text());
            int best = -1;
            double bestR = Similarity.SOFT_RATIO;
            for (int j = 0; j < ps.size(); j++) {
                if (used[j]) continue;
                double r = g.equals(ps.get(j)) ? 1.0 : Similarity.ratio(g, ps.get(j));
                if (r >= bestR) { bestR = r; best = j; if (r == 1.0) break; }
            }
            out[i] = best;
            if (best >= 0) used[best] = true;
        }
        return out;
    }
}

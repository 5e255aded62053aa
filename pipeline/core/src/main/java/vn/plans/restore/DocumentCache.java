package vn.plans.restore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.plans.normalize.Folding;

/**
 * A document is consistent with itself: the stripped pair {@code bao dam} that the first decoding restored as
 * {@code bảo đảm} a dozen times is {@code bảo đảm} also where the n-gram context alone prefers {@code bạo dâm}. After
 * a first pass, each candidate gets, for its left and its right neighbour, the log share (add-one, leave-one-out) of
 * the document's other restorations of the same stripped pair that chose its form; the lattice is then decoded again.
 * Pairs the document holds fewer than {@link #MIN_PAIRS} times elsewhere add nothing.
 */
final class DocumentCache {
    static final int MIN_PAIRS = 2;
    static final float WEIGHT = 1f;

    private DocumentCache() {}

    /** The lattice with consistency evidence added, or {@code lattice} itself when nothing repeats. */
    static List<CandidateGenerator.Candidates> adjust(List<CandidateGenerator.Candidates> lattice, int[] best,
            List<Token> tokens, String text) {
        int n = lattice.size();
        String[] form = new String[n], fold = new String[n];
        for (int i = 0; i < n; i++) {
            CandidateGenerator.Candidates c = lattice.get(i);
            Token.Kind k = tokens.get(i).kind();
            if (k != Token.Kind.WORD && k != Token.Kind.NOISY_WORD) continue;
            String f = c.forms()[best[i]];
            form[i] = f != null ? f : tokens.get(i).text(text).toLowerCase(Locale.ROOT);
            fold[i] = Folding.fold(form[i]);
        }
        // stripped pair -> "first" / "second" form -> count
        Map<String, Map<String, Integer>> firsts = new HashMap<>(), seconds = new HashMap<>();
        Map<String, Integer> totals = new HashMap<>();
        boolean repeats = false;
        for (int i = 1; i < n; i++) {
            if (form[i] == null || form[i - 1] == null) continue;
            String key = fold[i - 1] + ' ' + fold[i];
            repeats |= totals.merge(key, 1, Integer::sum) > MIN_PAIRS;
            firsts.computeIfAbsent(key, x -> new HashMap<>()).merge(form[i - 1], 1, Integer::sum);
            seconds.computeIfAbsent(key, x -> new HashMap<>()).merge(form[i], 1, Integer::sum);
        }
        if (!repeats) return lattice;
        List<CandidateGenerator.Candidates> out = new ArrayList<>(lattice);
        boolean changed = false;
        for (int i = 0; i < n; i++) {
            CandidateGenerator.Candidates c = lattice.get(i);
            if (c.size() < 2 || form[i] == null) continue;
            float[] ev = c.evidence().clone();
            boolean any = false;
            for (int k = 0; k < c.size(); k++) {
                String f = c.forms()[k];
                String cf = Folding.fold(f);
                float b = 0;
                if (i > 0 && form[i - 1] != null) b += share(fold[i - 1] + ' ' + cf, f, seconds, totals, cf.equals(fold[i]) ? form[i] : null);
                if (i + 1 < n && form[i + 1] != null) b += share(cf + ' ' + fold[i + 1], f, firsts, totals, cf.equals(fold[i]) ? form[i] : null);
                if (b != 0) {
                    ev[k] += WEIGHT * b;
                    any = true;
                }
            }
            if (any) {
                out.set(i, new CandidateGenerator.Candidates(c.ids(), c.forms(), ev));
                changed = true;
            }
        }
        return changed ? out : lattice;
    }

    /** log10 share of {@code form} among the pair's other occurrences; {@code self}: this position's own first-pass form. */
    private static float share(String key, String form, Map<String, Map<String, Integer>> forms, Map<String, Integer> totals,
            String self) {
        Integer total = totals.get(key);
        if (total == null) return 0;
        int t = total - (self != null ? 1 : 0);
        if (t < MIN_PAIRS) return 0;
        int c = forms.get(key).getOrDefault(form, 0) - (form.equals(self) ? 1 : 0);
        return (float) Math.log10((c + 1.0) / (t + 1.0));
    }
}

package vn.plans.restore;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.plans.lexicon.Lexicon;

/**
 * A document whose numbered items open with an agency ({@code 1. Sở Lao động …}, {@code 3. Sở Giáo dục …},
 * {@code 8. Bộ Chỉ huy …}: a plan's assignments by agency) opens its other numbered items with one too: after a first
 * decoding, when at least {@link #MIN_ITEMS} items of a numbered list (from its {@code 1.} to the next {@code 1.})
 * open with a head of the lexicon's {@code [agency_heads]} and they are at least half of its items, a candidate that makes another item of that list open with such a head gets
 * {@link #BONUS} evidence ({@code 9. Ban Dan tộc}, where the n-gram context alone writes {@code Bản Dân tộc}). The
 * bonus is less than the model's preference for a word that no agency opens ({@code 2. Số lượng}).
 */
final class AgencyHeadings {
    static final int MIN_ITEMS = 3;
    static final float BONUS = 2f;
    /** Lower-case words of each head, multi-word heads first as the lexicon lists them. */
    private static final List<String[]> HEADS = Lexicon.standard().list("agency_heads").stream()
            .map(h -> h.toLowerCase(Locale.ROOT).split(" ")).toList();

    private AgencyHeadings() {}

    /** The lattice with the bonus added at the items that open with no agency, or {@code lattice} itself. */
    static List<CandidateGenerator.Candidates> adjust(List<CandidateGenerator.Candidates> lattice, int[] best,
            List<Token> tokens, String text) {
        List<Integer> open = new ArrayList<>(), listOpen = new ArrayList<>();
        int items = 0, heads = 0;
        for (int i = 2; i <= tokens.size(); i++) {
            boolean item = i < tokens.size() && opensItem(tokens, text, i);
            if (i == tokens.size() || item && "1".equals(tokens.get(i - 2).text(text))) { // a list ends where 1. restarts it
                if (heads >= MIN_ITEMS && 2 * heads >= items) open.addAll(listOpen);
                listOpen.clear();
                items = heads = 0;
            }
            if (!item) continue;
            items++;
            if (opensWithHead(lattice, best, tokens, text, i, -1)) heads++;
            else listOpen.add(i);
        }
        if (open.isEmpty()) return lattice;
        List<CandidateGenerator.Candidates> out = new ArrayList<>(lattice);
        boolean changed = false;
        for (int i : open) {
            CandidateGenerator.Candidates c = lattice.get(i);
            if (c.size() < 2) continue;
            float[] ev = c.evidence().clone();
            boolean any = false;
            for (int k = 0; k < c.size(); k++) {
                if (c.forms()[k] != null && opensWithHead(lattice, best, tokens, text, i, k)) {
                    ev[k] += BONUS;
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

    /** A capitalized word after a line-opening number and its dot ({@code 9. Ban}, {@code 2.Sở}). */
    private static boolean opensItem(List<Token> tokens, String text, int i) {
        Token w = tokens.get(i), dot = tokens.get(i - 1), num = tokens.get(i - 2);
        if (w.kind() != Token.Kind.WORD && w.kind() != Token.Kind.NOISY_WORD) return false;
        if (!Character.isUpperCase(text.charAt(w.start()))) return false;
        if (dot.kind() != Token.Kind.PUNCT || text.charAt(dot.start()) != '.' || dot.end() != num.end() + 1) return false;
        if (num.kind() != Token.Kind.NUMBER) return false;
        int s = num.start();
        while (s > 0 && (text.charAt(s - 1) == ' ' || text.charAt(s - 1) == '\t')) s--;
        return s == 0 || text.charAt(s - 1) == '\n';
    }

    /** Whether the words from {@code i} (candidate {@code k} there, or the chosen one when -1) spell an agency head. */
    private static boolean opensWithHead(List<CandidateGenerator.Candidates> lattice, int[] best, List<Token> tokens,
            String text, int i, int k) {
        for (String[] head : HEADS) {
            boolean match = true;
            for (int j = 0; j < head.length && match; j++) {
                int p = i + j;
                match = p < tokens.size() && head[j].equals(form(lattice, best, tokens, text, p, j == 0 ? k : -1));
            }
            if (match) return true;
        }
        return false;
    }

    private static String form(List<CandidateGenerator.Candidates> lattice, int[] best, List<Token> tokens, String text,
            int p, int k) {
        CandidateGenerator.Candidates c = lattice.get(p);
        String f = c.forms()[k >= 0 ? k : best[p]];
        return f != null ? f : tokens.get(p).text(text).toLowerCase(Locale.ROOT);
    }
}

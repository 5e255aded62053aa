package vn.plans.restore;

import java.util.Arrays;
import java.util.List;

/**
 * Beam search over candidate lattices with the n-gram model: hypotheses with the same history (the last n-1
 * syllables) are recombined (which makes it Viterbi within the beam), and the best {@code width} survive each position.
 * {@code width = 1} with {@link #unigram} is the unigram baseline.
 */
final class BeamDecoder {
    private final NgramModel lm;
    private final int width;
    private final boolean unigram;

    BeamDecoder(NgramModel lm, int width, boolean unigram) {
        this.lm = lm;
        this.width = width;
        this.unigram = unigram;
    }

    /** The chosen candidate index for every position. */
    int[] decode(List<CandidateGenerator.Candidates> lattice) {
        return decode(lattice, null);
    }

    /**
     * As {@link #decode(List)}, with a sentence of the model ending before each position {@code i > 0} where
     * {@code sentenceStarts[i]} (null: none): the hypotheses pay the end of sentence and the best goes on from the
     * start-of-sentence history, as the model was trained on one sentence per line.
     */
    int[] decode(List<CandidateGenerator.Candidates> lattice, boolean[] sentenceStarts) {
        int n = lattice.size();
        int[] best = new int[n];
        if (unigram) {
            for (int i = 0; i < n; i++) {
                CandidateGenerator.Candidates c = lattice.get(i);
                int b = 0;
                float bs = Float.NEGATIVE_INFINITY;
                for (int k = 0; k < c.size(); k++) {
                    float s = (c.ids()[k] == NgramModel.UNK ? -7f : lm.unigram(c.ids()[k])) + c.evidence()[k];
                    if (s > bs) { bs = s; b = k; }
                }
                best[i] = b;
            }
            return best;
        }
        int[][] back = new int[n][];
        int[][] cand = new int[n][];
        long[] ph = {0L};
        float[] ps = {0f};
        int pn = 1;
        long[] nh = new long[width];
        int[] nb = new int[width], nc = new int[width];
        float[] ns = new float[width];
        float[] bo = new float[NgramModel.MAX_ORDER + 2];
        int[] memoV = new int[width];
        float[][] memoBi = new float[width][16];
        for (int i = 0; i < n; i++) {
            CandidateGenerator.Candidates c = lattice.get(i);
            int[] ids = c.ids();
            float[] ev = c.evidence();
            int nn = 0;
            int memoN = 0;
            if (memoBi.length < ids.length) memoBi = new float[width][ids.length];
            int from = 0, to = pn;
            boolean restart = i > 0 && sentenceStarts != null && sentenceStarts[i];
            float restartScore = 0f;
            if (restart) { // every hypothesis would go on from the same history: only the best of them survives
                restartScore = Float.NEGATIVE_INFINITY;
                for (int h = 0; h < pn; h++) {
                    float s = ps[h] + lm.logProb(ph[h], NgramModel.EOS);
                    if (s > restartScore) { restartScore = s; from = h; }
                }
                to = from + 1;
            }
            for (int h = from; h < to; h++) {
                long hh = restart ? 0L : ph[h];
                float base = restart ? restartScore : ps[h];
                lm.backoffs(hh, bo);
                int v = (int) (hh & NgramModel.ID_MASK);
                int m = 0;
                while (m < memoN && memoV[m] != v) m++;
                if (m == memoN) { // bigram probabilities of this last word with every candidate, shared by hypotheses
                    memoV[memoN++] = v;
                    for (int k = 0; k < ids.length; k++) memoBi[m][k] = lm.bigram(v, ids[k]);
                }
                float[] bi = memoBi[m];
                for (int k = 0; k < ids.length; k++) {
                    float s = base + lm.logProb(hh, bo, ids[k], bi[k]) + ev[k];
                    if (nn == width && s <= ns[nn - 1]) continue;
                    long hist = lm.push(hh, ids[k]);
                    int same = -1;
                    for (int j = 0; j < nn; j++) if (nh[j] == hist) { same = j; break; }
                    int pos;
                    if (same >= 0) {
                        if (ns[same] >= s) continue;
                        pos = same;
                    } else if (nn < width) {
                        pos = nn++;
                    } else {
                        pos = nn - 1;
                    }
                    nh[pos] = hist; ns[pos] = s; nb[pos] = h; nc[pos] = k;
                    while (pos > 0 && ns[pos - 1] < ns[pos]) { // keep sorted by score, best first
                        long th = nh[pos]; nh[pos] = nh[pos - 1]; nh[pos - 1] = th;
                        swap(nb, pos); swap(nc, pos);
                        float t = ns[pos]; ns[pos] = ns[pos - 1]; ns[pos - 1] = t;
                        pos--;
                    }
                }
            }
            back[i] = Arrays.copyOf(nb, nn);
            cand[i] = Arrays.copyOf(nc, nn);
            ph = Arrays.copyOf(nh, nn);
            ps = Arrays.copyOf(ns, nn);
            pn = nn;
        }
        int h = 0; // best final hypothesis (with </s>)
        float bs = Float.NEGATIVE_INFINITY;
        for (int j = 0; j < pn; j++) {
            float s = ps[j] + lm.logProb(ph[j], NgramModel.EOS);
            if (s > bs) { bs = s; h = j; }
        }
        for (int i = n - 1; i >= 0; i--) {
            best[i] = cand[i][h];
            h = back[i][h];
        }
        return best;
    }

    private static void swap(int[] a, int i) {
        int t = a[i]; a[i] = a[i - 1]; a[i - 1] = t;
    }
}

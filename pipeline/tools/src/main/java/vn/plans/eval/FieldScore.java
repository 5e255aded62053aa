package vn.plans.eval;

/** True positives, false positives, false negatives of one field at one matching level; mutable while counting. */
public final class FieldScore {
    int tp, fp, fn;

    public int tp() { return tp; }
    public int fp() { return fp; }
    public int fn() { return fn; }

    public double precision() { return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp); }
    public double recall() { return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn); }

    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Adds counts: whether gold and prediction hold a value, and whether they match. */
    void add(boolean hasGold, boolean hasPred, boolean match) {
        if (hasGold && hasPred && match) { tp++; return; }
        if (hasGold) fn++;
        if (hasPred) fp++;
    }

    void addAll(FieldScore o) { tp += o.tp; fp += o.fp; fn += o.fn; }
}

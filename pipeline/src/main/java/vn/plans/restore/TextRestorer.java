package vn.plans.restore;

/** Repairs stripped or garbled Vietnamese text; correct text must come back unchanged. */
public interface TextRestorer {
    /** The restored text (same line breaks and spacing), how many tokens changed, and the mean confidence (0-1). */
    record Restored(String text, int changedTokens, double confidence) {}

    Restored restore(String text);
}

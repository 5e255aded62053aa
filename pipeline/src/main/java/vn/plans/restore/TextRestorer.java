package vn.plans.restore;

import java.util.List;

/** Repairs stripped or garbled Vietnamese text; correct text must come back unchanged. */
public interface TextRestorer {
    /**
     * The restored text (same line breaks and spacing), how many tokens changed, the mean confidence (0-1) of the
     * changes, and each change.
     */
    record Restored(String text, int changedTokens, double confidence, List<Edit> edits) {
        public Restored(String text, int changedTokens, double confidence) {
            this(text, changedTokens, confidence, List.of());
        }
    }

    /** One repaired token: its offset in the input, what it was, what it became, and how sure the decoder was. */
    record Edit(int offset, String original, String restored, double confidence) {}

    Restored restore(String text);
}

package vn.plans.restore;

import java.util.List;

/** Repairs stripped or garbled Vietnamese text; correct text must come back unchanged. */
public interface TextRestorer {
    /**
     * The restored text (same line breaks and spacing), how many tokens changed, the mean confidence (0-1) of the
     * changes, each change, and the changes proposed below the confidence threshold: recorded, not applied.
     */
    record Restored(String text, int changedTokens, double confidence, List<Edit> edits, List<Edit> flagged) {
        public Restored {
            edits = List.copyOf(edits);
            flagged = List.copyOf(flagged);
        }

        public Restored(String text, int changedTokens, double confidence, List<Edit> edits) {
            this(text, changedTokens, confidence, edits, List.of());
        }

        public Restored(String text, int changedTokens, double confidence) {
            this(text, changedTokens, confidence, List.of(), List.of());
        }
    }

    /** One repaired token: its offset in the input, what it was, what it became, and how sure the decoder was. */
    record Edit(int offset, String original, String restored, double confidence) {}

    /** How the text was obtained: OCR output gets the tone-confusion channel of the engine on top of the usual checks. */
    enum Source { TEXT, OCR }

    Restored restore(String text);

    /** {@link #restore(String)} for text of a known origin; the default ignores it. */
    default Restored restore(String text, Source source) { return restore(text); }
}

package vn.plans.model;

/**
 * One token the diacritic restorer repaired: its offset in the page's {@code printed_text} (the text before
 * restoration; the page {@code text} when nothing was applied), what it was, what it became, the decoder's
 * confidence (0-1), and whether the repair was applied to {@code text} ({@code false}: confidence below the
 * restorer's calibrated threshold, so the edit is only recorded for review).
 */
public record Restoration(int offset, String original, String restored, double confidence, boolean applied) {
    public Restoration(int offset, String original, String restored, double confidence) {
        this(offset, original, restored, confidence, true);
    }
}

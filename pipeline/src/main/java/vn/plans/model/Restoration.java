package vn.plans.model;

/**
 * One token the diacritic restorer repaired: its offset in the page's {@code printed_text} (the text before
 * restoration), what it was, what it became, and the decoder's confidence (0-1).
 */
public record Restoration(int offset, String original, String restored, double confidence) {}

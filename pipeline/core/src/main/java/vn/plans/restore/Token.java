package vn.plans.restore;

/** A span {@code [start, end)} of the input text and what it is. Whitespace is never a token. */
record Token(int start, int end, Kind kind) {
    enum Kind {
        /** Letters only: a candidate for diacritic restoration. */
        WORD,
        /** Letters mixed with digits or OCR debris ({@code s6}, {@code K¢é}, {@code 10ng}): a candidate for OCR repair. */
        NOISY_WORD,
        /** Digits, possibly with separators ({@code 2025}, {@code 03/01/2025}, {@code 1.000}). */
        NUMBER,
        /** Document codes, URLs, e-mail addresses, hyphenated or dotted compounds: left alone. */
        CODE,
        /** One punctuation or symbol character. */
        PUNCT
    }

    String text(CharSequence s) { return s.subSequence(start, end).toString(); }
}

package vn.plans.extract;

import java.text.Normalizer;
import vn.plans.normalize.TextQuality;

/**
 * Whether a PDF page's text layer can be trusted, or the page should be OCR-ed instead. Two kinds of broken layer
 * occur in the wild: glyphs mapped to the wrong code points (foreign letters, non-syllables: {@link TextQuality})
 * and fonts whose Vietnamese glyphs map to nothing, so that every syllable with ư, ơ, đ, ă or a stacked mark
 * (ộ, ế, ử...) silently disappears ("UBND LÀO CAI ... HOÀ XÃ NAM"). Sound Vietnamese has such letters in more
 * than half of its words (0.55-0.65 on the corpus-dev PDFs); the broken layers there have none.
 */
final class TextLayerCheck {
    static final int MIN_WORDS = 20;
    static final double MIN_VIETNAMESE_SHARE = 0.15;

    private TextLayerCheck() {}

    /** Null when the layer looks sound, else why it does not (for the document's warnings). */
    static String problem(String text) {
        TextQuality q = TextQuality.of(text);
        if (q.looksGarbled()) {
            return "text layer garbled (foreign letters " + q.foreignLetters() + "/" + q.letters() + ", non-syllables "
                    + q.invalidWords() + "/" + q.words() + ")";
        }
        int words = 0, vietnamese = 0;
        for (String w : Normalizer.normalize(text, Normalizer.Form.NFC).split("[^\\p{L}]+")) {
            if (w.isEmpty()) continue;
            words++;
            if (w.chars().anyMatch(TextLayerCheck::isVietnameseOnly)) vietnamese++;
        }
        if (words >= MIN_WORDS && vietnamese < words * MIN_VIETNAMESE_SHARE && dropsVietnamese(text)) {
            return "text layer lost its Vietnamese letters (" + vietnamese + " of " + words
                    + " words have ư, ơ, đ, ă or a stacked mark)";
        }
        return null;
    }

    /** Letters that occur in Vietnamese but not in Western European text: ă đ ơ ư and the stacked-mark vowels. */
    static boolean isVietnameseOnly(int c) {
        return (c >= 0x0100 && c <= 0x024F) || (c >= 0x1E00 && c <= 0x1EFF);
    }

    /**
     * The text still shows Vietnamese marks of the Latin-1 kind (à, á, â, ê, ô, ã...), so it is Vietnamese whose
     * other letters went missing, not an English page or text typed without diacritics.
     */
    private static boolean dropsVietnamese(String text) {
        long latin1Marked = text.chars().filter(c -> c >= 0xC0 && c <= 0xFF && Character.isLetter(c)).count();
        return latin1Marked >= 5;
    }
}

package vn.plans.normalize;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folding for diacritic-insensitive matching: lower case, every combining mark removed, and {@code đ}/{@code Đ}
 * mapped to {@code d} explicitly (it is a letter of its own, not d plus a mark, so NFD leaves it alone).
 */
public final class Folding {
    private Folding() {}

    public static String fold(String text) {
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(nfd.length());
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
            if (c == 'đ' || c == 'Đ') c = 'd';
            sb.append(c);
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /** Canonical, lower-cased form used for exact matching: NFC, canonical tone placement, lower case. */
    public static String exact(String text) {
        return ToneMarks.canonicalize(text).toLowerCase(Locale.ROOT);
    }
}

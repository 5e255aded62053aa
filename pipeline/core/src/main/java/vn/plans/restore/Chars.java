package vn.plans.restore;

import java.text.Normalizer;

/** A Vietnamese letter split into base letter, quality mark (breve, circumflex, horn, stroke) and tone mark. */
final class Chars {
    private Chars() {}

    static final int NONE = 0;

    /** Packed as base | quality << 16 | tone << 24 (quality and tone are the combining marks' low bytes, 0 if none). */
    private static final int[] TABLE = new int[0x2000];

    static {
        for (char c = 0; c < TABLE.length; c++) TABLE[c] = compute(c);
    }

    static int decompose(char c) {
        return c < TABLE.length ? TABLE[c] : c;
    }

    private static int compute(char c) {
        if (c < 0x80) return c;
        if (c == 'đ') return 'd' | (0x11 << 16);
        if (c == 'Đ') return 'D' | (0x11 << 16);
        String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        int base = nfd.charAt(0), quality = 0, tone = 0;
        for (int i = 1; i < nfd.length(); i++) {
            char m = nfd.charAt(i);
            switch (m) {
                case '\u0300', '\u0301', '\u0303', '\u0309', '\u0323' -> tone = m & 0xFF;
                default -> quality = m & 0xFF;
            }
        }
        return base | quality << 16 | tone << 24;
    }

    static char base(int d) { return (char) (d & 0xFFFF); }

    static int quality(int d) { return (d >>> 16) & 0xFF; }

    static int tone(int d) { return (d >>> 24) & 0xFF; }

    /** Composes a base letter with the tone of {@code toneOf} (a letter whose tone is kept), NFC. */
    static char withTone(char base, char toneOf) {
        int t = tone(decompose(toneOf));
        if (t == 0) return base;
        String s = Normalizer.normalize(base + String.valueOf((char) (0x0300 | t)), Normalizer.Form.NFC);
        return s.length() == 1 ? s.charAt(0) : base;
    }
}

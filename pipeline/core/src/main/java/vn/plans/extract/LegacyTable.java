package vn.plans.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One legacy Vietnamese encoding as a table of byte sequences and the Unicode letters they stand for, read from a
 * resource ({@code tcvn3.tsv}, {@code vni.tsv}: hex bytes, TAB, letter). Bytes become chars as Windows-1252 does
 * (what Tika returns for 8-bit text runs); for bytes 0x80-0x9F the ISO-8859-1 reading (C1 controls) is accepted
 * too. Decoding takes the longest sequence that matches at each position; everything else is copied.
 */
final class LegacyTable {
    private static final Charset CP1252 = Charset.forName("windows-1252");

    private final String name;
    private final Map<String, String> toUnicode;
    private final Map<Character, String> fromUnicode;
    private final int maxKey;
    private final boolean[] legacyChars = new boolean[0x100];

    private LegacyTable(String name, Map<String, String> toUnicode, Map<Character, String> fromUnicode) {
        this.name = name;
        this.toUnicode = Map.copyOf(toUnicode);
        this.fromUnicode = Map.copyOf(fromUnicode);
        int max = 1;
        for (String k : toUnicode.keySet()) max = Math.max(max, k.length());
        this.maxKey = max;
        for (String k : toUnicode.keySet()) {
            for (char c : k.toCharArray()) if (c >= 0x80 && c < 0x100) legacyChars[c] = true;
        }
    }

    String name() {
        return name;
    }

    /**
     * @param caseVariants also accept a mark byte in the other case than its base letter ({@code Aù} as well as
     *                     {@code AÙ}), as typed with Shift released half-way (VNI)
     */
    static LegacyTable load(String name, String resource, boolean caseVariants) {
        Map<String, String> to = new LinkedHashMap<>();
        Map<Character, String> from = new HashMap<>();
        try (InputStream in = LegacyTable.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                byte[] bytes = hex(f[0]);
                String letter = f[1];
                if (letter.length() != 1) throw new IllegalStateException(resource + ": not one letter: " + line);
                String legacy = new String(bytes, CP1252);
                to.put(legacy, letter);
                String latin1 = new String(bytes, StandardCharsets.ISO_8859_1);
                if (!latin1.equals(legacy)) to.putIfAbsent(latin1, letter);
                from.putIfAbsent(letter.charAt(0), legacy);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (caseVariants) addCaseVariants(to);
        return new LegacyTable(name, to, from);
    }

    private static void addCaseVariants(Map<String, String> to) {
        Map<String, String> extra = new HashMap<>();
        for (Map.Entry<String, String> e : to.entrySet()) {
            String k = e.getKey();
            if (k.length() != 2) continue;
            String mark = k.substring(1);
            String swapped = mark.equals(mark.toUpperCase(Locale.ROOT)) ? mark.toLowerCase(Locale.ROOT) : mark.toUpperCase(Locale.ROOT);
            extra.putIfAbsent(k.charAt(0) + swapped, e.getValue());
        }
        extra.forEach(to::putIfAbsent);
    }

    private static byte[] hex(String s) {
        String[] parts = s.strip().split(" ");
        byte[] b = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) b[i] = (byte) Integer.parseInt(parts[i], 16);
        return b;
    }

    /** Legacy text (one char per byte) to Unicode NFC letters; unknown chars are copied. */
    String decode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int len = Math.min(maxKey, text.length() - i);
            String hit = null;
            for (; len >= 1; len--) {
                hit = toUnicode.get(text.substring(i, i + len));
                if (hit != null) break;
            }
            if (hit != null) {
                out.append(hit);
                i += len;
            } else {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }

    /** Unicode (NFC) to legacy chars; a capital with no code of its own takes its lower-case code. */
    String encode(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String code = fromUnicode.get(c);
            if (code == null) code = fromUnicode.get(Character.toLowerCase(c));
            if (code == null) out.append(c);
            else out.append(code);
        }
        return out.toString();
    }

    /** True when {@code c} (not ASCII) is part of some legacy sequence of this table. */
    boolean isLegacyChar(char c) {
        return c >= 0x80 && c < legacyChars.length && legacyChars[c];
    }
}

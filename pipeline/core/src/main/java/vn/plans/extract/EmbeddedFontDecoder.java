package vn.plans.extract;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.CmapSubtable;
import org.apache.fontbox.ttf.GlyfCompositeComp;
import org.apache.fontbox.ttf.GlyfCompositeDescript;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.WGL4Names;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDTrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;

/**
 * Exact text for embedded TrueType fonts that carry no Unicode: CID fonts ({@code Identity-H}) without a ToUnicode
 * map, as Word documents printed through Ghostscript embed them (PDFBox then drops every glyph, pdftotext prints
 * glyph ids as characters: {@code 6Ӣ CÔNG 7+ѬѪ1*}). The subsets keep the original glyph ids, so each glyph's text
 * is found from, in this order: the font's own {@code cmap} reversed, its glyph names through the Adobe Glyph List,
 * another copy of the same font in the document that has a mapping (same name and glyph count, the same outline),
 * the standard Macintosh glyph order for the ids where this font is verified to follow it (every glyph up to there
 * has the width and outline of its Mac name's character in the reference font; Times New Roman breaks that order
 * after id 171), and last the glyph's outline and width against a metric-compatible reference font
 * ({@link ReferenceFont}). A composite glyph (every Vietnamese letter: {@code ế} = {@code e} + circumflex + acute)
 * is its base letter followed by its marks, each recognized by form, composed to NFC.
 * <p>The decoded table of a font is cached by font name and glyph count and reused only for glyphs whose outline
 * is the same. {@link #inject} writes the result into the font as a ToUnicode CMap so that the normal text
 * extraction (positions, tables) runs unchanged. Glyphs that no source decodes are reported, never guessed.
 */
public final class EmbeddedFontDecoder {
    /** Debian's {@code fonts-liberation2}: Liberation 2 has the Vietnamese letters and marks (Liberation 1 has not). */
    public static final Path LIBERATION2 = Path.of("/usr/share/fonts/truetype/liberation2");
    /** Least frame similarity for a glyph to count as its Mac-order or recognized character. */
    static final double MIN_LETTER = 0.5, MIN_LETTER_MARGIN = 0.04;
    /** A Mac-order character is verified when its glyph is this similar and within the slack of the best match. */
    static final double MIN_MAC = 0.4, MAC_SLACK = 0.05;
    /** Least form similarity for a mark, and its margin over the next mark. */
    static final double MIN_MARK = 0.35, MIN_MARK_MARGIN = 0.05;
    private static final int USE_MY_METRICS = 0x0200;
    private static final Charset CP1252 = Charset.forName("windows-1252");

    /** The decoding of one font: text per character code used, the codes it could not decode, and counts by source. */
    record FontDecoding(String fontName, Map<Integer, String> byCode, Set<Integer> undecoded,
                        Map<String, Integer> sources, int macOrderLimit) {}

    private record Cached(String fingerprint, String text) {}

    private final Path fontDir;
    private final Map<String, ReferenceFont> references = new ConcurrentHashMap<>();
    private final Map<String, Map<Integer, Cached>> tables = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong cacheHits = new java.util.concurrent.atomic.AtomicLong();

    public EmbeddedFontDecoder(Path referenceFontDir) {
        this.fontDir = referenceFontDir;
    }

    /** With the Liberation 2 fonts where Debian installs them, or the directory in {@code -Dplans.reference.fonts}. */
    public static EmbeddedFontDecoder standard() {
        return new EmbeddedFontDecoder(Path.of(System.getProperty("plans.reference.fonts", LIBERATION2.toString())));
    }

    /** Whether the reference fonts are installed (without them nothing is decoded and such pages are OCR-ed). */
    public boolean available() {
        return Files.isRegularFile(fontDir.resolve("LiberationSerif-Regular.ttf"));
    }

    /** Glyphs whose text came from the table of a same-name font decoded before (same outline). */
    long cacheHits() {
        return cacheHits.get();
    }

    /** A Type 0 font with TrueType outlines and no ToUnicode: PDFBox has no text for its glyphs. */
    static boolean lacksUnicode(PDFont font) {
        return font instanceof PDType0Font t0 && t0.getDescendantFont() instanceof PDCIDFontType2
                && font.getCOSObject().getDictionaryObject(COSName.TO_UNICODE) == null && t0.isEmbedded();
    }

    /** Decodes the given codes of a font lacking Unicode, with the document's other fonts as second copies. */
    FontDecoding decode(PDType0Font font, Set<Integer> codes, List<PDFont> documentFonts) throws IOException {
        PDCIDFontType2 cid = (PDCIDFontType2) font.getDescendantFont();
        TrueTypeFont ttf = cid.getTrueTypeFont();
        Glyphs glyphs = new Glyphs(ttf, reference(font.getName()), secondCopies(font, ttf, documentFonts));
        Map<Integer, Cached> table = tables.computeIfAbsent(baseName(font.getName()) + "/" + ttf.getNumberOfGlyphs(),
                k -> new ConcurrentHashMap<>());
        Map<Integer, String> byCode = new TreeMap<>();
        Set<Integer> undecoded = new java.util.TreeSet<>();
        for (int code : codes) {
            int gid = cid.codeToGID(code);
            String fp = glyphs.fingerprint(gid);
            Cached c = table.get(gid);
            String text;
            if (c != null && c.fingerprint().equals(fp)) {
                text = c.text();
                glyphs.sources.merge("cache", 1, Integer::sum);
                cacheHits.incrementAndGet();
            } else {
                text = glyphs.text(gid);
                if (text != null) table.put(gid, new Cached(fp, text));
            }
            if (text == null) undecoded.add(code);
            else byCode.put(code, text);
        }
        return new FontDecoding(font.getName(), byCode, undecoded, glyphs.sources, glyphs.macLimit);
    }

    /**
     * A symbolic TrueType font without an encoding or ToUnicode, as Word writes its fonts: the codes are Windows-1252
     * bytes, but PDFBox reads each code as the same-numbered character, so 0x85 (…) and 0x93 (“) become C1 controls.
     */
    static boolean symbolicWithoutEncoding(PDFont font) {
        return font instanceof PDTrueTypeFont && font.isEmbedded()
                && font.getCOSObject().getDictionaryObject(COSName.ENCODING) == null
                && font.getCOSObject().getDictionaryObject(COSName.TO_UNICODE) == null;
    }

    /**
     * The Windows-1252 punctuation (… “ ” ‘ ’ – — •) of codes 0x80-0x9F in such a font, each kept only when the
     * glyph has the width and outline of that character in the reference font.
     */
    Map<Integer, String> windowsPunctuation(PDTrueTypeFont font, Set<Integer> codes) throws IOException {
        TrueTypeFont ttf = font.getTrueTypeFont();
        ReferenceFont ref = reference(font.getName());
        Map<Integer, String> out = new TreeMap<>();
        for (int code : codes) {
            String u = new String(new byte[] {(byte) code}, CP1252);
            int gid = font.codeToGID(code);
            GlyphData g = gid <= 0 ? null : ttf.getGlyph().getGlyph(gid);
            GlyphShape shape = g == null || g.getNumberOfContours() == 0 ? null
                    : GlyphShape.of(g.getPath(), ttf.getAdvanceWidth(gid), ttf.getUnitsPerEm());
            if (shape != null && ref.isBestOrNear(u, shape, MIN_MAC, MAC_SLACK)) out.put(code, u);
        }
        return out;
    }

    /**
     * Writes the decoded codes ({@code codeBytes} long: 2 for Identity-H, 1 for a simple font) into the font as its
     * ToUnicode CMap (fonts must be reloaded to see it).
     */
    static void inject(PDDocument doc, PDFont font, Map<Integer, String> byCode, int codeBytes) throws IOException {
        String hex = codeBytes == 1 ? "%02X" : "%04X";
        StringBuilder cmap = new StringBuilder("""
                /CIDInit /ProcSet findresource begin
                12 dict begin
                begincmap
                /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
                /CMapName /Adobe-Identity-UCS def
                /CMapType 2 def
                1 begincodespacerange
                """).append(codeBytes == 1 ? "<00> <FF>\n" : "<0000> <FFFF>\n").append("endcodespacerange\n");
        var entries = List.copyOf(byCode.entrySet());
        for (int i = 0; i < entries.size(); i += 100) {
            var block = entries.subList(i, Math.min(entries.size(), i + 100));
            cmap.append(block.size()).append(" beginbfchar\n");
            for (var e : block) {
                cmap.append('<').append(String.format(hex, e.getKey())).append("> <");
                for (char ch : e.getValue().toCharArray()) cmap.append(String.format("%04X", (int) ch));
                cmap.append(">\n");
            }
            cmap.append("endbfchar\n");
        }
        cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        COSStream stream = doc.getDocument().createCOSStream();
        try (OutputStream os = stream.createOutputStream()) {
            os.write(cmap.toString().getBytes(StandardCharsets.US_ASCII));
        }
        font.getCOSObject().setItem(COSName.TO_UNICODE, stream);
    }

    /** The font name without its subset tag ({@code XKNDLD+TimesNewRomanPSMT} → {@code TimesNewRomanPSMT}). */
    static String baseName(String name) {
        if (name == null) return "";
        int plus = name.indexOf('+');
        return plus == 6 ? name.substring(7) : name;
    }

    private ReferenceFont reference(String fontName) {
        String n = baseName(fontName).toLowerCase(Locale.ROOT);
        String family = n.contains("arial") || n.contains("helvetica") || n.contains("sans") ? "LiberationSans"
                : n.contains("courier") || n.contains("mono") ? "LiberationMono" : "LiberationSerif";
        boolean bold = n.contains("bold"), italic = n.contains("italic") || n.contains("oblique");
        String style = bold && italic ? "BoldItalic" : bold ? "Bold" : italic ? "Italic" : "Regular";
        return references.computeIfAbsent(family + "-" + style, k -> {
            try {
                return ReferenceFont.load(fontDir.resolve(k + ".ttf"));
            } catch (IOException e) {
                throw new UncheckedIOException("reference font " + k + " unreadable in " + fontDir, e);
            }
        });
    }

    /**
     * Glyph id → text from other fonts of the document with the same name and glyph count that do have a
     * mapping: simple TrueType copies (code → glyph through their cmap; text from their encoding, or Windows-1252
     * for a symbolic copy without one, as Word writes them) and Type 0 copies with a ToUnicode map.
     */
    private static Map<Integer, CopyGlyph> secondCopies(PDType0Font font, TrueTypeFont ttf, List<PDFont> fonts)
            throws IOException {
        Map<Integer, CopyGlyph> out = new HashMap<>();
        String name = baseName(font.getName());
        for (PDFont other : fonts) {
            if (other == font || !name.equals(baseName(other.getName()))) continue;
            if (other instanceof PDTrueTypeFont tt && tt.isEmbedded()) {
                TrueTypeFont ot = tt.getTrueTypeFont();
                if (ot.getNumberOfGlyphs() != ttf.getNumberOfGlyphs()) continue;
                boolean hasEncoding = other.getCOSObject().getDictionaryObject(COSName.ENCODING) != null;
                for (int code = 32; code < 256; code++) {
                    int gid = tt.codeToGID(code);
                    if (gid <= 0) continue;
                    String u = hasEncoding ? tt.toUnicode(code) : new String(new byte[] {(byte) code}, CP1252);
                    if (u != null && !u.isBlank() && !Character.isISOControl(u.codePointAt(0))) {
                        out.putIfAbsent(gid, new CopyGlyph(u, Glyphs.fingerprint(ot, gid)));
                    }
                }
            } else if (other instanceof PDType0Font t0 && t0.getDescendantFont() instanceof PDCIDFontType2 oc
                    && !lacksUnicode(other) && other.isEmbedded()) {
                TrueTypeFont ot = oc.getTrueTypeFont();
                COSBase map = oc.getCOSObject().getDictionaryObject(COSName.CID_TO_GID_MAP);
                if (ot.getNumberOfGlyphs() != ttf.getNumberOfGlyphs() || !COSName.IDENTITY.equals(map)) continue;
                for (int gid = 1; gid < ot.getNumberOfGlyphs(); gid++) {
                    GlyphData g = ot.getGlyph().getGlyph(gid);
                    if (g == null || g.getNumberOfContours() == 0) continue;
                    String u = t0.toUnicode(gid);
                    if (u != null && !u.isBlank()) out.putIfAbsent(gid, new CopyGlyph(u, Glyphs.fingerprint(ot, gid)));
                }
            }
        }
        return out;
    }

    private record CopyGlyph(String text, String fingerprint) {}

    /** One font's glyphs, decoded on demand through the cascade of sources. */
    private static final class Glyphs {
        final TrueTypeFont ttf;
        final ReferenceFont ref;
        final double upem;
        final Map<Integer, String> exact = new HashMap<>();
        final Map<Integer, String> memo = new HashMap<>();
        final Map<String, Integer> sources = new TreeMap<>();
        final int macLimit;
        /** Characters whose glyph the font has at a known id: not candidates for a glyph recognized by shape. */
        final Set<String> placed = new java.util.HashSet<>();

        Glyphs(TrueTypeFont ttf, ReferenceFont ref, Map<Integer, CopyGlyph> copies) throws IOException {
            this.ttf = ttf;
            this.ref = ref;
            this.upem = ttf.getUnitsPerEm();
            fromCmap();
            fromGlyphNames();
            for (var e : copies.entrySet()) {
                double refAdvance = ref.advance(e.getValue().text());
                boolean widthAgrees = Double.isNaN(refAdvance) || Math.abs(refAdvance
                        - ttf.getAdvanceWidth(e.getKey()) / upem) <= ReferenceFont.WIDTH_TOLERANCE;
                if (widthAgrees && e.getValue().fingerprint().equals(fingerprint(ttf, e.getKey()))) {
                    exact.putIfAbsent(e.getKey(), "copy\u0000" + e.getValue().text());
                }
            }
            this.macLimit = verifiedMacLimit();
            for (int gid = 3; gid <= macLimit; gid++) if (macName(gid) != null) placed.add(macName(gid));
            for (String e : exact.values()) placed.add(e.substring(e.indexOf('\u0000') + 1));
            if (composesAccents()) excludePrecomposed();
        }

        /** Text of a glyph, or null when no source decodes it. */
        String text(int gid) throws IOException {
            if (memo.containsKey(gid)) return memo.get(gid);
            String t = decode(gid, 0);
            memo.put(gid, t);
            return t;
        }

        private String decode(int gid, int depth) throws IOException {
            String e = exact.get(gid);
            if (e != null) {
                int z = e.indexOf('\u0000');
                count(e.substring(0, z));
                return e.substring(z + 1);
            }
            GlyphData g = glyph(gid);
            if (g != null && g.getDescription() instanceof GlyfCompositeDescript comp && depth < 4) {
                return composite(comp, depth);
            }
            GlyphShape shape = shape(gid);
            String mac = macName(gid);
            if (gid <= macLimit && mac != null) {
                if (shape != null || mac.equals(" ")) {
                    count("mac");
                    return mac;
                }
            }
            if (shape == null) return null;
            if (shape.advance() == 0) return mark(gid, depth);
            ReferenceFont.Match m = ref.letter(shape, placed);
            if (m != null && m.score() >= MIN_LETTER && m.margin() >= MIN_LETTER_MARGIN) {
                count("shape");
                return m.text();
            }
            return null;
        }

        /** Base letter (the component whose metrics the glyph uses) then the marks, composed to NFC. */
        private String composite(GlyfCompositeDescript comp, int depth) throws IOException {
            List<GlyfCompositeComp> parts = comp.getComponents();
            int baseIndex = 0;
            for (int i = 0; i < parts.size(); i++) {
                if ((parts.get(i).getFlags() & USE_MY_METRICS) != 0) { baseIndex = i; break; }
            }
            String base = decode(parts.get(baseIndex).getGlyphIndex(), depth + 1);
            if (base == null) return null;
            StringBuilder marks = new StringBuilder();
            for (int i = 0; i < parts.size(); i++) {
                if (i == baseIndex) continue;
                String m = mark(parts.get(i).getGlyphIndex(), depth + 1);
                if (m == null) return null;
                marks.append(m);
            }
            if (marks.isEmpty()) return base;
            // a dotless i under a mark above is the letter i (í = ı + ´)
            if (base.equals("ı")) base = "i";
            count("composite");
            return Normalizer.normalize(base + marks, Normalizer.Form.NFC);
        }

        /** A component stacked on a base letter: a combining mark, from the sources or by its form. */
        private String mark(int gid, int depth) throws IOException {
            String e = exact.get(gid);
            String known = e != null ? e.substring(e.indexOf('\u0000') + 1) : gid <= macLimit ? macName(gid) : null;
            if (known != null) {
                Character c = ReferenceFont.SPACING_TO_COMBINING.get(known.charAt(0));
                if (known.length() == 1 && c != null) return String.valueOf(c);
                if (known.length() == 1 && ReferenceFont.MARKS.indexOf(known.charAt(0)) >= 0) return known;
            }
            GlyphShape shape = shape(gid);
            if (shape == null) return null;
            ReferenceFont.Match m = ref.mark(shape);
            if (m != null && m.score() >= MIN_MARK && m.margin() >= MIN_MARK_MARGIN) {
                count("mark shape");
                return m.text();
            }
            return null;
        }

        /**
         * The last glyph id up to which this font follows the standard Macintosh order: every simple glyph from
         * id 3 on has the advance width and outline of its Mac name's character in the reference font (or the
         * text an exact source gives); the first that does not ends the verified range.
         */
        private int verifiedMacLimit() throws IOException {
            int limit = 2;
            for (int gid = 3; gid < Math.min(258, ttf.getNumberOfGlyphs()); gid++) {
                GlyphData g = glyph(gid);
                if (g == null || g.getNumberOfContours() <= 0) continue; // empty or composite: not evidence
                String mac = macName(gid);
                GlyphShape shape = shape(gid);
                String e = exact.get(gid);
                boolean agrees = mac != null && shape != null
                        && (e != null ? e.endsWith("\u0000" + mac) : ref.isBestOrNear(mac, shape, MIN_MAC, MAC_SLACK));
                if (!agrees) break;
                limit = gid;
            }
            return limit;
        }

        /** The font builds its accented letters as composites of a letter and marks (any composite in the subset). */
        private boolean composesAccents() throws IOException {
            for (int gid = 3; gid < ttf.getNumberOfGlyphs(); gid++) {
                GlyphData g = glyph(gid);
                if (g != null && g.getDescription() instanceof GlyfCompositeDescript) return true;
            }
            return false;
        }

        /**
         * In a font that composes its accented letters, a simple glyph is not one of them: letters with a mark
         * stacked on them are no candidates, except the horned ơ ư Ơ Ư (one outline in such fonts).
         */
        private void excludePrecomposed() {
            for (int cp = 0xC0; cp <= 0x1EF9; cp++) {
                String nfd = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
                if (nfd.length() > 1 && !nfd.substring(1).equals("\u031B")) placed.add(new String(Character.toChars(cp)));
            }
        }

        private static String macName(int gid) {
            if (gid < 3 || gid >= WGL4Names.NUMBER_OF_MAC_GLYPHS) return null;
            return GlyphList.getAdobeGlyphList().toUnicode(WGL4Names.getGlyphName(gid));
        }

        private void fromCmap() throws IOException {
            if (ttf.getCmap() == null) return;
            for (CmapSubtable st : ttf.getCmap().getCmaps()) {
                boolean unicode = st.getPlatformId() == 0 || (st.getPlatformId() == 3
                        && (st.getPlatformEncodingId() == 1 || st.getPlatformEncodingId() == 10));
                if (!unicode) continue;
                for (int cp = 0x20; cp < 0x10000; cp++) {
                    int gid = st.getGlyphId(cp);
                    if (gid > 0 && !Character.isSurrogate((char) cp)) {
                        exact.putIfAbsent(gid, "cmap\u0000" + new String(Character.toChars(cp)));
                    }
                }
            }
        }

        private void fromGlyphNames() throws IOException {
            if (ttf.getPostScript() == null || ttf.getPostScript().getGlyphNames() == null) return;
            String[] names = ttf.getPostScript().getGlyphNames();
            for (int gid = 1; gid < names.length; gid++) {
                String n = names[gid];
                if (n == null || n.startsWith(".")) continue;
                String u = GlyphList.getAdobeGlyphList().toUnicode(n);
                if (u != null) exact.putIfAbsent(gid, "names\u0000" + u);
            }
        }

        private GlyphData glyph(int gid) throws IOException {
            return gid < 0 || gid >= ttf.getNumberOfGlyphs() ? null : ttf.getGlyph().getGlyph(gid);
        }

        private GlyphShape shape(int gid) throws IOException {
            GlyphData g = glyph(gid);
            if (g == null || g.getNumberOfContours() == 0) return null;
            return GlyphShape.of(g.getPath(), ttf.getAdvanceWidth(gid), upem);
        }

        private void count(String source) {
            sources.merge(source, 1, Integer::sum);
        }

        String fingerprint(int gid) throws IOException {
            return fingerprint(ttf, gid);
        }

        /** Advance, box and point count: equal for the same glyph of the same font in two subsets. */
        static String fingerprint(TrueTypeFont ttf, int gid) throws IOException {
            if (gid < 0 || gid >= ttf.getNumberOfGlyphs()) return "none";
            GlyphData g = ttf.getGlyph().getGlyph(gid);
            String box = g == null ? "empty" : g.getNumberOfContours() + ":" + g.getXMinimum() + "," + g.getYMinimum()
                    + "," + g.getXMaximum() + "," + g.getYMaximum() + ":" + g.getDescription().getPointCount();
            return ttf.getAdvanceWidth(gid) + ":" + box;
        }
    }
}

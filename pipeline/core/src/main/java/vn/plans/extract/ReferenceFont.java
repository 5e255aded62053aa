package vn.plans.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * The glyphs of one style of a metric-compatible font (Liberation Serif 2 for Times New Roman: same advance widths,
 * similar outlines, and it has the Vietnamese letters and combining marks) as {@link GlyphShape}s, to recognize an
 * embedded glyph by its width and outline. Candidates are the characters Vietnamese documents print: ASCII, Latin-1,
 * the Vietnamese letters, common punctuation, and the combining marks.
 */
final class ReferenceFont {
    /** A recognized character with its similarity and the next best candidate's (for a margin). */
    record Match(String text, double score, double runnerUp) {
        double margin() {
            return score - runnerUp;
        }
    }

    /**
     * The combining marks of Vietnamese, that a composite glyph stacks on its base letter: grave, acute,
     * circumflex, tilde, breve, hook above, dot below. Not the horn (the horned letters ơ ư Ơ Ư are single outlines
     * in these fonts, and a free horn is too like an italic hook above), nor the marks of other languages (their
     * letters sit in the Macintosh range of the font, decoded there); a mark outside this set is left undecoded.
     */
    static final String MARKS = "\u0300\u0301\u0302\u0303\u0306\u0309\u0323";
    /** Spacing accents and the combining mark each stands for when it is a component of a composite glyph. */
    static final Map<Character, Character> SPACING_TO_COMBINING = Map.ofEntries(
            Map.entry('`', '\u0300'), Map.entry('\u00B4', '\u0301'), Map.entry('\u02C6', '\u0302'),
            Map.entry('^', '\u0302'), Map.entry('\u02DC', '\u0303'), Map.entry('~', '\u0303'),
            Map.entry('\u00AF', '\u0304'), Map.entry('\u02D8', '\u0306'), Map.entry('\u02D9', '\u0307'),
            Map.entry('\u00A8', '\u0308'), Map.entry('\u02DA', '\u030A'), Map.entry('\u02C7', '\u030C'));
    /** Widths within this part of the em are the same width (metric-compatible fonts agree to the unit). */
    static final double WIDTH_TOLERANCE = 0.002;

    private final Map<String, GlyphShape> letters = new LinkedHashMap<>();
    private final Map<String, GlyphShape> marks = new LinkedHashMap<>();
    private final Map<String, Double> advances = new LinkedHashMap<>();

    private ReferenceFont() {}

    static ReferenceFont load(Path ttfFile) throws IOException {
        ReferenceFont f = new ReferenceFont();
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(ttfFile.toFile()))) {
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            double upem = ttf.getUnitsPerEm();
            for (int cp : candidates()) {
                int gid = cmap.getGlyphId(cp);
                if (gid == 0) continue;
                String s = new String(Character.toChars(cp));
                f.advances.put(s, ttf.getAdvanceWidth(gid) / upem);
                GlyphData g = ttf.getGlyph().getGlyph(gid);
                GlyphShape shape = g == null ? null : GlyphShape.of(g.getPath(), ttf.getAdvanceWidth(gid), upem);
                if (shape == null) continue;
                Map<String, GlyphShape> kind = MARKS.indexOf(cp) >= 0 ? f.marks : f.letters;
                // of two characters drawn alike the first listed (the Vietnamese one) is the reading
                if (kind.values().stream().noneMatch(shape::sameAs)) kind.put(s, shape);
            }
        }
        return f;
    }

    /** The advance width (in em) of a character, or NaN when the font lacks it. */
    double advance(String text) {
        return advances.getOrDefault(text, Double.NaN);
    }

    /** How like {@code text}'s glyph the shape is: 0 when the widths differ, else the frame similarity. */
    double agreement(String text, GlyphShape shape) {
        GlyphShape ref = letters.get(text);
        if (ref == null || Math.abs(ref.advance() - shape.advance()) > WIDTH_TOLERANCE) return 0;
        return ref.frameSimilarity(shape);
    }

    /** Whether {@code text}'s glyph is, or is within {@code slack} of, the best match for the shape. */
    boolean isBestOrNear(String text, GlyphShape shape, double minimum, double slack) {
        double a = agreement(text, shape);
        Match best = letter(shape);
        return a >= minimum && best != null && a >= best.score() - slack;
    }

    /** The letter or sign of the same advance width whose outline is most like the shape. */
    Match letter(GlyphShape shape) {
        return letter(shape, Set.of());
    }

    /** As {@link #letter(GlyphShape)}, among the characters not excluded (those the font has elsewhere). */
    Match letter(GlyphShape shape, Set<String> excluded) {
        String best = null;
        double score = 0, second = 0;
        for (var e : letters.entrySet()) {
            if (Math.abs(e.getValue().advance() - shape.advance()) > WIDTH_TOLERANCE) continue;
            if (excluded.contains(e.getKey())) continue;
            double s = e.getValue().frameSimilarity(shape);
            if (s > score) { second = score; score = s; best = e.getKey(); }
            else if (s > second) second = s;
        }
        return best == null ? null : new Match(best, score, second);
    }

    /**
     * The combining mark whose form is most like the shape (above or below the letter as the shape is), weighed by
     * how alike their proportions are.
     */
    Match mark(GlyphShape shape) {
        String best = null;
        double score = 0, second = 0;
        for (var e : marks.entrySet()) {
            GlyphShape ref = e.getValue();
            if (ref.below() != shape.below()) continue;
            double aspect = Math.min(ref.aspect(), shape.aspect()) / Math.max(ref.aspect(), shape.aspect());
            double s = ref.formSimilarity(shape) * Math.sqrt(aspect);
            if (s > score) { second = score; score = s; best = e.getKey(); }
            else if (s > second) second = s;
        }
        return best == null ? null : new Match(best, score, second);
    }

    private static List<Integer> candidates() {
        List<Integer> cps = new ArrayList<>();
        for (int c = 0x20; c <= 0x7E; c++) cps.add(c);
        "ĂăĐđĨĩŨũƠơƯưı".codePoints().forEach(cps::add);
        for (int c = 0x1EA0; c <= 0x1EF9; c++) cps.add(c);
        for (int c = 0xA1; c <= 0xFF; c++) if (c != 0xAD) cps.add(c);
        "ŒœŠšŽžŸƒ–—‘’‚“”„†‡•…‰‹›€№™−≤≥≈≠∙ˆ˜˘˙˚ˇ".codePoints().forEach(cps::add);
        MARKS.codePoints().forEach(cps::add);
        return cps;
    }
}

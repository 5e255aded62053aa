package vn.plans.extract;

import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.BitSet;

/**
 * A glyph outline reduced to what tells glyphs apart across metric-compatible fonts: the advance width and the
 * bounding box in em units, and two coarse rasters of the filled outline, one in the glyph's own box (the form, for
 * marks that sit at different heights in different composites) and one in a fixed frame of the advance width and
 * the em (form and place, for letters: {@code o} and {@code 0} and {@code °} differ only there)).
 */
record GlyphShape(double advance, Rectangle2D box, BitSet form, BitSet frame) {
    static final int FORM = 20;
    static final int FRAME_COLS = 20, FRAME_ROWS = 32;
    /** The fixed frame spans this part of the em vertically (descender to cap height of accented capitals). */
    static final double FRAME_BOTTOM = -0.35, FRAME_TOP = 1.0;

    /** An outline in font units scaled by {@code 1/unitsPerEm}; null for an empty glyph. */
    static GlyphShape of(Shape outline, double advanceUnits, double unitsPerEm) {
        if (outline == null) return null;
        Shape em = AffineTransform.getScaleInstance(1 / unitsPerEm, 1 / unitsPerEm).createTransformedShape(outline);
        Rectangle2D box = em.getBounds2D();
        if (box.isEmpty()) return null;
        double advance = advanceUnits / unitsPerEm;
        double frameWidth = Math.max(advance, box.getMaxX()) - Math.min(0, box.getMinX());
        Rectangle2D frame = new Rectangle2D.Double(Math.min(0, box.getMinX()), FRAME_BOTTOM, frameWidth,
                FRAME_TOP - FRAME_BOTTOM);
        return new GlyphShape(advance, box, raster(em, box, FORM, FORM), raster(em, frame, FRAME_COLS, FRAME_ROWS));
    }

    /** Intersection over union of the own-box rasters (form only). */
    double formSimilarity(GlyphShape o) {
        return iou(form, o.form);
    }

    /** Intersection over union in the fixed frame (form and place). */
    double frameSimilarity(GlyphShape o) {
        return iou(frame, o.frame);
    }

    /** The same rasters (two reference glyphs drawn alike, such as Đ U+0110 and Ð U+00D0). */
    boolean sameAs(GlyphShape o) {
        return Math.abs(advance - o.advance) < 1e-9 && frame.equals(o.frame) && form.equals(o.form);
    }

    /** Width over height of the bounding box. */
    double aspect() {
        return box.getWidth() / Math.max(box.getHeight(), 1e-6);
    }

    /** A mark that sits under the baseline (dot below) rather than over the letter. */
    boolean below() {
        return box.getMaxY() < 0.05;
    }

    private static double iou(BitSet a, BitSet b) {
        BitSet and = (BitSet) a.clone();
        and.and(b);
        BitSet or = (BitSet) a.clone();
        or.or(b);
        return or.isEmpty() ? 0 : (double) and.cardinality() / or.cardinality();
    }

    private static BitSet raster(Shape em, Rectangle2D frame, int cols, int rows) {
        int scale = 4; // supersampled, then a cell is set when a quarter of it is ink
        BufferedImage img = new BufferedImage(cols * scale, rows * scale, BufferedImage.TYPE_BYTE_GRAY);
        var g = img.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            AffineTransform t = new AffineTransform();
            t.scale(cols * scale / frame.getWidth(), -rows * scale / frame.getHeight());
            t.translate(-frame.getMinX(), -frame.getMaxY());
            g.fill(t.createTransformedShape(em));
        } finally {
            g.dispose();
        }
        BitSet bits = new BitSet(cols * rows);
        var data = img.getRaster();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int ink = 0;
                for (int y = 0; y < scale; y++) {
                    for (int x = 0; x < scale; x++) if (data.getSample(c * scale + x, r * scale + y, 0) > 127) ink++;
                }
                if (ink * 4 >= scale * scale) bits.set(r * cols + c);
            }
        }
        return bits;
    }
}

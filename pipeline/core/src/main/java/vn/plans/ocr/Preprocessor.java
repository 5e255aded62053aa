package vn.plans.ocr;

/**
 * Image clean-up before recognition, each step on or off; the photo steps ({@link PhotoCorrection}) act only where
 * a measurement on the image calls for them: page detection and perspective correction (a page on a darker desk),
 * illumination flattening (uneven paper brightness), upscaling of photo-resolution images (under 120 dpi) to 300
 * dpi. Then removal of dark scanner borders, deskew by projection profile, and on request upscaling of every
 * image under 250 dpi, Otsu or adaptive (Sauvola) binarization. On the photo set (corpus/ocr/photo, 8 phone photos
 * 576x960 to 1200x1600, {@code plans eval-ocr}): raw Tesseract 28.9% CER, the pipeline without preprocessing 12.4%,
 * with the standard steps about 1.2% (the page rectified to 150 dpi, now 135; at 300 dpi it was 1.66% for twice
 * the CPU). A rectified photo measured to be one column of text ({@code one-column}) is read by Tesseract as one
 * block, and is not deskewed. Measured with {@code plans eval-ocr}
 * (corpus/ocr, 28 pages, and the two corpus-dev scans with reference transcriptions): border removal and deskew
 * cost little and never hurt (deskew gained on the degraded PDF set), so they are the standard; upscaling
 * 150-200 dpi pages made them 2-3x slower to recognize for no gain (Tesseract's LSTM reads them as well), and
 * binarization made degraded pages worse (0.08% -> 0.12% CER; Tesseract binarizes better itself), so both are off.
 */
public final class Preprocessor {
    static final int TARGET_DPI = 300;
    private static final double MAX_SKEW_DEGREES = 4;
    private static final double SKEW_STEP_DEGREES = 0.1;
    private static final double MIN_SKEW_DEGREES = 0.15;

    /** Below this resolution an image is a photo (or a fax), whose text is too small for Tesseract's model. */
    static final int PHOTO_DPI = 120;
    /** The steps {@link #of} knows, in the order they run. */
    public static final java.util.List<String> STEPS = java.util.List.of("perspective", "illumination", "upscale-photo",
            "upscale", "borders", "deskew", "binarize", "adaptive", "one-column");
    /** The standard steps. */
    public static final java.util.List<String> STANDARD = java.util.List.of("perspective", "illumination",
            "upscale-photo", "borders", "deskew", "one-column");

    /** A page ready for the engine, with what was measured of its layout. */
    public record Prepared(GreyRaster raster, OcrEngine.Layout layout) {}

    private final java.util.Set<String> steps;

    private Preprocessor(java.util.Set<String> steps) {
        this.steps = steps;
    }

    public Preprocessor(boolean upscale, boolean borders, boolean deskew, boolean binarize) {
        this(flags(upscale, borders, deskew, binarize));
    }

    private static java.util.Set<String> flags(boolean upscale, boolean borders, boolean deskew, boolean binarize) {
        java.util.Set<String> s = new java.util.HashSet<>();
        if (upscale) s.add("upscale");
        if (borders) s.add("borders");
        if (deskew) s.add("deskew");
        if (binarize) s.add("binarize");
        return java.util.Set.copyOf(s);
    }

    /** The standard steps ({@link #STANDARD}). */
    public Preprocessor() {
        this(java.util.Set.copyOf(STANDARD));
    }

    /** The named steps ({@link #STEPS}; "none" for none); unknown names are a usage error. */
    public static Preprocessor of(java.util.Collection<String> steps) {
        for (String s : steps) {
            if (!STEPS.contains(s) && !s.equals("none")) {
                throw new IllegalArgumentException("unknown preprocessing step '" + s + "' (known: " + STEPS + ", none)");
            }
        }
        return new Preprocessor(java.util.Set.copyOf(steps));
    }

    public GreyRaster apply(GreyRaster r) {
        return prepare(r).raster();
    }

    /**
     * The steps on {@code r}, and its layout: {@link OcrEngine.Layout#ONE_BLOCK} for a rectified photo whose text
     * is measured to be one column ({@code one-column}; {@link PhotoCorrection#oneColumn}), else
     * {@link OcrEngine.Layout#ANALYSE}. A rectified page is not deskewed: the homography has already squared it
     * to the page's corners (on corpus/ocr/photo deskew changed no character).
     */
    public Prepared prepare(GreyRaster r) {
        GreyRaster out = r;
        boolean rectified = false;
        if (steps.contains("perspective")) {
            double[][] corners = PhotoCorrection.findPage(out);
            if (corners != null) {
                out = PhotoCorrection.rectify(out, corners);
                rectified = true;
            }
        }
        if (steps.contains("illumination")) {
            float[] paper = PhotoCorrection.paperLevel(out); // measured once: the signal and the flattening share it
            if (PhotoCorrection.unevenness(paper) > PhotoCorrection.UNEVEN_LIGHT) out = PhotoCorrection.flatten(out, paper);
        }
        if (steps.contains("upscale-photo") && out.dpi() < PHOTO_DPI) out = scale(out, (double) TARGET_DPI / out.dpi());
        boolean upscale = steps.contains("upscale"), borders = steps.contains("borders"), deskew = steps.contains("deskew");
        boolean binarize = steps.contains("binarize");
        if (upscale && out.dpi() < TARGET_DPI * 5 / 6) out = scale(out, (double) TARGET_DPI / out.dpi());
        if (borders) out = whitenBorders(out);
        if (deskew && !rectified) {
            double angle = skewDegrees(out);
            if (Math.abs(angle) >= MIN_SKEW_DEGREES) out = rotate(out, angle);
        }
        if (binarize) out = binarize(out, otsu(out));
        if (steps.contains("adaptive")) out = PhotoCorrection.sauvola(out);
        boolean oneBlock = rectified && steps.contains("one-column") && PhotoCorrection.oneColumn(out);
        return new Prepared(out, oneBlock ? OcrEngine.Layout.ONE_BLOCK : OcrEngine.Layout.ANALYSE);
    }

    /** The raster scaled down (area-averaged) to at most {@code maxPixels}, or itself when it fits. */
    static GreyRaster fitWithin(GreyRaster r, long maxPixels) {
        long pixels = (long) r.width() * r.height();
        if (pixels <= maxPixels) return r;
        int step = (int) Math.ceil(Math.sqrt((double) pixels / maxPixels));
        int w = r.width() / step, h = r.height() / step;
        byte[] out = new byte[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int sum = 0;
                for (int dy = 0; dy < step; dy++) {
                    for (int dx = 0; dx < step; dx++) sum += r.at(x * step + dx, y * step + dy);
                }
                out[y * w + x] = (byte) (sum / (step * step));
            }
        }
        return new GreyRaster(out, w, h, Math.max(1, r.dpi() / step));
    }

    /** Bilinear resampling by {@code factor}; the resolution scales with it. */
    static GreyRaster scale(GreyRaster r, double factor) {
        int w = (int) Math.round(r.width() * factor), h = (int) Math.round(r.height() * factor);
        byte[] out = new byte[w * h], px = r.pixels();
        for (int y = 0; y < h; y++) {
            double sy = Math.min((y + 0.5) / factor - 0.5, r.height() - 1.0);
            for (int x = 0; x < w; x++) {
                double sx = Math.min((x + 0.5) / factor - 0.5, r.width() - 1.0);
                out[y * w + x] = (byte) sample(px, r.width(), r.height(), Math.max(0, sx), Math.max(0, sy));
            }
        }
        return new GreyRaster(out, w, h, (int) Math.round(r.dpi() * factor));
    }

    /**
     * The {@code w} x {@code h} grey pixels {@code px} (row-major) at (sx, sy), 0 <= sx <= w - 1 and 0 <= sy <= h - 1,
     * interpolated bilinearly between the four pixels around it and rounded to the nearest level: the one sampling
     * of {@link #scale}, {@link #rotate} and {@link Homography#warpInverse}, on the array rather than the raster. The
     * workers' C1 compiler does not inline it (too large), yet the warp calling it per pixel costs what it did with
     * the arithmetic written out (within 3% in alternating C1-only runs), and scaling and rotation about 18% less.
     */
    static int sample(byte[] px, int w, int h, double sx, double sy) {
        int x0 = (int) sx, y0 = (int) sy, a = y0 * w + x0;
        int right = x0 + 1 < w ? 1 : 0, down = y0 + 1 < h ? w : 0;
        double fx = sx - x0, fy = sy - y0;
        double top = (px[a] & 0xFF) * (1 - fx) + (px[a + right] & 0xFF) * fx;
        double bottom = (px[a + down] & 0xFF) * (1 - fx) + (px[a + down + right] & 0xFF) * fx;
        return (int) (top * (1 - fy) + bottom * fy + 0.5);
    }

    /**
     * Rows and columns at the edges that are mostly dark (scanner lid, photocopy shadow) become white; the raster
     * itself when there are none (no copy of the page).
     */
    static GreyRaster whitenBorders(GreyRaster r) {
        int w = r.width(), h = r.height();
        int maxRows = h / 20, maxCols = w / 20;
        int top = 0, bottom = h, left = 0, right = w; // the dark edges are [0, top), [bottom, h), ... of r
        while (top < maxRows && darkShareRow(r, top) > 0.5) top++;
        while (bottom > h - maxRows && darkShareRow(r, bottom - 1) > 0.5) bottom--;
        while (left < maxCols && darkShareCol(r, left) > 0.5) left++;
        while (right > w - maxCols && darkShareCol(r, right - 1) > 0.5) right--;
        if (top == 0 && bottom == h && left == 0 && right == w) return r;
        byte[] px = r.pixels().clone();
        for (int y = 0; y < top; y++) fillRow(px, w, y);
        for (int y = bottom; y < h; y++) fillRow(px, w, y);
        for (int x = 0; x < left; x++) fillCol(px, w, h, x);
        for (int x = right; x < w; x++) fillCol(px, w, h, x);
        return new GreyRaster(px, w, h, r.dpi());
    }

    private static double darkShareRow(GreyRaster r, int y) {
        int dark = 0;
        for (int x = 0; x < r.width(); x++) if (r.at(x, y) < 128) dark++;
        return (double) dark / r.width();
    }

    private static double darkShareCol(GreyRaster r, int x) {
        int dark = 0;
        for (int y = 0; y < r.height(); y++) if (r.at(x, y) < 128) dark++;
        return (double) dark / r.height();
    }

    private static void fillRow(byte[] px, int w, int y) {
        java.util.Arrays.fill(px, y * w, (y + 1) * w, (byte) 255);
    }

    private static void fillCol(byte[] px, int w, int h, int x) {
        for (int y = 0; y < h; y++) px[y * w + x] = (byte) 255;
    }

    /**
     * Skew of the text lines in degrees, as the rotation ({@link #rotate}) that straightens them: the shear angle
     * that makes the horizontal projection of dark pixels sharpest, on a copy reduced to about 75 dpi.
     */
    static double skewDegrees(GreyRaster r) {
        int step = Math.max(1, r.dpi() / 75);
        int w = r.width() / step, h = r.height() / step;
        int threshold = otsu(r);
        int[] xs = new int[w * h / 4 + 16];
        int[] ys = new int[xs.length];
        int n = 0;
        for (int y = 0; y < h && n < xs.length; y++) {
            for (int x = 0; x < w && n < xs.length; x++) {
                if (r.at(x * step, y * step) < threshold) {
                    xs[n] = x;
                    ys[n] = y;
                    n++;
                }
            }
        }
        if (n < 200) return 0;
        double best = 0, bestScore = -1;
        int[] hist = new int[h * 2 + w];
        for (double a = -MAX_SKEW_DEGREES; a <= MAX_SKEW_DEGREES + 1e-9; a += SKEW_STEP_DEGREES) {
            double t = Math.tan(Math.toRadians(a));
            java.util.Arrays.fill(hist, 0);
            int offset = w;
            for (int i = 0; i < n; i++) {
                int row = (int) Math.round(ys[i] - xs[i] * t) + offset;
                if (row >= 0 && row < hist.length) hist[row]++;
            }
            double score = 0;
            for (int i = 1; i < hist.length; i++) {
                double d = hist[i] - hist[i - 1];
                score += d * d;
            }
            if (score > bestScore) {
                bestScore = score;
                best = a;
            }
        }
        return best;
    }

    /** Rotation about the centre by {@code degrees} (counter-clockwise positive on screen), white fill. */
    static GreyRaster rotate(GreyRaster r, double degrees) {
        int w = r.width(), h = r.height();
        double rad = Math.toRadians(degrees), cos = Math.cos(rad), sin = Math.sin(rad);
        double cx = w / 2.0, cy = h / 2.0;
        byte[] out = new byte[w * h], px = r.pixels();
        for (int y = 0; y < h; y++) {
            double dy = y - cy;
            for (int x = 0; x < w; x++) {
                double dx = x - cx;
                double sx = cx + dx * cos - dy * sin;
                double sy = cy + dx * sin + dy * cos;
                out[y * w + x] = (byte) (sx < 0 || sy < 0 || sx > w - 1 || sy > h - 1 ? 255 : sample(px, w, h, sx, sy));
            }
        }
        return new GreyRaster(out, w, h, r.dpi());
    }

    /** Otsu's threshold over the grey histogram. */
    static int otsu(GreyRaster r) {
        long[] hist = new long[256];
        for (byte b : r.pixels()) hist[b & 0xFF]++;
        long total = r.pixels().length;
        double sum = 0;
        for (int i = 0; i < 256; i++) sum += (double) i * hist[i];
        double sumB = 0, best = -1;
        long wB = 0;
        int threshold = 128;
        for (int t = 0; t < 256; t++) {
            wB += hist[t];
            if (wB == 0) continue;
            long wF = total - wB;
            if (wF == 0) break;
            sumB += (double) t * hist[t];
            double mB = sumB / wB, mF = (sum - sumB) / wF;
            double between = (double) wB * wF * (mB - mF) * (mB - mF);
            if (between > best) {
                best = between;
                threshold = t + 1;
            }
        }
        return threshold;
    }

    static GreyRaster binarize(GreyRaster r, int threshold) {
        byte[] out = new byte[r.pixels().length];
        for (int i = 0; i < out.length; i++) out[i] = (byte) ((r.pixels()[i] & 0xFF) < threshold ? 0 : 255);
        return new GreyRaster(out, r.width(), r.height(), r.dpi());
    }
}

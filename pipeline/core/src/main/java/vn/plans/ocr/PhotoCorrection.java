package vn.plans.ocr;

/**
 * Clean-up for photographed pages, each step taken only when a measurement on the image says it is needed:
 * <ul>
 * <li>{@link #findPage page detection and perspective correction}: when the image's border is mostly darker than
 *     the paper (a page lying on a desk), the page's four corners are found and the page is rectified to an upright
 *     A4 rectangle at {@link #TARGET_DPI}, which also upscales a small photo to an effective 135 dpi;
 * <li>{@link #flatten illumination flattening}: when the paper's brightness varies by more than
 *     {@link #UNEVEN_LIGHT} across the page, each pixel is divided by a smooth estimate of the paper under it;
 * <li>{@link #sauvola adaptive binarization} (Sauvola), only on request: measured worse than Tesseract's own.
 * </ul>
 */
public final class PhotoCorrection {
    /**
     * The rectified page's resolution. Measured on corpus/ocr/photo (8 phone photos, flattened; CPU seconds of the
     * steps and Tesseract, CER of Tesseract's output): in one run 300 dpi 27.3 s, 1.66%; 200 dpi 18.0 s, 1.36%;
     * 150 dpi 13.9 s, 1.24%; in another 170 dpi 12.2 s, 1.39%; 150 dpi 10.8 s, 1.24%; 120 dpi 10.4 s, 1.30%. Then,
     * read as one block where {@link #oneColumn} says so (Tesseract in this JVM, pages alternating, CPU relative to
     * 150 dpi): 150 dpi 1.25% CER, 135 dpi 0.92-0.96 of the CPU and 1.22%, 120 dpi 0.86-0.92 and 1.30%; through the
     * whole pipeline (scripts/bench ocr) 150 dpi 0.76% CER / 1.61% SER, 135 dpi 0.70% / 1.47%, 120 dpi 0.83% / 1.75%.
     * At 135 dpi body text has an x-height of about 11 pixels; Tesseract scales every line to its model's 36-pixel
     * input anyway, so more pixels only cost layout analysis and line-image handling, and resampling a 60-145 dpi
     * photo further invents no detail; below that the marks start to suffer.
     */
    static final int TARGET_DPI = 135;
    static final double A4_WIDTH_INCHES = 8.27, A4_HEIGHT_INCHES = 11.69;
    /** Share of the outer band that must be darker than the paper for the image to count as a page on a desk. */
    static final double DARK_FRAME = 0.5;
    /** Relative spread (5th to 95th percentile over the median) of the paper's brightness that calls for flattening. */
    static final double UNEVEN_LIGHT = 0.15;

    private PhotoCorrection() {}

    /**
     * The page's corners (top-left, top-right, bottom-right, bottom-left, in pixels of {@code r}) when the image
     * shows a page on a darker background, else null. Paper is what is brighter than Otsu's threshold; the corners
     * are the extreme paper pixels along the diagonals, on a copy reduced to about 600 pixels across.
     */
    static double[][] findPage(GreyRaster r) {
        int step = Math.max(1, r.width() / 600);
        int w = r.width() / step, h = r.height() / step;
        int[] v = new int[w * h];
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) v[y * w + x] = r.at(x * step, y * step);
        int t = Preprocessor.otsu(r);
        int band = Math.max(2, Math.min(w, h) / 40);
        int frame = 0, dark = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (x >= band && y >= band && x < w - band && y < h - band) continue;
                frame++;
                if (v[y * w + x] < t) dark++;
            }
        }
        if (dark < DARK_FRAME * frame) return null; // paper reaches the edges: a scan, or a photo filling the frame
        double[][] best = new double[4][];
        double[] score = {Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE};
        for (int y = 1; y < h - 1; y++) {
            for (int x = 1; x < w - 1; x++) {
                double s = x + y, d = x - y;
                // the paper test (nine pixels) only where the pixel would move a corner: on most pixels none
                if (!(s < score[0] || d > score[1] || s > score[2] || d < score[3]) || !paper(v, w, x, y, t)) continue;
                if (s < score[0]) { score[0] = s; best[0] = new double[] {x, y}; }
                if (d > score[1]) { score[1] = d; best[1] = new double[] {x, y}; }
                if (s > score[2]) { score[2] = s; best[2] = new double[] {x, y}; }
                if (d < score[3]) { score[3] = d; best[3] = new double[] {x, y}; }
            }
        }
        if (best[0] == null) return null;
        double area = 0; // shoelace: the quadrilateral must be a page, not a speck
        for (int i = 0; i < 4; i++) {
            double[] a = best[i], b = best[(i + 1) % 4];
            area += a[0] * b[1] - b[0] * a[1];
        }
        if (Math.abs(area) / 2 < 0.3 * w * h) return null;
        double[][] corners = new double[4][];
        for (int i = 0; i < 4; i++) corners[i] = new double[] {(best[i][0] + 0.5) * step, (best[i][1] + 0.5) * step};
        return corners;
    }

    /** Paper at (x, y) and around it: a lone bright pixel on the desk is noise, not a corner. */
    private static boolean paper(int[] v, int w, int x, int y, int t) {
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) if (v[(y + dy) * w + x + dx] < t) return false;
        }
        return true;
    }

    /** The page inside {@code corners} as an upright A4 raster at {@link #TARGET_DPI}. */
    static GreyRaster rectify(GreyRaster r, double[][] corners) {
        int w = (int) Math.round(A4_WIDTH_INCHES * TARGET_DPI), h = (int) Math.round(A4_HEIGHT_INCHES * TARGET_DPI);
        double[][] target = {{0, 0}, {w, 0}, {w, h}, {0, h}};
        return Homography.of(target, corners).warpInverse(r, w, h, TARGET_DPI, 255);
    }

    /**
     * The paper's brightness under each pixel: the brightest value of each cell (about 1/24 of the width, larger
     * than a letter, smaller than the light's changes), smoothed over the neighbouring cells.
     */
    static float[] paperLevel(GreyRaster r) {
        int cell = Math.max(8, r.width() / 24);
        int cw = (r.width() + cell - 1) / cell, ch = (r.height() + cell - 1) / cell;
        float[] max = new float[cw * ch];
        byte[] px = r.pixels();
        for (int y = 0; y < r.height(); y++) {
            int row = (y / cell) * cw;
            for (int x0 = 0, c = 0; x0 < r.width(); x0 += cell, c++) {
                int m = 0;
                for (int x = x0, i = y * r.width() + x0, end = Math.min(r.width(), x0 + cell); x < end; x++, i++) {
                    m = Math.max(m, px[i] & 0xFF);
                }
                if (m > max[row + c]) max[row + c] = m;
            }
        }
        float[] smooth = new float[max.length];
        for (int cy = 0; cy < ch; cy++) {
            for (int cx = 0; cx < cw; cx++) {
                float sum = 0;
                int n = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int x = cx + dx, y = cy + dy;
                        if (x < 0 || y < 0 || x >= cw || y >= ch) continue;
                        sum += max[y * cw + x];
                        n++;
                    }
                }
                smooth[cy * cw + cx] = sum / n;
            }
        }
        return smooth;
    }

    /** Spread of the paper level (5th to 95th percentile) relative to its median: 0 for even light. */
    static double unevenness(GreyRaster r) {
        return unevenness(paperLevel(r));
    }

    /** {@link #unevenness(GreyRaster)} of a {@link #paperLevel} already measured. */
    static double unevenness(float[] paperLevel) {
        float[] level = paperLevel.clone();
        java.util.Arrays.sort(level);
        double median = level[level.length / 2];
        if (median <= 0) return 0;
        return (level[(int) (level.length * 0.95)] - level[(int) (level.length * 0.05)]) / median;
    }

    /** Each pixel divided by the paper level under it (interpolated between cells), paper to white. */
    static GreyRaster flatten(GreyRaster r) {
        return flatten(r, paperLevel(r));
    }

    /**
     * {@link #flatten(GreyRaster)} with the {@link #paperLevel} already measured. The level is interpolated between
     * the rows of cells once per row, then along the row, the column weights computed once per image.
     */
    static GreyRaster flatten(GreyRaster r, float[] level) {
        int w = r.width(), h = r.height();
        int cell = Math.max(8, w / 24);
        int cw = (w + cell - 1) / cell, ch = (h + cell - 1) / cell;
        int[] x0s = new int[w], x1s = new int[w];
        float[] fxs = new float[w];
        for (int x = 0; x < w; x++) {
            double gx = Math.max(0, Math.min(cw - 1.0, (x + 0.5) / cell - 0.5));
            x0s[x] = (int) gx;
            x1s[x] = Math.min(cw - 1, x0s[x] + 1);
            fxs[x] = (float) (gx - x0s[x]);
        }
        byte[] px = r.pixels(), out = new byte[w * h];
        float[] cellLevel = new float[cw];
        for (int y = 0; y < h; y++) {
            double gy = Math.max(0, Math.min(ch - 1.0, (y + 0.5) / cell - 0.5));
            int y0 = (int) gy, y1 = Math.min(ch - 1, y0 + 1);
            float fy = (float) (gy - y0);
            // bilinear is separable: the cells' level at this row first, then along the row between cells
            for (int c = 0; c < cw; c++) cellLevel[c] = level[y0 * cw + c] * (1 - fy) + level[y1 * cw + c] * fy;
            for (int x = 0, i = y * w; x < w; x++, i++) {
                float l = cellLevel[x0s[x]] * (1 - fxs[x]) + cellLevel[x1s[x]] * fxs[x];
                int v = l <= 1 ? 255 : Math.round(255f * (px[i] & 0xFF) / l);
                out[i] = (byte) Math.min(255, v);
            }
        }
        return new GreyRaster(out, w, h, r.dpi());
    }

    /** A text band taller than this many median line heights is no single line (a table, stamp, picture). */
    static final double TALL_BAND = 3.0;
    /** A gap in a line wider than this many median line heights separates columns (a header's two blocks, cells). */
    static final double COLUMN_GAP = 2.5;

    /**
     * Whether the page's text is one column of lines, each a single run of words, so that reading it as one block
     * gives the lines of a full layout analysis. On a copy reduced to about 75 dpi, inside a 3% margin, ink
     * (darker than Otsu's threshold) is grouped into bands of rows; every band at least half the median band height
     * (lower ones are marks and specks) must be at most {@link #TALL_BAND} median heights tall and have no gap of
     * {@link #COLUMN_GAP} median heights or more between its ink. A two-block header (issuer left, national motto
     * right), a table, a signature block or a stamp fails this; so does a page with fewer than 5 lines.
     */
    static boolean oneColumn(GreyRaster r) {
        int step = Math.max(1, r.dpi() / 75);
        int w = r.width() / step, h = r.height() / step;
        int x0 = w * 3 / 100, x1 = w - x0, y0 = h * 3 / 100, y1 = h - y0;
        int t = Preprocessor.otsu(r);
        int[] rowInk = new int[h];
        for (int y = y0; y < y1; y++) {
            int n = 0;
            for (int x = x0; x < x1; x++) if (r.at(x * step, y * step) < t) n++;
            rowInk[y] = n;
        }
        java.util.List<int[]> bands = new java.util.ArrayList<>(); // [top, bottom) rows with ink
        for (int y = y0; y < y1; y++) {
            if (rowInk[y] < 2) continue;
            int top = y;
            while (y < y1 && rowInk[y] >= 2) y++;
            bands.add(new int[] {top, y});
        }
        if (bands.size() < 5) return false;
        int[] heights = bands.stream().mapToInt(b -> b[1] - b[0]).sorted().toArray();
        double median = heights[heights.length / 2];
        int lines = 0;
        boolean[] ink = new boolean[w];
        for (int[] b : bands) {
            int bh = b[1] - b[0];
            if (bh < median / 2) continue;
            if (bh > TALL_BAND * median) return false;
            lines++;
            java.util.Arrays.fill(ink, false);
            for (int y = b[0]; y < b[1]; y++) {
                for (int x = x0; x < x1; x++) if (r.at(x * step, y * step) < t) ink[x] = true;
            }
            int last = -1;
            for (int x = x0; x < x1; x++) {
                if (!ink[x]) continue;
                if (last >= 0 && x - last - 1 >= COLUMN_GAP * median) return false;
                last = x;
            }
        }
        return lines >= 5;
    }

    /** Sauvola's threshold over a window of about 1/40 of the width: T = m (1 + k (s / 128 - 1)), k = 0.3. */
    static GreyRaster sauvola(GreyRaster r) {
        int w = r.width(), h = r.height();
        long[] sum = new long[(w + 1) * (h + 1)], sq = new long[(w + 1) * (h + 1)];
        for (int y = 0; y < h; y++) {
            long rs = 0, rq = 0;
            for (int x = 0; x < w; x++) {
                int v = r.at(x, y);
                rs += v;
                rq += (long) v * v;
                sum[(y + 1) * (w + 1) + x + 1] = sum[y * (w + 1) + x + 1] + rs;
                sq[(y + 1) * (w + 1) + x + 1] = sq[y * (w + 1) + x + 1] + rq;
            }
        }
        int half = Math.max(7, w / 80);
        byte[] out = new byte[w * h];
        for (int y = 0; y < h; y++) {
            int ya = Math.max(0, y - half), yb = Math.min(h, y + half + 1);
            for (int x = 0; x < w; x++) {
                int xa = Math.max(0, x - half), xb = Math.min(w, x + half + 1);
                long n = (long) (xb - xa) * (yb - ya);
                long s = sum[yb * (w + 1) + xb] - sum[ya * (w + 1) + xb] - sum[yb * (w + 1) + xa] + sum[ya * (w + 1) + xa];
                long q = sq[yb * (w + 1) + xb] - sq[ya * (w + 1) + xb] - sq[yb * (w + 1) + xa] + sq[ya * (w + 1) + xa];
                double m = (double) s / n, sd = Math.sqrt(Math.max(0, (double) q / n - m * m));
                double t = m * (1 + 0.3 * (sd / 128 - 1));
                out[y * w + x] = (byte) (r.at(x, y) < t ? 0 : 255);
            }
        }
        return new GreyRaster(out, w, h, r.dpi());
    }
}

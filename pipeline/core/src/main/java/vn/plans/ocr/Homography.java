package vn.plans.ocr;

/**
 * A plane projective transform (3x3, h22 = 1) fixed by four point pairs: what a camera does to a flat page, and
 * what undoes it. {@link #map} takes source coordinates to target coordinates.
 */
public record Homography(double[] h) {
    /** The transform taking {@code from[i]} to {@code to[i]} (four {x, y} pairs each, no three collinear). */
    public static Homography of(double[][] from, double[][] to) {
        double[][] a = new double[8][9];
        for (int i = 0; i < 4; i++) {
            double x = from[i][0], y = from[i][1], u = to[i][0], v = to[i][1];
            a[2 * i] = new double[] {x, y, 1, 0, 0, 0, -u * x, -u * y, u};
            a[2 * i + 1] = new double[] {0, 0, 0, x, y, 1, -v * x, -v * y, v};
        }
        for (int c = 0; c < 8; c++) { // Gauss-Jordan with partial pivoting
            int p = c;
            for (int r = c + 1; r < 8; r++) if (Math.abs(a[r][c]) > Math.abs(a[p][c])) p = r;
            double[] t = a[c];
            a[c] = a[p];
            a[p] = t;
            if (Math.abs(a[c][c]) < 1e-12) throw new IllegalArgumentException("degenerate quadrilateral");
            for (int r = 0; r < 8; r++) {
                if (r == c) continue;
                double f = a[r][c] / a[c][c];
                for (int k = c; k < 9; k++) a[r][k] -= f * a[c][k];
            }
        }
        double[] h = new double[9];
        for (int i = 0; i < 8; i++) h[i] = a[i][8] / a[i][i];
        h[8] = 1;
        return new Homography(h);
    }

    /** The image of (x, y) as {x, y}. */
    public double[] map(double x, double y) {
        double w = h[6] * x + h[7] * y + h[8];
        return new double[] {(h[0] * x + h[1] * y + h[2]) / w, (h[3] * x + h[4] * y + h[5]) / w};
    }

    /**
     * The grey image {@code src} seen through this transform (which maps target pixels back to source pixels):
     * a {@code width} x {@code height} raster, bilinear, {@code fill} where the source has no pixel.
     */
    public GreyRaster warpInverse(GreyRaster src, int width, int height, int dpi, int fill) {
        byte[] out = new byte[width * height], px = src.pixels();
        int sw = src.width(), sh = src.height();
        double maxX = sw - 1, maxY = sh - 1;
        for (int y = 0; y < height; y++) {
            // along a row the homogeneous coordinates grow linearly: one step each, one division per pixel
            double cy = y + 0.5;
            double u = h[0] * 0.5 + h[1] * cy + h[2], v = h[3] * 0.5 + h[4] * cy + h[5], w = h[6] * 0.5 + h[7] * cy + h[8];
            for (int x = 0, i = y * width; x < width; x++, i++, u += h[0], v += h[3], w += h[6]) {
                double sx = u / w - 0.5, sy = v / w - 0.5;
                if (sx < 0 || sy < 0 || sx > maxX || sy > maxY) {
                    out[i] = (byte) fill;
                    continue;
                }
                out[i] = (byte) Preprocessor.sample(px, sw, sh, sx, sy);
            }
        }
        return new GreyRaster(out, width, height, dpi);
    }
}

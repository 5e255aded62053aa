package vn.plans.ocr;

/**
 * An 8-bit grey image, row-major, one byte per pixel (0 black .. 255 white), {@code width} bytes per row, with the
 * resolution it was scanned or rendered at (dots per inch; used to scale and to tell Tesseract the text size).
 */
public record GreyRaster(byte[] pixels, int width, int height, int dpi) {
    public GreyRaster {
        if (width <= 0 || height <= 0) throw new IllegalArgumentException("empty raster " + width + "x" + height);
        if (pixels.length != width * height) {
            throw new IllegalArgumentException("raster of " + width + "x" + height + " needs " + width * height
                    + " bytes, got " + pixels.length);
        }
        if (dpi <= 0) throw new IllegalArgumentException("resolution must be positive: " + dpi);
    }

    /** Grey value at (x, y), 0-255. */
    public int at(int x, int y) {
        return pixels[y * width + x] & 0xFF;
    }
}

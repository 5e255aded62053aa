package vn.plans.extract;

/**
 * Sizes beyond which a file is refused before its parser runs: pages of a PDF, pixels of an image, and the
 * uncompressed size of a zip container (DOCX, ODT). Archives hold absurd files; refusing them with a reason is
 * cheaper and clearer than letting a parser exhaust the heap.
 */
public record InputLimits(int maxPages, int maxMegapixels, int maxExpandedMegabytes) {
    public static final InputLimits DEFAULT = new InputLimits(2000, 50, 200);

    public InputLimits {
        if (maxPages < 1 || maxMegapixels < 1 || maxExpandedMegabytes < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}

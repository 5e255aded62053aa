package vn.plans.extract;

/**
 * Sizes beyond which a file is refused, each measured in the file rather than read from what it declares: pages of
 * a PDF counted in its page tree and frames of an image file, the pixels of every frame, the bytes a zip container
 * (DOCX, XLSX, ODT, and the packages embedded in them) really inflates to, and the text: a plain-text file's size,
 * any extracted text's characters (megabytes here are millions of characters). Archives hold absurd files;
 * refusing them with the limit, the value and the option is cheaper and clearer than letting a parser exhaust the
 * heap.
 */
public record InputLimits(int maxPages, int maxMegapixels, int maxExpandedMegabytes, int maxTextMegabytes) {
    public static final int DEFAULT_TEXT_MB = 16;
    public static final InputLimits DEFAULT = new InputLimits(2000, 50, 200, DEFAULT_TEXT_MB);

    public InputLimits {
        if (maxPages < 1 || maxMegapixels < 1 || maxExpandedMegabytes < 1 || maxTextMegabytes < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public InputLimits(int maxPages, int maxMegapixels, int maxExpandedMegabytes) {
        this(maxPages, maxMegapixels, maxExpandedMegabytes, DEFAULT_TEXT_MB);
    }

    public long maxTextChars() { return maxTextMegabytes * 1_000_000L; }
}

package vn.plans.ocr;

/**
 * One recognizer instance. Not thread-safe: {@link OcrService} gives each worker thread its own and closes them
 * when it is closed.
 */
public interface OcrEngine extends AutoCloseable {
    /** What the preprocessing measured of the page's layout, for the engine's page segmentation. */
    enum Layout {
        /** Unknown: the engine analyses the page (columns, blocks, tables) itself. */
        ANALYSE,
        /** One column of text lines, measured ({@link PhotoCorrection#oneColumn}): read as one block. */
        ONE_BLOCK
    }

    /**
     * @param deadlineMillis how long recognition may run before the engine gives up (0 = no limit)
     * @throws IllegalStateException when the engine fails on this page
     */
    OcrResult recognize(GreyRaster page, int deadlineMillis);

    /** {@link #recognize(GreyRaster, int)} told the page's layout; an engine that cannot use it ignores it. */
    default OcrResult recognize(GreyRaster page, Layout layout, int deadlineMillis) {
        return recognize(page, deadlineMillis);
    }

    @Override
    void close();
}

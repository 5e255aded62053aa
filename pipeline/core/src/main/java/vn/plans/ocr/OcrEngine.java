package vn.plans.ocr;

/**
 * One recognizer instance. Not thread-safe: {@link OcrService} gives each worker thread its own and closes them
 * when it is closed.
 */
public interface OcrEngine extends AutoCloseable {
    /**
     * @param deadlineMillis how long recognition may run before the engine gives up (0 = no limit)
     * @throws IllegalStateException when the engine fails on this page
     */
    OcrResult recognize(GreyRaster page, int deadlineMillis);

    @Override
    void close();
}

package vn.plans.pipeline;

import java.time.Duration;

/**
 * The time one file may take: {@code perFile} plus {@code perPage} for each page it OCRs, so the limit grows as OCR
 * announces pages. The local ingest's workers count it in CPU time, the Spark executors in wall-clock time; both
 * use this rule.
 */
public record FileTimeLimit(Duration perFile, Duration perPage) {
    /** The defaults of both ingests ({@code --timeout 300}, {@code --timeout-per-page 15}). */
    public static final FileTimeLimit DEFAULT = new FileTimeLimit(Duration.ofSeconds(300), Duration.ofSeconds(15));

    /** The limit for a file with {@code pages} OCR pages. */
    public Duration forPages(int pages) {
        return perFile.plus(perPage.multipliedBy(pages));
    }
}

package vn.plans.spark;

import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * Deals files into partitions of about equal estimated cost, so that OCR-heavy files spread over the executors
 * instead of one task drawing every scan. A file's cost is estimated from its survey in units of one digital page:
 * a scanned page (no font: OCR) costs {@link #SCANNED_PAGE}, a megabyte of input one unit more, and every file a
 * fixed {@link #PER_FILE} (type detection, structure, restoration). Files are sorted by cost, heaviest first, and
 * dealt in snake order (0, 1, …, n-1, n-1, …, 0, 0, 1, …), which gives every partition about the same total; Spark
 * then hands partitions to free slots as they finish.
 */
public final class Balance {
    private Balance() {}

    /** Measured: about 20-30 digital pages cost what one page of OCR costs (docs/scale.md, cost model). */
    static final double SCANNED_PAGE = 25;
    static final double PER_FILE = 3;

    public static double cost(FileSurvey s) {
        int digital = Math.max(0, s.pages() - s.scannedPages());
        return PER_FILE + digital + SCANNED_PAGE * s.scannedPages() + Math.max(0, s.size()) / 1e6;
    }

    /** The partition of the file of rank {@code rank} (0 = heaviest) among {@code n} partitions, in snake order. */
    static int slot(long rank, int n) {
        long round = rank / n;
        int pos = (int) (rank % n);
        return round % 2 == 0 ? pos : n - 1 - pos;
    }

    /** The files in {@code n} partitions of about equal cost. */
    public static JavaRDD<FileSurvey> deal(JavaRDD<FileSurvey> files, int n) {
        return files.sortBy(Balance::cost, false, n)
                .zipWithIndex()
                .mapToPair(t -> new Tuple2<>(slot(t._2(), n), t._1()))
                .partitionBy(new HashPartitioner(n))
                .values();
    }
}

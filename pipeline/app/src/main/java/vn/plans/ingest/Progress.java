package vn.plans.ingest;

import java.io.PrintWriter;

/**
 * Progress on stderr: a redrawn bar with count and rate on a terminal, a plain line every few seconds otherwise
 * (CI logs, pipes). Quiet for batches of one.
 */
final class Progress {
    private final PrintWriter err;
    private final int total;
    private final boolean tty;
    private final long start = System.nanoTime();
    private long lastPrint;
    private int done;

    Progress(PrintWriter err, int total, boolean tty) {
        this.err = err;
        this.total = total;
        this.tty = tty;
    }

    synchronized void step(String name) {
        done++;
        if (err == null || total < 2) return;
        long now = System.nanoTime();
        boolean last = done == total;
        if (!last && now - lastPrint < (tty ? 100_000_000L : 5_000_000_000L)) return;
        lastPrint = now;
        double secs = (now - start) / 1e9;
        double rate = secs > 0 ? done / secs : 0;
        if (tty) {
            int width = 30;
            int filled = (int) Math.round(width * (double) done / total);
            err.printf("\r[%s%s] %d/%d  %.1f docs/s  %-40.40s", "#".repeat(filled), " ".repeat(width - filled), done,
                    total, rate, vn.plans.output.Printable.of(name));
            if (last) err.println();
        } else {
            err.printf("%d/%d documents, %.1f docs/s%n", done, total, rate);
        }
        err.flush();
    }
}

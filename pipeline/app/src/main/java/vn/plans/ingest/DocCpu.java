package vn.plans.ingest;

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CPU time per document in a worker JVM that holds several at once, each on a serving thread of its own. A document
 * is charged its own thread's CPU time and all the JVM's CPU time outside the serving threads (OCR engines, the
 * collector, the compiler: they work for every document in flight and cannot be split among them), counted from
 * the moment its thread took it: never less than what it used, and with one document in flight the process's CPU
 * time, the measure a lone worker is limited by. Its <em>active</em> time, for telling a hung document from a slow one,
 * is its own thread's CPU time and the OCR threads' (named {@code ocr-}), without the collector's and compiler's,
 * which keep running for the other documents beside a hung one.
 */
final class DocCpu {
    private final java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Set<Long> serving = ConcurrentHashMap.newKeySet();

    /** Where one document's count starts: its thread and the counters then. */
    record Mark(long thread, long own, long outside, long ocr, long wallNanos) {}

    DocCpu() {
        if (threads.isThreadCpuTimeSupported() && !threads.isThreadCpuTimeEnabled()) threads.setThreadCpuTimeEnabled(true);
    }

    /** The calling thread serves documents (its CPU time is not counted as shared). */
    void serving() {
        serving.add(Thread.currentThread().threadId());
    }

    /** Starts a count on the calling thread. */
    Mark mark() {
        long t = Thread.currentThread().threadId();
        return new Mark(t, threadCpu(t), outside(), ocr(), System.nanoTime());
    }

    /** {charged, active} CPU nanoseconds since {@code m}. */
    long[] since(Mark m) {
        long own = threadCpu(m.thread()) - m.own();
        return new long[] {own + outside() - m.outside(), own + ocr() - m.ocr()};
    }

    private long threadCpu(long id) {
        long ns = threads.getThreadCpuTime(id);
        return Math.max(0, ns);
    }

    /** The process's CPU time less the serving threads'. */
    private long outside() {
        long all = ProcessCpu.own();
        if (all < 0) return 0;
        for (long id : serving) all -= threadCpu(id);
        return all;
    }

    /** The OCR threads' CPU time. */
    private long ocr() {
        long sum = 0;
        for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith("ocr-")) sum += threadCpu(info.getThreadId());
        }
        return sum;
    }

    /** A snapshot for the heartbeat: document number to its {charged, active} time. */
    static Map<Long, long[]> report(DocCpu cpu, Map<Long, Mark> inFlight) {
        Map<Long, long[]> out = new java.util.TreeMap<>();
        inFlight.forEach((seq, m) -> out.put(seq, cpu.since(m)));
        return out;
    }
}

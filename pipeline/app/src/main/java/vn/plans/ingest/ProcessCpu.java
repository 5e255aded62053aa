package vn.plans.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time (user + system, all threads, native ones included) a process has used, as Linux reports it in
 * {@code /proc/PID/stat} (in clock ticks of 1/100 s, the USER_HZ every Linux ABI uses) and as the JVM reports its
 * own. A worker's time budget is counted in this time, so that a worker that is only waiting for a core on a
 * loaded machine is not taken for one that runs too long. Elsewhere than Linux a child's value is unknown (-1).
 */
final class ProcessCpu {
    private static final long NANOS_PER_TICK = 10_000_000L;

    private ProcessCpu() {}

    /** CPU nanoseconds used by process {@code pid} so far, or -1 when unknown (gone, or not Linux). */
    static long nanos(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // "pid (comm) state ppid ..." : comm may hold spaces and parentheses, so count from the last ')'
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * NANOS_PER_TICK; // utime, stime (fields 14, 15)
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** CPU nanoseconds used by this JVM so far, or -1 when the platform does not say. */
    static long own() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }
}

package vn.plans.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A process's resident memory as Linux reports it in {@code /proc/PID/status}: {@code VmRSS} now and {@code VmHWM},
 * its high-water mark. Heap limits do not cover native memory (Tesseract's, PDFBox's image buffers), so a worker's
 * real footprint is only seen here. Elsewhere than Linux the values are unknown (-1).
 */
public final class ResidentMemory {
    private ResidentMemory() {}

    /** This process's peak resident size (VmHWM) in MB, or -1. */
    public static long selfPeakMb() {
        long kb = peakKb(ProcessHandle.current().pid());
        return kb < 0 ? -1 : kb / 1024;
    }

    /** Resident kilobytes now, or -1. */
    static long currentKb(long pid) {
        return field(pid, "VmRSS:");
    }

    /** Peak resident kilobytes so far, or -1. */
    static long peakKb(long pid) {
        return field(pid, "VmHWM:");
    }

    private static long field(long pid, String name) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith(name)) return Long.parseLong(line.substring(name.length()).replace("kB", "").strip());
            }
        } catch (IOException | RuntimeException e) {
            // gone, or not Linux
        }
        return -1;
    }

    /** A size in KB as -Xmx and {@link #parseKb} take it, in the largest exact unit ("2g", "1536m", "500k"). */
    public static String format(long kb) {
        return kb % (1024 * 1024) == 0 ? kb / (1024 * 1024) + "g" : kb % 1024 == 0 ? kb / 1024 + "m" : kb + "k";
    }

    /** "1536m", "2g", "800000k" or plain bytes, in kilobytes. */
    public static long parseKb(String size) {
        String s = size.strip().toLowerCase(java.util.Locale.ROOT);
        long unit = 1;
        char last = s.isEmpty() ? ' ' : s.charAt(s.length() - 1);
        if (last == 'k' || last == 'm' || last == 'g') {
            unit = last == 'k' ? 1 : last == 'm' ? 1024 : 1024 * 1024;
            s = s.substring(0, s.length() - 1);
        } else {
            return Long.parseLong(s) / 1024;
        }
        return Long.parseLong(s) * unit;
    }
}

package vn.plans.extract;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import vn.plans.model.FailureReason;

/**
 * What a zip container (DOCX, XLSX, PPTX, ODT) really expands to, counted while inflating, never read from the sizes
 * the central directory declares: every entry is inflated and its bytes counted, and an entry that is itself a zip
 * package (an embedded DOCX or XLSX, a zip inside a document) is opened as it streams and its entries counted too,
 * {@link #MAX_DEPTH} levels deep. The count stops at the first byte over the limit, so a bomb costs at most the limit
 * in inflation time and a 64 KB buffer in memory.
 */
final class ZipExpansion {
    static final int MAX_DEPTH = 3;
    private final long limit;
    private long total;
    private long declared;

    private ZipExpansion(long limit) { this.limit = limit; }

    /** True when the file starts with a zip local header ({@code PK\3\4}). */
    static boolean isZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    /** Inflates the whole container; returns the bytes it expands to, or fails with the expansion limit. */
    static long check(Path file, int maxMegabytes) throws ExtractionException {
        ZipExpansion z = new ZipExpansion(maxMegabytes * 1_000_000L);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (entry.getSize() > 0) z.declared += entry.getSize();
            }
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (entry.isDirectory()) continue;
                try (InputStream in = zip.getInputStream(entry)) {
                    z.consume(in, entry.getName(), 0);
                }
            }
        } catch (Over o) {
            throw new ExtractionException(z.bomb(maxMegabytes, o.entry));
        } catch (ZipException e) {
            throw new ExtractionException(FailureReason.Cause.CORRUPT,
                    "damaged zip container (Office document): " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ExtractionException(FailureReason.Cause.CORRUPT, "damaged zip container: " + e.getMessage(), e);
        }
        return z.total;
    }

    private void consume(InputStream raw, String name, int depth) throws IOException, ExtractionException {
        BufferedInputStream in = new BufferedInputStream(new Counted(raw, name), 1 << 16);
        in.mark(4);
        byte[] head = in.readNBytes(4);
        in.reset();
        if (depth < MAX_DEPTH && isZip(head)) {
            try {
                ZipInputStream nested = new ZipInputStream(in);
                for (ZipEntry e; (e = nested.getNextEntry()) != null; ) {
                    if (!e.isDirectory()) consume(nested, name + "/" + e.getName(), depth + 1);
                }
            } catch (ZipException damaged) {
                // an embedded package the parser cannot read either: its bytes are still counted below
            }
        }
        byte[] buf = new byte[1 << 16];
        while (in.read(buf) >= 0) { /* counted by Counted */ }
    }

    /** Counts what is read from one entry into the total, and stops at the first byte over the limit. */
    private final class Counted extends FilterInputStream {
        private final String name;

        Counted(InputStream in, String name) {
            super(in);
            this.name = name;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) add(1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) add(n);
            return n;
        }

        private void add(long n) throws IOException {
            total += n;
            if (total > limit) throw new Over(name);
        }
    }

    /** Carries the limit failure through the streams' IOException signatures. */
    private static final class Over extends IOException {
        final String entry;

        Over(String entry) {
            super("expansion limit");
            this.entry = entry;
        }
    }

    private FailureReason bomb(int maxMegabytes, String entry) {
        String how = "(inflated before stopping in " + entry + "; the zip declares " + (declared + 999_999) / 1_000_000 + " MB)";
        return FailureReason.limit("decompression bomb", new FailureReason.Limit("expanded size",
                (total + 999_999) / 1_000_000, maxMegabytes, "MB", "--max-expanded-mb", how));
    }
}

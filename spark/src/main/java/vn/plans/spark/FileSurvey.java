package vn.plans.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import vn.plans.model.FailureReason;
import vn.plans.pipeline.FileProcessor;
import vn.plans.pipeline.InputFiles;

/**
 * What the driver needs to know of one input before it is processed, measured on an executor: its content id (the
 * first 16 hex digits of the SHA-256, as in the local ingest), size, and for a PDF its pages and how many of them have
 * no font (scans, which the pipeline OCRs); an image counts as one scanned page. A file that cannot be read carries
 * the local ingest's reason instead.
 *
 * @param path     the file as the manifest and the record's {@code source.path} name it: a local path, else the URI
 * @param local    true for a file on this machine's file system ({@code path} is then a local path)
 */
public record FileSurvey(String path, boolean local, long size, String sha256, int pages, int scannedPages,
                         FailureReason failure) implements Serializable {
    /** PDFs larger than this are counted by size only when they are not local (they would be buffered in memory). */
    private static final long MAX_BUFFERED_PDF = 64L << 20;

    public String id() { return sha256 == null ? null : sha256.substring(0, 16); }

    /** Surveys one input; never throws (a file that cannot be read becomes a survey with the reason). */
    public static FileSurvey of(String path, boolean local) {
        try {
            return local ? local(Path.of(path)) : remote(path);
        } catch (IOException | RuntimeException e) {
            return new FileSurvey(path, local, -1, null, 0, 0, FileProcessor.failureOf(e));
        }
    }

    private static FileSurvey local(Path file) throws IOException {
        String p = file.toString();
        FailureReason unreadable = InputFiles.unreadable(file);
        if (unreadable != null) return new FileSurvey(p, true, -1, null, 0, 0, unreadable);
        String sha = InputFiles.sha256(file);
        long size = Files.size(file);
        int[] pages = pages(file, null);
        return new FileSurvey(p, true, size, sha, pages[0], pages[1], null);
    }

    private static FileSurvey remote(String uri) throws IOException {
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(uri);
        FileSystem fs = p.getFileSystem(new Configuration());
        long size = fs.getFileStatus(p).getLen();
        MessageDigest md = newDigest();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        boolean whole = size <= MAX_BUFFERED_PDF;
        try (InputStream in = new DigestInputStream(fs.open(p), md)) {
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                if (whole) head.write(buf, 0, n);
                else if (head.size() < 16) head.write(buf, 0, Math.min(n, 16 - head.size()));
            }
        }
        String sha = HexFormat.of().formatHex(md.digest());
        byte[] bytes = head.toByteArray();
        // a large remote PDF is not buffered: its pages are estimated from its size (100 kB a page)
        int[] pages = whole || !isPdf(bytes) ? pages(null, bytes) : new int[] {(int) Math.min(10_000, size / 100_000), 0};
        return new FileSurvey(uri, false, size, sha, pages[0], pages[1], null);
    }

    /** {pages, pages without a font} of a PDF; {1, 1} for an image; {0, 0} for anything else or a damaged PDF. */
    private static int[] pages(Path file, byte[] bytes) throws IOException {
        byte[] head = bytes != null ? bytes : readHead(file);
        if (isImage(head)) return new int[] {1, 1};
        if (!isPdf(head)) return new int[] {0, 0};
        try (PDDocument doc = file != null ? Loader.loadPDF(file.toFile()) : Loader.loadPDF(bytes)) {
            int scanned = 0;
            for (PDPage page : doc.getPages()) {
                PDResources r = page.getResources();
                if (r == null || !r.getFontNames().iterator().hasNext()) scanned++;
            }
            return new int[] {doc.getNumberOfPages(), scanned};
        } catch (IOException | RuntimeException e) {
            return new int[] {0, 0}; // encrypted or damaged: the pipeline reports it, and it costs little
        }
    }

    private static byte[] readHead(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(16);
        }
    }

    private static boolean isPdf(byte[] b) {
        return b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-';
    }

    private static boolean isImage(byte[] b) {
        if (b.length < 4) return false;
        int b0 = b[0] & 0xff, b1 = b[1] & 0xff;
        return b0 == 0xff && b1 == 0xd8 // JPEG
                || b0 == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
                || b[0] == 'I' && b[1] == 'I' && b[2] == '*' || b[0] == 'M' && b[1] == 'M' && b[3] == '*' // TIFF
                || b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' // WebP
                || b[0] == 'G' && b[1] == 'I' && b[2] == 'F' || b[0] == 'B' && b[1] == 'M';
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

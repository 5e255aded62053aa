package vn.plans.output;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The append-only record of every input ({@code manifest.jsonl}). Each line is written whole and flushed before
 * the next document starts; the latest line for a path is its state. A torn last line (a crash mid-write) is
 * ignored on reading. Every run appends a line per input (unchanged ones too), so the file grows with runs, not
 * with inputs: {@link #compact} rewrites it as the latest line per path (written beside it, then renamed over it, so
 * a crash leaves either file whole), which the ingest does when the lines outnumber the paths
 * ({@link #needsCompaction}) and {@code plans compact} on request.
 */
public final class Manifest implements AutoCloseable {
    private final Path file;
    private OutputStream out;
    private long linesRead;

    public Manifest(Path dir) throws IOException {
        Files.createDirectories(dir);
        this.file = dir.resolve("manifest.jsonl");
    }

    public Path file() { return file; }

    public synchronized void append(ManifestEntry e) throws IOException {
        if (out == null) {
            boolean torn = endsTorn();
            out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            if (torn) out.write('\n'); // a crash cut the last line: end it, so it does not swallow the next entry
        }
        byte[] line = (Json.MAPPER.writeValueAsString(e) + "\n").getBytes(StandardCharsets.UTF_8);
        out.write(line);
        out.flush();
    }

    private boolean endsTorn() throws IOException {
        if (!Files.exists(file) || Files.size(file) == 0) return false;
        try (java.nio.channels.SeekableByteChannel ch = Files.newByteChannel(file)) {
            java.nio.ByteBuffer last = java.nio.ByteBuffer.allocate(1);
            ch.position(ch.size() - 1).read(last);
            return last.get(0) != '\n';
        }
    }

    /** The latest entry per path, in first-seen order. */
    public Map<String, ManifestEntry> latest() throws IOException {
        Map<String, ManifestEntry> map = new LinkedHashMap<>();
        linesRead = 0;
        if (!Files.exists(file)) return map;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) continue;
                linesRead++;
                ManifestEntry e;
                try {
                    e = Json.MAPPER.readValue(line, ManifestEntry.class);
                } catch (IOException torn) {
                    continue;
                }
                map.remove(e.path());
                map.put(e.path(), e);
            }
        }
        return map;
    }

    /** Lines the last {@link #latest} read. */
    public long linesRead() { return linesRead; }

    /**
     * True when the last {@link #latest} read more than twice as many lines as it found paths (and at least
     * {@code minLines}): by then a rewrite costs less than the lines it saves every later run.
     */
    public boolean needsCompaction(Map<String, ManifestEntry> latest, long minLines) {
        return linesRead >= minLines && linesRead > 2L * latest.size();
    }

    /**
     * Rewrites the manifest as {@code latest} (one line per path, the map's order), through a temporary file that
     * is synced and then renamed over the manifest. Returns the lines written.
     */
    public synchronized long compact(Map<String, ManifestEntry> latest) throws IOException {
        close();
        Path tmp = file.resolveSibling(file.getFileName() + ".compact");
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(tmp, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
             OutputStream w = new java.io.BufferedOutputStream(java.nio.channels.Channels.newOutputStream(ch), 1 << 16)) {
            for (ManifestEntry e : latest.values()) {
                w.write(Json.MAPPER.writeValueAsBytes(e));
                w.write('\n');
            }
            w.flush();
            ch.force(true);
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        linesRead = latest.size();
        return latest.size();
    }

    @Override
    public synchronized void close() throws IOException {
        if (out != null) out.close();
        out = null;
    }
}

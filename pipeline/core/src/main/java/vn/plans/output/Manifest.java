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
 * ignored on reading.
 */
public final class Manifest implements AutoCloseable {
    private final Path file;
    private OutputStream out;

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
        if (!Files.exists(file)) return map;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) continue;
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

    @Override
    public synchronized void close() throws IOException {
        if (out != null) out.close();
        out = null;
    }
}

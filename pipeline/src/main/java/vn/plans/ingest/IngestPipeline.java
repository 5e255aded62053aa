package vn.plans.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import vn.plans.extract.DocumentExtractor;
import vn.plans.extract.ExtractionException;
import vn.plans.extract.TypeDetector;
import vn.plans.index.PlanIndex;
import vn.plans.model.PlanDocument;
import vn.plans.model.SourceInfo;
import vn.plans.output.DocumentStore;
import vn.plans.output.Manifest;
import vn.plans.output.ManifestEntry;

/**
 * Ingests files into the JSON store, the manifest and the index. Documents are processed by a pool of workers
 * (one per core by default); results are written by the calling thread in input order, so outputs are
 * deterministic. A file that fails at any stage becomes a failed manifest entry and the batch goes on.
 */
public final class IngestPipeline {
    private final TypeDetector detector = new TypeDetector();
    private final DocumentProcessor processor;
    private final int workers;

    public IngestPipeline(DocumentProcessor processor, int workers) {
        this.processor = processor;
        this.workers = Math.max(1, workers);
    }

    /** The outcome of processing one file, before anything is written. */
    private record Outcome(Path file, SourceInfo source, String id, PlanDocument doc, String failure, boolean skipped,
                           double seconds) {}

    public IngestSummary run(List<Path> inputs, DocumentStore store, Manifest manifest, PlanIndex index,
                             PrintWriter progressOut, boolean tty) throws IOException {
        long t0 = System.nanoTime();
        List<Path> files = InputFiles.expand(inputs);
        Map<String, ManifestEntry> before = manifest.latest();
        String run = Instant.now().toString();
        Progress progress = new Progress(progressOut, files.size(), tty);
        int ok = 0, failed = 0, skipped = 0, pages = 0, tasks = 0;
        List<String> failures = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "ingest-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            int window = workers * 4;
            List<Future<Outcome>> pending = new ArrayList<>();
            int next = 0;
            for (int i = 0; i < files.size(); i++) {
                while (next < files.size() && pending.size() < window + i) {
                    Path f = files.get(next++);
                    pending.add(pool.submit(() -> process(f, before, store)));
                }
                Outcome o = await(pending.get(i), files.get(i));
                pending.set(i, null);
                String key = o.file().toString();
                ManifestEntry prev = before.get(key);
                if (o.skipped()) {
                    skipped++;
                    manifest.append(entry(o, ManifestEntry.SKIPPED, "unchanged since " + prev.run(), run));
                } else if (o.failure() != null) {
                    failed++;
                    failures.add(key + ": " + o.failure());
                    manifest.append(entry(o, ManifestEntry.FAILED, o.failure(), run));
                } else {
                    PlanDocument doc = o.doc();
                    if (prev != null && prev.id() != null && !prev.id().equals(doc.id())) {
                        index.delete(prev.id()); // the file changed: its old record goes
                        store.delete(prev.id());
                    }
                    store.write(doc);
                    index.put(doc);
                    ok++;
                    pages += doc.pages().size();
                    tasks += doc.tasks().size();
                    manifest.append(new ManifestEntry(key, doc.id(), o.source().sha256(), o.source().mediaType(),
                            ManifestEntry.OK, null, doc.pages().size(), doc.tasks().size(), round(o.seconds()), run,
                            Instant.now().toString()));
                }
                if ((i + 1) % 50 == 0) index.commit();
                progress.step(o.file().getFileName().toString());
            }
            index.commit();
            store.writeTasks(store.ids());
        } finally {
            pool.shutdownNow();
        }
        return new IngestSummary(files.size(), ok, failed, skipped, pages, tasks, (System.nanoTime() - t0) / 1e9,
                failures);
    }

    private Outcome await(Future<Outcome> f, Path file) {
        try {
            return f.get();
        } catch (ExecutionException e) {
            return new Outcome(file, null, null, null, "internal error: " + e.getCause(), false, 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(file, null, null, null, "interrupted", false, 0);
        }
    }

    private Outcome process(Path file, Map<String, ManifestEntry> before, DocumentStore store) {
        long t0 = System.nanoTime();
        SourceInfo source = null;
        String id = null;
        try {
            if (!Files.isRegularFile(file)) return failure(file, null, null, "not a readable file", t0);
            if (!Files.isReadable(file)) return failure(file, null, null, "permission denied", t0);
            String sha = sha256(file);
            id = sha.substring(0, 16);
            ManifestEntry prev = before.get(file.toString());
            if (prev != null && ManifestEntry.OK.equals(prev.status()) && sha.equals(prev.sha256()) && store.contains(id)) {
                return new Outcome(file, new SourceInfo(file.toString(), prev.mediaType(), sha, Files.size(file)), id,
                        null, null, true, 0);
            }
            long size = Files.size(file);
            String type = size == 0 ? "application/octet-stream" : detector.detect(file);
            source = new SourceInfo(file.toString(), type, sha, size);
            if (size == 0) return failure(file, source, id, "empty file (0 bytes)", t0);
            if (!DocumentExtractor.isSupported(type)) return failure(file, source, id, "unsupported file type " + type, t0);
            PlanDocument doc = processor.process(file, source, id);
            return new Outcome(file, source, id, doc, null, false, (System.nanoTime() - t0) / 1e9);
        } catch (ExtractionException e) {
            return failure(file, source, id, e.getMessage(), t0);
        } catch (IOException e) {
            return failure(file, source, id, "I/O error: " + e.getMessage(), t0);
        } catch (OutOfMemoryError e) {
            return failure(file, source, id, "out of memory while processing", t0);
        } catch (StackOverflowError e) {
            return failure(file, source, id, "document nesting too deep (stack overflow)", t0);
        } catch (RuntimeException e) {
            return failure(file, source, id, "internal error: " + e, t0);
        }
    }

    private static Outcome failure(Path file, SourceInfo source, String id, String reason, long t0) {
        return new Outcome(file, source, id, null, reason, false, (System.nanoTime() - t0) / 1e9);
    }

    private static ManifestEntry entry(Outcome o, String status, String reason, String run) {
        return new ManifestEntry(o.file().toString(), o.id(), o.source() == null ? null : o.source().sha256(),
                o.source() == null ? null : o.source().mediaType(), status, reason, null, null, round(o.seconds()), run,
                Instant.now().toString());
    }

    private static Double round(double s) {
        return Math.round(s * 1000) / 1000.0;
    }

    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) md.update(buf, 0, n);
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

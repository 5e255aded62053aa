package vn.plans.ingest;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import vn.plans.extract.ExtractionException;
import vn.plans.index.PlanIndex;
import vn.plans.model.FailureReason;
import vn.plans.model.PlanDocument;
import vn.plans.model.SourceInfo;
import vn.plans.output.DocumentStore;
import vn.plans.output.Manifest;
import vn.plans.output.ManifestEntry;
import vn.plans.output.Printable;
import vn.plans.pipeline.FileProcessor;
import vn.plans.pipeline.IngestSummary;
import vn.plans.pipeline.InputFiles;

/**
 * Ingests files into the JSON store, the manifest and the index. Documents are processed by a pool of threads
 * (one per core by default) with a bounded number in flight; each thread hands its file to the {@link FileProcessor}
 * (in this JVM, or a {@link WorkerPool} of child JVMs). Results are written by the calling thread as they complete,
 * so one slow file never holds the others back. A file that fails at any stage becomes a failed manifest entry and
 * the batch goes on.
 *
 * <p>Crash safety: for each document the JSON file is written first, then the index is updated, then the manifest
 * line is appended; the index is committed every {@code commitEvery} documents. After a crash ({@code kill -9}) the
 * next run starts with {@link Reconciler}, which re-indexes from JSON what the index lost and drops what the manifest
 * never confirmed, so a re-run finishes with no document missing or duplicated.
 */
public final class IngestPipeline {
    private final FileProcessor processor;
    private final int workers;
    private final int commitEvery;
    private volatile boolean stopRequested;

    public IngestPipeline(FileProcessor processor, int workers) {
        this(processor, workers, 50);
    }

    public IngestPipeline(FileProcessor processor, int workers, int commitEvery) {
        this.processor = processor;
        this.workers = Math.max(1, workers);
        this.commitEvery = Math.max(1, commitEvery);
    }

    /**
     * Asks a running {@link #run} to stop (SIGTERM/SIGINT): files in flight are abandoned (their worker is killed,
     * nothing of them is written, so the next run does them), what is done is committed, and run returns a summary
     * that says so.
     */
    public void requestStop() { stopRequested = true; }

    /** The outcome of processing one file, before anything is written. */
    private record Outcome(Path file, SourceInfo source, String id, PlanDocument doc, FailureReason failure, boolean skipped,
                           double seconds, ManifestEntry copyOf) {
        Outcome(Path file, SourceInfo source, String id, PlanDocument doc, FailureReason failure, boolean skipped,
                double seconds) {
            this(file, source, id, doc, failure, skipped, seconds, null);
        }
    }

    public IngestSummary run(List<Path> inputs, DocumentStore store, Manifest manifest, PlanIndex index,
                             PrintWriter progressOut, boolean tty) throws IOException {
        long t0 = System.nanoTime();
        Map<String, Long> phaseMs = new java.util.LinkedHashMap<>();
        InputFiles.Walk walk = InputFiles.walk(inputs);
        List<Path> files = walk.files();
        long t = lap(phaseMs, "walk", t0);
        Map<String, ManifestEntry> latest = manifest.latest();
        if (manifest.needsCompaction(latest, COMPACT_MIN_LINES)) manifest.compact(latest); // lines from earlier runs
        Map<String, ManifestEntry> current = new HashMap<>(latest);
        t = lap(phaseMs, "manifest", t);
        Reconciler.Repair repair = Reconciler.run(current, store, index);
        t = lap(phaseMs, "reconcile", t);
        boolean changed = repair.total() > 0;
        Map<String, ManifestEntry> before = Map.copyOf(current);
        Map<String, ManifestEntry> liveById = new HashMap<>();
        for (ManifestEntry e : current.values()) if (Reconciler.isLive(e)) liveById.putIfAbsent(e.id(), e);
        Map<String, Integer> liveRefs = new HashMap<>();
        for (ManifestEntry e : current.values()) if (Reconciler.isLive(e)) liveRefs.merge(e.id(), 1, Integer::sum);
        String run = Instant.now().toString();
        Progress progress = new Progress(progressOut, files.size(), tty);
        int ok = 0, failed = 0, skipped = 0, pages = 0, tasks = 0, sinceCommit = 0, abandoned = 0, notStarted = 0;
        java.util.Map<String, Long> stageMs = new java.util.LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        List<String> details = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (InputFiles.Refusal r : walk.refused()) {
            String key = r.path().toString();
            refused.add(Printable.of(key) + ": " + Printable.of(r.reason()));
            changed |= release(current.get(key), null, liveRefs, store, index); // was a document, is now a link out or unreadable
            ManifestEntry entry = new ManifestEntry(key, null, null, null, ManifestEntry.SKIPPED, r.reason(), null, null,
                    null, run, Instant.now().toString());
            manifest.append(entry);
            current.put(key, entry);
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread th = new Thread(r, "ingest-worker");
            th.setDaemon(true);
            return th;
        });
        try {
            CompletionService<Outcome> done = new ExecutorCompletionService<>(pool);
            int window = workers * 2;
            int next = 0;
            for (int i = 0; i < files.size(); i++) {
                while (next < files.size() && next - i < window) {
                    Path f = files.get(next++);
                    done.submit(() -> process(f, before, liveById, store));
                }
                Outcome o = null;
                while (o == null && !stopRequested) o = poll(done);
                if (o == null || stopRequested && o.failure() != null) { // a failure now may be the signal's doing
                    abandoned = next - i;
                    notStarted = files.size() - next;
                    break;
                }
                String key = o.file().toString();
                ManifestEntry prev = current.get(key);
                ManifestEntry entry;
                if (o.skipped()) {
                    skipped++;
                    entry = new ManifestEntry(key, prev.id(), prev.sha256(), prev.mediaType(), ManifestEntry.SKIPPED,
                            "unchanged since " + prev.run(), prev.pages(), prev.tasks(), 0.0, run, Instant.now().toString());
                } else if (o.copyOf() != null) {
                    ok++;
                    changed = true;
                    release(prev, o.id(), liveRefs, store, index);
                    if (!Reconciler.isLive(prev) || !o.id().equals(prev.id())) liveRefs.merge(o.id(), 1, Integer::sum);
                    entry = new ManifestEntry(key, o.id(), o.source().sha256(), o.source().mediaType(), ManifestEntry.OK,
                            "same bytes as " + o.copyOf().path(), o.copyOf().pages(), o.copyOf().tasks(),
                            round(o.seconds()), run, Instant.now().toString());
                } else if (o.failure() != null) {
                    failed++;
                    failures.add(Printable.of(key) + ": " + Printable.of(o.failure().message()));
                    if (o.failure().detail() != null) details.add(Printable.of(key) + ":\n" + o.failure().detail());
                    changed |= release(prev, null, liveRefs, store, index);
                    entry = entry(o, o.failure(), run);
                } else {
                    PlanDocument doc = o.doc();
                    release(prev, doc.id(), liveRefs, store, index); // the file changed: its old record goes
                    try {
                        store.write(doc);
                    } catch (IOException e) {
                        throw named(e, store.dir());
                    }
                    changed = true;
                    try {
                        index.put(doc);
                    } catch (IOException e) {
                        throw named(e, Path.of("the index"));
                    }
                    if (!Reconciler.isLive(prev) || !doc.id().equals(prev.id())) liveRefs.merge(doc.id(), 1, Integer::sum);
                    ok++;
                    pages += doc.pages().size();
                    tasks += doc.tasks().size();
                    doc.stageMs().forEach((stage, ms) -> stageMs.merge(stage, ms, Long::sum));
                    sinceCommit++;
                    entry = new ManifestEntry(key, doc.id(), o.source().sha256(), doc.source().mediaType(),
                            ManifestEntry.OK, InputFiles.nameMismatch(o.file(), doc.source().mediaType()), doc.pages().size(),
                            doc.tasks().size(), round(o.seconds()), run, Instant.now().toString());
                }
                try {
                    manifest.append(entry);
                } catch (IOException e) {
                    throw named(e, manifest.file());
                }
                current.put(key, entry);
                if (sinceCommit >= commitEvery) {
                    index.commit();
                    sinceCommit = 0;
                }
                progress.step(o.file().getFileName().toString());
            }
            t = lap(phaseMs, "files", t);
            // an unchanged re-run costs the files checked, not a re-read of every stored document
            if (changed || !Files.exists(store.dir().resolve("tasks.jsonl"))) WorkAssignment.run(current, store, index);
            t = lap(phaseMs, "works", t);
            index.commit();
            lap(phaseMs, "commit", t);
        } finally {
            pool.shutdownNow();
        }
        failures.sort(null);
        return new IngestSummary(files.size(), ok, failed, skipped, pages, tasks, (System.nanoTime() - t0) / 1e9,
                failures, repair.total(), stageMs, refused, stopRequested ? abandoned + notStarted : -1, details, phaseMs);
    }

    /** Manifests shorter than this are never compacted on the way (plans compact still does). */
    static final long COMPACT_MIN_LINES = 1000;

    /** Adds the milliseconds since {@code since} to {@code phase}; returns now. */
    private static long lap(Map<String, Long> phaseMs, String phase, long since) {
        long now = System.nanoTime();
        phaseMs.merge(phase, (now - since) / 1_000_000, Long::sum);
        return now;
    }

    /**
     * An output write failed: a full disk says where ({@link FailureReason#diskFull}); the run stops (the next run
     * repairs what was half done).
     */
    static IOException named(IOException e, Path where) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("No space left on device") || m.contains("Disk quota exceeded")) {
            return new IOException(FailureReason.diskFull(where.toString()).message(), e);
        }
        return e;
    }

    /** Drops a path's previous document unless it is kept (same id) or another path still refers to it; true if dropped. */
    private static boolean release(ManifestEntry prev, String keptId, Map<String, Integer> liveRefs, DocumentStore store,
                                   PlanIndex index) throws IOException {
        if (!Reconciler.isLive(prev) || prev.id().equals(keptId)) return false;
        int left = liveRefs.merge(prev.id(), -1, Integer::sum);
        if (left <= 0) {
            liveRefs.remove(prev.id());
            index.delete(prev.id());
            store.delete(prev.id());
            return true;
        }
        return false;
    }

    private Outcome poll(CompletionService<Outcome> done) throws IOException {
        try {
            java.util.concurrent.Future<Outcome> f = done.poll(200, java.util.concurrent.TimeUnit.MILLISECONDS);
            return f == null ? null : f.get();
        } catch (ExecutionException e) {
            throw new IOException("internal error: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private Outcome process(Path file, Map<String, ManifestEntry> before, Map<String, ManifestEntry> liveById,
                            DocumentStore store) {
        long t0 = System.nanoTime();
        SourceInfo source = null;
        String id = null;
        try {
            FailureReason unreadable = InputFiles.unreadable(file);
            if (unreadable != null) return failure(file, null, null, unreadable, t0);
            String sha = InputFiles.sha256(file);
            id = sha.substring(0, 16);
            ManifestEntry prev = before.get(file.toString());
            if (Reconciler.isLive(prev) && sha.equals(prev.sha256()) && store.contains(id)) {
                return new Outcome(file, new SourceInfo(file.toString(), prev.mediaType(), sha, Files.size(file)), id,
                        null, null, true, 0);
            }
            ManifestEntry twin = liveById.get(id);
            if (twin != null && !twin.path().equals(file.toString()) && sha.equals(twin.sha256()) && store.contains(id)) {
                // the same bytes at another path: one record, which gets this path too (WorkAssignment)
                return new Outcome(file, new SourceInfo(file.toString(), twin.mediaType(), sha, Files.size(file)), id,
                        null, null, false, (System.nanoTime() - t0) / 1e9, twin);
            }
            long size = Files.size(file);
            // the type is detected by the processor (in a worker JVM): detection parses containers, and no byte of an
            // untrusted file is parsed in this process
            source = new SourceInfo(file.toString(), size == 0 ? "application/octet-stream" : null, sha, size);
            if (size == 0) return failure(file, source, id, InputFiles.empty(), t0);
            PlanDocument doc = processor.process(file, source, id);
            return new Outcome(file, source, id, doc, null, false, (System.nanoTime() - t0) / 1e9);
        } catch (Throwable e) { // never lose a file's outcome
            return failure(file, source, id, FileProcessor.failureOf(e), t0);
        }
    }

    private static Outcome failure(Path file, SourceInfo source, String id, FailureReason reason, long t0) {
        return new Outcome(file, source, id, null, reason, false, (System.nanoTime() - t0) / 1e9);
    }

    private static ManifestEntry entry(Outcome o, FailureReason reason, String run) {
        return new ManifestEntry(o.file().toString(), o.id(), o.source() == null ? null : o.source().sha256(),
                o.source() == null ? null : o.source().mediaType(), ManifestEntry.FAILED, reason.message(), null, null,
                round(o.seconds()), run, Instant.now().toString(), reason.cause());
    }

    private static Double round(double s) {
        return Math.round(s * 1000) / 1000.0;
    }
}

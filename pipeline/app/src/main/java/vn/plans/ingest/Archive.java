package vn.plans.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.plans.index.PlanIndex;
import vn.plans.output.DocumentStore;
import vn.plans.output.Manifest;
import vn.plans.output.ManifestEntry;

/**
 * The archive's lifecycle beyond adding: records whose source is gone ({@link #prune}) or that are deleted on
 * request ({@link #delete}) get a {@code removed} manifest line; then {@link Reconciler} drops from the index and the
 * JSON store every document no live manifest line refers to, and {@code tasks.jsonl} is rewritten. The manifest
 * stays the one truth, so a crash halfway is finished by the next run's reconciliation.
 */
public final class Archive {
    private Archive() {}

    /** What a prune or delete removed: the manifest paths whose record went, and the documents dropped. */
    public record Removal(List<String> paths, int documents) {}

    /** Removes the records of every live path whose source file no longer exists (or is no longer a file). */
    public static Removal prune(DocumentStore store, Manifest manifest, PlanIndex index) throws IOException {
        List<String> gone = new ArrayList<>();
        for (ManifestEntry e : manifest.latest().values()) {
            if (Reconciler.isLive(e) && !Files.isRegularFile(Path.of(e.path()))) gone.add(e.path());
        }
        return remove(gone, "source missing (pruned)", store, manifest, index);
    }

    /**
     * Removes the record of a path (as stored, or as given made absolute and canonical where it still exists) or
     * of a document id (every path that holds it). An unknown target removes nothing.
     */
    public static Removal delete(String pathOrId, DocumentStore store, Manifest manifest, PlanIndex index)
            throws IOException {
        Map<String, ManifestEntry> latest = manifest.latest();
        List<String> keys = new ArrayList<>();
        for (String candidate : candidates(pathOrId)) {
            if (Reconciler.isLive(latest.get(candidate))) keys.add(candidate);
        }
        if (keys.isEmpty()) {
            for (ManifestEntry e : latest.values()) if (Reconciler.isLive(e) && e.id().equals(pathOrId)) keys.add(e.path());
        }
        return remove(keys, "deleted by 'plans delete'", store, manifest, index);
    }

    private static List<String> candidates(String given) {
        List<String> out = new ArrayList<>(List.of(given));
        try {
            Path p = Path.of(given).toAbsolutePath().normalize();
            out.add(p.toString());
            if (Files.exists(p)) out.add(p.toRealPath().toString());
        } catch (IOException | RuntimeException e) {
            // not a usable path: an id, or a name that was never stored
        }
        return out.stream().distinct().toList();
    }

    private static Removal remove(List<String> keys, String reason, DocumentStore store, Manifest manifest,
                                  PlanIndex index) throws IOException {
        if (keys.isEmpty()) return new Removal(List.of(), 0);
        Map<String, ManifestEntry> latest = new HashMap<>(manifest.latest());
        String run = Instant.now().toString();
        for (String key : keys) {
            ManifestEntry prev = latest.get(key);
            ManifestEntry e = new ManifestEntry(key, prev.id(), prev.sha256(), prev.mediaType(), ManifestEntry.REMOVED,
                    reason, null, null, null, run, Instant.now().toString());
            manifest.append(e);
            latest.put(key, e);
        }
        Reconciler.Repair r = Reconciler.run(latest, store, index);
        WorkAssignment.run(latest, store, index);
        index.commit();
        return new Removal(List.copyOf(keys), r.removedFromStore());
    }
}

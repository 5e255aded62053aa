package vn.plans.ingest;

import java.io.IOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import vn.plans.index.PlanIndex;
import vn.plans.output.DocumentStore;
import vn.plans.output.ManifestEntry;

/**
 * Brings the JSON store and the index back in line with the manifest after an interrupted run. The manifest is the
 * truth: a document is live when the latest entry of some path says ok (or unchanged) with its id and its JSON file
 * exists. Live documents the index lost (added after its last commit) are re-indexed from their JSON; index
 * entries and JSON files of documents that are not live (written just before a crash, or replaced) are removed.
 */
final class Reconciler {
    private Reconciler() {}

    /** What a reconciliation changed. */
    record Repair(int reindexed, int removedFromIndex, int removedFromStore) {
        int total() { return reindexed + removedFromIndex + removedFromStore; }
    }

    static boolean isLive(ManifestEntry e) {
        return e != null && e.id() != null
                && (ManifestEntry.OK.equals(e.status()) || ManifestEntry.SKIPPED.equals(e.status()));
    }

    static Repair run(Map<String, ManifestEntry> latest, DocumentStore store, PlanIndex index) throws IOException {
        Set<String> stored = new HashSet<>(store.ids());
        Set<String> live = new HashSet<>();
        for (ManifestEntry e : latest.values()) if (isLive(e) && stored.contains(e.id())) live.add(e.id());
        Set<String> indexed = index.documentIds();
        int reindexed = 0, fromIndex = 0, fromStore = 0;
        for (String id : live) {
            if (!indexed.contains(id)) {
                index.put(store.read(id));
                reindexed++;
            }
        }
        for (String id : indexed) {
            if (!live.contains(id)) {
                index.delete(id);
                fromIndex++;
            }
        }
        for (String id : stored) {
            if (!live.contains(id)) {
                store.delete(id);
                fromStore++;
            }
        }
        if (reindexed + fromIndex > 0) index.commit();
        return new Repair(reindexed, fromIndex, fromStore);
    }
}

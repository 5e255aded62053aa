package vn.plans.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import vn.plans.index.PlanIndex;
import vn.plans.model.PlanDocument;
import vn.plans.model.SourceInfo;
import vn.plans.model.Version;
import vn.plans.output.DocumentStore;
import vn.plans.output.ManifestEntry;
import vn.plans.works.WorkGrouper;

/**
 * Places every stored record in its work, once, after a batch has changed the store (ingest, prune, delete): each
 * record's {@code source.paths} become every live manifest path that holds its bytes, its {@code work_id} and
 * {@code versions} come from {@link WorkGrouper}, records whose placement changed are rewritten and re-indexed (the
 * index reads the fields as they are), and {@code tasks.jsonl} gets the tasks of each work's representative
 * version only, so each task of a work is there once. Reads every stored record once, plus the changed ones and the
 * representatives again.
 */
final class WorkAssignment {
    private WorkAssignment() {}

    /** What one placement did: works, records, records rewritten, task lines written. */
    record Result(int works, int documents, int rewritten, int tasks) {}

    private record Placed(SourceInfo source, String workId, List<Version> versions) {}

    static Result run(Map<String, ManifestEntry> latest, DocumentStore store, PlanIndex index) throws IOException {
        Map<String, TreeSet<String>> paths = new HashMap<>();
        for (ManifestEntry e : latest.values()) {
            if (Reconciler.isLive(e)) paths.computeIfAbsent(e.id(), k -> new TreeSet<>()).add(e.path());
        }
        List<WorkGrouper.Member> members = new ArrayList<>();
        Map<String, Placed> before = new HashMap<>();
        Map<String, SourceInfo> sources = new HashMap<>();
        for (String id : store.ids()) {
            PlanDocument d = store.read(id);
            SourceInfo src = paths.containsKey(id) ? d.source().withPaths(paths.get(id)) : d.source();
            before.put(id, new Placed(d.source(), d.workId(), d.versions()));
            sources.put(id, src);
            members.add(WorkGrouper.member(d.withWork(src, d.workId(), d.versions())));
        }
        Map<String, WorkGrouper.Assignment> placed = WorkGrouper.group(members);
        int rewritten = 0;
        List<String> representatives = new ArrayList<>();
        for (WorkGrouper.Member m : members) {
            WorkGrouper.Assignment a = placed.get(m.id());
            Placed now = new Placed(sources.get(m.id()), a.workId(), a.versions());
            if (!Objects.equals(now, before.get(m.id()))) {
                PlanDocument d = store.read(m.id()).withWork(now.source(), now.workId(), now.versions());
                store.write(d);
                index.put(d);
                rewritten++;
            }
            if (a.versions().isEmpty() || a.versions().get(0).id().equals(m.id())) representatives.add(m.id());
        }
        representatives.sort(null);
        int tasks = store.writeTasks(representatives);
        long works = placed.values().stream().map(WorkGrouper.Assignment::workId).distinct().count();
        return new Result((int) works, members.size(), rewritten, tasks);
    }
}

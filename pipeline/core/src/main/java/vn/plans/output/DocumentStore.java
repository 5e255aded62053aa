package vn.plans.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import vn.plans.model.PlanDocument;
import vn.plans.model.Task;

/** The JSON outputs under one directory: {@code documents/ID.json} and {@code tasks.jsonl}. */
public final class DocumentStore {
    private final Path dir;
    private final Path docs;

    public DocumentStore(Path dir) throws IOException {
        this.dir = dir;
        this.docs = dir.resolve("documents");
        Files.createDirectories(docs);
    }

    public Path dir() { return dir; }

    public Path pathOf(String id) { return docs.resolve(id + ".json"); }

    public void write(PlanDocument doc) throws IOException {
        writeAtomically(pathOf(doc.id()), Json.PRETTY.writeValueAsBytes(doc));
    }

    public PlanDocument read(String id) throws IOException {
        return Json.MAPPER.readValue(pathOf(id).toFile(), PlanDocument.class);
    }

    public boolean contains(String id) { return Files.exists(pathOf(id)); }

    public void delete(String id) throws IOException { Files.deleteIfExists(pathOf(id)); }

    /** Ids of every stored document, sorted. */
    public List<String> ids() throws IOException {
        try (Stream<Path> s = Files.list(docs)) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - 5))
                    .sorted().toList();
        }
    }

    /** Rewrites {@code tasks.jsonl} from the given documents' tasks, in document then task order. */
    public int writeTasks(List<String> ids) throws IOException {
        Path tmp = dir.resolve("tasks.jsonl.tmp");
        int n = 0;
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            for (String id : ids) {
                for (Task t : read(id).tasks()) {
                    w.write(Json.MAPPER.writeValueAsString(t));
                    w.write('\n');
                    n++;
                }
            }
        }
        move(tmp, dir.resolve("tasks.jsonl"));
        return n;
    }

    static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.write(tmp, bytes);
        move(tmp, target);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** All stored documents (for re-indexing and evaluation). */
    public List<PlanDocument> readAll() throws IOException {
        List<PlanDocument> out = new ArrayList<>();
        for (String id : ids()) out.add(read(id));
        return out;
    }
}

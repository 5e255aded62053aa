package vn.plans.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import vn.plans.model.PlanDocument;

/** Runs a predictor over every gold file's source and scores the result. */
public final class Evaluator {
    /** Produces the structured document for a source file (the standard pipeline, in the CLI). */
    public interface Predictor {
        PlanDocument predict(Path source) throws Exception;
    }

    /** Sees each gold document with its prediction (for the per-task differences of {@code plans eval --diff}). */
    public interface Listener {
        void scored(String goldFile, GoldDocument gold, PlanDocument pred);
    }

    private final Predictor predictor;
    private final StructureScorer scorer = new StructureScorer();
    private final Listener listener;

    public Evaluator(Predictor predictor) {
        this(predictor, (f, g, p) -> { });
    }

    public Evaluator(Predictor predictor, Listener listener) {
        this.predictor = predictor;
        this.listener = listener;
    }

    /** Gold files ({@code *.json}) of a directory, sorted by name. */
    public static List<Path> goldFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }

    /**
     * Gold files of a directory and its sub-directories ({@code real/}, {@code heldout/}), sorted by path; those
     * under a {@code heldout} directory are the held-out split.
     */
    public static List<Path> goldTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList();
        }
    }

    /** {@code heldout} for a gold file under a {@code heldout} directory, else {@code tune}. */
    static String split(Path goldFile) {
        for (Path part : goldFile.toAbsolutePath().normalize()) if (part.toString().equals("heldout")) return "heldout";
        return "tune";
    }

    /** @param root the repository root; gold sources are relative to it */
    public EvalReport evaluate(List<Path> gold, Path root) {
        EvalReport report = new EvalReport();
        for (Path g : gold) {
            GoldDocument doc;
            try {
                doc = GoldDocument.read(g);
            } catch (IOException e) {
                report.skip(g.getFileName() + ": unreadable gold (" + e.getMessage() + ")");
                continue;
            }
            Path src = root.resolve(doc.source()).normalize();
            if (!Files.exists(src)) {
                report.skip(g.getFileName() + ": source not found " + src);
                continue;
            }
            try {
                PlanDocument pred = predictor.predict(src);
                String split = split(g);
                // tune and held-out gold share genre names: their scores are never pooled
                EvalReport.Scores s = report.group(split.equals("heldout") ? doc.group() + " (held-out)" : doc.group());
                s.documents++;
                scorer.score(doc, pred, s);
                listener.scored(g.getFileName().toString(), doc, pred);
                if (doc.header() != null) { // task-only gold files have no header to score
                    report.identity().add(split, doc.group(), doc, pred);
                    // mismatches are listed for tuning documents only: held-out output is not looked at
                    if (split.equals("tune")) report.mismatches(g.getFileName().toString(), doc, pred);
                }
            } catch (Exception e) {
                report.skip(g.getFileName() + ": " + e);
            }
        }
        return report;
    }

    static List<String> names(List<Path> ps) {
        List<String> out = new ArrayList<>();
        for (Path p : ps) out.add(p.getFileName().toString());
        return out;
    }
}

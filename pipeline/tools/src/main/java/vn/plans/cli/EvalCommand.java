package vn.plans.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.plans.eval.EvalReport;
import vn.plans.eval.Evaluator;
import vn.plans.eval.StructureScorer;
import vn.plans.extract.TypeDetector;
import vn.plans.model.SourceInfo;
import vn.plans.output.Json;
import vn.plans.pipeline.DocumentProcessor;
import vn.plans.pipeline.InputFiles;
import vn.plans.pipeline.StandardPipeline;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores the structure stage against gold annotations: per field precision/recall/F1,",
                "strict and soft (case, punctuation, spacing ignored; free text at Levenshtein ratio >= 0.8);",
                "identity fields per genre, exact and normalized, tune and held-out (gold under heldout/) side by side."})
final class EvalCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--gold", required = true, description = "Directory of gold JSON files (corpus/gold).")
    Path gold;

    @Option(names = "--root", description = "Directory gold sources are relative to (default: current directory).")
    Path root = Path.of(".");

    @Option(names = "--json", description = "Also write the scores as JSON to this file.")
    Path json;

    @Option(names = "--diff", description = "Print each document's task differences: gold tasks missed (-), tasks not in the gold (+), agencies that differ (~).")
    boolean diff;
    @Option(names = "--per-document", description = "Print each document's task and agency soft scores (tp/fp/fn, F1): counts only, no text, so held-out documents may be listed.")
    boolean perDocument;
    @Option(names = "--mismatches", description = "List identity fields that differ from the gold (tuning documents only; held-out output is never listed).")
    boolean mismatches;

    /** Task and agency soft F1 over all tune groups and over all held-out groups (never pooled together). */
    private static void overall(EvalReport report, java.io.PrintWriter out) {
        List<String> held = report.groups().keySet().stream().filter(g -> g.endsWith(" (held-out)")).toList();
        List<String> tune = report.groups().keySet().stream().filter(g -> !g.endsWith(" (held-out)")).toList();
        for (var side : List.of(java.util.Map.entry("tune", held), java.util.Map.entry("held-out", tune))) {
            if (side.getValue().size() == report.groups().size()) continue;
            EvalReport.Scores all = report.overall(side.getValue());
            if (all.soft("tasks").tp() + all.soft("tasks").fp() + all.soft("tasks").fn() == 0) continue;
            out.printf(java.util.Locale.ROOT, "== all %s (%d documents): tasks soft F1 %.3f (%d gold), agencies soft F1 %.3f (%d gold)%n",
                    side.getKey(), all.documents(), all.soft("tasks").f1(), all.soft("tasks").tp() + all.soft("tasks").fn(),
                    all.soft("task.agencies").f1(), all.soft("task.agencies").tp() + all.soft("task.agencies").fn());
        }
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(gold)) throw new CommandLine.ParameterException(spec.commandLine(), "no such directory: " + gold);
        DocumentProcessor processor = StandardPipeline.build();
        TypeDetector detector = new TypeDetector();
        java.io.PrintWriter out = spec.commandLine().getOut();
        Evaluator evaluator = new Evaluator(file -> {
            String sha = InputFiles.sha256(file);
            SourceInfo info = new SourceInfo(file.toString(), detector.detect(file), sha, Files.size(file));
            return processor.process(file, info, sha.substring(0, 16));
        }, (name, g, p) -> {
            if (perDocument) out.println(StructureScorer.taskLine(name, g, p));
            String d = diff ? StructureScorer.taskDiff(g, p) : "";
            if (!d.isEmpty()) out.print(name + "\n" + d);
        });
        List<Path> files = Evaluator.goldTree(gold);
        EvalReport report = evaluator.evaluate(files, root);
        spec.commandLine().getOut().print(report.render());
        overall(report, out);
        if (mismatches) report.mismatches().forEach(spec.commandLine().getOut()::println);
        spec.commandLine().getOut().flush();
        if (json != null) Json.PRETTY.writeValue(json.toFile(), report.toMap());
        return report.skipped().isEmpty() ? PlansCli.OK : PlansCli.SOME_FAILED;
    }
}

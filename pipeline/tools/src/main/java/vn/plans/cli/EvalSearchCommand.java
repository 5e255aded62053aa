package vn.plans.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.plans.eval.SearchEval;
import vn.plans.index.PlanSearcher;
import vn.plans.index.SearchRequest;

@Command(name = "eval-search", mixinStandardHelpOptions = true,
        description = {"Precision@10 and nDCG@10 of document search on the relevance set (queries judged by reading",
                "the documents), for the current matching and the old one (--legacy) side by side, split by queries",
                "typed with and without diacritics and by tune/test half. Needs an index of corpus/, corpus-dev and corpus-real."})
final class EvalSearchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataDirs dirs;

    @Option(names = "--set", description = "Directory with queries.tsv and judgments.tsv (default: corpus/search-relevance).")
    Path set = Path.of("corpus/search-relevance");

    @Option(names = "--per-query", description = "Also print each query's scores and its top files (+ relevant, - not).")
    boolean perQuery;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(set.resolve("queries.tsv"))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no queries.tsv in " + set);
        }
        SearchEval eval = SearchEval.load(set);
        try (PlanSearcher searcher = new PlanSearcher(dirs.index())) {
            var scores = eval.run(searcher, List.of(SearchRequest.Matching.PRECISE, SearchRequest.Matching.LEGACY));
            spec.commandLine().getOut().print(eval.render(scores, perQuery));
            spec.commandLine().getOut().flush();
        }
        return PlansCli.OK;
    }
}

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
import vn.plans.index.ClusterSearcher;
import vn.plans.index.PlanSearcher;
import vn.plans.index.SearchRequest;
import vn.plans.index.Searcher;

@Command(name = "eval-search", mixinStandardHelpOptions = true,
        description = {"Precision@10 and nDCG@10 of document search on the relevance set (queries judged by reading",
                "the documents), for the current matching and the old one (--legacy) side by side, split by queries",
                "typed with and without diacritics and by tune/test half. Needs an index of corpus/, corpus-dev and corpus-real",
                "(--index, or a cluster index with --backend URL)."})
final class EvalSearchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataDirs dirs;

    @Option(names = "--set", description = "Directory with queries.tsv and judgments.tsv (default: corpus/search-relevance).")
    Path set = Path.of("corpus/search-relevance");

    @Option(names = "--per-query", description = "Also print each query's scores and its top files (+ relevant, - not).")
    boolean perQuery;

    @Option(names = "--backend", paramLabel = "URL",
            description = {"Evaluate a cluster index that 'plans index --to URL' wrote (http://HOST:9200/INDEX) instead of",
                    "--index (the precise and forgiving matchings: the legacy parser's queries are not all sent to a cluster)."})
    java.net.URI backend;

    @Option(names = "--matching", paramLabel = "M[,M...]", split = ",",
            description = "The matchings scored, a column each: precise, forgiving, legacy (default: precise,legacy; with --backend: precise).")
    List<String> matching;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(set.resolve("queries.tsv"))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no queries.tsv in " + set);
        }
        SearchEval eval = SearchEval.load(set);
        if (backend == null && !Files.isDirectory(dirs.index())) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no index at " + dirs.index());
        }
        List<SearchRequest.Matching> matchings = new java.util.ArrayList<>();
        for (String m : matching != null ? matching : backend != null ? List.of("precise") : List.of("precise", "legacy")) {
            try {
                matchings.add(SearchRequest.Matching.valueOf(m.strip().toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "unknown matching '" + m + "' (precise, forgiving, legacy)");
            }
        }
        if (backend != null && matchings.contains(SearchRequest.Matching.LEGACY)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--backend scores the precise and forgiving matchings, not legacy");
        }
        try (Searcher searcher = backend != null ? new ClusterSearcher(backend) : new PlanSearcher(dirs.index())) {
            var scores = eval.run(searcher, matchings);
            spec.commandLine().getOut().print(eval.render(scores, perQuery));
            spec.commandLine().getOut().flush();
        }
        return PlansCli.OK;
    }
}

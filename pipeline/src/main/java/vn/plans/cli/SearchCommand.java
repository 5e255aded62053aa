package vn.plans.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.plans.index.PlanSearcher;
import vn.plans.index.SearchHit;
import vn.plans.output.Json;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Full-text search, diacritic-insensitive: 'tre em' finds 'trẻ em', 'd' finds 'đ'.",
                "Exact spellings rank first. Lucene syntax works: \"quoted phrases\", OR, -word."})
final class SearchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Query words (joined by spaces).")
    List<String> words;

    @Mixin DataDirs dirs;

    @Option(names = "--tasks", description = "Search task records instead of documents.")
    boolean tasks;

    @Option(names = {"-n", "--limit"}, description = "Maximum number of results (default: ${DEFAULT-VALUE}).")
    int limit = 10;

    @Option(names = "--json", description = "One JSON object per result (JSON Lines).")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(dirs.index())) {
            throw new IllegalArgumentException("no index at " + dirs.index() + " (run 'plans ingest' first)");
        }
        String query = String.join(" ", words);
        PrintWriter out = spec.commandLine().getOut();
        try (PlanSearcher searcher = new PlanSearcher(dirs.index())) {
            List<SearchHit> hits = searcher.search(query, tasks ? "task" : "passage", limit);
            if (json) {
                for (SearchHit h : hits) out.println(Json.MAPPER.writeValueAsString(h));
            } else {
                if (hits.isEmpty()) out.println("no results for: " + query);
                int i = 1;
                for (SearchHit h : hits) {
                    out.printf("%d. %s%s%n", i++, h.title() != null ? h.title() : h.path(),
                            h.number() != null ? "  (" + h.number() + ")" : "");
                    out.printf("   %s  [doc %s, page %d]%n", h.path(), h.docId(), h.page());
                    if (h.section() != null) out.printf("   section %s %s%n", h.section(), h.heading());
                    if (h.snippet() != null) out.printf("   %s%n", h.snippet());
                }
            }
        }
        return PlansCli.OK;
    }
}

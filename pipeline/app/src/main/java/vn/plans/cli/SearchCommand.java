package vn.plans.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.plans.index.ClusterSearcher;
import vn.plans.index.PlanSearcher;
import vn.plans.index.Searcher;
import vn.plans.index.SearchHit;
import vn.plans.index.SearchRequest;
import vn.plans.index.SearchResult;
import vn.plans.output.Json;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Full-text search. Words typed with marks match those marks ('Sơn La' is not 'sơn là');",
                "words typed without marks match any marking ('tre em' finds 'trẻ em', 'd' finds 'đ').",
                "Words match in sequence. Also: \"quoted phrase\", -word, a OR b, wildcards (Trẻ*), document numbers",
                "as typed (2242/KH-SCT, 181/2024). --forgiving ignores marks (exact spellings still rank first).",
                "Filters ignore case and marks and read abbreviations (--type KH, --province 'Quang Ngai', --agency",
                "names as a hit prints them); repeat an option to accept several values."})
final class SearchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Query words (joined by spaces; none: everything).")
    List<String> words = List.of();

    @Mixin DataDirs dirs;

    @Option(names = "--tasks", description = "Search task records instead of documents.")
    boolean tasks;

    @Mixin FilterOptions filterOptions;

    @Option(names = {"-n", "--limit"}, description = "Maximum number of results (default: ${DEFAULT-VALUE}).")
    int limit = 10;

    @Option(names = "--facets", description = "Also print the facet counts (drill-sideways) of the results.")
    boolean facets;

    @Option(names = "--forgiving", description = "Ignore diacritics in the query words (precise matches rank first).")
    boolean forgiving;

    @Option(names = "--legacy", hidden = true, description = "The matching before issue 17 (for comparisons).")
    boolean legacy;

    @picocli.CommandLine.Mixin OrderOptions order;

    @Option(names = "--backend", paramLabel = "URL",
            description = "Search a cluster index that 'plans index --to URL' wrote (http://HOST:9200/INDEX) instead of --index.")
    java.net.URI backend;

    @Option(names = "--json", description = "One JSON object per result (JSON Lines); with --facets, one object {total, hits, facets}.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (backend == null && !Files.isDirectory(dirs.index())) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no index at " + dirs.index() + " (run 'plans ingest' first)");
        }
        String query = String.join(" ", words);
        Map<String, List<String>> filters = filterOptions.filters(spec);
        PrintWriter out = spec.commandLine().getOut();
        SearchRequest request;
        try {
            request = new SearchRequest(query, tasks, filters, limit, facets ? 20 : 0,
                    legacy ? SearchRequest.Matching.LEGACY
                    : forgiving ? SearchRequest.Matching.FORGIVING : SearchRequest.Matching.PRECISE);
        } catch (IllegalArgumentException e) { // an unknown facet or a bad limit is a bad argument
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        request = order.apply(request, spec);
        try (Searcher searcher = backend != null ? new ClusterSearcher(backend) : new PlanSearcher(dirs.index())) {
            SearchResult r = searcher.search(request);
            if (r.hint() != null && !json) out.println("note: " + r.hint());
            if (json) {
                if (facets) out.println(Json.MAPPER.writeValueAsString(r));
                else for (SearchHit h : r.hits()) out.println(Json.MAPPER.writeValueAsString(h));
                return PlansCli.OK;
            }
            if (r.total() == 0) out.println("no results for: " + (query.isBlank() ? "(everything)" : query) + (filters.isEmpty() ? "" : " " + filters));
            else out.printf("%s%d %s%n", r.totalExact() ? "" : "at least ", r.total(), tasks ? "tasks" : "documents");
            int i = 1;
            for (SearchHit h : r.hits()) {
                out.printf("%d. %s%s%n", i++, h.title() != null ? h.title() : h.path(),
                        h.number() != null ? "  (" + h.number() + ")" : "");
                out.printf("   %s  [doc %s, page %d]%s%s%n", h.path(), h.docId(), h.page(),
                        h.province() != null ? "  " + h.province() + (h.year() != null ? ", " + h.year() : "") : "",
                        h.date() != null ? "  dated " + h.date() : "");
                if (h.section() != null) out.printf("   section %s %s%n", h.section(), h.heading() == null ? "" : h.heading());
                if (!h.lead().isEmpty()) out.printf("   lead: %s%s%n", names(h.lead()),
                        h.coordinating().isEmpty() ? "" : "  with: " + names(h.coordinating()));
                if (h.timeframe() != null || h.deadline() != null) out.printf("   time: %s%s%n",
                        h.timeframe() == null ? "" : h.timeframe(), h.deadline() == null ? "" : "  deadline " + h.deadline());
                if (h.paths().size() > 1) out.printf("   also at: %s%n", String.join("; ", h.paths().subList(1, h.paths().size())));
                if (!h.alsoAs().isEmpty()) out.printf("   also as: %s%n", alsoAs(h.alsoAs()));
                if (h.snippet() != null) out.printf("   %s%n", h.snippet());
            }
            if (facets) {
                r.facets().forEach((dim, counts) -> {
                    if (counts.isEmpty()) return;
                    StringBuilder sb = new StringBuilder("  " + dim + ":");
                    for (SearchResult.FacetCount c : counts) sb.append(' ').append(c.value()).append(" (").append(c.count()).append(')');
                    out.println(sb);
                });
            }
        }
        return PlansCli.OK;
    }

    /** The work's other versions: each whole version by format and file name, the parts counted by format. */
    static String alsoAs(List<vn.plans.index.AlsoAs> versions) {
        List<String> out = new java.util.ArrayList<>();
        java.util.Set<String> partFormats = new java.util.TreeSet<>();
        int parts = 0;
        for (vn.plans.index.AlsoAs v : versions) {
            if (v.partial()) {
                parts++;
                if (v.format() != null) partFormats.add(v.format());
                continue;
            }
            String file = v.paths().isEmpty() ? v.id() : java.nio.file.Path.of(v.paths().get(0)).getFileName().toString();
            out.add(v.format() + (v.status() != null ? " " + v.status() : "") + " (" + file
                    + (v.paths().size() > 1 ? " +" + (v.paths().size() - 1) + " more" : "") + ")");
        }
        if (parts > 0) out.add(parts + (parts == 1 ? " part" : " parts") + " (" + String.join(", ", partFormats) + ")");
        return String.join("; ", out);
    }

    private static String names(List<SearchHit.AgencyName> agencies) {
        return String.join("; ", agencies.stream().map(SearchHit.AgencyName::name).toList());
    }
}

package vn.plans.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.plans.export.TableExport;
import vn.plans.index.PlanSearcher;
import vn.plans.index.SearchRequest;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes search results as a table: one row per task joined with its document's header (number, title, provinces, issuer, year), or one row per document.",
                "Example: plans export --tasks --format xlsx --province 'Quảng Ngãi' --file tasks.xlsx tre em"})
final class ExportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin DataDirs dirs;

    static final class What {
        @Option(names = "--tasks", required = true, description = "One row per task.") boolean tasks;
        @Option(names = "--documents", required = true, description = "One row per document.") boolean documents;
    }

    @ArgGroup(exclusive = true, multiplicity = "1") What what;

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Query words (none: everything).")
    List<String> words = List.of();

    @Option(names = "--format", required = true, paramLabel = "csv|xlsx|jsonl", description = "Table format.")
    String format;

    @Option(names = "--file", paramLabel = "FILE", description = "Output file (default: standard output).")
    Path out;

    @Mixin OrderOptions order;

    @Mixin FilterOptions filterOptions;

    @Override
    public Integer call() throws Exception {
        TableExport.Format f;
        try {
            f = TableExport.Format.of(format);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (!Files.isDirectory(dirs.index())) throw new IllegalArgumentException("no index at " + dirs.index() + " (run 'plans ingest' first)");
        Map<String, List<String>> filters = filterOptions.filters(spec);
        boolean tasks = what.tasks;
        SearchRequest request = order.apply(new SearchRequest(String.join(" ", words), tasks, filters, 0, 0), spec);
        try (PlanSearcher searcher = new PlanSearcher(dirs.index())) {
            var rows = TableExport.rows(searcher, request);
            List<String> columns = tasks ? TableExport.TASK_COLUMNS : TableExport.DOCUMENT_COLUMNS;
            if (out == null) {
                TableExport.write(columns, rows, f, System.out);
            } else {
                try (OutputStream o = Files.newOutputStream(out)) {
                    TableExport.write(columns, rows, f, o);
                }
                spec.commandLine().getErr().printf("%d rows written to %s%n", rows.size(), out);
            }
        }
        return PlansCli.OK;
    }
}

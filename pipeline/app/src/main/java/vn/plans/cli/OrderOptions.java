package vn.plans.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import vn.plans.index.SearchRequest;

/** Shared {@code --sort}, {@code --from} and {@code --to} of the commands that search; bad values are usage errors. */
public final class OrderOptions {
    @Option(names = "--sort", paramLabel = "relevance|newest|oldest",
            description = "Order of the results: relevance (default), or the document date, newest or oldest first (undated last).")
    String sort;

    @Option(names = "--from", paramLabel = "DATE", description = "Only documents dated on or after DATE (YYYY-MM-DD, YYYY-MM or YYYY).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only documents dated on or before DATE (YYYY-MM-DD; YYYY-MM or YYYY: to its last day).")
    String to;

    /** {@code request} with this order and date range; a bad value throws the usage error picocli prints with the help. */
    SearchRequest apply(SearchRequest request, CommandSpec spec) {
        try {
            return request.with(SearchRequest.Order.of(sort))
                    .dated(SearchRequest.date(from, false), SearchRequest.date(to, true));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}

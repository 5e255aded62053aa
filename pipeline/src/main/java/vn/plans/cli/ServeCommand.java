package vn.plans.cli;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.plans.index.PlanSearcher;
import vn.plans.serve.SearchServer;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the search page and a JSON API over an index until interrupted (Ctrl-C).",
                "API: /api/search?q=&tasks=1&province=&lead=&year=&type=..., /api/facets, /api/document/ID, /api/task/ID"})
final class ServeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin DataDirs dirs;

    @Option(names = "--port", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 8080;

    @Option(names = "--host", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host = "127.0.0.1";

    @Option(names = "--threads", description = "Request threads (default: ${DEFAULT-VALUE}).")
    int threads = 4;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(dirs.index())) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no index at " + dirs.index() + " (run 'plans ingest' first)");
        }
        CountDownLatch stop = new CountDownLatch(1);
        try (PlanSearcher searcher = new PlanSearcher(dirs.index());
             SearchServer server = new SearchServer(searcher, new InetSocketAddress(host, port), threads)) {
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
            spec.commandLine().getOut().printf("serving %s on http://%s:%d/%n", dirs.index(), host, server.port());
            spec.commandLine().getOut().flush();
            stop.await();
        }
        return PlansCli.OK;
    }
}

package vn.plans.cli;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.plans.serve.SearchServer;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the search page and a JSON API over an index until interrupted (Ctrl-C); the index is reopened within a second after each ingest commit.",
                "API: /api/search?q=&tasks=1&province=&lead=&year=&type=..., /api/facets, /api/document/ID, /api/task/ID"})
final class ServeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin DataDirs dirs;

    @Option(names = "--port", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 8080;

    @Option(names = "--host", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host = "127.0.0.1";

    @Option(names = "--threads", description = "Request threads (default: ${DEFAULT-VALUE}).")
    int threads = 8;

    @Option(names = "--allow-host", split = ",", paramLabel = "NAME",
            description = {"Host header values to answer (default: the --host address, plus localhost names on loopback;",
                    "'*' answers any: only behind a proxy that checks Host itself). Others get 421, which stops DNS rebinding."})
    List<String> allowHosts = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(dirs.index())) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no index at " + dirs.index() + " (run 'plans ingest' first)");
        }
        CountDownLatch stop = new CountDownLatch(1);
        SearchServer.Config config = new SearchServer.Config(new InetSocketAddress(host, port), threads, 10_000, allowHosts, null);
        try (SearchServer server = new SearchServer(dirs.index(), config)) {
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
            spec.commandLine().getOut().printf("serving %s on http://%s:%d/%n", dirs.index(), host, server.port());
            spec.commandLine().getOut().flush();
            stop.await();
        }
        return PlansCli.OK;
    }
}

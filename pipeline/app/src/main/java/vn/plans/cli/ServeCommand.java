package vn.plans.cli;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
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
                "API: /api/search?q=&tasks=1&offset=&sort=newest&from=2025-01&to=2025-06&province=&lead=&year=&type=...,",
                "/api/facets, /api/document/ID (?download=1: the JSON record), /api/source/ID, /api/task/ID, /api/labels, /api/export?format=csv|xlsx|jsonl"})
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

    @Option(names = "--backend", paramLabel = "URL",
            description = {"Serve a cluster index that 'plans index --to URL' wrote (http://HOST:9200/INDEX) instead of --index;",
                    "document pages still read the JSON records in --out when they are there."})
    java.net.URI backend;

    @Option(names = "--source-root", paramLabel = "DIR",
            description = {"A folder whose ingested files the document page may link to (repeatable). Default: the folders of the files",
                    "the manifest lists as ingested. A file is served only by document id, and only when its real path (symlinks",
                    "resolved) lies inside a root."})
    List<Path> sourceRoots = new ArrayList<>();

    /** The folders holding the files the manifest lists as ingested ({@code ok}), sorted. */
    static List<Path> ingestedFolders(Path out) throws java.io.IOException {
        Path manifest = out.resolve("manifest.jsonl");
        java.util.Set<Path> dirs = new java.util.TreeSet<>();
        if (!Files.isRegularFile(manifest)) return List.of();
        for (String line : Files.readAllLines(manifest)) {
            if (line.isBlank()) continue;
            try {
                var e = vn.plans.output.Json.MAPPER.readValue(line, vn.plans.output.ManifestEntry.class);
                if (e.status() == vn.plans.output.ManifestEntry.OK && e.path() != null) {
                    Path parent = Path.of(e.path()).toAbsolutePath().getParent();
                    if (parent != null) dirs.add(parent);
                }
            } catch (java.io.IOException | RuntimeException bad) {
                // a torn last line of a running ingest: the next start reads it whole
            }
        }
        return List.copyOf(dirs);
    }

    @Override
    public Integer call() throws Exception {
        if (backend == null && !Files.isDirectory(dirs.index())) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no index at " + dirs.index() + " (run 'plans ingest' first)");
        }
        CountDownLatch stop = new CountDownLatch(1);
        List<Path> roots = sourceRoots.isEmpty() ? ingestedFolders(dirs.out()) : sourceRoots;
        SearchServer.Config config = new SearchServer.Config(new InetSocketAddress(host, port), threads, 10_000, allowHosts, null)
                .withRecords(dirs.out(), roots);
        vn.plans.index.ClusterSearcher cluster = backend == null ? null : new vn.plans.index.ClusterSearcher(backend);
        try (cluster; SearchServer server = cluster != null ? new SearchServer(cluster, config) : new SearchServer(dirs.index(), config)) {
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
            spec.commandLine().getOut().printf("serving %s on http://%s:%d/%n", backend != null ? backend : dirs.index(), host, server.port());
            spec.commandLine().getOut().flush();
            stop.await();
        }
        return PlansCli.OK;
    }
}

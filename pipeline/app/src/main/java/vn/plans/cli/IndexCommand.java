package vn.plans.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.plans.index.ClusterIndex;
import vn.plans.model.PlanDocument;
import vn.plans.output.Json;

@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"Writes an ingest's records into a search cluster index (OpenSearch 3.x)",
                "with bulk requests: the units and fields of the embedded index, so that",
                "'plans search --backend URL' finds what 'plans search' finds.",
                "DIR: an ingest's --out (documents/ID.json) or the output of",
                "'scripts/spark-ingest --format jsonl' (documents/**/part-*, a record a line)."})
final class IndexCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "DIR", description = "Record folders (default: $PLANS_DATA/out).")
    List<Path> dirs = new ArrayList<>();

    @Option(names = "--to", required = true, paramLabel = "URL", description = "The cluster index: http://HOST:9200/INDEX (INDEX default: plans).")
    URI to;

    @Option(names = "--shards", description = "Primary shards of a new index (default: ${DEFAULT-VALUE}).")
    int shards = 2;

    @Option(names = "--replicas", description = "Replicas of each shard of a new index (default: ${DEFAULT-VALUE}).")
    int replicas = 1;

    @Option(names = "--recreate", description = "Delete the index first (else a document already there is replaced).")
    boolean recreate;

    @Override
    public Integer call() throws Exception {
        List<Path> inputs = dirs.isEmpty() ? List.of(DataDirs.base().resolve("out")) : dirs;
        List<Path> files = new ArrayList<>();
        for (Path d : inputs) files.addAll(recordFiles(d));
        if (shards < 1 || replicas < 0) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--shards must be >= 1 and --replicas >= 0");
        long started = System.nanoTime();
        int bad = 0;
        try (ClusterIndex index = new ClusterIndex(to, shards, replicas, recreate)) {
            for (Path f : files) {
                if (f.getFileName().toString().endsWith(".json")) {
                    bad += put(index, f, Files.readString(f, StandardCharsets.UTF_8), 0);
                    continue;
                }
                try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    int n = 0;
                    for (String line = r.readLine(); line != null; line = r.readLine()) {
                        n++;
                        if (!line.isBlank()) bad += put(index, f, line, n);
                    }
                }
            }
            index.commit();
            spec.commandLine().getOut().printf("%d documents (%d units) into %s in %.1f s; the index holds %d documents%s%n",
                    index.documents(), index.units(), to, (System.nanoTime() - started) / 1e9, index.count(),
                    bad == 0 ? "" : "; " + bad + " unreadable records skipped");
        }
        return bad == 0 ? PlansCli.OK : 3;
    }

    private int put(ClusterIndex index, Path file, String json, int line) throws IOException {
        PlanDocument doc;
        try {
            doc = Json.MAPPER.readValue(json, PlanDocument.class);
        } catch (IOException e) {
            spec.commandLine().getErr().printf("%s%s: not a document record (%s)%n", file, line > 0 ? ":" + line : "", e.getMessage().lines().findFirst().orElse(""));
            return 1;
        }
        index.put(doc);
        return 0;
    }

    /** The record files of an ingest output or a Spark JSON Lines output; a Parquet output is a usage error. */
    private List<Path> recordFiles(Path dir) throws IOException {
        Path docs = dir.resolve("documents");
        if (!Files.isDirectory(docs)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no documents/ folder in " + dir + " (give an ingest's --out or a spark-ingest output)");
        }
        Path format = dir.resolve("_format");
        if (Files.isRegularFile(format) && Files.readString(format).strip().equals("parquet")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), dir + " holds Parquet; run scripts/spark-ingest with --format jsonl for 'plans index'");
        }
        try (Stream<Path> s = Files.walk(docs)) {
            return s.filter(Files::isRegularFile).filter(f -> {
                String n = f.getFileName().toString();
                return n.endsWith(".json") || n.startsWith("part-") && !n.endsWith(".crc");
            }).sorted().toList();
        }
    }
}

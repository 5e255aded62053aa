package vn.plans.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
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
                    byte[] bytes;
                    try {
                        bytes = Files.readAllBytes(f);
                    } catch (IOException e) {
                        bad += skipped(f, 0, "unreadable", e);
                        continue;
                    }
                    bad += put(index, f, 0, bytes, bytes.length);
                    continue;
                }
                InputStream opened;
                try {
                    opened = Files.newInputStream(f);
                } catch (IOException e) {
                    bad += skipped(f, 0, "unreadable", e);
                    continue;
                }
                try (InputStream in = opened) {
                    LineBytes lines = new LineBytes(in);
                    for (int n = 1; ; n++) {
                        try {
                            if (!lines.next()) break;
                        } catch (IOException e) { // a read error: the records after it in this file are not reached
                            bad += skipped(f, n, "unreadable", e);
                            break;
                        }
                        bad += put(index, f, n, lines.bytes(), lines.length()); // its IOException: the cluster's
                    }
                }
            }
            index.commit();
            spec.commandLine().getOut().printf("%d documents (%d units) into %s in %.1f s; the index holds %d documents%s%n",
                    index.documents(), index.units(), to, (System.nanoTime() - started) / 1e9, index.count(),
                    bad == 0 ? "" : "; " + bad + " unreadable records skipped");
        }
        return bad == 0 ? PlansCli.OK : PlansCli.SOME_FAILED;
    }

    /**
     * Puts one record (a file, or line {@code line} of a JSON Lines file): 1 when it is skipped as bad input (not
     * UTF-8, not a document record, a document the index cannot take), named on stderr with its cause, 0 when put. An
     * IOException out of here is the cluster's (no answer, a refused bulk request): it ends the run.
     */
    private int put(ClusterIndex index, Path file, int line, byte[] bytes, int length) throws IOException {
        if (line > 0 && new String(bytes, 0, length, StandardCharsets.ISO_8859_1).isBlank()) return 0;
        PlanDocument doc;
        try {
            doc = Json.MAPPER.readValue(utf8(bytes, length), PlanDocument.class);
        } catch (IOException | RuntimeException e) {
            return skipped(file, line, "not a document record", e);
        }
        try {
            index.put(doc);
        } catch (IllegalArgumentException e) {
            return skipped(file, line, "cannot be indexed", e);
        }
        return 0;
    }

    private int skipped(Path file, int line, String what, Exception e) {
        String cause = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
        spec.commandLine().getErr().printf("%s%s: %s (%s), skipped%n", file, line > 0 ? ":" + line : "", what, cause);
        return 1;
    }

    /** The text of a record, strictly UTF-8: a malformed byte sequence is an error naming its offset. */
    static String utf8(byte[] bytes, int length) throws CharacterCodingException {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
        CharBuffer out = CharBuffer.allocate(length);
        CoderResult r = d.decode(in, out, true);
        if (r.isError()) {
            throw new CharacterCodingException() {
                @Override
                public String getMessage() {
                    return "not UTF-8: a malformed byte sequence at byte " + in.position();
                }
            };
        }
        d.flush(out);
        return out.flip().toString();
    }

    /** The lines of a stream as bytes (a record a line, decoded one by one, so a bad line does not stop its file). */
    private static final class LineBytes {
        private final InputStream in;
        private final byte[] buf = new byte[1 << 16];
        private int pos, end;
        private byte[] line = new byte[1 << 12];
        private int length;
        private boolean eof;

        LineBytes(InputStream in) { this.in = in; }

        /** Reads the next line (without its \n or \r\n); false at the end. */
        boolean next() throws IOException {
            length = 0;
            boolean any = false;
            while (true) {
                if (pos == end) {
                    if (eof) break;
                    end = in.read(buf);
                    pos = 0;
                    if (end <= 0) {
                        end = 0;
                        eof = true;
                        break;
                    }
                }
                any = true;
                int i = pos;
                while (i < end && buf[i] != '\n') i++;
                append(buf, pos, i - pos);
                if (i < end) {
                    pos = i + 1;
                    if (length > 0 && line[length - 1] == '\r') length--;
                    return true;
                }
                pos = end;
            }
            return any;
        }

        private void append(byte[] b, int from, int n) {
            if (length + n > line.length) line = java.util.Arrays.copyOf(line, Math.max(2 * line.length, length + n));
            System.arraycopy(b, from, line, length, n);
            length += n;
        }

        byte[] bytes() { return line; }

        int length() { return length; }
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

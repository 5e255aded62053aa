package vn.plans.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plans.TestData;
import vn.plans.model.PlanDocument;
import vn.plans.model.SourceInfo;
import vn.plans.output.Json;
import vn.plans.pipeline.InputFiles;
import vn.plans.pipeline.PipelineConfig;
import vn.plans.pipeline.StandardPipeline;

/**
 * {@code plans index --to URL} over bad records: a record that is not UTF-8 or not a document is named on stderr and
 * skipped, the others still reach the cluster, and the run ends with {@link PlansCli#SOME_FAILED}. The cluster is a
 * JDK HTTP server answering the calls {@code ClusterIndex} makes (the real cluster: pipeline/cluster's ClusterSearchIT).
 */
class IndexCommandTest {
    @TempDir Path tmp;
    private HttpServer server;
    /** The doc_id of every document unit the bulk requests carried. */
    private final List<String> indexed = Collections.synchronizedList(new ArrayList<>());
    /** The cluster refuses bulk requests (as a full disk does). */
    private volatile boolean refuseBulk;

    @BeforeEach
    void cluster() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath(), method = x.getRequestMethod();
        String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (method.equals("HEAD")) { // no index yet: ClusterIndex creates it
            x.sendResponseHeaders(404, -1);
            x.close();
            return;
        }
        String answer = "{}";
        int status = 200;
        if (path.endsWith("/_bulk") && refuseBulk) {
            status = 429;
            answer = "{\"error\":{\"reason\":\"index has read-only-allow-delete block\"},\"status\":429}";
        } else if (path.endsWith("/_bulk")) {
            for (String line : body.split("\n")) {
                JsonNode unit = Json.MAPPER.readTree(line);
                if (unit.path("kind").path(0).asText().equals("document")) indexed.add(unit.path("doc_id").path(0).asText());
            }
            answer = "{\"errors\":false,\"items\":[]}";
        } else if (path.endsWith("/_count")) {
            answer = "{\"count\":" + indexed.size() + "}";
        }
        byte[] b = answer.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", "application/json");
        x.sendResponseHeaders(status, b.length);
        x.getResponseBody().write(b);
        x.close();
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/plans";
    }

    /** The record the pipeline writes for seed 002 (the Tam Đường plan), as its JSON bytes. */
    private byte[] seedRecord() throws Exception {
        var p = StandardPipeline.build(PipelineConfig.defaults(tmp.resolve("no-model.bin")), null);
        Path f = TestData.seed("002");
        String sha = InputFiles.sha256(f);
        PlanDocument d = p.process(f, new SourceInfo(f.toString(), "text/plain", sha, Files.size(f)), sha.substring(0, 16));
        return Json.MAPPER.writeValueAsBytes(d);
    }

    /** The record with its first marked letter's UTF-8 sequence cut after its lead byte: not UTF-8 any more. */
    private static byte[] notUtf8(byte[] record) {
        int i = 0;
        while ((record[i] & 0x80) == 0) i++;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(record, 0, i + 1);
        out.write(record, i + 2, record.length - i - 2);
        return out.toByteArray();
    }

    @Test
    void badRecordsAreNamedAndSkippedTheOthersIndexed() throws Exception {
        byte[] good = seedRecord();
        String id = Json.MAPPER.readTree(good).path("id").asText();
        Path out = Files.createDirectories(tmp.resolve("out/documents")).getParent();
        Files.write(out.resolve("documents/a-good.json"), good);
        Files.write(out.resolve("documents/b-not-utf8.json"), notUtf8(good));

        CliRun r = CliRun.of("index", "--to", url(), out.toString());
        assertEquals(PlansCli.SOME_FAILED, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("b-not-utf8.json: not a document record (not UTF-8: a malformed byte sequence at byte"), r.err());
        assertEquals(List.of(id), indexed, "the good record reached the cluster");
        assertTrue(r.out().contains("the index holds 1 documents; 1 unreadable records skipped"), r.out());

        // a JSON Lines output: a line that is not UTF-8, not a document or an empty one does not stop the lines after it
        indexed.clear();
        Path jsonl = tmp.resolve("jsonl");
        Path part = Files.createDirectories(jsonl.resolve("documents/batch=1")).resolve("part-00000");
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        for (byte[] line : List.of(notUtf8(good), "{\"id\": [1, 2]}".getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8), good)) {
            lines.write(line);
            lines.write('\n');
        }
        Files.write(part, lines.toByteArray());
        r = CliRun.of("index", "--to", url(), jsonl.toString());
        assertEquals(PlansCli.SOME_FAILED, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("part-00000:1: not a document record (not UTF-8"), r.err());
        assertTrue(r.err().contains("part-00000:2: not a document record"), r.err());
        assertTrue(r.err().contains("part-00000:3: not a document record"), r.err());
        assertEquals(List.of(id), indexed, "the record after the bad lines reached the cluster");
    }

    @Test
    void theClusterRefusingEndsTheRunNamingIt() throws Exception {
        Path jsonl = tmp.resolve("jsonl");
        Files.createDirectories(jsonl.resolve("documents"));
        Files.write(jsonl.resolve("documents/part-00000"), seedRecord());
        refuseBulk = true;
        CliRun r = CliRun.of("index", "--to", url(), jsonl.toString());
        assertEquals(PlansCli.INTERNAL_ERROR, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("cluster http://127.0.0.1:" + server.getAddress().getPort() + "/ POST plans/_bulk: HTTP 429 index has read-only-allow-delete block"), r.err());
    }
}

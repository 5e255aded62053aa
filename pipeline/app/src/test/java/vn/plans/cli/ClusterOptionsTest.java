package vn.plans.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plans index --to URL} and {@code --backend URL} without a cluster: what a user sees when none answers or the
 * input is not a record folder (the cluster itself: pipeline/cluster's ClusterSearchIT).
 */
class ClusterOptionsTest {
    @TempDir Path tmp;

    /** A local port nothing listens on (bound, then closed). */
    private static String deadUrl() throws Exception {
        int port;
        try (var s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        return "http://127.0.0.1:" + port + "/plans";
    }

    @Test
    void noClusterIsARuntimeErrorNamingTheAddress() throws Exception {
        String url = deadUrl();
        CliRun search = CliRun.of("search", "--backend", url, "tre", "em");
        assertEquals(PlansCli.INTERNAL_ERROR, search.code(), search.out() + search.err());
        assertTrue(search.err().contains("no search cluster answers at http://127.0.0.1:"), search.err());

        Files.createDirectories(tmp.resolve("out/documents"));
        CliRun index = CliRun.of("index", "--to", url, tmp.resolve("out").toString());
        assertEquals(PlansCli.INTERNAL_ERROR, index.code(), index.out() + index.err());
        assertTrue(index.err().contains("no search cluster answers"), index.err());
    }

    @Test
    void inputsThatAreNotRecordFoldersAreUsageErrors() throws Exception {
        String url = deadUrl();
        assertEquals(2, CliRun.of("index", "--to", url, tmp.toString()).code(), "no documents/ folder");
        Path parquet = Files.createDirectories(tmp.resolve("spark/documents")).getParent();
        Files.writeString(parquet.resolve("_format"), "parquet\n");
        CliRun r = CliRun.of("index", "--to", url, parquet.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--format jsonl"), r.err());
        assertEquals(2, CliRun.of("index", tmp.toString()).code(), "--to is required");
    }
}

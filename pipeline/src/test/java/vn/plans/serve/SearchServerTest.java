package vn.plans.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.plans.TestData;
import vn.plans.extract.DocumentExtractor;
import vn.plans.extract.PdfTextExtractor;
import vn.plans.extract.TikaTextExtractor;
import vn.plans.index.FacetSearchTest;
import vn.plans.index.PlanIndex;
import vn.plans.index.PlanSearcher;
import vn.plans.ingest.DocumentProcessor;
import vn.plans.ingest.IngestPipeline;
import vn.plans.model.PlanDocument;
import vn.plans.model.SourceInfo;
import vn.plans.output.Json;
import vn.plans.structure.BasicStructureExtractor;

/** The HTTP API over the seeds, and the page driven by headless Chromium. */
@org.junit.jupiter.api.Tag("integration")
class SearchServerTest {
    @TempDir static Path tmp;
    static PlanSearcher searcher;
    static SearchServer server;
    static String base;
    static final List<PlanDocument> docs = new ArrayList<>();
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void serveSeeds() throws Exception {
        DocumentProcessor p = new DocumentProcessor(
                new DocumentExtractor(new PdfTextExtractor(null), new TikaTextExtractor(), null), null, new BasicStructureExtractor());
        docs.addAll(FacetSearchTest.indexCompletedSeeds(p, tmp.resolve("idx")));
        searcher = new PlanSearcher(tmp.resolve("idx"));
        server = new SearchServer(searcher, new InetSocketAddress("127.0.0.1", 0), 2);
        server.start();
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        searcher.close();
    }

    static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    @Test
    void searchWithAProvinceFilter() throws Exception {
        HttpResponse<String> r = get("/api/search?q=" + enc("tre em") + "&province=" + enc("Quảng Ngãi"));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode body = Json.MAPPER.readTree(r.body());
        long expected = docs.stream().filter(d -> "Quảng Ngãi".equals(d.header().province())).count();
        assertEquals(expected, body.get("total").asLong());
        for (JsonNode h : body.get("hits")) {
            assertEquals("Quảng Ngãi", h.get("province").asText());
            assertTrue(h.get("snippet").asText().contains("«"), h.toString());
        }
        List<String> provinces = new ArrayList<>();
        body.get("facets").get("province").forEach(c -> provinces.add(c.get("value").asText()));
        assertTrue(provinces.containsAll(List.of("Quảng Ngãi", "Lai Châu", "Hải Phòng", "Sơn La")), "drill-sideways keeps the others: " + provinces);
    }

    @Test
    void documentTaskAndErrors() throws Exception {
        PlanDocument d = docs.get(1);
        JsonNode doc = Json.MAPPER.readTree(get("/api/document/" + d.id()).body());
        assertEquals(d.tasks().size(), doc.get("tasks").size());
        assertEquals(d.header().province(), doc.get("province").asText());
        JsonNode task = Json.MAPPER.readTree(get("/api/task/" + enc(d.tasks().get(0).taskId())).body());
        assertEquals(d.tasks().get(0).text(), task.get("text").asText());
        assertEquals(404, get("/api/document/nope").statusCode());
        assertEquals(200, get("/api/search?q=x&type=").statusCode(), "empty values are ignored");
        var unterminated = get("/api/search?q=" + enc("\"unterminated"));
        assertEquals(200, unterminated.statusCode(), "a user's syntax slip is a hint, not an error (issue 17)");
        assertTrue(Json.MAPPER.readTree(unterminated.body()).get("hint").asText().contains("unclosed quote"));
        assertEquals(400, get("/api/search?q=a&limit=many").statusCode());
        JsonNode facets = Json.MAPPER.readTree(get("/api/facets?tasks=1").body());
        assertEquals(docs.stream().mapToInt(x -> x.tasks().size()).sum(), facets.get("total").asInt());
        assertTrue(get("/").body().contains("<form id=\"search-form\""));
    }

    /** Chromium from PATH, installed with apt when running as root; else the test is skipped. */
    static String chromium() throws Exception {
        for (String c : List.of("chromium", "chromium-browser")) {
            for (String dir : System.getenv("PATH").split(":")) if (Files.isExecutable(Path.of(dir, c))) return Path.of(dir, c).toString();
        }
        if ("root".equals(System.getProperty("user.name"))) {
            Process p = new ProcessBuilder("apt-get", "install", "-y", "-qq", "chromium").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (p.waitFor(300, TimeUnit.SECONDS) && p.exitValue() == 0 && Files.isExecutable(Path.of("/usr/bin/chromium"))) return "/usr/bin/chromium";
        }
        return null;
    }

    static String runChromium(String chrome, Path profile, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(chrome, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,900", "--virtual-time-budget=5000"));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(tmp, "chromium", ".out");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("chromium did not finish in 120 s");
        }
        return Files.readString(out);
    }

    @Test
    void pageShowsFilteredHighlightedResultsAndADocument() throws Exception {
        String chrome = chromium();
        assumeTrue(chrome != null, "chromium not installed and not installable (apt-get install chromium); skipping the browser test");
        String url = base + "/?q=" + enc("tre em") + "&province=" + enc("Quảng Ngãi");
        String dom = runChromium(chrome, Files.createTempDirectory(tmp, "profile"), "--dump-dom", url);
        int hits = count(dom, "<li class=\"hit\">");
        long expected = docs.stream().filter(d -> "Quảng Ngãi".equals(d.header().province())).count();
        assertEquals(expected, hits, dom.length() > 2000 ? dom.substring(0, 2000) : dom);
        assertTrue(dom.contains("<mark>"), "snippets are highlighted");
        assertTrue(Pattern.compile("data-dim=\"province\" data-value=\"Quảng Ngãi\" checked").matcher(dom).find(), "the filter shows as checked");
        assertTrue(dom.contains("data-value=\"Lai Châu\""), "other provinces stay selectable (drill-sideways)");
        assertFalse(Pattern.compile("<div class=\"meta\">(Lai Châu|Hải Phòng|Sơn La)").matcher(dom).find(), "no result from another province");

        PlanDocument d = docs.stream().filter(x -> !x.tasks().isEmpty()).findFirst().orElseThrow();
        String docDom = runChromium(chrome, Files.createTempDirectory(tmp, "profile"), "--dump-dom", base + "/?doc=" + d.id());
        Matcher m = Pattern.compile("<ol id=\"doc-tasks\">(.*?)</ol>", Pattern.DOTALL).matcher(docDom);
        assertTrue(m.find(), "document view rendered");
        assertEquals(d.tasks().size(), count(m.group(1), "<li>"));

        Path shot = TestData.root().resolve("pipeline/target/search-tre-em.png");
        runChromium(chrome, Files.createTempDirectory(tmp, "profile"), "--screenshot=" + shot, url);
        assertTrue(Files.size(shot) > 10_000, "screenshot written to " + shot);
    }

    static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) n++;
        return n;
    }
}

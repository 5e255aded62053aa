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
import vn.plans.model.PlanDocument;
import vn.plans.model.SourceInfo;
import vn.plans.output.Json;
import vn.plans.pipeline.DocumentProcessor;
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
        vn.plans.output.DocumentStore store = new vn.plans.output.DocumentStore(tmp.resolve("out"));
        for (PlanDocument d : docs) store.write(d.id().equals(restoredDoc().id()) ? withRestoredPhrase(d) : d);
        searcher = new PlanSearcher(tmp.resolve("idx"));
        server = new SearchServer(searcher, SearchServer.Config.of(new InetSocketAddress("127.0.0.1", 0), 2)
                .withRecords(tmp.resolve("out"), List.of(TestData.corpus().resolve("seeds"))));
        server.start();
        base = "http://127.0.0.1:" + server.port();
    }

    /** The seed whose record carries restorations: 001, which prints "công tác trẻ em". */
    static PlanDocument restoredDoc() {
        return docs.stream().filter(d -> d.source().path().contains("001_")).findFirst().orElseThrow();
    }

    /**
     * The record as a restorer would leave it had the seed printed "cong tac tre em" without marks: printed_text
     * with the phrase unmarked, and the three repairs (the restored words are the seed's own).
     */
    static PlanDocument withRestoredPhrase(PlanDocument d) {
        List<vn.plans.model.Page> pages = new ArrayList<>();
        boolean done = false;
        for (vn.plans.model.Page pg : d.pages()) {
            int at = pg.text().indexOf("công tác trẻ em");
            if (done || at < 0) {
                pages.add(pg);
                continue;
            }
            String printed = pg.text().substring(0, at) + "cong tac tre em" + pg.text().substring(at + "công tác trẻ em".length());
            pages.add(new vn.plans.model.Page(pg.number(), pg.text(), pg.method(), printed, null, List.of(
                    new vn.plans.model.Restoration(at, "cong", "công", 0.97), new vn.plans.model.Restoration(at + 5, "tac", "tác", 0.95),
                    new vn.plans.model.Restoration(at + 9, "tre", "trẻ", 0.91))));
            done = true;
        }
        assertTrue(done, "seed 001 prints the phrase");
        return new PlanDocument(d.schemaVersion(), d.id(), d.source(), d.header(), d.sections(), d.tasks(), true, d.warnings(),
                d.stageMs(), pages);
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

    @Test
    void aRunningServerSeesADocumentIngestedAfterItStarted() throws Exception {
        Path idx = tmp.resolve("live-idx");
        PlanDocument first = docs.get(0), later = docs.get(1);
        try (PlanIndex index = new PlanIndex(idx)) {
            index.put(first);
        }
        try (SearchServer live = new SearchServer(idx, SearchServer.Config.of(new InetSocketAddress("127.0.0.1", 0), 2))) {
            live.start();
            String at = "http://127.0.0.1:" + live.port();
            HttpRequest probe = HttpRequest.newBuilder(URI.create(at + "/api/document/" + later.id()))
                    .timeout(java.time.Duration.ofSeconds(5)).build();
            assertEquals(404, http.send(probe, HttpResponse.BodyHandlers.ofString()).statusCode(), "not there before the ingest");
            try (PlanIndex index = new PlanIndex(idx)) {
                index.put(later);
                index.commit();
            }
            int status = 0;
            for (long end = System.nanoTime() + 5_000_000_000L; System.nanoTime() < end && status != 200; Thread.sleep(200)) {
                status = http.send(probe, HttpResponse.BodyHandlers.ofString()).statusCode();
            }
            assertEquals(200, status, "the document ingested while the server runs is found within 5 s");
            JsonNode all = Json.MAPPER.readTree(http.send(HttpRequest.newBuilder(URI.create(at + "/api/facets")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            assertEquals(2, all.get("total").asInt());
        }
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
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--virtual-time-budget=5000"));
        if (List.of(args).stream().noneMatch(a -> a.startsWith("--window-size"))) cmd.add("--window-size=1280,900");
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(tmp, "chromium", ".out");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("chromium did not finish in 120 s");
        }
        return Files.readString(out);
    }

    /** Sends {@code raw} on a fresh socket and returns the status line and headers of the answer. */
    static String raw(String raw) throws Exception {
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(raw.getBytes(StandardCharsets.UTF_8));
            s.getOutputStream().flush();
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void pageResultSetDownloadsAsATable() throws Exception {
        HttpResponse<String> r = get("/api/export?tasks=1&format=csv&province=" + enc("Quảng Ngãi"));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Disposition").orElse("").contains("plans-tasks.csv"));
        long expected = docs.stream().filter(d -> "Quảng Ngãi".equals(d.header().province())).mapToLong(d -> d.tasks().size()).sum();
        long lines = r.body().lines().filter(l -> l.contains(",Quảng Ngãi,")).count();
        assertTrue(expected > 0 && lines >= expected, "one line per Quảng Ngãi task at least (" + lines + " for " + expected + ")");
        assertEquals(400, get("/api/export?format=pdf").statusCode());
    }

    @Test
    void halfOpenConnectionsDoNotStopTheServer() throws Exception {
        List<java.net.Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                java.net.Socket s = new java.net.Socket("127.0.0.1", server.port());
                s.getOutputStream().write("GET / HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
                stalled.add(s);
            }
            HttpClient c = HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(5)).build();
            for (int i = 0; i < 5; i++) {
                HttpResponse<String> r = c.send(HttpRequest.newBuilder(URI.create(base + "/api/search?q=" + enc("tre em")))
                        .timeout(java.time.Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode(), "answered while 8 connections hold half a request head");
            }
        } finally {
            for (java.net.Socket s : stalled) s.close();
        }
    }

    @Test
    void queriesOverTheLimitsAre400WithAHint() throws Exception {
        String nested = "(".repeat(10) + "tre" + ")".repeat(10);
        String fuzzy = String.join(" OR ", java.util.Collections.nCopies(40, "tre~"));
        String longQ = "tre em ".repeat(100);
        for (String q : List.of(nested, fuzzy, longQ)) {
            HttpResponse<String> r = get("/api/search?q=" + enc(q));
            assertEquals(400, r.statusCode(), r.body());
            String error = Json.MAPPER.readTree(r.body()).get("error").asText();
            assertTrue(error.contains("at most"), "says the bound: " + error);
        }
        String huge = "(".repeat(10_000) + "a" + ")".repeat(10_000);
        HttpResponse<String> r = get("/api/search?q=" + enc(huge));
        assertEquals(414, r.statusCode(), "beyond the 8 KiB request head: refused before any parsing");
        assertTrue(r.body().length() < 200, "no stack trace: " + r.body());
    }

    @Test
    void foreignHostIsRefusedAndAnswersCarrySecurityHeaders() throws Exception {
        String foreign = raw("GET /api/search?q=a HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        assertTrue(foreign.startsWith("HTTP/1.1 421"), foreign);
        assertFalse(foreign.contains("\"hits\""), "no data for a rebinding page");
        String local = raw("GET /api/search?q=a HTTP/1.1\r\nHost: localhost:" + server.port() + "\r\nConnection: close\r\n\r\n");
        assertTrue(local.startsWith("HTTP/1.1 200"), local);
        HttpResponse<String> page = get("/");
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertFalse(page.body().contains("<script>") || page.body().contains("style="), "no inline script or style under that CSP");
    }

    @Test
    void errorBodiesNameNoClassesAndNoServerPaths() throws Exception {
        for (String path : List.of("/api/search?q=" + enc("\"unterminated"), "/nope", "/api/document/nope", "/%2e%2e/%2e%2e/etc/passwd")) {
            String body = get(path).body();
            assertFalse(Pattern.compile("\\b(java|org|vn)\\.[a-z]+\\.").matcher(body).find(), path + ": " + body);
            assertFalse(body.contains(tmp.toString()), path + ": " + body);
        }
        PlanDocument d = docs.get(1);
        String doc = get("/api/document/" + d.id()).body() + get("/api/search?q=" + enc("tre em")).body()
                + get("/api/document/" + d.id() + "?download=1").body() + get("/api/search?tasks=1&q=" + enc("tre em")).body()
                + get("/api/task/" + enc(d.tasks().get(0).taskId())).body();
        assertFalse(doc.contains(TestData.corpus().toString()), "no absolute server path in answers");
    }

    static String dom(String chrome, String pathAndQuery, String... extra) throws Exception {
        List<String> a = new ArrayList<>(List.of(extra));
        a.add("--dump-dom");
        a.add(base + pathAndQuery);
        return runChromium(chrome, Files.createTempDirectory(tmp, "profile"), a.toArray(String[]::new));
    }

    static String unescape(String href) { return href.replace("&amp;", "&"); }

    @Test
    void pagePagesOpensDocumentsAndTasksRemovesChipsAndFitsAPhone() throws Exception {
        String chrome = chromium();
        assumeTrue(chrome != null, "chromium not installed and not installable (apt-get install chromium); skipping the browser test");
        long taskTotal = docs.stream().mapToInt(x -> x.tasks().size()).sum();
        assumeTrue(taskTotal > 20, "the seeds need more than one page of tasks");
        String first = dom(chrome, "/?tasks=1");
        assertTrue(first.contains("1–20 của " + taskTotal + " nhiệm vụ"), "counts shown: " + first.substring(0, Math.min(3000, first.length())));
        Matcher next = Pattern.compile("<a data-nav=\"\" rel=\"next\" href=\"([^\"]+)\"").matcher(first);
        assertTrue(next.find(), "a next-page link");
        String second = dom(chrome, "/" + unescape(next.group(1)));
        assertTrue(second.contains("21–" + Math.min(40, taskTotal) + " của " + taskTotal), "second page");
        assertEquals(Math.min(20, taskTotal - 20), count(second, "<li class=\"hit\">"));

        PlanDocument d = docs.stream().filter(x -> !x.tasks().isEmpty()).findFirst().orElseThrow();
        String docDom = dom(chrome, "/?doc=" + d.id());
        assertTrue(docDom.contains("Chủ trì: " + d.tasks().get(0).leadAgencies().get(0).name()), "lead agency shown");
        assertFalse(docDom.contains("<li class=\"hit\">"), "the document view replaces the hits");
        vn.plans.model.Task t = d.tasks().get(0);
        String taskDom = dom(chrome, "/?task=" + enc(t.taskId()));
        Matcher tm = Pattern.compile("<ol id=\"task\" class=\"task\">(.*?)</ol>", Pattern.DOTALL).matcher(taskDom);
        assertTrue(tm.find(), "task view rendered");
        assertTrue(tm.group(1).contains("Chủ trì: " + t.leadAgencies().get(0).name()));

        String two = dom(chrome, "/?q=" + enc("tre em") + "&province=" + enc("Quảng Ngãi") + "&province=" + enc("Lai Châu"));
        Matcher chip = Pattern.compile("<a class=\"chip\" data-nav=\"\" href=\"([^\"]+)\" title=\"Bỏ lọc\">[^<]*Lai Châu").matcher(two);
        assertTrue(chip.find(), "a chip for each filter");
        assertTrue(two.contains("Xóa tất cả bộ lọc"), "clear-all with two filters");
        String one = dom(chrome, "/" + unescape(chip.group(1)));
        long qn = docs.stream().filter(x -> "Quảng Ngãi".equals(x.header().province())).count();
        assertEquals(qn, count(one, "<li class=\"hit\">"), "chip removed: Quảng Ngãi only");
        assertFalse(one.contains("Lai Châu ✕"));

        Path target = TestData.root().resolve("pipeline/app/target");
        runChromium(chrome, Files.createTempDirectory(tmp, "profile"), "--window-size=1280,900",
                "--screenshot=" + target.resolve("document-view.png"), base + "/?doc=" + restoredDoc().id());
        runChromium(chrome, Files.createTempDirectory(tmp, "profile"), "--window-size=390,844",
                "--screenshot=" + target.resolve("search-phone.png"), base + "/?q=" + enc("tre em"));
        String phone = dom(chrome, "/?q=" + enc("tre em"), "--window-size=390,844");
        Matcher w = Pattern.compile("data-results-width=\"(\\d+)\"").matcher(phone);
        assertTrue(w.find(), "width measured");
        assertTrue(Integer.parseInt(w.group(1)) >= 300, "results at 390 px are " + w.group(1) + " px wide");
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
        Matcher metas = Pattern.compile("<div class=\"meta\">([^<]*)</div>").matcher(dom);
        int metaLines = 0;
        for (; metas.find(); metaLines++) {
            assertTrue(metas.group(1).contains("Quảng Ngãi"), "each card names its province: " + metas.group(1));
            assertFalse(metas.group(1).matches(".*(Lai Châu|Hải Phòng|Sơn La).*"), "no result from another province: " + metas.group(1));
        }
        assertEquals(expected, metaLines);

        PlanDocument d = docs.stream().filter(x -> !x.tasks().isEmpty()).findFirst().orElseThrow();
        String docDom = runChromium(chrome, Files.createTempDirectory(tmp, "profile"), "--dump-dom", base + "/?doc=" + d.id());
        assertTrue(docDom.contains("<div id=\"doc-tasks\">"), "document view rendered");
        assertEquals(d.tasks().size(), count(docDom, "<li class=\"task\">"));

        Path shot = TestData.root().resolve("pipeline/app/target/search-tre-em.png");
        runChromium(chrome, Files.createTempDirectory(tmp, "profile"), "--screenshot=" + shot, url);
        assertTrue(Files.size(shot) > 10_000, "screenshot written to " + shot);
    }

    @Test
    void documentViewReadsTheRecordAndServesTheSourceFile() throws Exception {
        PlanDocument d = restoredDoc();
        JsonNode doc = Json.MAPPER.readTree(get("/api/document/" + d.id()).body());
        JsonNode rec = doc.get("record");
        assertEquals(d.header().legalBases().size(), rec.get("header").get("legal_bases").size());
        assertEquals(d.tasks().size(), rec.get("task_count").asInt());
        assertEquals(d.sections().size(), rec.get("sections").size());
        assertEquals(Path.of(d.source().path()).getFileName().toString(), rec.get("file").asText());
        assertTrue(doc.get("source_served").asBoolean());
        List<JsonNode> restored = new ArrayList<>();
        for (JsonNode pg : rec.get("pages")) for (JsonNode seg : pg.get("segments")) if (seg.has("original")) restored.add(seg);
        assertEquals(3, restored.size(), restored.toString());
        assertEquals("trẻ", restored.get(2).get("text").asText());
        assertEquals("tre", restored.get(2).get("original").asText());
        assertEquals(0.91, restored.get(2).get("confidence").asDouble());

        HttpResponse<String> json = get("/api/document/" + d.id() + "?download=1");
        assertTrue(json.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"), json.headers().toString());
        PlanDocument back = Json.MAPPER.readValue(json.body(), PlanDocument.class);
        assertEquals(d.tasks().size(), back.tasks().size());
        assertEquals(Path.of(d.source().path()).getFileName().toString(), back.source().path(), "no server folders in the download");

        HttpResponse<byte[]> src = http.send(HttpRequest.newBuilder(URI.create(base + "/api/source/" + d.id())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, src.statusCode());
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(Path.of(d.source().path())), src.body()), "the seed's bytes");
        assertEquals(404, get("/api/source/nope").statusCode());
        for (String climb : List.of("/api/source/..%2F..%2F..%2Fetc%2Fpasswd", "/api/source/../../../etc/passwd",
                "/api/source/" + enc("../" + d.id()), "/api/document/" + enc("../" + d.id()) + "?download=1")) {
            HttpResponse<String> r = get(climb);
            assertTrue(r.statusCode() == 400 || r.statusCode() == 404, climb + " answered " + r.statusCode());
            assertFalse(r.body().contains("root:"), climb);
        }
        JsonNode labels = Json.MAPPER.readTree(get("/api/labels").body());
        assertEquals("Kế hoạch", labels.get("types").get("KE_HOACH").asText());
    }

    @Test
    void sourceFilesOutsideTheRootsAreRefused() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("archive"));
        Path outside = Files.createDirectories(tmp.resolve("private"));
        Path secret = Files.writeString(outside.resolve("secret.txt"), "not for the web");
        Path inside = Files.copy(Path.of(docs.get(0).source().path()), root.resolve("kh.txt"));
        Path link = Files.createSymbolicLink(root.resolve("link.txt"), secret);
        Path climb = root.resolve("../private/secret.txt");
        Path idx = tmp.resolve("roots-idx");
        List<String> ids = new ArrayList<>();
        try (PlanIndex index = new PlanIndex(idx)) {
            int n = 0;
            for (Path p : List.of(inside, link, climb)) {
                PlanDocument base = docs.get(0);
                String id = "r00t" + n++;
                index.put(new PlanDocument(base.schemaVersion(), id, new SourceInfo(p.toString(), "text/plain", id, Files.size(p)),
                        base.header(), base.sections(), List.of(), false, List.of(), java.util.Map.of(), base.pages()));
                ids.add(id);
            }
            index.commit();
        }
        SearchServer.Config cfg = SearchServer.Config.of(new InetSocketAddress("127.0.0.1", 0), 2).withRecords(null, List.of(root));
        try (SearchServer s = new SearchServer(idx, cfg)) {
            s.start();
            String at = "http://127.0.0.1:" + s.port() + "/api/source/";
            java.util.function.Function<String, Integer> status = id -> {
                try {
                    return http.send(HttpRequest.newBuilder(URI.create(at + id)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            };
            assertEquals(200, status.apply(ids.get(0)), "a file inside the root");
            assertEquals(403, status.apply(ids.get(1)), "a symlink out of the root");
            assertEquals(403, status.apply(ids.get(2)), "a stored path that climbs out of the root");
            assertEquals(404, status.apply("r00t9"), "an unknown id");
            HttpResponse<String> body = http.send(HttpRequest.newBuilder(URI.create(at + ids.get(1))).build(), HttpResponse.BodyHandlers.ofString());
            assertFalse(body.body().contains("not for the web") || body.body().contains(tmp.toString()), body.body());
        }
    }

    @Test
    void pageSortsByDateFiltersARangeAndMarksRestoredWords() throws Exception {
        String chrome = chromium();
        assumeTrue(chrome != null, "chromium not installed and not installable (apt-get install chromium); skipping the browser test");
        // the seeds print 2025-04-04 (001), 2025-04 (000, 003), 2025-03 (002), 2025-02-28 (004)
        String newest = dom(chrome, "/?sort=newest&from=2025-03");
        assertTrue(newest.contains("1–4 của 4 văn bản"), "four documents dated from March 2025");
        Matcher meta = Pattern.compile("<div class=\"meta\">([^<]*)</div>").matcher(newest);
        assertTrue(meta.find());
        assertTrue(meta.group(1).startsWith("Kế hoạch · 04/04/2025"), "type and date on the card, newest first: " + meta.group(1));
        String last = meta.group(1);
        while (meta.find()) last = meta.group(1);
        assertTrue(last.contains("03/2025"), "March last: " + last);
        Matcher chip = Pattern.compile("<a class=\"chip\" data-nav=\"\" href=\"([^\"]+)\" title=\"Bỏ lọc\">Từ ngày: 03/2025 ✕").matcher(newest);
        assertTrue(chip.find(), "a chip for the date range");
        String all = dom(chrome, "/" + unescape(chip.group(1)));
        assertTrue(all.contains("1–" + docs.size() + " của " + docs.size() + " văn bản"), "chip removed: every document again");

        PlanDocument d = restoredDoc();
        String view = dom(chrome, "/?doc=" + d.id());
        assertTrue(view.contains("<mark class=\"restored\" title=\"bản gốc: tre · độ tin cậy 0.91\">trẻ</mark>"), "restored word marked");
        assertTrue(view.contains("href=\"/api/source/" + d.id() + "\""), "a link to the source file");
        assertTrue(view.contains("href=\"/api/document/" + d.id() + "?download=1\""), "a JSON download");
        assertTrue(view.contains("<dt>Loại văn bản</dt><dd>Kế hoạch</dd>"), "the type by its Vietnamese name");
        for (var b : d.header().legalBases()) assertTrue(view.contains(esc(b.text())), "legal basis shown: " + b.text());
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) n++;
        return n;
    }
}

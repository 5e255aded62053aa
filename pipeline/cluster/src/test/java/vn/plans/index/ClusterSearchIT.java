package vn.plans.index;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.Assume;
import org.opensearch.plugins.Plugin;
import org.opensearch.test.OpenSearchIntegTestCase;
import vn.plans.TestData;
import vn.plans.model.PlanDocument;
import vn.plans.output.Json;

/**
 * The search cluster against the embedded index (issue 16): a real OpenSearch cluster of two data nodes in this JVM
 * (the test framework's internal cluster, real HTTP), an index of 2 shards and 1 replica written by
 * {@link ClusterIndex} with bulk requests, and an embedded index written by {@link PlanIndex}, both from the same
 * records: those {@code plans ingest} writes for {@code corpus/}, {@code ../shared/corpus-dev} and the files of
 * {@code ../shared/corpus-real} the relevance judgments grade (run from the
 * built application jar in a child JVM, which has the native libraries OCR needs; this JVM has none, so that
 * OpenSearch, which refuses to start as root when it can ask, starts under CI's root). Each query of the search
 * relevance set runs on both; their top 10 must be the same documents in the same order, documents with equal
 * scores counting as one place (either engine may order them its own way, and may cut a tie at the tenth place
 * differently); no query may differ. {@code plans eval-search --backend URL} must print the relevance table
 * {@code plans eval-search} prints over the embedded index (the tools jar, in a child JVM). JUnit 4 (OpenSearch's randomized runner); it runs when {@code -Dplans.test.excluded=none} is given,
 * as every integration test ({@code pipeline/cluster/pom.xml}).
 */
@OpenSearchIntegTestCase.ClusterScope(scope = OpenSearchIntegTestCase.Scope.SUITE, numDataNodes = 2, numClientNodes = 0,
        supportsDedicatedMasters = false)
@com.carrotsearch.randomizedtesting.annotations.TimeoutSuite(millis = 30 * 60 * 1000)
public class ClusterSearchIT extends OpenSearchIntegTestCase {
    private static final int TOP = 10;

    @Override
    protected Collection<Class<? extends Plugin>> nodePlugins() {
        return List.of(org.opensearch.transport.Netty4ModulePlugin.class,
                org.opensearch.analysis.common.CommonAnalysisModulePlugin.class);
    }

    @Override
    protected boolean addMockHttpTransport() { return false; }

    public void testClusterAndEmbeddedIndexGiveTheSameTop10() throws Exception {
        Path root = TestData.root();
        Path jar = root.resolve("pipeline/app/target/plans-app.jar");
        if (!Files.isRegularFile(jar)) {
            String why = "needs the application jar " + jar + ": build it first (scripts/setup, or mvn -B package -DskipTests)";
            // where the integration tests run (-Dplans.test.excluded=none: the module's profile sets this), a missing
            // jar fails: a skip there would let CI pass without the cluster ever being checked
            if (Boolean.getBoolean("plans.cluster.required")) fail(why);
            Assume.assumeTrue(why, false);
        }
        List<Path> inputs = new ArrayList<>();
        String only = System.getProperty("plans.cluster.inputs", ""); // a smaller input while working on it
        for (String s : only.split(",")) if (!s.isBlank()) inputs.add(root.resolve(s.strip()));
        if (inputs.isEmpty()) {
            inputs.add(root.resolve("corpus"));
            Path dev = TestData.sharedDir().resolve("corpus-dev");
            if (Files.isDirectory(dev)) inputs.add(dev);
            else System.out.println("ClusterSearchIT: no " + dev + ", corpus/ only");
            // the corpus-real files the relevance judgments grade, so that every need has its documents in both indexes
            Path real = TestData.sharedDir().resolve("corpus-real");
            Set<String> judgedFiles = new java.util.TreeSet<>();
            judged(root.resolve("corpus/search-relevance/judgments.tsv")).values().forEach(judgedFiles::addAll);
            int n = 0;
            for (String f : judgedFiles) {
                Path file = real.resolve(f);
                if (Files.isRegularFile(file)) {
                    inputs.add(file);
                    n++;
                }
            }
            System.out.println("ClusterSearchIT: " + n + " judged files of " + real);
        }

        Path work = createTempDir();
        Path out = work.resolve("out");
        ingest(jar, inputs, out, work.resolve("ingest-index"));
        List<PlanDocument> docs = records(out.resolve("documents"));
        assertTrue("the ingest wrote records", docs.size() > (only.isBlank() ? 40 : 0));

        Path embedded = work.resolve("embedded");
        try (PlanIndex idx = new PlanIndex(embedded)) {
            for (PlanDocument d : docs) idx.add(d);
            idx.commit();
        }
        // the cluster index is written as a user writes it: plans index --to URL OUT (bulk requests)
        URI url = URI.create(httpAddress() + "/plans");
        String indexed = plans(jar, work, "index", "--to", url.toString(), "--shards", "2", "--replicas", "1", "--recreate", out.toString());
        System.out.println("ClusterSearchIT plans index: " + indexed.strip());
        assertTrue(indexed, indexed.contains("the index holds " + docs.size() + " documents"));
        // the layout of a 'scripts/spark-ingest --format jsonl' output (part files of one record a line, _format) is read too
        Path jsonl = work.resolve("jsonl");
        Path part = jsonl.resolve("documents/batch=1/year=2025/province=x/part-00000");
        Files.createDirectories(part.getParent());
        Files.writeString(jsonl.resolve("_format"), "jsonl\n");
        List<String> lines = new ArrayList<>();
        for (PlanDocument d : docs) lines.add(Json.MAPPER.writeValueAsString(d));
        Files.write(part, lines);
        String fromJsonl = plans(jar, work, "index", "--to", httpAddress() + "/plans-jsonl", jsonl.toString());
        assertTrue(fromJsonl, fromJsonl.contains("the index holds " + docs.size() + " documents"));

        var shards = getRestClient().performRequest(new org.opensearch.client.Request("GET", "/_cat/shards/plans?h=shard,prirep,node"));
        String shardTable = new String(shards.getEntity().getContent().readAllBytes(), StandardCharsets.UTF_8);
        System.out.println("ClusterSearchIT: " + docs.size() + " records; shards:\n" + shardTable);
        assertEquals("2 shards with a replica each on 2 nodes", 4, shardTable.strip().lines().count());
        getRestClient().performRequest(new org.opensearch.client.Request("POST", "/plans/_forcemerge?max_num_segments=1"));
        var size = getRestClient().performRequest(new org.opensearch.client.Request("GET", "/_cat/indices/plans?h=pri.store.size,docs.count&bytes=b"));
        String[] sz = new String(size.getEntity().getContent().readAllBytes(), StandardCharsets.UTF_8).strip().split("\\s+");
        long taskCount = docs.stream().mapToLong(d -> d.tasks().size()).sum(), embeddedBytes;
        try (Stream<Path> s = Files.list(embedded)) {
            embeddedBytes = s.mapToLong(f -> f.toFile().length()).sum();
        }
        System.out.printf(java.util.Locale.ROOT, "ClusterSearchIT size: cluster primaries %s bytes (%s units), %d bytes per task; embedded index %d bytes, %d per task (%d tasks)%n",
                sz[0], sz[1], Long.parseLong(sz[0]) / Math.max(1, taskCount), embeddedBytes, embeddedBytes / Math.max(1, taskCount), taskCount);

        int same = 0;
        List<String> differ = new ArrayList<>(), multi = new ArrayList<>(), neither = new ArrayList<>();
        // the files the relevance judgments grade for each need: a query whose need has a judged file among the
        // records must find something (two empty lists agree on nothing); one without may find nothing on both
        Set<String> ingested = new HashSet<>();
        for (PlanDocument d : docs) for (String p : d.source().paths()) ingested.add(Path.of(p).getFileName().toString());
        java.util.Map<String, Set<String>> judged = judged(root.resolve("corpus/search-relevance/judgments.tsv"));
        try (PlanSearcher local = new PlanSearcher(embedded); ClusterSearcher remote = new ClusterSearcher(url)) {
            for (String[] q : queries(root.resolve("corpus/search-relevance/queries.tsv"))) {
                SearchRequest req = SearchRequest.of(q[1], false, 3 * TOP);
                List<SearchHit> a = local.search(req).hits(), b = remote.search(req).hits();
                boolean mustFind = judged.getOrDefault(q[2], Set.of()).stream().anyMatch(ingested::contains);
                if (a.isEmpty() && b.isEmpty() && !mustFind) {
                    neither.add(q[0] + " '" + q[1] + "'");
                    System.out.printf("ClusterSearchIT %s %-32s no hits on either (no judged document among the records)%n", q[0], q[1]);
                    continue;
                }
                String why = compare(a, b);
                if (why == null) same++;
                else if (multiPhrase(PlanSearcher.plan(req, Fields.analyzer(), remote::variants, remote::foldedMatching).text())) {
                    multi.add(q[0] + " '" + q[1] + "': " + why);
                } else differ.add(q[0] + " '" + q[1] + "': " + why);
                System.out.printf("ClusterSearchIT %s %-32s %s top %s%n", q[0], q[1], why == null ? "same" : "DIFFERENT", ids(a, TOP));
            }
            // a task search, a filter and the facet counts go the same way
            SearchRequest tasks = new SearchRequest("tre em", true, java.util.Map.of("province", List.of("Quang Ngai")), TOP, 10);
            SearchResult ta = local.search(tasks), tb = remote.search(tasks);
            assertFalse("the task search finds tasks in the embedded index", ta.hits().isEmpty());
            assertNull("task search with a filter: " + ids(ta.hits(), TOP) + " vs " + ids(tb.hits(), TOP), compare(ta.hits(), tb.hits()));
            assertEquals(ta.total(), tb.total());
            assertEquals(ta.facets(), tb.facets());
            String first = ta.hits().get(0).unitId();
            assertEquals(local.task(first).get("text"), remote.task(first).get("text"));
            String doc = docs.get(0).id();
            assertEquals(local.document(doc).keySet(), remote.document(doc).keySet());

            // plans search --backend URL and plans serve --backend URL answer from the cluster
            List<String> expected = ids(remote.search(SearchRequest.of("tre em", false, TOP)).hits(), TOP);
            assertFalse("the cluster finds documents for 'tre em'", expected.isEmpty());
            assertEquals(ids(local.search(SearchRequest.of("tre em", false, TOP)).hits(), TOP), expected);
            List<String> cli = new ArrayList<>();
            for (String line : plans(jar, work, "search", "--backend", url.toString(), "--json", "-n", "" + TOP, "tre", "em").lines().toList()) {
                if (line.startsWith("{")) cli.add(Json.MAPPER.readTree(line).path("doc_id").asText());
            }
            assertEquals("plans search --backend", expected, cli);
            assertEquals("plans serve --backend", expected, served(jar, work, url, "tre em"));

            // plans eval-search --backend URL scores the cluster as plans eval-search scores the embedded index
            Path tools = root.resolve("pipeline/tools/target/plans-tools.jar");
            if (Files.isRegularFile(tools)) {
                String set = root.resolve("corpus/search-relevance").toString();
                // over the ingest's own index of the same records: the one written here has the test framework's
                // random codec (Asserting ...), which the child JVM cannot read
                String onEmbedded = table(plans(tools, work, "eval-search", "--index", work.resolve("ingest-index").toString(),
                        "--set", set, "--matching", "precise", "--per-query"));
                String onCluster = table(plans(tools, work, "eval-search", "--backend", url.toString(), "--set", set, "--per-query"));
                System.out.println("ClusterSearchIT plans eval-search --backend:\n" + String.join("\n", onCluster.lines().limit(9).toList()));
                assertEquals("plans eval-search --backend", onEmbedded, onCluster);
            } else if (Boolean.getBoolean("plans.cluster.required")) {
                fail("needs the tools jar " + tools + " for plans eval-search: build it first (mvn -B package -DskipTests)");
            } else {
                System.out.println("ClusterSearchIT: no " + tools + ", plans eval-search --backend not checked");
            }
        }
        System.out.println("ClusterSearchIT: " + same + " of 32 relevance queries give the same top " + TOP
                + "; differ with a multi-spelling phrase: " + multi + "; differ otherwise: " + differ
                + "; no hits on either, none of their judged documents among the records: " + neither);
        assertTrue("relevance queries compared on hits", same > 0);
        // A sequence mixing marked and unmarked syllables (Sơn La, Tam Đường) was one MultiPhraseQuery over every spelling
        // of the unmarked one, which Lucene scores with the statistics of the spellings the shard itself holds; it is
        // now one phrase per spelling (UserQuery.sub), the same on every shard, so no query may differ
        assertTrue("queries whose top " + TOP + " differ: " + differ, differ.isEmpty());
        assertTrue("queries with a multi-spelling phrase whose top " + TOP + " differ: " + multi, multi.isEmpty());
    }

    /**
     * Null when the two rankings agree on the first {@link #TOP}: the same scores place by place (float rounding
     * aside) and the same documents, each run of equal scores compared as a set (the run cut at the tenth place: the
     * cluster's part of it among the embedded index's whole run). No hits in the embedded index is a difference too:
     * two empty lists would agree on nothing.
     */
    static String compare(List<SearchHit> a, List<SearchHit> b) {
        if (a.isEmpty()) return "no hits in the embedded index (" + b.size() + " in the cluster)";
        int n = Math.min(TOP, a.size());
        if (Math.min(TOP, b.size()) != n) return "hit counts " + a.size() + " vs " + b.size();
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < a.size() && close(a.get(j + 1).score(), a.get(i).score())) j++;
            Set<String> run = new HashSet<>();
            for (int k = i; k <= j; k++) run.add(a.get(k).docId());
            int end = Math.min(j + 1, n);
            for (int k = i; k < end; k++) {
                if (!close(a.get(k).score(), b.get(k).score())) return "score at " + (k + 1) + ": " + a.get(k).score() + " vs " + b.get(k).score();
                if (!run.contains(b.get(k).docId())) return "place " + (k + 1) + ": " + b.get(k).docId() + " not among " + run;
            }
            i = end;
        }
        return null;
    }

    /** Whether the query holds a phrase with several spellings at one position. */
    static boolean multiPhrase(org.apache.lucene.search.Query q) {
        boolean[] found = {false};
        q.visit(new org.apache.lucene.search.QueryVisitor() {
            @Override
            public void consumeTerms(org.apache.lucene.search.Query query, org.apache.lucene.index.Term... terms) {
                if (query instanceof org.apache.lucene.search.MultiPhraseQuery) found[0] = true;
            }

            @Override
            public org.apache.lucene.search.QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur,
                                                                       org.apache.lucene.search.Query parent) {
                return this;
            }
        });
        return found[0];
    }

    private static boolean close(float x, float y) {
        return Math.abs(x - y) <= 1e-5f * Math.max(1f, Math.abs(x));
    }

    private static List<String> ids(List<SearchHit> hits, int n) {
        return hits.stream().limit(n).map(SearchHit::docId).toList();
    }

    private String httpAddress() {
        var info = client().admin().cluster().prepareNodesInfo().get();
        var http = info.getNodes().get(0).getInfo(org.opensearch.http.HttpInfo.class);
        return "http://" + http.address().publishAddress().toString();
    }

    /**
     * What eval-search printed from its table on (the JVM's warnings before it left out), each query's list of top
     * files sorted: documents of equal score may come in another order from the cluster (as in {@link #compare}).
     */
    private static String table(String printed) {
        int at = printed.indexOf("search relevance:");
        assertTrue(printed, at >= 0);
        List<String> out = new ArrayList<>();
        for (String line : printed.substring(at).lines().toList()) {
            int colon = line.indexOf(": ");
            if (line.startsWith("    ") && colon > 0) {
                List<String> files = new ArrayList<>(List.of(line.substring(colon + 2).split(" ")));
                java.util.Collections.sort(files);
                line = line.substring(0, colon + 2) + String.join(" ", files);
            }
            out.add(line);
        }
        return String.join("\n", out);
    }

    /** Runs the application jar with ARGS, returns what it printed; a non-zero exit fails the test. */
    private static String plans(Path jar, Path work, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        Path log = Files.createTempFile(work, "plans-", ".log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue("plans " + args[0] + " finished", p.waitFor(5, TimeUnit.MINUTES));
        String text = Files.readString(log);
        assertEquals("plans " + String.join(" ", args) + ":\n" + text, 0, p.exitValue());
        return text;
    }

    /** The document ids {@code plans serve --backend URL} answers for a query on {@code /api/search}. */
    private static List<String> served(Path jar, Path work, URI url, String query) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(),
                "serve", "--backend", url.toString(), "--port", "0", "--out", work.resolve("out").toString())
                .redirectErrorStream(true).start();
        try (var http = java.net.http.HttpClient.newHttpClient()) {
            var lines = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String address = null;
            while (address == null) {
                String line = lines.readLine();
                if (line == null) break;
                var m = java.util.regex.Pattern.compile("on (http://\\S+/)").matcher(line);
                if (m.find()) address = m.group(1);
            }
            assertNotNull("plans serve printed its address", address);
            var req = java.net.http.HttpRequest.newBuilder(URI.create(address + "api/search?limit=" + TOP + "&q="
                    + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8))).build();
            var resp = http.send(req, java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(resp.body(), 200, resp.statusCode());
            List<String> out = new ArrayList<>();
            for (var h : Json.MAPPER.readTree(resp.body()).path("hits")) out.add(h.path("doc_id").asText());
            return out;
        } finally {
            p.destroy();
            p.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static void ingest(Path jar, List<Path> inputs, Path out, Path index) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-jar", jar.toString(), "ingest"));
        for (Path p : inputs) cmd.add(p.toString());
        cmd.addAll(List.of("--out", out.toString(), "--index", index.toString(), "--in-process", "-q"));
        Path log = out.resolveSibling("ingest.log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(20, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail("the ingest did not finish in 20 minutes");
        }
        String text = Files.readString(log);
        System.out.println("ClusterSearchIT ingest: " + text.lines().filter(l -> l.contains("documents:")).findFirst().orElse(""));
        // 3: some files failed (they are then in neither index); anything else is a broken ingest
        assertTrue("ingest exit " + p.exitValue() + ":\n" + text, p.exitValue() == 0 || p.exitValue() == 3);
    }

    private static List<PlanDocument> records(Path dir) throws IOException {
        List<PlanDocument> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                out.add(Json.MAPPER.readValue(f.toFile(), PlanDocument.class));
            }
        }
        return out;
    }

    /** The judged file names of each need ({@code judgments.tsv}: need, file, grade, why). */
    private static java.util.Map<String, Set<String>> judged(Path tsv) throws IOException {
        java.util.Map<String, Set<String>> out = new java.util.HashMap<>();
        for (String line : Files.readAllLines(tsv)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            out.computeIfAbsent(f[0], k -> new HashSet<>()).add(f[1]);
        }
        return out;
    }

    /** id, query, need. */
    private static List<String[]> queries(Path tsv) throws IOException {
        List<String[]> out = new ArrayList<>();
        for (String line : Files.readAllLines(tsv)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            out.add(new String[] {f[0], f[3], f[1]});
        }
        assertEquals(32, out.size());
        return out;
    }
}

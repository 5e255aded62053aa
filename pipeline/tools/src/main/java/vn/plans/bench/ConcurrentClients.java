package vn.plans.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import vn.plans.output.Json;

/**
 * Load on a running {@code plans serve} ({@code scripts/bench-search --clients C}): C clients, each on its own connection, send R requests one after another
 * (closed loop, no think time) and time each from send to the last byte. The requests are what the page sends: a
 * word search, a two-word phrase, a word with province and lead-agency filters (facets counted), the second page of
 * a search, and a search sorted by date within a date range; words, provinces and agencies are read from the index
 * first (a browse request and the text of 40 tasks). Prints requests per second, p50/p95/p99/max latency and the error count (a status
 * other than 200, a timeout of 10 s or a broken connection). Usage: {@code ConcurrentClients BASE_URL [C] [R]}.
 */
public final class ConcurrentClients {
    private ConcurrentClients() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: ConcurrentClients BASE_URL [CLIENTS] [REQUESTS_PER_CLIENT]");
            System.exit(2);
        }
        String base = args[0].replaceAll("/+$", "");
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int each = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        List<String> paths = requests(base, 1000, new Random(42));
        for (int i = 0; i < 50; i++) fetch(HttpClient.newHttpClient(), base + paths.get(i)); // warm-up, not counted
        double[] ms = new double[clients * each];
        AtomicInteger errors = new AtomicInteger();
        List<String> firstErrors = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread t = new Thread(() -> {
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 0; i < each; i++) {
                    String path = paths.get((client * 7919 + i) % paths.size());
                    long t0 = System.nanoTime();
                    String err = fetch(http, base + path);
                    ms[client * each + i] = (System.nanoTime() - t0) / 1e6;
                    if (err != null) {
                        errors.incrementAndGet();
                        if (firstErrors.size() < 5) firstErrors.add(err + " for " + path);
                    }
                }
            }, "client-" + c);
            t.start();
            threads.add(t);
        }
        long t0 = System.nanoTime();
        start.countDown();
        for (Thread t : threads) t.join();
        double secs = (System.nanoTime() - t0) / 1e9;
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%d concurrent clients x %d requests = %d in %.1f s: %.0f requests/s; latency p50 %.1f ms"
                        + "  p95 %.1f ms  p99 %.1f ms  max %.1f ms; errors %d%n",
                clients, each, ms.length, secs, ms.length / secs, Percentiles.of(ms, 0.50), Percentiles.of(ms, 0.95), Percentiles.of(ms, 0.99), ms[ms.length - 1],
                errors.get());
        for (String e : firstErrors) System.out.println("  error: " + e);
    }

    /** Null when the answer is a 200 read to its end, else what went wrong. */
    static String fetch(HttpClient http, String url) {
        try {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return r.statusCode() == 200 ? null : "HTTP " + r.statusCode();
        } catch (java.io.IOException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** {@code n} request paths, the five kinds in turn, from words, provinces and agencies the index holds. */
    static List<String> requests(String base, int n, Random r) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> browse = http.send(HttpRequest.newBuilder(URI.create(base + "/api/search?tasks=1&limit=200")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (browse.statusCode() != 200) throw new IllegalStateException("the server answered " + browse.statusCode() + ": " + browse.body());
        JsonNode body = Json.MAPPER.readTree(browse.body());
        List<String[]> pairs = new ArrayList<>();
        Set<String> words = new LinkedHashSet<>();
        int read = 0;
        for (JsonNode h : body.path("hits")) {
            if (read++ == 40) break;
            HttpResponse<String> task = http.send(HttpRequest.newBuilder(URI.create(base + "/api/task/" + enc(h.path("unit_id").asText()))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (task.statusCode() != 200) continue;
            String[] w = Json.MAPPER.readTree(task.body()).path("text").asText("").toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
            for (int i = 0; i + 1 < w.length; i++) {
                if (w[i].length() > 1 && w[i + 1].length() > 1) pairs.add(new String[] {w[i], w[i + 1]});
                if (w[i].length() > 1) words.add(w[i]);
            }
        }
        List<String> provinces = values(body, "province"), leads = values(body, "lead"), word = new ArrayList<>(words);
        if (word.isEmpty() || pairs.isEmpty() || provinces.isEmpty() || leads.isEmpty()) {
            throw new IllegalStateException("the index gave no words, provinces or agencies to query with");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String w = word.get(r.nextInt(word.size()));
            String[] p = pairs.get(r.nextInt(pairs.size()));
            out.add(switch (i % 5) {
                case 0 -> "/api/search?tasks=1&q=" + enc(w);
                case 1 -> "/api/search?tasks=1&q=" + enc("\"" + p[0] + " " + p[1] + "\"");
                case 2 -> "/api/search?tasks=1&q=" + enc(w) + "&province=" + enc(provinces.get(r.nextInt(provinces.size())))
                        + "&lead=" + enc(leads.get(r.nextInt(leads.size())));
                case 3 -> "/api/search?q=" + enc(w) + "&offset=20";
                default -> "/api/search?tasks=1&q=" + enc(w) + "&sort=newest&from=" + (2020 + r.nextInt(4)) + "&to=2026";
            });
        }
        return out;
    }

    private static List<String> values(JsonNode body, String dim) {
        List<String> out = new ArrayList<>();
        for (JsonNode c : body.path("facets").path(dim)) out.add(c.path("value").asText());
        return out;
    }

    private static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }
}

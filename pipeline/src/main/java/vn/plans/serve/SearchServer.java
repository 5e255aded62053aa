package vn.plans.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import vn.plans.index.PlanSearcher;
import vn.plans.index.SearchRequest;
import vn.plans.index.SearchResult;
import vn.plans.output.Json;

/**
 * The JSON HTTP API and the search page, on the JDK's {@link HttpServer}. Routes (GET only):
 * {@code /api/search?q=&tasks=1&limit=&province=&lead=...} (hits and facet counts), {@code /api/facets?q=...}
 * (counts only), {@code /api/document/ID} (a document with its tasks and passages), {@code /api/task/ID}, and the
 * static page under {@code /}. Bad parameters answer 400, unknown ids 404, failures 500, each with
 * {@code {"error": ...}}.
 */
public final class SearchServer implements AutoCloseable {
    private static final Map<String, String> STATIC = Map.of(
            "/", "index.html", "/index.html", "index.html", "/app.js", "app.js", "/style.css", "style.css");

    private final PlanSearcher searcher;
    private final HttpServer server;
    private final ExecutorService pool;

    public SearchServer(PlanSearcher searcher, InetSocketAddress address, int threads) throws IOException {
        this.searcher = searcher;
        this.server = HttpServer.create(address, 64);
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "serve");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(pool);
        server.createContext("/", this::handle);
    }

    public void start() { server.start(); }

    public int port() { return server.getAddress().getPort(); }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            if (!ex.getRequestMethod().equals("GET") && !ex.getRequestMethod().equals("HEAD")) {
                json(ex, 405, Map.of("error", "only GET"));
                return;
            }
            String path = ex.getRequestURI().getPath();
            Map<String, List<String>> params = params(ex.getRequestURI().getRawQuery());
            try {
                if (path.equals("/api/search")) json(ex, 200, searcher.search(request(params, 20)));
                else if (path.equals("/api/facets")) {
                    SearchResult r = searcher.search(request(params, 0));
                    json(ex, 200, Map.of("total", r.total(), "total_exact", r.totalExact(), "facets", r.facets()));
                } else if (path.startsWith("/api/document/")) found(ex, searcher.document(tail(path, "/api/document/")));
                else if (path.startsWith("/api/task/")) found(ex, searcher.task(tail(path, "/api/task/")));
                else if (STATIC.containsKey(path)) resource(ex, STATIC.get(path));
                else json(ex, 404, Map.of("error", "no such page: " + path));
            } catch (IllegalArgumentException e) {
                json(ex, 400, Map.of("error", String.valueOf(e.getMessage())));
            } catch (IOException | RuntimeException e) {
                json(ex, 500, Map.of("error", e.toString()));
            }
        }
    }

    static SearchRequest request(Map<String, List<String>> p, int defaultLimit) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String dim : SearchRequest.dimensions()) if (p.containsKey(dim)) filters.put(dim, p.get(dim));
        int limit = defaultLimit;
        if (p.containsKey("limit")) {
            try {
                limit = Math.min(200, Integer.parseInt(first(p, "limit")));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("limit must be a number");
            }
        }
        String tasks = first(p, "tasks");
        return new SearchRequest(first(p, "q"), "1".equals(tasks) || "true".equals(tasks), filters, limit, 15);
    }

    private static String first(Map<String, List<String>> p, String k) {
        List<String> v = p.get(k);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    private static String tail(String path, String prefix) {
        return URLDecoder.decode(path.substring(prefix.length()), StandardCharsets.UTF_8);
    }

    static Map<String, List<String>> params(String raw) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) return out;
        for (String kv : raw.split("&")) {
            if (kv.isEmpty()) continue;
            int eq = kv.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? kv : kv.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8);
            if (!v.isEmpty()) out.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
        }
        return out;
    }

    private static void found(HttpExchange ex, Object body) throws IOException {
        if (body == null) json(ex, 404, Map.of("error", "not found"));
        else json(ex, 200, body);
    }

    private static void json(HttpExchange ex, int status, Object body) throws IOException {
        send(ex, status, "application/json; charset=utf-8", Json.MAPPER.writeValueAsBytes(body));
    }

    private static void resource(HttpExchange ex, String name) throws IOException {
        try (InputStream in = SearchServer.class.getResourceAsStream("web/" + name)) {
            if (in == null) {
                json(ex, 404, Map.of("error", "missing resource " + name));
                return;
            }
            String type = name.endsWith(".html") ? "text/html" : name.endsWith(".js") ? "text/javascript" : "text/css";
            send(ex, 200, type + "; charset=utf-8", in.readAllBytes());
        }
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) try (OutputStream out = ex.getResponseBody()) { out.write(body); }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}

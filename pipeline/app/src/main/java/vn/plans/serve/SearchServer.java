package vn.plans.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.BlockingArrayQueue;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import vn.plans.export.TableExport;
import vn.plans.index.Searcher;
import vn.plans.index.SearchRequest;
import vn.plans.index.SearchResult;
import vn.plans.model.PlanDocument;
import vn.plans.output.DocumentStore;
import vn.plans.output.Json;

/**
 * The JSON HTTP API and the search page, on an embedded Jetty 12 server (core handlers, no servlets). Routes (GET
 * and HEAD only): {@code /api/search?q=&tasks=1&offset=&limit=&sort=relevance|newest|oldest&from=&to=&province=&lead=...}
 * (hits and facet counts; {@code from}/{@code to} are document dates, YYYY-MM-DD, YYYY-MM or YYYY),
 * {@code /api/facets?q=...} (counts only), {@code /api/document/ID} (a document with its tasks and passages),
 * {@code /api/task/ID}, and the static page under {@code /}. Bad parameters and queries over {@link QueryLimits}
 * answer 400 with a hint, unknown ids 404, a foreign {@code Host} 421, failures 500 with a generic message (the
 * cause goes to the log, never to the client), each as {@code {"error": ...}}. Source paths are answered as file
 * names only.
 *
 * <p>Hardening: a bounded thread pool and queue, an idle timeout that also ends connections whose request head never
 * completes (Jetty reads heads without holding a thread, so such connections cost a socket, not a worker), 8 KiB
 * request heads, no request bodies, and on every answer a Content-Security-Policy without inline script or style,
 * {@code frame-ancestors 'none'}, {@code X-Content-Type-Options: nosniff} and no-referrer.
 */
public final class SearchServer implements AutoCloseable {
    /**
     * How the server listens; {@code allowedHosts} empty means the bind address (and localhost names on loopback).
     * {@code records}: the JSON output folder ({@code documents/ID.json}) the document view reads headers, sections,
     * pages and restorations from (null: the index's fields only); {@code sourceRoots}: the folders whose files
     * {@code /api/source/ID} may hand out (empty: none).
     */
    public record Config(InetSocketAddress address, int threads, int idleTimeoutMillis, List<String> allowedHosts,
                         QueryLimits limits, Path records, List<Path> sourceRoots) {
        public Config {
            if (threads < 1) throw new IllegalArgumentException("threads must be >= 1");
            allowedHosts = List.copyOf(allowedHosts);
            if (limits == null) limits = QueryLimits.DEFAULT;
            sourceRoots = sourceRoots == null ? List.of() : List.copyOf(sourceRoots);
        }

        public Config(InetSocketAddress address, int threads, int idleTimeoutMillis, List<String> allowedHosts, QueryLimits limits) {
            this(address, threads, idleTimeoutMillis, allowedHosts, limits, null, List.of());
        }

        public static Config of(InetSocketAddress address, int threads) {
            return new Config(address, threads, 10_000, List.of(), QueryLimits.DEFAULT);
        }

        /** This configuration with the record folder and the source roots set. */
        public Config withRecords(Path newRecords, List<Path> newRoots) {
            return new Config(address, threads, idleTimeoutMillis, allowedHosts, limits, newRecords, newRoots);
        }
    }

    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    private static final Map<String, String> STATIC = Map.of(
            "/", "index.html", "/index.html", "index.html", "/app.js", "app.js", "/style.css", "style.css");

    private final LiveSearcher searchers;
    private final boolean ownsSearchers;
    private final Config config;
    private final Server server;
    private final ServerConnector connector;
    private final Set<String> hosts;
    private final DocumentStore store;
    private final SourceFiles sources;

    /** Serves a fixed searcher (never reopened; the caller closes it). */
    public SearchServer(Searcher searcher, InetSocketAddress address, int threads) {
        this(searcher, Config.of(address, threads));
    }

    /** Serves a fixed searcher (never reopened; the caller closes it) as {@code config} says. */
    public SearchServer(Searcher searcher, Config config) {
        this(new LiveSearcher(searcher), false, config);
    }

    /** Serves the index in {@code indexDir}, reopened within a second after each ingest commit. */
    public SearchServer(Path indexDir, Config config) throws IOException {
        this(new LiveSearcher(indexDir, 1000), true, config);
    }

    private SearchServer(LiveSearcher searchers, boolean owns, Config config) {
        this.searchers = searchers;
        this.ownsSearchers = owns;
        this.config = config;
        QueuedThreadPool pool = new QueuedThreadPool(config.threads() + 4, 2, 60_000, 0,
                new BlockingArrayQueue<>(64, 64, 256), null);
        pool.setName("serve");
        pool.setDaemon(true);
        this.server = new Server(pool);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendDateHeader(true);
        http.setRequestHeaderSize(8192);
        http.setResponseHeaderSize(8192);
        this.connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(config.address().getHostString());
        connector.setPort(config.address().getPort());
        connector.setIdleTimeout(config.idleTimeoutMillis());
        connector.setAcceptQueueSize(64);
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                SearchServer.this.handle(request, response, callback);
                return true;
            }
        });
        server.setErrorHandler((Request.Handler) (request, response, callback) -> {
            Object status = request.getAttribute(org.eclipse.jetty.server.handler.ErrorHandler.ERROR_STATUS);
            int code = status instanceof Integer i ? i : response.getStatus();
            send(response, callback, code, "application/json; charset=utf-8", errorBody(code, null));
            return true;
        });
        this.hosts = allowedHosts(config);
        this.store = openStore(config.records());
        this.sources = new SourceFiles(config.sourceRoots());
    }

    private static DocumentStore openStore(Path records) {
        if (records == null || !java.nio.file.Files.isDirectory(records.resolve("documents"))) return null;
        try {
            return new DocumentStore(records);
        } catch (IOException e) {
            System.err.println("serve: records at " + records + " unreadable (" + e.getMessage() + "); the index's fields only");
            return null;
        }
    }

    private static Set<String> allowedHosts(Config config) {
        Set<String> out = new LinkedHashSet<>();
        for (String h : config.allowedHosts()) out.add(h.toLowerCase(Locale.ROOT));
        if (!out.isEmpty()) return out;
        InetSocketAddress a = config.address();
        out.add(a.getHostString().toLowerCase(Locale.ROOT));
        InetAddress ip = a.getAddress();
        if (ip != null && ip.isLoopbackAddress()) out.addAll(List.of("localhost", "127.0.0.1", "::1"));
        return out;
    }

    public void start() throws Exception { server.start(); }

    public int port() { return connector.getLocalPort(); }

    private void handle(Request req, Response resp, Callback cb) {
        String method = req.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            error(resp, cb, 405, "only GET and HEAD");
            return;
        }
        if (!hostAllowed(req.getHeaders().get(HttpHeader.HOST))) {
            error(resp, cb, 421, "this server answers only for " + hosts + " (see --allow-host)");
            return;
        }
        if (req.getLength() > 0) {
            error(resp, cb, 413, "requests carry no body");
            return;
        }
        String path = req.getHttpURI().getPath();
        if (path == null) path = "/";
        Map<String, List<String>> params = params(req.getHttpURI().getQuery());
        try (LiveSearcher.Lease lease = searchers.acquire()) {
            Searcher searcher = lease.searcher();
            if (path.equals("/api/search")) json(resp, cb, 200, page(searcher, params));
            else if (path.equals("/api/facets")) {
                SearchResult r = searcher.search(request(params, 0));
                json(resp, cb, 200, Map.of("total", r.total(), "total_exact", r.totalExact(), "facets", r.facets()));
            } else if (path.equals("/api/export")) export(searcher, params, resp, cb);
            else if (path.startsWith("/api/document/")) document(searcher, tail(path, "/api/document/"), params.containsKey("download"), resp, cb);
            else if (path.startsWith("/api/source/")) source(searcher, tail(path, "/api/source/"), resp, cb);
            else if (path.equals("/api/labels")) json(resp, cb, 200, Labels.standard());
            else if (path.startsWith("/api/task/")) found(resp, cb, searcher.task(tail(path, "/api/task/")));
            else if (STATIC.containsKey(path)) resource(resp, cb, STATIC.get(path));
            else error(resp, cb, 404, "no such page");
        } catch (IllegalArgumentException e) {
            error(resp, cb, 400, String.valueOf(e.getMessage()));
        } catch (StackOverflowError | Exception e) {
            System.err.println("serve: " + path + ": " + e);
            error(resp, cb, 500, null);
        }
    }

    boolean hostAllowed(String hostHeader) {
        if (hosts.contains("*")) return true;
        if (hostHeader == null) return false;
        String h = hostHeader.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            h = end < 0 ? h : h.substring(1, end);
        } else if (h.indexOf(':') == h.lastIndexOf(':') && h.indexOf(':') >= 0) {
            h = h.substring(0, h.indexOf(':'));
        }
        return hosts.contains(h);
    }

    SearchRequest request(Map<String, List<String>> p, int defaultLimit) {
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
        String q = first(p, "q");
        config.limits().check(q);
        String tasks = first(p, "tasks");
        return new SearchRequest(q, "1".equals(tasks) || "true".equals(tasks), filters, limit, 15)
                .with(SearchRequest.Order.of(first(p, "sort")))
                .dated(SearchRequest.date(first(p, "from"), false), SearchRequest.date(first(p, "to"), true));
    }

    /** At most this far into a result list: deeper pages are a sign of a query that should be narrower. */
    static final int MAX_OFFSET = 1000;

    /**
     * One page of hits: {@code offset} (default 0, at most {@link #MAX_OFFSET}) and {@code limit} (default 20); the
     * searcher is asked for offset + limit hits and the page cut from them, so total and facets stay those of the
     * whole result.
     */
    private ObjectNode page(Searcher searcher, Map<String, List<String>> params) throws IOException {
        int offset = 0;
        if (params.containsKey("offset")) {
            try {
                offset = Integer.parseInt(first(params, "offset"));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("offset must be a number");
            }
            if (offset < 0 || offset > MAX_OFFSET) throw new IllegalArgumentException("offset must be 0.." + MAX_OFFSET + "; narrow the search instead");
        }
        SearchRequest page = request(params, 20);
        SearchResult all = searcher.search(page.sized(offset + page.limit(), page.facetValues()));
        ObjectNode tree = (ObjectNode) withoutPaths(new SearchResult(all.total(), all.totalExact(),
                List.copyOf(all.hits().subList(Math.min(offset, all.hits().size()), all.hits().size())), all.facets(), all.hint()));
        tree.put("offset", offset);
        return tree;
    }

    /** The whole result set as a table download: {@code format=csv|xlsx|jsonl}, the search's own parameters. */
    private void export(Searcher searcher, Map<String, List<String>> params, Response resp, Callback cb) throws IOException {
        TableExport.Format f = TableExport.Format.of(params.containsKey("format") ? first(params, "format") : "csv");
        SearchRequest r = request(params, 0);
        var rows = TableExport.rows(searcher, r);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        TableExport.write(r.tasks() ? TableExport.TASK_COLUMNS : TableExport.DOCUMENT_COLUMNS, rows, f, out);
        String ext = f.name().toLowerCase(Locale.ROOT);
        resp.getHeaders().put("Content-Disposition", "attachment; filename=\"plans-" + (r.tasks() ? "tasks" : "documents") + "." + ext + "\"");
        send(resp, cb, 200, switch (f) {
            case CSV -> "text/csv; charset=utf-8";
            case XLSX -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            case JSONL -> "application/x-ndjson; charset=utf-8";
        }, out.toByteArray());
    }

    /** The hits with their source path cut to the file name: the server's folders are not the client's business. */
    private static JsonNode withoutPaths(Object body) {
        JsonNode tree = Json.MAPPER.valueToTree(body);
        for (JsonNode h : tree.path("hits")) fileNameOnly(h);
        return tree;
    }

    /** {@code path} and {@code paths} (issue 17's versions) cut to file names, here and in {@code also_as}. */
    private static void fileNameOnly(JsonNode node) {
        if (!(node instanceof ObjectNode o)) return;
        if (o.hasNonNull("path")) o.put("path", DocumentView.fileName(o.get("path").asText()));
        if (o.get("paths") instanceof com.fasterxml.jackson.databind.node.ArrayNode ps) {
            for (int i = 0; i < ps.size(); i++) ps.set(i, DocumentView.fileName(ps.get(i).asText()));
        } else if (o.hasNonNull("paths")) o.put("paths", DocumentView.fileName(o.get("paths").asText()));
        JsonNode also = o.get("also_as");
        // an index unit's stored also_as is the encoded form (paths inside): the record's versions say it readably
        if (also != null && (also.isTextual() || also.path(0).isTextual())) o.remove("also_as");
        else for (JsonNode v : o.path("also_as")) fileNameOnly(v);
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

    /** Ids as the pipeline makes them (hex digests, task suffixes): anything else is unknown without a lookup. */
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{1,80}");

    /**
     * A document: the index's fields, tasks and passages, plus {@code record} ({@link DocumentView}) when the JSON
     * record is in the records folder; with {@code download}, the JSON record itself as a file (source path cut
     * to the file name), or the index's fields when there is no record.
     */
    private void document(Searcher searcher, String id, boolean download, Response resp, Callback cb) throws IOException {
        Map<String, Object> indexed = ID.matcher(id).matches() ? searcher.document(id) : null;
        if (indexed == null) {
            error(resp, cb, 404, "no such document");
            return;
        }
        PlanDocument record = record(id);
        JsonNode tree = indexedTree(indexed);
        ((ObjectNode) tree).put("source_served", sources.allowed(String.valueOf(indexed.get("path"))) != null);
        if (download) {
            JsonNode body = tree;
            if (record != null) {
                body = Json.MAPPER.valueToTree(record);
                if (body.get("source") instanceof ObjectNode src) fileNameOnly(src);
                for (JsonNode v : body.path("versions")) fileNameOnly(v);
            }
            resp.getHeaders().put("Content-Disposition", "attachment; filename=\"" + id + ".json\"");
            send(resp, cb, 200, "application/json; charset=utf-8", Json.PRETTY.writeValueAsBytes(body));
            return;
        }
        if (record != null) ((ObjectNode) tree).set("record", DocumentView.of(record));
        json(resp, cb, 200, tree);
    }

    private PlanDocument record(String id) {
        if (store == null || !store.contains(id)) return null;
        try {
            return store.read(id);
        } catch (IOException e) {
            System.err.println("serve: record " + id + " unreadable: " + e.getMessage());
            return null;
        }
    }

    /** The document's source file, when {@link SourceFiles} allows it; else 404 (unknown id) or 403. */
    private void source(Searcher searcher, String id, Response resp, Callback cb) throws IOException {
        Map<String, Object> indexed = ID.matcher(id).matches() ? searcher.document(id) : null;
        if (indexed == null) {
            error(resp, cb, 404, "no such document");
            return;
        }
        Path file = sources.allowed(String.valueOf(indexed.get("path")));
        if (file == null) {
            error(resp, cb, 403, sources.any() ? "this document's source file is not served (outside the ingested folders, or gone)"
                    : "source files are not served (start plans serve with --source-root)");
            return;
        }
        if (java.nio.file.Files.size(file) > 256L << 20) {
            error(resp, cb, 413, "the source file is over 256 MiB; open it from the archive");
            return;
        }
        String name = file.getFileName().toString();
        String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
        resp.getHeaders().put("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        send(resp, cb, 200, SourceFiles.mediaType(file), java.nio.file.Files.readAllBytes(file));
    }

    private static void found(Response resp, Callback cb, Map<String, Object> body) throws IOException {
        if (body == null) {
            error(resp, cb, 404, "not found");
            return;
        }
        json(resp, cb, 200, indexedTree(body));
    }

    /** An index document or task as JSON, its own path and its tasks' and passages' cut to file names. */
    private static JsonNode indexedTree(Map<String, Object> indexed) {
        JsonNode tree = Json.MAPPER.valueToTree(indexed);
        fileNameOnly(tree);
        for (JsonNode t : tree.path("tasks")) fileNameOnly(t);
        for (JsonNode t : tree.path("passages")) fileNameOnly(t);
        return tree;
    }

    private static void json(Response resp, Callback cb, int status, Object body) throws IOException {
        send(resp, cb, status, "application/json; charset=utf-8", Json.MAPPER.writeValueAsBytes(body));
    }

    private static void error(Response resp, Callback cb, int status, String message) {
        send(resp, cb, status, "application/json; charset=utf-8", errorBody(status, message));
    }

    /** {@code {"error": message}}, or a generic line for the status when there is no message fit for a client. */
    static byte[] errorBody(int status, String message) {
        String m = message != null ? message : switch (status) {
            case 400 -> "bad request";
            case 404 -> "not found";
            case 405 -> "method not allowed";
            case 413, 414, 431 -> "request too large";
            default -> status >= 500 ? "internal error (logged on the server)" : "request refused";
        };
        try {
            return Json.MAPPER.writeValueAsBytes(Map.of("error", m));
        } catch (IOException e) {
            return "{\"error\":\"internal error\"}".getBytes(StandardCharsets.UTF_8);
        }
    }

    private static void resource(Response resp, Callback cb, String name) throws IOException {
        try (InputStream in = SearchServer.class.getResourceAsStream("web/" + name)) {
            if (in == null) {
                error(resp, cb, 404, "not found");
                return;
            }
            String type = name.endsWith(".html") ? "text/html" : name.endsWith(".js") ? "text/javascript" : "text/css";
            send(resp, cb, 200, type + "; charset=utf-8", in.readAllBytes());
        }
    }

    private static void send(Response resp, Callback cb, int status, String type, byte[] body) {
        resp.setStatus(status);
        var h = resp.getHeaders();
        h.put(HttpHeader.CONTENT_TYPE, type);
        h.put(HttpHeader.CACHE_CONTROL, "no-store");
        h.put("Content-Security-Policy", CSP);
        h.put("X-Content-Type-Options", "nosniff");
        h.put("X-Frame-Options", "DENY");
        h.put("Referrer-Policy", "no-referrer");
        h.put(HttpHeader.CONTENT_LENGTH, body.length);
        boolean head = "HEAD".equals(resp.getRequest().getMethod());
        resp.write(true, head ? ByteBuffer.allocate(0) : ByteBuffer.wrap(body), cb);
    }

    @Override
    public void close() throws Exception {
        server.stop();
        if (ownsSearchers) searchers.close();
    }
}

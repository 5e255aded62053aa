package vn.plans.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The REST calls to a search cluster (OpenSearch, {@code http://host:9200/INDEX}), through the JDK's HTTP client:
 * no engine jar on the pipeline's class path. A URL without a path names the index {@code plans}. An answer with an
 * error status is an IOException with the cluster's own reason.
 */
final class ClusterClient implements AutoCloseable {
    static final ObjectMapper JSON = vn.plans.output.Json.MAPPER;
    static final String DEFAULT_INDEX = "plans";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final String index;

    ClusterClient(URI url) {
        String path = url.getPath() == null ? "" : url.getPath().replaceAll("^/+|/+$", "");
        if (url.getScheme() == null || !url.getScheme().startsWith("http") || url.getHost() == null) {
            throw new IllegalArgumentException("not a cluster URL: " + url + " (use http://HOST:PORT/INDEX)");
        }
        if (path.contains("/")) throw new IllegalArgumentException("a cluster URL names one index: " + url);
        this.index = path.isEmpty() ? DEFAULT_INDEX : path;
        this.base = URI.create(url.getScheme() + "://" + url.getRawAuthority() + "/");
    }

    String index() { return index; }

    /** {@code base/INDEX/path}; path may be empty or start with {@code _} or {@code ?}. */
    JsonNode onIndex(String method, String path, String body) throws IOException {
        return send(method, index + (path.isEmpty() || path.startsWith("?") ? "" : "/") + path, body, "application/json");
    }

    boolean indexExists() throws IOException {
        return status("HEAD", index) == 200;
    }

    int status(String method, String path) throws IOException {
        HttpRequest req = HttpRequest.newBuilder(base.resolve(path)).method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofMinutes(1)).build();
        return call(req, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    JsonNode send(String method, String path, String body, String contentType) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(5));
        if (body == null) b.method(method, HttpRequest.BodyPublishers.noBody());
        else b.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        HttpResponse<String> r = call(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonNode json = r.body() == null || r.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(r.body());
        if (r.statusCode() >= 300) {
            JsonNode reason = json.path("error").path("root_cause").path(0).path("reason");
            if (reason.isMissingNode()) reason = json.path("error").path("reason");
            throw new IOException("cluster " + base + " " + method + " " + path + ": HTTP " + r.statusCode() + " "
                    + (reason.isMissingNode() ? json.path("error").asText(r.body()) : reason.asText()));
        }
        return json;
    }

    private <T> HttpResponse<T> call(HttpRequest req, HttpResponse.BodyHandler<T> handler) throws IOException {
        try {
            return http.send(req, handler);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while calling the cluster at " + base, e);
        } catch (java.net.ConnectException e) {
            throw new IOException("no search cluster answers at " + base + " (" + e.getMessage() + ")", e);
        }
    }

    /** Stops the HTTP client's threads. */
    @Override
    public void close() {
        http.close();
    }
}

package vn.plans.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Where a document came from: the path given to the pipeline, every path the same bytes were found at
 * ({@code paths}, sorted, {@code path} among them: byte-identical copies in several folders are one record), the
 * detected media type and the bytes' hash.
 */
@JsonPropertyOrder({"path", "paths", "media_type", "sha256", "size"})
public record SourceInfo(String path, List<String> paths, String mediaType, String sha256, long size) {
    public SourceInfo {
        paths = paths == null || paths.isEmpty() ? (path == null ? List.of() : List.of(path))
                : List.copyOf(new java.util.TreeSet<>(paths));
    }

    public SourceInfo(String path, String mediaType, String sha256, long size) {
        this(path, null, mediaType, sha256, size);
    }

    /** The same source found at these paths (the first, sorted, becomes {@code path}). */
    public SourceInfo withPaths(java.util.Collection<String> all) {
        List<String> sorted = List.copyOf(new java.util.TreeSet<>(all));
        return sorted.isEmpty() ? this : new SourceInfo(sorted.get(0), sorted, mediaType, sha256, size);
    }
}

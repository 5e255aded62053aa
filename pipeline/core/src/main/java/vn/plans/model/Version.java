package vn.plans.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One version of a work (the same document as another file: another format, a scan, a draft, page images), as the
 * {@code works} step decided it. {@code status} is "draft" (a line of its own near the top says DỰ THẢO) or "signed" (a signing stamp, Ký bởi) when the text says so, else null;
 * {@code extraction} "digital", "ocr" or "mixed"; {@code partial} marks a part of the work (some pages);
 * {@code representative} the one version whose tasks and facets stand for the work; {@code match} how it joined
 * the work ("identity", "near_duplicate", "part"; null for the representative).
 */
@JsonPropertyOrder({"id", "format", "media_type", "status", "extraction", "pages", "tasks", "partial",
        "representative", "match", "paths"})
public record Version(String id, String format, String mediaType, String status, String extraction, int pages,
                      int tasks, boolean partial, boolean representative, String match, List<String> paths) {
    public Version {
        paths = paths == null ? List.of() : List.copyOf(paths);
    }
}

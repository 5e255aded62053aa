package vn.plans.model;

/**
 * A numbered heading ({@code II}, {@code II.3}, {@code IV.1.2}) or the appendix heading ({@code PL}, kind
 * {@code appendix}): the heading text, and where it starts: page number, line (1-based, counting every line of the
 * page's text) and character offset into that page's {@code text}.
 */
public record Section(String path, String heading, int page, int line, int offset, DocumentPart kind) {}

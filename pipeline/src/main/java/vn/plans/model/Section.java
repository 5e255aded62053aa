package vn.plans.model;

/** A numbered heading: its path ({@code II}, {@code II.3}, {@code IV.1.2}), the heading text, and its page. */
public record Section(String path, String heading, int page) {}

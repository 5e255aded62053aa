package vn.plans.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.plans.model.Page;

/** A page line with its page number, and the small text clean-ups every parser needs. */
record Lines(List<Lines.Line> all) {
    /** One non-blank line; {@code text} has Markdown emphasis and heading marks removed. */
    record Line(int page, String raw, String text) {}

    private static final Pattern MARKDOWN = Pattern.compile("^#{1,6}\\s*|\\*{1,3}|(?<!\\w)_(?=\\S)|(?<=\\S)_(?!\\w)");

    static Lines of(List<Page> pages) {
        List<Line> out = new ArrayList<>();
        for (Page p : pages) {
            for (String raw : p.text().split("\n")) {
                String t = clean(raw);
                if (!t.isEmpty()) out.add(new Line(p.number(), raw.strip(), t));
            }
        }
        return new Lines(out);
    }

    /** Drops Markdown marks ({@code ##}, {@code **}, {@code *}), collapses spaces. */
    static String clean(String raw) {
        return MARKDOWN.matcher(raw.strip()).replaceAll("").replaceAll("\\s+", " ").strip();
    }

    /** Strips trailing clause punctuation and spaces. */
    static String trimEnd(String s) {
        return s.replaceAll("[\\s.;:,]+$", "").strip();
    }
}

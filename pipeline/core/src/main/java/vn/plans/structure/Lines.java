package vn.plans.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.plans.model.Page;

/** A page line with its page number, and the small text clean-ups every parser needs. */
record Lines(List<Lines.Line> all) {
    /**
     * One non-blank line; {@code text} has Markdown emphasis and heading marks removed. {@code lineNo} (1-based,
     * counting blank lines too) and {@code offset} (of the first non-blank character) locate it in its page's text.
     */
    record Line(int page, int lineNo, int offset, String raw, String text) {}

    private static final Pattern MARKDOWN = Pattern.compile("^#{1,6}\\s*|\\*{1,3}|(?<!\\w)_(?=\\S)|(?<=\\S)_(?!\\w)");

    static Lines of(List<Page> pages) {
        List<Line> out = new ArrayList<>();
        for (Page p : pages) {
            String text = p.text();
            int start = 0;
            int lineNo = 0;
            while (start <= text.length()) {
                int nl = text.indexOf('\n', start);
                int end = nl < 0 ? text.length() : nl;
                String raw = text.substring(start, end);
                lineNo++;
                String t = clean(raw);
                if (!t.isEmpty()) {
                    int lead = 0;
                    while (lead < raw.length() && Character.isWhitespace(raw.charAt(lead))) lead++;
                    out.add(new Line(p.number(), lineNo, start + lead, raw.strip(), t));
                }
                if (nl < 0) break;
                start = nl + 1;
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

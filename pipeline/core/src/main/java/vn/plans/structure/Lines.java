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

    /** The body lines of {@code pages}: a line marked as page furniture (running head or foot, page number) is left out. */
    static Lines of(List<Page> pages) {
        List<Line> out = new ArrayList<>();
        for (Page p : pages) {
            String text = p.bodyText();
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

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING = Pattern.compile("[\\s.;:,]+$");

    /**
     * Drops Markdown marks ({@code ##}, {@code **}, {@code *}; not the {@code * } of a bullet), collapses spaces. Every line of every document passes
     * here, twice: the expressions run only on a line that has something they would change.
     */
    static String clean(String raw) {
        String s = raw.strip();
        // "* Bổ sung biển cấm lửa …": an asterisk and a space open a bullet (Markdown's too), no emphasis to drop
        String bullet = s.startsWith("* ") ? "* " : "";
        if (s.startsWith("#") || s.indexOf('*') >= 0 || s.indexOf('_') >= 0) s = bullet + MARKDOWN.matcher(s.substring(bullet.length())).replaceAll("");
        if (!singleSpaced(s)) s = SPACES.matcher(s).replaceAll(" ");
        return s.strip();
    }

    /** True when {@code \\s+ → " "} changes nothing: no whitespace but single plain spaces. */
    private static boolean singleSpaced(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') return false;
            if (c == ' ' && i + 1 < s.length() && s.charAt(i + 1) == ' ') return false;
        }
        return true;
    }

    /** Strips trailing clause punctuation and spaces. */
    static String trimEnd(String s) {
        if (s.isEmpty()) return s;
        // the expression can only match when the line ends in one of its characters or a line terminator ($)
        char last = s.charAt(s.length() - 1);
        if (".;:, \t\n\u000B\f\r\u0085\u2028\u2029".indexOf(last) < 0) return s.strip();
        return TRAILING.matcher(s).replaceAll("").strip();
    }
}

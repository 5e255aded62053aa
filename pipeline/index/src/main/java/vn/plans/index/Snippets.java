package vn.plans.index;

import java.util.ArrayList;
import java.util.List;

/**
 * Bounds a highlighted passage to a sentence or two around its first match. The highlighter returns a whole
 * sentence, which in a table with no full stop can be the whole table; here the snippet starts at the sentence
 * (or line) of the first match, no more than {@link #BEFORE} characters before it, and stops at a word boundary
 * within {@link #MAX} characters, with {@code …} where it was cut.
 */
final class Snippets {
    static final int MAX = 300;
    static final int BEFORE = 80;

    private Snippets() {}

    /** The bounded snippet with « » markers, the same text without them, and the offsets of the matches in it. */
    record Snippet(String marked, String text, List<int[]> highlights) {}

    static Snippet bound(String highlighted) {
        if (highlighted == null) return null;
        StringBuilder plain = new StringBuilder(highlighted.length());
        List<int[]> spans = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < highlighted.length(); i++) {
            char c = highlighted.charAt(i);
            if (c == '«') open = plain.length();
            else if (c == '»' && open >= 0) {
                spans.add(new int[] {open, plain.length()});
                open = -1;
            } else plain.append(c == '\n' ? ' ' : c);
        }
        String text = plain.toString();
        int first = spans.isEmpty() ? 0 : spans.get(0)[0];
        int start = 0;
        if (first > BEFORE) {
            start = first - BEFORE;
            int sentence = Math.max(text.lastIndexOf(". ", first), text.lastIndexOf("; ", first));
            if (sentence + 2 >= start && sentence >= 0) start = sentence + 2;
            else while (start < first && !Character.isWhitespace(text.charAt(start - 1))) start++;
        }
        int end = Math.min(text.length(), start + MAX);
        if (!spans.isEmpty()) end = Math.max(end, Math.min(text.length(), spans.get(0)[1]));
        if (end < text.length()) {
            int stop = text.indexOf(". ", Math.max(start, end - MAX / 3));
            if (stop >= 0 && stop < end) end = stop + 1;
            else while (end > start + 1 && !Character.isWhitespace(text.charAt(end))) end--;
        }
        String prefix = start > 0 ? "… " : "", suffix = end < text.length() ? " …" : "";
        String body = text.substring(start, end).strip();
        int lead = text.indexOf(body, start) - start; // characters strip() removed at the front
        StringBuilder marked = new StringBuilder(prefix);
        List<int[]> kept = new ArrayList<>();
        int at = 0;
        for (int[] s : spans) {
            int a = s[0] - start - lead, b = s[1] - start - lead;
            if (a < 0 || b > body.length()) continue;
            marked.append(body, at, a).append('«').append(body, a, b).append('»');
            at = b;
            kept.add(new int[] {a + prefix.length(), b + prefix.length()});
        }
        marked.append(body.substring(at)).append(suffix);
        return new Snippet(marked.toString(), prefix + body + suffix, kept);
    }
}

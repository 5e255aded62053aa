package vn.plans.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rejoins lines that the page layout broke in the middle of a paragraph, and drops page-number lines.
 * <p>A line is joined to the previous one when the previous line does not end a sentence or clause and
 * either the new line starts in lower case or the previous line ran (nearly) to the right margin. Lines that
 * open a block (headings {@code I.}, {@code 1.}, {@code 1.1.}, {@code a)}, bullets, table rows, all-caps
 * titles) are never joined. From the {@code PHỤ LỤC} heading on, lines are kept as they are: appendix tables
 * often arrive one cell per line and the structure stage needs those breaks.
 */
public final class Reflow {
    private Reflow() {}

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "\\s*(?:[-–]\\s*)?(?:Trang\\s+)?\\d{1,4}(?:\\s*/\\s*\\d{1,4})?(?:\\s*[-–])?\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern BLOCK_START = Pattern.compile(
            "^(?:#{1,6}\\s|[IVXLC]+\\s*[.)/]\\s*|\\d+(?:\\s*\\.\\s*\\d+)*\\s*[.)]\\s*|[a-zđ]\\s*\\)\\s*|[-–—•+*]\\s|\\||"
                    + "Nơi nhận|Số\\s*:|KT\\.|TM\\.|TL\\.|Căn cứ|PHỤ LỤC|Phụ lục)");
    private static final vn.plans.lexicon.Lexicon LEX = vn.plans.lexicon.Lexicon.standard();

    /** Text-only input (no page boundaries): page-number lines are dropped before the appendix only. */
    public static String reflow(String text) {
        return reflow(text, false);
    }

    /**
     * @param pageEdges true when {@code text} is one page of a paginated format: number-only lines at the top
     *                  or bottom of the page are page numbers wherever they are.
     */
    public static String reflow(String text, boolean pageEdges) {
        String[] raw = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<String> lines = new ArrayList<>(raw.length);
        for (String l : raw) lines.add((l.replace('\u00A0', ' ').replace('\t', ' ')).stripTrailing());
        if (pageEdges) dropEdgePageNumbers(lines);

        int maxLen = 0;
        for (String l : lines) maxLen = Math.max(maxLen, l.strip().length());
        int fullWidth = (int) Math.round(maxLen * 0.78);

        StringBuilder out = new StringBuilder(text.length());
        boolean inAppendix = false;
        String prev = null; // the last physical line written, null before the first
        for (String line : lines) {
            String s = collapseSpaces(line.strip());
            if (s.isEmpty()) continue;
            if (!inAppendix && LEX.isAppendixHeading(s)) inAppendix = true;
            if (!inAppendix && !pageEdges && PAGE_NUMBER.matcher(s).matches()) continue;
            if (prev != null && !inAppendix && joins(prev, s, fullWidth)) {
                out.append(' ').append(s);
                prev = s;
                continue;
            }
            if (!out.isEmpty()) out.append('\n');
            out.append(s);
            prev = s;
        }
        return out.toString();
    }

    private static boolean joins(String prev, String next, int fullWidth) {
        if (BLOCK_START.matcher(next).find()) return false;
        if (prev.startsWith("|") || prev.startsWith("#")) return false;
        char last = prev.charAt(prev.length() - 1);
        if (".;:!?".indexOf(last) >= 0) return false;
        if (isUpperLine(next) || isUpperLine(prev)) return false;
        char first = next.charAt(0);
        if (Character.isLowerCase(first)) return true;
        // A continuation that starts with a capital or digit: only when the previous line was full width.
        return prev.length() >= fullWidth;
    }

    /** A line written in capitals (titles, headings, the national motto). */
    public static boolean isUpperLine(String s) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) upper++;
            }
        }
        return letters >= 3 && upper >= letters * 0.9;
    }

    private static void dropEdgePageNumbers(List<String> lines) {
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) first++;
        if (first < lines.size() && PAGE_NUMBER.matcher(lines.get(first)).matches()) lines.set(first, "");
        int last = lines.size() - 1;
        while (last >= 0 && lines.get(last).isBlank()) last--;
        if (last >= 0 && PAGE_NUMBER.matcher(lines.get(last)).matches()) lines.set(last, "");
    }

    private static String collapseSpaces(String s) {
        return s.replaceAll(" {2,}", " ");
    }
}

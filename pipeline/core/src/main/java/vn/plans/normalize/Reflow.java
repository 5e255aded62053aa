package vn.plans.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * Rejoins lines that the page layout broke in the middle of a paragraph, and drops page-number lines.
 * <p>A line is joined to the previous one when the previous line does not end a sentence or clause and
 * either the new line starts in lower case or the previous line ran (nearly) to the right margin. Lines that
 * open a block (headings {@code I.}, {@code 1.}, {@code 1.1.}, {@code a)}, bullets, table rows, all-caps
 * titles) are never joined. From the {@code PHỤ LỤC} heading on (over every later page of the document), lines are
 * kept as they are: appendix tables often arrive one cell per line and the structure stage needs those breaks.
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
     * One text on its own, not read by OCR.
     *
     * @param pageEdges true when {@code text} is one page of a paginated format: number-only lines at the top
     *                  or bottom of the page are page numbers wherever they are.
     */
    public static String reflow(String text, boolean pageEdges) {
        return reflow(text, pageEdges, false);
    }

    /** One text on its own; {@code ocr} when OCR read it (see {@link #reflowPages(List, boolean, IntPredicate)}). */
    public static String reflow(String text, boolean pageEdges, boolean ocr) {
        return reflowPages(List.of(text), pageEdges, i -> ocr).getFirst();
    }

    /**
     * A whole document, page by page, in one pass: the appendix that starts on one page goes on over the following
     * pages (its lines are kept as they are), and in a paginated document of several pages a number-only line at a
     * page's top or bottom is a page number only when it follows the document's page sequence (its value minus the
     * page's index is the offset most edge numbers share), so a table row number that a page break left alone at a
     * page's top stays. Returns one text per page, in order.
     *
     * On a page that OCR read ({@code ocr} true for its index) a line that opens with a lone mark is no continuation
     * (see {@link #LONE_MARK_START}); on other pages it joins as any line.
     *
     * @param paged true for a paginated format (PDF, scans); false for one continuous text per "page"
     */
    public static List<String> reflowPages(List<String> texts, boolean paged, IntPredicate ocr) {
        List<List<String>> pages = new ArrayList<>(texts.size());
        for (String text : texts) {
            String[] raw = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
            List<String> lines = new ArrayList<>(raw.length);
            for (String l : raw) lines.add((l.replace('\u00A0', ' ').replace('\t', ' ')).stripTrailing());
            pages.add(lines);
        }
        if (paged) dropEdgePageNumbers(pages);
        List<String> out = new ArrayList<>(pages.size());
        boolean inAppendix = false;
        for (int i = 0; i < pages.size(); i++) {
            StringBuilder sb = new StringBuilder(texts.get(i).length());
            inAppendix = reflowLines(pages.get(i), paged, ocr.test(i), inAppendix, sb);
            out.add(sb.toString());
        }
        return out;
    }

    /**
     * For each line of a page (blank lines left out, as the reflow skips them), whether it opens a paragraph: true for
     * the first, then wherever the reflow would not join it to the line before (the same decision as
     * {@link #reflowPages}; on text the reflow already joined, every line break it left). The restorer starts the
     * language model's sentence there, as its training text starts one at each line ({@code 2. Kiến nghị} then
     * {@code Để việc …}).
     */
    public static boolean[] paragraphStarts(List<String> lines, boolean ocr) {
        int fullWidth = fullWidth(lines);
        boolean indented = indentsParagraphs(lines);
        boolean[] out = new boolean[lines.size()];
        String prev = null;
        for (int i = 0; i < lines.size(); i++) {
            String s = collapseSpaces(lines.get(i).strip());
            out[i] = prev == null || s.isEmpty() || !joins(prev, s, fullWidth, ocr, indented ? indent(lines.get(i)) : -1);
            if (!s.isEmpty()) prev = s;
        }
        return out;
    }

    private static int fullWidth(List<String> lines) {
        int maxLen = 0;
        for (String l : lines) maxLen = Math.max(maxLen, l.strip().length());
        return (int) Math.round(maxLen * FULL_WIDTH);
    }

    /** Reflows one page's lines into {@code out}; returns whether the appendix has begun by the page's end. */
    private static boolean reflowLines(List<String> lines, boolean pageEdges, boolean ocr, boolean inAppendix,
            StringBuilder out) {
        int fullWidth = fullWidth(lines);
        boolean indented = indentsParagraphs(lines);
        String prev = null; // the last physical line written, null before the first
        for (String line : lines) {
            String s = collapseSpaces(line.strip());
            if (s.isEmpty()) continue;
            if (!inAppendix && LEX.isAppendixHeading(s)) inAppendix = true;
            if (!inAppendix && !pageEdges && PAGE_NUMBER.matcher(s).matches()) continue;
            if (prev != null && !inAppendix && joins(prev, s, fullWidth, ocr, indented ? indent(line) : -1)) {
                out.append(' ').append(s);
                prev = s;
                continue;
            }
            if (!out.isEmpty()) out.append('\n');
            out.append(s);
            prev = s;
        }
        return inAppendix;
    }

    /**
     * A line at least this share of the page's longest line ran to the right margin, so the paragraph goes on in
     * the next line. 0.78 is the value Reflow has used from the start, held by ReflowTest and the structure gold
     * (lower joins short last lines of paragraphs, higher leaves justified lines broken); not re-measured here.
     */
    private static final double FULL_WIDTH = 0.78;

    /**
     * A line that opens with a lone mark, a run of symbols and then a space ({@code “ TeE +84-28-3930 3279 * www…},
     * {@code ° Tek +84…}): OCR's speck before a line printed apart, as the running footer of the TT-23 scan, which a
     * joined paragraph hid from the furniture stage. A paragraph goes on with a word, a number, or a mark glued to one.
     * Applied on OCR-read pages only: in a text layer such a line is what the document printed (the chemical names of
     * Luật Đầu tư's list, {@code (±) N - ethyl - …}) and joins as any other.
     */
    private static final Pattern LONE_MARK_START = Pattern.compile("^[^\\p{L}\\p{N}\\s]+\\s");

    /**
     * Whether a text of lines marks its paragraphs by indenting their first lines, as a text export of a printed page
     * does (QĐ 16/2026 read line by line: {@code       4. Cung cấp … khi có yêu cầu.} then {@code Phối hợp xử lý …} at
     * the margin): a text wrapped into lines (nine in ten of them at most 130 characters long; a DOCX gives whole
     * paragraphs, some of them typed with leading spaces) of which at least a tenth open 2-12 spaces in (further in is
     * a centred title, a signature or a page number) and at least a third stand at the margin.
     */
    static boolean indentsParagraphs(List<String> lines) {
        int starts = 0, margin = 0, n = 0;
        List<Integer> lengths = new ArrayList<>();
        for (String l : lines) {
            if (l.isBlank() || l.stripLeading().startsWith("|")) continue;
            n++;
            lengths.add(l.strip().length());
            int indent = indent(l);
            if (indent == 0) margin++;
            else if (indent >= 2 && indent <= 12) starts++;
        }
        if (n < 10 || starts * 10 < n || margin * 3 < n) return false;
        lengths.sort(null);
        return lengths.get((int) (lengths.size() * 0.9)) <= 130;
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') i++;
        return i;
    }

    /**
     * {@code indent}: the next line's indentation in a text that indents its paragraphs, -1 elsewhere. There a line
     * at the margin goes on with the paragraph, also after a full stop, and a line two or more spaces in opens one;
     * a block start or a title in capitals opens one either way.
     */
    private static boolean joins(String prev, String next, int fullWidth, boolean ocr, int indent) {
        if (BLOCK_START.matcher(next).find() || (ocr && LONE_MARK_START.matcher(next).find())) return false;
        if (prev.startsWith("|") || prev.startsWith("#")) return false;
        if (indent >= 0 && indent != 1 && !isUpperLine(next) && !isUpperLine(prev)) return indent == 0;
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

    /**
     * Blanks the page-number lines at the top and bottom of each page. With one page every number-only edge line
     * is one; with several, only those whose value minus the page index is the offset most of them share.
     */
    private static void dropEdgePageNumbers(List<List<String>> pages) {
        List<int[]> edges = new ArrayList<>(); // page index, line index, value
        for (int p = 0; p < pages.size(); p++) {
            List<String> lines = pages.get(p);
            int first = 0;
            while (first < lines.size() && lines.get(first).isBlank()) first++;
            int last = lines.size() - 1;
            while (last >= 0 && lines.get(last).isBlank()) last--;
            for (int at : first == last ? new int[] {first} : new int[] {first, last}) {
                if (at < 0 || at >= lines.size()) continue;
                java.util.regex.Matcher m = PAGE_NUMBER_VALUE.matcher(lines.get(at));
                if (PAGE_NUMBER.matcher(lines.get(at)).matches() && m.find()) {
                    edges.add(new int[] {p, at, Integer.parseInt(m.group())});
                }
            }
        }
        Integer offset = null;
        if (pages.size() > 1) {
            java.util.Map<Integer, Integer> votes = new java.util.HashMap<>();
            for (int[] e : edges) votes.merge(e[2] - e[0], 1, Integer::sum);
            offset = votes.entrySet().stream().max(java.util.Map.Entry.<Integer, Integer>comparingByValue()
                    .thenComparing(java.util.Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                    .map(java.util.Map.Entry::getKey).orElse(null);
        }
        for (int[] e : edges) {
            if (offset == null || e[2] - e[0] == offset) pages.get(e[0]).set(e[1], "");
        }
    }

    private static final Pattern PAGE_NUMBER_VALUE = Pattern.compile("\\d{1,4}");

    private static final Pattern SPACES = Pattern.compile(" {2,}");

    private static String collapseSpaces(String s) {
        return s.contains("  ") ? SPACES.matcher(s).replaceAll(" ") : s;
    }
}

package vn.plans.furniture;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;
import vn.plans.lexicon.Lexicon;
import vn.plans.model.Furniture;
import vn.plans.model.Page;
import vn.plans.normalize.Folding;

/**
 * Marks each page's furniture: running heads and foots, and page numbers. Only the first and last {@link #ZONE}
 * non-blank lines of a page are looked at. A line there is a running line when a line of either zone on at least
 * half of the document's other pages (and at least two) reads nearly the same (either: OCR puts a line printed up the
 * margin at the top of one page and the bottom of the next, as on TT-23's pages 14-24); a head or a foot by where it
 * is on its own page: their keys (folded letters and
 * digits, every digit the same, so a page number inside the line does not matter) are at most
 * {@code 1 - }{@link #SIMILAR} apart in edit distance per character, which takes in OCR's variants of one printed
 * line ({@code TEE +B4-28-3930 3279 + www. IhuVienPhapImat.VN} and {@code Tek +84-28-3930 3279 * www.ThuVienPhapLuat.vn}).
 * A line of only a number ({@code 12}, {@code - 12 -}, {@code Trang 12}, {@code 12/87}) is a page number when the
 * numbers of such lines follow the page order (the same difference to the page's index) on at least
 * {@link #MIN_NUMBERED} pages (pages, not lines), one such line a page. Lines of fewer than {@link #MIN_LETTERS}
 * letters are never running lines, and the lexicon's {@code [furniture_never]} lines (the national motto that heads
 * every form of an annex) never furniture; the top of the first page is the document's header, never a running head.
 * Nothing is removed from the text; each page gets its {@link Furniture} list.
 */
public final class PageFurniture {
    /** Non-blank lines at the top and at the bottom of a page that may be furniture. */
    static final int ZONE = 3;
    /**
     * Letters a running line needs: shorter lines repeat by chance ("Điều 5", "Chương II"), and so do the rows of a
     * table of numbers ({@code M33 2497939,8 407275,95}), whose keys are all alike once every digit is the same.
     */
    static final int MIN_LETTERS = 8;
    /** Least similarity (1 - edit distance / longer key) of two readings of one running line. */
    static final double SIMILAR = 0.75;
    /** Pages whose lone numbers must follow the page order before any is taken for a page number. */
    static final int MIN_NUMBERED = 3;

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[-–—(\\[]?\\s*(?:trang\\s*)?(\\d{1,4})(?:\\s*/\\s*\\d{1,4})?\\s*[-–—)\\]]?");

    private final List<String> never;

    public PageFurniture(Lexicon lexicon) {
        never = lexicon.list("furniture_never").stream().map(PageFurniture::key).toList();
    }

    public static PageFurniture standard() { return Holder.STANDARD; }

    private static final class Holder {
        static final PageFurniture STANDARD = new PageFurniture(Lexicon.standard());
    }

    /** One non-blank line of a zone: where it is and its key. */
    record ZoneLine(int page, int line, int offset, int end, boolean top, boolean bottom, String stripped, String key) {}

    /** {@code pages} with their furniture marked (a page without any keeps its list empty). */
    public List<Page> mark(List<Page> pages) {
        List<List<ZoneLine>> zones = new ArrayList<>();
        int nonBlank = 0, first = -1;
        for (int i = 0; i < pages.size(); i++) {
            List<ZoneLine> z = zone(i, pages.get(i).text());
            zones.add(z);
            if (!pages.get(i).text().isBlank()) nonBlank++;
            if (first < 0 && !z.isEmpty()) first = i;
        }
        Map<ZoneLine, Furniture.Kind> marked = new HashMap<>();
        pageNumbers(pages, zones, marked);
        runningLines(zones, nonBlank, first, marked);
        if (marked.isEmpty()) return pages;
        List<Page> out = new ArrayList<>(pages.size());
        for (int i = 0; i < pages.size(); i++) {
            List<Furniture> f = new ArrayList<>();
            for (ZoneLine l : zones.get(i)) {
                Furniture.Kind k = marked.get(l);
                if (k != null) f.add(new Furniture(l.line(), l.offset(), l.end(), k));
            }
            f.sort(java.util.Comparator.comparingInt(Furniture::offset));
            out.add(f.isEmpty() ? pages.get(i) : pages.get(i).withFurniture(f));
        }
        return out;
    }

    /**
     * The page numbers: each shift (a lone number less its page's number) is voted for by the pages that have such a
     * line, not by the lines (a column of {@code 1}s ending one page is no run of page numbers); a shift with
     * {@link #MIN_NUMBERED} pages marks one line per page, the one nearest the page's edge (then the top one).
     */
    private void pageNumbers(List<Page> pages, List<List<ZoneLine>> zones, Map<ZoneLine, Furniture.Kind> marked) {
        Map<ZoneLine, Integer> shift = new HashMap<>();
        Map<Integer, Set<Integer>> votes = new HashMap<>();
        for (List<ZoneLine> z : zones) {
            for (ZoneLine l : z) {
                Matcher m = PAGE_NUMBER.matcher(Folding.fold(l.stripped()));
                if (!m.matches()) continue;
                int d = Integer.parseInt(m.group(1)) - pages.get(l.page()).number();
                shift.put(l, d);
                votes.computeIfAbsent(d, k -> new HashSet<>()).add(l.page());
            }
        }
        for (List<ZoneLine> z : zones) {
            ZoneLine best = null;
            int bestPages = 0, bestEdge = 0;
            for (int k = 0; k < z.size(); k++) {
                Integer d = shift.get(z.get(k));
                if (d == null) continue;
                int n = votes.get(d).size(), edge = Math.min(k, z.size() - 1 - k);
                if (n < MIN_NUMBERED) continue;
                if (best == null || n > bestPages || n == bestPages && edge < bestEdge) {
                    best = z.get(k);
                    bestPages = n;
                    bestEdge = edge;
                }
            }
            if (best != null) marked.put(best, Furniture.Kind.PAGE_NUMBER);
        }
    }

    /**
     * The running lines; the top of the first page with text is never a running head: it is the document's own header
     * (a decree whose pages each repeat its issuer's block keeps its issuer on page 1, where the header parser reads
     * it), though it still counts as a reading of the line for the other pages.
     */
    private void runningLines(List<List<ZoneLine>> zones, int nonBlank, int first, Map<ZoneLine, Furniture.Kind> marked) {
        int need = Math.max(2, nonBlank / 2); // half of the other pages, rounded up
        for (int i = 0; i < zones.size(); i++) {
            for (ZoneLine a : zones.get(i)) {
                if (marked.containsKey(a) || letters(a.key()) < MIN_LETTERS || isNever(a.key())) continue;
                if (i == first && a.top()) continue;
                int pagesLike = 0;
                for (int j = 0; j < zones.size() && pagesLike < need; j++) {
                    if (j == i) continue;
                    for (ZoneLine b : zones.get(j)) {
                        if (similar(a.key(), b.key())) { pagesLike++; break; }
                    }
                }
                if (pagesLike >= need) marked.put(a, a.bottom() ? Furniture.Kind.RUNNING_FOOTER : Furniture.Kind.RUNNING_HEADER);
            }
        }
    }

    static boolean similar(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        int allowed = (int) Math.floor(longer * (1 - SIMILAR));
        if (Math.abs(a.length() - b.length()) > allowed) return false;
        return new LevenshteinDistance(allowed).apply(a, b) >= 0;
    }

    private boolean isNever(String key) {
        for (String n : never) if (similar(key, n)) return true;
        return false;
    }

    /**
     * The first and the last {@link #ZONE} non-blank lines of a page; on a short page a line may be in both zones, and
     * counts as the bottom's when it is in the page's second half.
     */
    static List<ZoneLine> zone(int page, String text) {
        List<int[]> lines = new ArrayList<>(); // line number, start, end of the stripped content
        int start = 0, no = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            no++;
            int a = start, b = end;
            while (a < b && Character.isWhitespace(text.charAt(a))) a++;
            while (b > a && Character.isWhitespace(text.charAt(b - 1))) b--;
            if (a < b) lines.add(new int[] {no, a, b});
            if (nl < 0) break;
            start = nl + 1;
        }
        List<ZoneLine> out = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            boolean top = k < ZONE, bottom = k >= lines.size() - ZONE;
            if (!top && !bottom) continue;
            if (top && bottom) {
                top = 2 * k < lines.size() - 1;
                bottom = !top;
            }
            int[] l = lines.get(k);
            String s = text.substring(l[1], l[2]);
            out.add(new ZoneLine(page, l[0], l[1], l[2], top, bottom, s, key(s)));
        }
        return out;
    }

    private static int letters(String key) {
        int n = 0;
        for (int i = 0; i < key.length(); i++) if (key.charAt(i) != '0') n++;
        return n;
    }

    /** Folded letters and digits only, every digit as {@code 0}. */
    static String key(String line) {
        String f = Folding.fold(line);
        StringBuilder sb = new StringBuilder(f.length());
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (Character.isDigit(c)) sb.append('0');
            else if (Character.isLetter(c)) sb.append(c);
        }
        return sb.toString();
    }
}

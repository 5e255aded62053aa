package vn.plans.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import vn.plans.model.Table;

/**
 * Task tables ({@code TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện}) read from the
 * positions of a PDF page's words, for PDFs whose text layer gives the cells one after another.
 * <p>The header is found by its labels: a {@code TT}/{@code STT} word with the other header labels beside it.
 * The header's words, merged where they overlap or sit a space apart, give the columns; their midpoints give the
 * column boundaries. Below the header every line's words go to the column their centre lies in. A new row starts
 * where the {@code TT} column has text or where the gap to the previous line is clearly wider than the line
 * spacing (a ruled cell's padding). The table ends at a wide gap (page number, text after the table) or at a line
 * whose words straddle the columns; a table still open at a page's end goes on with the next page, whose lines
 * before the first numbered row continue the last row. Cell lines are joined with spaces.
 * <p>Input: per page, the words with their boxes (see {@link Word}); output: one {@link Table} per header found,
 * header row first, {@code page} the header's page. Pages without header labels cost a text check only.
 */
final class PdfTableReader {
    /** A word as PDFBox placed it: text, left and right x, baseline y (top-down), glyph height and space width. */
    record Word(String text, float x0, float x1, float y, float height, float space) {
        float centre() { return (x0 + x1) / 2; }
    }

    private static final Pattern TT_LABEL = Pattern.compile("(?m)(?:^|\\s)s?tt(?:\\s|$)");
    private static final Pattern ROW_NUMBER = Pattern.compile("(?:\\d{1,3}|[IVX]{1,5})\\.?");
    private static final Set<String> LABELS = Set.of("tt", "stt", "nhiem", "vu", "noi", "dung", "co", "quan", "chu",
            "tri", "phoi", "hop", "thoi", "gian", "han", "thuc", "hien", "don", "vi", "nguoi", "ghi", "cac");

    /** Cheap test on a page's text: may it hold a task table header? */
    static boolean mayHoldHeader(String pageText) {
        if (!pageText.contains("TT")) return false; // the label is printed in capitals; most pages stop here
        String f = fold(pageText);
        return (f.contains("nhiem vu") || f.contains("noi dung")) && f.contains("phoi hop") && TT_LABEL.matcher(f).find();
    }

    private final List<Table> tables = new ArrayList<>();
    private Open open;

    /** Reads one page; pages must come in order. {@code words} may be empty for pages not worth reading. */
    void page(int number, List<Word> words) {
        List<List<Word>> lines = lines(words);
        int from = 0;
        if (open != null) {
            from = open.read(lines, 0, true);
            if (open.ended) close();
        }
        while (true) {
            int header = findHeader(lines, from);
            if (header < 0) break;
            from = startTable(number, lines, header);
        }
    }

    /** Whether a table runs to the end of the last page read (the next page may continue it). */
    boolean isOpen() {
        return open != null;
    }

    /** The tables read so far, closing the one still open. */
    List<Table> tables() {
        close();
        return List.copyOf(tables);
    }

    private int startTable(int page, List<List<Word>> lines, int header) {
        close();
        int top = header;
        while (top > 0 && labelShare(lines.get(top - 1)) >= 0.5) top--;
        List<Word> ttWords = lines.get(header).stream().filter(w -> isTt(w.text())).toList();
        Word tt = ttWords.getFirst();
        // header band: from top down to the first line with a row number under the TT label
        int end = header + 1;
        while (end < lines.size() && !startsRow(lines.get(end), tt)) end++;
        List<Word> band = new ArrayList<>();
        for (int i = top; i < end; i++) band.addAll(lines.get(i));
        List<float[]> cols = clusters(band);
        if (cols.size() < 4) return header + 1;
        open = new Open(page, cols);
        List<String> head = new ArrayList<>();
        for (int c = 0; c < cols.size(); c++) head.add("");
        for (int i = top; i < end; i++) open.appendLine(head, lines.get(i));
        open.rows.add(head);
        int next = open.read(lines, end, false);
        if (open.ended) close();
        return next;
    }

    private void close() {
        if (open != null && open.rows.size() > 1) tables.add(new Table(open.page, open.rows));
        open = null;
    }

    private static int findHeader(List<List<Word>> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            List<Word> l = lines.get(i);
            if (l.stream().noneMatch(w -> isTt(w.text()))) continue;
            StringBuilder near = new StringBuilder();
            for (int j = Math.max(0, i - 3); j < Math.min(lines.size(), i + 4); j++) {
                for (Word w : lines.get(j)) near.append(' ').append(w.text());
            }
            String f = fold(near.toString());
            if ((f.contains("nhiem vu") || f.contains("noi dung")) && f.contains("phoi")) return i;
        }
        return -1;
    }

    private static boolean startsRow(List<Word> line, Word tt) {
        Word first = line.getFirst();
        return first.x0() < tt.x1() + tt.height() && ROW_NUMBER.matcher(first.text()).matches();
    }

    private static boolean isTt(String s) {
        String t = s.replaceAll("[.:]", "");
        return t.equals("TT") || t.equals("STT");
    }

    private static double labelShare(List<Word> line) {
        long n = line.stream().filter(w -> LABELS.contains(fold(w.text()).replaceAll("[^a-z]", ""))).count();
        return line.isEmpty() ? 0 : (double) n / line.size();
    }

    /** Header words merged into column extents [x0, x1], left to right. */
    private static List<float[]> clusters(List<Word> band) {
        List<Word> sorted = band.stream().sorted(Comparator.comparingDouble(Word::x0)).toList();
        List<float[]> out = new ArrayList<>();
        for (Word w : sorted) {
            float[] last = out.isEmpty() ? null : out.getLast();
            if (last != null && w.x0() <= last[1] + 1.5f * Math.max(w.space(), w.height() * 0.25f)) {
                last[1] = Math.max(last[1], w.x1());
            } else {
                out.add(new float[] {w.x0(), w.x1()});
            }
        }
        return out;
    }

    /** Words grouped into lines by baseline (PDFBox gives lines in reading order; cells come one after another). */
    private static List<List<Word>> lines(List<Word> words) {
        List<Word> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingDouble(Word::y).thenComparingDouble(Word::x0));
        List<List<Word>> out = new ArrayList<>();
        for (Word w : sorted) {
            List<Word> last = out.isEmpty() ? null : out.getLast();
            if (last != null && Math.abs(w.y() - last.getFirst().y()) <= w.height() * 0.4f) last.add(w);
            else out.add(new ArrayList<>(List.of(w)));
        }
        for (List<Word> l : out) l.sort(Comparator.comparingDouble(Word::x0));
        return out;
    }

    static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return d.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }

    /** A table being read: its columns and rows so far. */
    private static final class Open {
        final int page;
        final float[] bounds; // right boundary of each column but the last
        final float left;
        final float right;
        final List<List<String>> rows = new ArrayList<>();
        float lastY = Float.NaN;
        float spacing = Float.NaN;
        boolean ended;

        Open(int page, List<float[]> cols) {
            this.page = page;
            this.bounds = new float[cols.size() - 1];
            for (int i = 0; i + 1 < cols.size(); i++) bounds[i] = (cols.get(i)[1] + cols.get(i + 1)[0]) / 2;
            this.left = cols.getFirst()[0];
            this.right = cols.getLast()[1];
        }

        /** Reads lines from {@code from}; returns the index after the table's last line on this page. */
        int read(List<List<Word>> lines, int from, boolean continuation) {
            boolean firstOnPage = continuation;
            lastY = Float.NaN;
            for (int i = from; i < lines.size(); i++) {
                List<Word> line = lines.get(i);
                if (straddles(line)) { ended = true; return i; }
                float y = line.getFirst().y();
                float gap = Float.isNaN(lastY) ? 0 : y - lastY;
                float h = line.getFirst().height();
                boolean tail = gap > 1.35f * (Float.isNaN(spacing) ? h : spacing) && onlyPageNumbers(lines.subList(i, lines.size()));
                if (tail || gap > 3.2f * Math.max(h, Float.isNaN(spacing) ? h : spacing)) {
                    ended = !onlyPageNumbers(lines.subList(i, lines.size()));
                    return i;
                }
                boolean numbered = column(line.getFirst()) == 0;
                boolean wideGap = !Float.isNaN(spacing) && gap > spacing * 1.35f;
                if (firstOnPage && !numbered && !wideGap && rows.size() > 1) {
                    appendLine(rows.getLast(), line); // a row continued from the previous page
                } else if (numbered || wideGap || rows.size() == 1) {
                    List<String> row = new ArrayList<>();
                    for (int c = 0; c <= bounds.length; c++) row.add("");
                    appendLine(row, line);
                    rows.add(row);
                } else {
                    appendLine(rows.getLast(), line);
                }
                if (!Float.isNaN(lastY) && gap > 0.8f * h && !wideGap && !numbered) {
                    spacing = Float.isNaN(spacing) ? gap : Math.min(spacing, gap);
                }
                if (numbered || wideGap) firstOnPage = false;
                lastY = y;
            }
            return lines.size();
        }

        /** What follows the table on the page is its number only: the table may go on overleaf. */
        private static boolean onlyPageNumbers(List<List<Word>> rest) {
            return rest.stream().allMatch(l -> l.size() == 1 && l.getFirst().text().matches("(?:Trang\\s*)?\\d{1,4}|-\\s*\\d{1,4}\\s*-"));
        }

        /** A line reaching past the table's edges or with a word across a column boundary is not a table line. */
        boolean straddles(List<Word> line) {
            for (Word w : line) {
                if (w.x0() < left - 3 * w.height() || w.x1() > right + 3 * w.height()) return true;
                for (float b : bounds) if (w.x0() < b - 1 && w.x1() > b + 1) return true;
            }
            return false;
        }

        int column(Word w) {
            float c = w.centre();
            int i = 0;
            while (i < bounds.length && c > bounds[i]) i++;
            return i;
        }

        void appendLine(List<String> row, List<Word> line) {
            StringBuilder[] parts = new StringBuilder[row.size()];
            for (Word w : line) {
                int c = column(w);
                if (parts[c] == null) parts[c] = new StringBuilder();
                else parts[c].append(' ');
                parts[c].append(w.text());
            }
            for (int c = 0; c < parts.length; c++) {
                if (parts[c] == null) continue;
                String prev = row.get(c);
                row.set(c, prev.isEmpty() ? parts[c].toString() : prev + " " + parts[c]);
            }
        }
    }
}

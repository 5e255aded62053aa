package vn.plans.structure;

import java.util.ArrayList;
import java.util.List;
import vn.plans.model.Table;

/**
 * The header zone's lines in reading order of the components. A DOCX header is a table (issuing body, number and
 * {@code V/v} in the left column, national motto and date line in the right, sometimes one row per component); the
 * extractor gives it as {@code | a | b |} lines, which run the two columns together. When the {@link Table} record
 * of such a run is at hand, the run is replaced by the table's cell paragraphs column by column, left column first,
 * so every component is a line of its own (tone marks canonical, as in the page text).
 */
final class HeaderZone {
    private HeaderZone() {}

    static List<String> expand(List<Lines.Line> head, List<Table> tables) {
        List<String> out = new ArrayList<>();
        boolean expanded = false;
        for (int i = 0; i < head.size(); i++) {
            String t = spaces(head.get(i).text());
            if (expanded || !t.startsWith("|")) { out.add(t); continue; }
            int j = i;
            while (j < head.size() && head.get(j).text().startsWith("|")) j++;
            Table table = matching(head.subList(i, j), tables);
            if (table == null) { out.add(t); continue; }
            out.addAll(columns(table));
            expanded = true;
            i = j - 1;
        }
        return out;
    }

    /** The first table (of the first three) with as many rows as the run and the same text in its first row. */
    private static Table matching(List<Lines.Line> run, List<Table> tables) {
        for (int k = 0; k < Math.min(3, tables.size()); k++) {
            Table tb = tables.get(k);
            if (tb.rows().size() != run.size() || tb.rows().isEmpty()) continue;
            String first = squash(String.join(" ", tb.rows().getFirst()));
            if (squash(run.getFirst().text()).equals(first)) return tb;
        }
        return null;
    }

    /** No-break spaces (Word puts them in date lines) as plain spaces. */
    static String spaces(String s) {
        return s.indexOf('\u00A0') < 0 ? s : s.replace('\u00A0', ' ').replaceAll(" {2,}", " ").strip();
    }

    private static String squash(String s) {
        return vn.plans.normalize.Folding.fold(java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC)).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    /** Cell paragraphs, column by column, each column top to bottom. */
    static List<String> columns(Table table) {
        int width = 0;
        for (List<String> r : table.rows()) width = Math.max(width, r.size());
        List<String> out = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            for (List<String> r : table.rows()) {
                if (c >= r.size()) continue;
                for (String p : r.get(c).split("\n")) {
                    // table records come as extracted; page text is NFC with canonical tone marks
                    String line = spaces(Lines.clean(vn.plans.normalize.ToneMarks.canonicalize(p)));
                    if (!line.isEmpty()) out.add(line);
                }
            }
        }
        return out;
    }
}

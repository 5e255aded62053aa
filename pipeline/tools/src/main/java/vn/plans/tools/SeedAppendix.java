package vn.plans.tools;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.plans.model.Agency;
import vn.plans.model.ExtractionMethod;
import vn.plans.model.Page;
import vn.plans.model.Task;
import vn.plans.structure.PlanStructureExtractor;

/**
 * A seed's phụ lục task table as table rows, for renderers that draw it as a real table: the rows come from the
 * structure stage's reading of the seed's interleaved appendix text (one row per task, cells {@code TT | Nhiệm vụ |
 * Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện}), the group rows ({@code I}, {@code II}...) and their
 * titles from the appendix lines. A group without numbered rows is a group row followed by a row without number.
 */
final class SeedAppendix {
    private SeedAppendix() {}

    static final List<String> HEADER = List.of("TT", "Nhiệm vụ thực hiện các nội dung khuyến nghị", "Cơ quan chủ trì",
            "Cơ quan phối hợp", "Thời gian thực hiện");
    private static final Pattern GROUP = Pattern.compile("^([IVX]{1,5})\\.?(?:\\s+(\\S.*))?$");
    private static final Pattern ROW = Pattern.compile("^\\d{1,3}\\.?(?:\\s.*)?$");

    /**
     * The blocks with the appendix table (from the paragraph {@code TT} after {@code PHỤ LỤC} to the end) replaced
     * by one table block; the blocks unchanged when the seed has no such appendix.
     */
    static List<SeedText.Block> withTable(List<SeedText.Block> blocks, String seed) {
        int start = tableStart(blocks);
        List<List<String>> rows = rows(seed);
        if (start < 0 || rows.size() < 2) return blocks;
        List<SeedText.Block> out = new ArrayList<>(blocks.subList(0, start));
        out.add(new SeedText.TableBlock(rows));
        return out;
    }

    private static int tableStart(List<SeedText.Block> blocks) {
        boolean appendix = false;
        for (int i = 0; i < blocks.size(); i++) {
            if (!(blocks.get(i) instanceof SeedText.Paragraph p)) continue;
            if (vn.plans.lexicon.Lexicon.standard().isAppendixHeading(p.text())) appendix = true;
            if (appendix && p.text().matches("S?TT\\b.*")) return i;
        }
        return -1;
    }

    /** Header row, then group and task rows in order. */
    static List<List<String>> rows(String seed) {
        String text = Normalizer.normalize(seed, Normalizer.Form.NFC); // tone placement as the seed prints it
        List<Task> tasks = new PlanStructureExtractor()
                .extract("seed", List.of(new Page(1, text, ExtractionMethod.TEXT_LAYER)), List.of()).tasks().stream()
                .filter(t -> t.source().equals("appendix")).toList();
        Map<String, String> titles = groupTitles(text);
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        String group = null;
        for (Task t : tasks) {
            String[] path = t.section().split("\\.");
            String g = path.length > 1 && path[1].matches("[IVX]+") ? path[1] : null;
            if (g != null && !g.equals(group)) rows.add(List.of(g, titles.getOrDefault(g, ""), "", "", ""));
            group = g;
            String tt = path.length > 2 || g == null ? path[path.length - 1] : "";
            rows.add(List.of(tt, t.text(), names(t.leadAgencies()), names(t.coordinatingAgencies()),
                    t.timeframe() == null || t.timeframe().raw() == null ? "" : t.timeframe().raw()));
        }
        return rows;
    }

    private static String names(List<Agency> agencies) {
        return String.join("; ", agencies.stream().map(Agency::name).toList());
    }

    /** Group numeral → title: the rest of the group line, or the lines after a bare numeral up to the first row. */
    static Map<String, String> groupTitles(String text) {
        List<String> lines = text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        int start = 0;
        while (start < lines.size() && !vn.plans.lexicon.Lexicon.standard().isAppendixHeading(lines.get(start))) start++;
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = start; i < lines.size(); i++) {
            Matcher g = GROUP.matcher(lines.get(i));
            if (!g.matches()) continue;
            StringBuilder title = new StringBuilder(g.group(2) == null ? "" : g.group(2).strip());
            for (int j = i + 1; g.group(2) == null && j < lines.size() && !ROW.matcher(lines.get(j)).matches(); j++) {
                if (!title.isEmpty()) title.append(' ');
                title.append(lines.get(j));
            }
            out.putIfAbsent(g.group(1), title.toString().replaceAll("\\s+", " "));
        }
        return out;
    }
}

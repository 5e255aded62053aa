package vn.plans.tools;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.plans.normalize.Reflow;

/**
 * A seed text as the blocks a renderer lays out: paragraphs (NFC, one per text paragraph) and tables. Seeds
 * exported from PDF (line-broken) are rejoined with {@link Reflow#reflow(String)}; Markdown seeds lose their
 * {@code #}, {@code **} and {@code *} markers, and their {@code | a | b |} tables become table blocks.
 */
final class SeedText {
    private SeedText() {}

    sealed interface Block permits Paragraph, TableBlock {}

    /** @param strong a heading or a fully bold line; rendered bold */
    record Paragraph(String text, boolean strong) implements Block {}

    record TableBlock(List<List<String>> rows) implements Block {}

    private static final Pattern MD_HEADING = Pattern.compile("^#{1,6}\\s+");
    private static final Pattern MD_ITALIC = Pattern.compile("(?<![*\\w])\\*(\\S(?:[^*]*\\S)?)\\*(?![*\\w])");
    private static final Pattern MD_TABLE_RULE = Pattern.compile("^\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?$");

    static List<Block> parse(String raw) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC).replace('\t', ' ').replace('\u00A0', ' ')
                .replace("\r\n", "\n");
        return isMarkdown(text) ? markdown(text) : plain(text);
    }

    static boolean isMarkdown(String text) {
        for (String line : text.split("\n")) {
            String s = line.strip();
            if (MD_HEADING.matcher(s).find() || s.startsWith("**")) return true;
        }
        return false;
    }

    private static List<Block> plain(String text) {
        List<Block> out = new ArrayList<>();
        for (String line : Reflow.reflow(text).split("\n")) {
            String s = line.strip();
            if (!s.isEmpty()) out.add(new Paragraph(s, vn.plans.normalize.Reflow.isUpperLine(s)));
        }
        return out;
    }

    private static List<Block> markdown(String text) {
        List<Block> out = new ArrayList<>();
        List<List<String>> table = new ArrayList<>();
        for (String line : text.split("\n")) {
            String s = line.strip();
            if (s.startsWith("|")) {
                if (!MD_TABLE_RULE.matcher(s).matches()) table.add(cells(s));
                continue;
            }
            if (!table.isEmpty()) {
                out.add(new TableBlock(List.copyOf(table)));
                table.clear();
            }
            if (s.endsWith("\\")) s = s.substring(0, s.length() - 1).strip();
            boolean heading = MD_HEADING.matcher(s).find();
            boolean bold = s.startsWith("**") && s.endsWith("**") && s.length() > 4;
            String clean = stripInline(MD_HEADING.matcher(s).replaceFirst(""));
            if (!clean.isEmpty()) out.add(new Paragraph(clean, heading || bold));
        }
        if (!table.isEmpty()) out.add(new TableBlock(List.copyOf(table)));
        return out;
    }

    private static List<String> cells(String row) {
        String s = row.strip();
        if (s.startsWith("|")) s = s.substring(1);
        if (s.endsWith("|")) s = s.substring(0, s.length() - 1);
        List<String> cells = new ArrayList<>();
        for (String c : s.split("\\|", -1)) cells.add(stripInline(c.strip()));
        return cells;
    }

    static String stripInline(String s) {
        String t = s.replace("**", "");
        t = MD_ITALIC.matcher(t).replaceAll("$1");
        return t.replaceAll(" {2,}", " ").strip();
    }
}

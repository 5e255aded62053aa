package vn.plans.structure;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;

/**
 * {@link CellRoles} by an OpenNLP maxent line classifier. It is trained from table rows (task, lead,
 * coordinating, time) that are wrapped at typical column widths to imitate a PDF export, so gold rows of any
 * document (attribute bullets, DOCX tables) can teach it; features are the line's length, first words, case,
 * agency head, time words, final punctuation and the previous line's cell. Decoding is greedy and monotone (never
 * back to an earlier cell).
 */
public final class MaxentCellRoles implements CellRoles {
    /** A training row: the four cells as plain text (any may be empty). */
    public record Row(String text, String lead, String coordinating, String time) {}

    private static final String[] ROLE = {"TASK", "LEAD", "COORD", "TIME"};
    /** Column widths (characters) the training rows are wrapped at: two layouts, to vary the line breaks. */
    private static final int[][] WIDTHS = {{42, 15, 15, 12}, {38, 12, 14, 8}};

    private final MaxentModel model;

    private MaxentCellRoles(MaxentModel model) {
        this.model = model;
    }

    public static MaxentCellRoles train(List<Row> rows) throws IOException {
        List<Event> events = new ArrayList<>();
        for (int[] width : WIDTHS) {
            for (Row r : rows) {
                String[] cells = {r.text(), r.lead(), r.coordinating(), r.time()};
                String prev = ROLE[0];
                for (int c = 0; c < cells.length; c++) {
                    if (cells[c] == null || cells[c].isBlank()) continue;
                    for (String line : wrap(cells[c], width[c])) {
                        events.add(new Event(ROLE[c], features(line, prev)));
                        prev = ROLE[c];
                    }
                }
            }
        }
        return new MaxentCellRoles(Maxent.train(events));
    }

    @Override
    public int roleOf(String line, int current, boolean hasText) {
        if (!hasText) return 0;
        double[] probs = model.eval(features(line, ROLE[current]));
        int best = current;
        double bestP = -1;
        for (int r = current; r < ROLE.length; r++) {
            int i = model.getIndex(ROLE[r]);
            if (i >= 0 && probs[i] > bestP) { bestP = probs[i]; best = r; }
        }
        return best;
    }

    static String[] features(String line, String prev) {
        String t = line.strip();
        String[] words = t.toLowerCase(Locale.ROOT).split("\\s+");
        char first = t.isEmpty() ? ' ' : t.charAt(0);
        char last = t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
        int len = t.length();
        String bucket = len <= 8 ? "8" : len <= 12 ? "12" : len <= 16 ? "16" : len <= 20 ? "20" : len <= 30 ? "30" : "long";
        return new String[] {
            "prev=" + prev,
            "len=" + bucket,
            "prev+len=" + prev + bucket,
            "w1=" + words[0],
            "w12=" + words[0] + "_" + (words.length > 1 ? words[1] : ""),
            "cap=" + Character.isUpperCase(first),
            "prev+cap=" + prev + Character.isUpperCase(first),
            "last=" + (Character.isLetterOrDigit(last) ? "alnum" : String.valueOf(last)),
            "head=" + AgencyNormalizer.startsLikeAgency(t),
            "time=" + (AppendixTableReader.TIME_START.matcher(t).find() || AppendixTableReader.TIME_WORDS.matcher(t).matches()),
            "prev+time=" + prev + (AppendixTableReader.TIME_START.matcher(t).find() || AppendixTableReader.TIME_WORDS.matcher(t).matches()),
            "prev+head=" + prev + AgencyNormalizer.startsLikeAgency(t),
        };
    }

    /** Greedy word wrap at {@code width} characters, as a narrow table column wraps. */
    static List<String> wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String w : text.strip().split("\\s+")) {
            if (!cur.isEmpty() && cur.length() + 1 + w.length() > width) {
                out.add(cur.toString());
                cur.setLength(0);
            }
            if (!cur.isEmpty()) cur.append(' ');
            cur.append(w);
        }
        if (!cur.isEmpty()) out.add(cur.toString());
        return out;
    }
}

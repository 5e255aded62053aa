package vn.plans.restore;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import vn.plans.normalize.Folding;

/**
 * Learns the {@link OcrChannel} table from pairs {@code NN.gold.txt} / {@code NN.ocr.txt} (what was rendered, what
 * Tesseract read): the words of each pair are aligned by edit distance, and every aligned pair of the same stripped
 * form and length adds one count per letter (true letter, printed letter). Words OCR split, merged or misread into
 * other letters teach nothing about marks and are skipped.
 */
public final class OcrChannelLearner {
    private OcrChannelLearner() {}

    /** Counts per true letter and printed letter, and the number of aligned word pairs used. */
    public record Table(Map<Character, Map<Character, Integer>> counts, int pages, long words, long wrongMarks) {}

    /** A page's pair: what was rendered, and what Tesseract read from it. */
    public record Pair(Path gold, Path ocr) {}

    /** The {@code NN.gold.txt} / {@code NN.ocr.txt} pairs of {@code dir}, sorted by name. */
    public static List<Pair> pairs(Path dir) throws IOException {
        List<Pair> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path g : s.filter(p -> p.toString().endsWith(".gold.txt")).sorted().toList()) {
                Path o = g.resolveSibling(g.getFileName().toString().replace(".gold.txt", ".ocr.txt"));
                if (Files.isRegularFile(o)) out.add(new Pair(g, o));
            }
        }
        return out;
    }

    public static Table learn(Path dir) throws IOException { return learn(pairs(dir)); }

    /** The table learned from {@code pairs} (e.g. all pages but a fold kept apart to score it on). */
    public static Table learn(List<Pair> pairs) throws IOException {
        Map<Character, Map<Character, Integer>> counts = new TreeMap<>();
        long words = 0, wrong = 0;
        for (Pair page : pairs) {
            List<String> gw = words(RestoreEvaluation.gold(Files.readString(page.gold(), StandardCharsets.UTF_8)));
            List<String> ow = words(RestoreEvaluation.gold(Files.readString(page.ocr(), StandardCharsets.UTF_8)));
            for (int[] pair : align(gw, ow)) {
                String t = gw.get(pair[0]), p = ow.get(pair[1]);
                if (t.length() != p.length() || !Folding.fold(t).equals(Folding.fold(p))) continue;
                words++;
                if (!t.equals(p)) wrong++;
                for (int i = 0; i < t.length(); i++) {
                    counts.computeIfAbsent(t.charAt(i), k -> new TreeMap<>()).merge(p.charAt(i), 1, Integer::sum);
                }
            }
        }
        return new Table(counts, pairs.size(), words, wrong);
    }

    /** How the rendered pages' table is rebuilt (the default header of {@link #write}). */
    public static final String RENDERED_REBUILD = "scripts/make-ocr-channel && scripts/plans learn-ocr-channel models/build/ocr-channel";

    /** The table, with a header saying what it was learned from and {@code rebuild}: the commands that remake it. */
    public static void write(Table t, String rebuild, PrintWriter out) {
        out.printf("# Tesseract vie letter confusions: true letter, printed letter, count (%d pages, %d aligned words, %d with wrong marks)%n",
                t.pages(), t.words(), t.wrongMarks());
        out.println("# rebuild: " + rebuild);
        for (var e : t.counts().entrySet()) {
            for (var o : e.getValue().entrySet()) {
                // identity counts of letters that never carry marks say nothing about the channel
                if (e.getKey().equals(o.getKey()) && e.getValue().size() == 1 && e.getKey() < 0x80 && "aeiouyd".indexOf(e.getKey()) < 0) continue;
                out.printf("%c\t%c\t%d%n", e.getKey(), o.getKey(), o.getValue());
            }
        }
        out.flush();
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (Token t : SyllableTokenizer.tokenize(text)) {
            if (t.kind() == Token.Kind.WORD || t.kind() == Token.Kind.NOISY_WORD) out.add(t.text(text).toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** Substitution cost: words of the same stripped form (a mark misread) pair up before other words. */
    private static int cost(String a, String b) {
        return a.equals(b) ? 0 : Folding.fold(a).equals(Folding.fold(b)) ? 1 : 2;
    }

    /** Index pairs (gold, ocr) aligned as match or substitution by a minimum edit-distance alignment. */
    static List<int[]> align(List<String> a, List<String> b) {
        int n = a.size(), m = b.size();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) d[i][0] = 2 * i;
        for (int j = 0; j <= m; j++) d[0][j] = 2 * j;
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int sub = d[i - 1][j - 1] + cost(a.get(i - 1), b.get(j - 1));
                d[i][j] = Math.min(sub, Math.min(d[i - 1][j], d[i][j - 1]) + 2);
            }
        }
        List<int[]> out = new ArrayList<>();
        for (int i = n, j = m; i > 0 && j > 0; ) {
            if (d[i][j] == d[i - 1][j - 1] + cost(a.get(i - 1), b.get(j - 1))) {
                out.add(new int[] {i - 1, j - 1});
                i--;
                j--;
            } else if (d[i][j] == d[i - 1][j] + 2) {
                i--;
            } else {
                j--;
            }
        }
        java.util.Collections.reverse(out);
        return out;
    }
}

package vn.plans.restore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.plans.lexicon.Lexicon;

/**
 * OCR repair at the start and end of lines, on OCR pages only: the label of a clause's point ({@code a)}, {@code b)},
 * ..., {@code đ)}, {@code e)}, {@code g)}) that Tesseract misread ({@code ©)}, {@code ø)}, {@code 8)}, {@code đ)} for
 * {@code d)}), and the strokes and specks it printed beside the text ({@code -_ b)}, {@code ... năm. ¬}). The lists are
 * lexicon data: {@code [list_label_order]}, {@code [ocr_list_label_confusions]}, {@code [ocr_stroke_debris]}.
 *
 * <p>A label is only ever replaced by one its printed character may stand for, and only when its neighbours on the
 * page call for exactly that one: the label after {@code b)} is {@code c)}, the label before {@code b)} is
 * {@code a)}, and of {@code ©) ø)} opening a page only {@code e) g)} follow each other. A label that fits its place,
 * or has no labelled neighbour, is kept. Debris is a run of stroke
 * characters (at least one of {@code [ocr_stroke_debris]}, with {@code . - —} mixed in) before the first word or
 * label of a line, or a stroke character alone at a line's end; a line of nothing else (a rule under a header) stays.
 */
final class ListLabels {
    private static final List<String> ORDER = Lexicon.standard().list("list_label_order");
    private static final Map<Character, List<String>> CONFUSIONS = confusions();
    private static final Set<Character> STROKES = Lexicon.standard().list("ocr_stroke_debris").stream()
            .map(s -> s.charAt(0)).collect(Collectors.toUnmodifiableSet());
    /** What may sit in a run of debris before a line's text besides the strokes themselves. */
    private static final String MIXED_IN = ".-—–'‘’`~";

    private ListLabels() {}

    private static Map<Character, List<String>> confusions() {
        Map<Character, List<String>> m = new HashMap<>();
        for (String e : Lexicon.standard().list("ocr_list_label_confusions")) {
            String[] f = e.split("\\s*\\|\\s*");
            m.put(f[0].charAt(0), List.of(f[1].trim().split("\\s+")));
        }
        return Map.copyOf(m);
    }

    /** Token index → replacement: a repaired label letter, or "" for debris to drop. */
    static Map<Integer, String> repairs(String text, List<Token> tokens) {
        Map<Integer, String> out = new HashMap<>();
        List<int[]> labels = new ArrayList<>(); // {token index, printed char}
        for (int from = 0; from < tokens.size(); ) {
            int to = from + 1;
            while (to < tokens.size() && !lineBreakBetween(text, tokens.get(to - 1), tokens.get(to))) to++;
            int first = leadingDebris(text, tokens, from, to);
            if (first > from && first < to) for (int k = from; k < first; k++) out.put(k, "");
            if (first < to && isLabel(text, tokens.get(first))) labels.add(new int[] {first, text.charAt(tokens.get(first).start())});
            int last = to - 1;
            if (last > first && isStroke(text, tokens.get(last)) && spaceBefore(text, tokens.get(last))) out.put(last, "");
            from = to;
        }
        String prev = null;
        for (int j = 0; j < labels.size(); j++) {
            String printed = String.valueOf((char) labels.get(j)[1]);
            String next = j + 1 < labels.size() ? String.valueOf((char) labels.get(j + 1)[1]) : null;
            String resolved = resolve(printed, prev, next);
            if (resolved != null && !resolved.equals(printed)) out.put(labels.get(j)[0], resolved);
            prev = resolved;
        }
        return out;
    }

    /** The label the printed one stands for, from the labels before and after it; null when it is no label. */
    static String resolve(String printed, String prev, String next) {
        boolean letter = ORDER.contains(printed);
        List<String> may = CONFUSIONS.getOrDefault(printed.charAt(0), List.of());
        String after = prev == null ? null : successor(prev);
        if (letter && (after == null || after.equals(printed))) return printed;
        if (after != null && may.contains(after)) return after;
        if (!letter && next != null) {
            // the label before the next one: that label itself, or the one reading of it that fits (©) ø) is e) g))
            List<String> nextMay = ORDER.contains(next) ? List.of(next) : CONFUSIONS.getOrDefault(next.charAt(0), List.of());
            String only = null;
            for (String q : may) {
                if (!nextMay.contains(successor(q))) continue;
                if (only != null) return null;
                only = q;
            }
            return only;
        }
        return letter ? printed : null;
    }

    private static String successor(String label) {
        int i = ORDER.indexOf(label);
        return i < 0 || i + 1 >= ORDER.size() ? null : ORDER.get(i + 1);
    }

    /** One character, lower case letter or a known misreading of one, directly followed by ")". */
    private static boolean isLabel(String text, Token t) {
        if (t.end() - t.start() != 1 || t.end() >= text.length() || text.charAt(t.end()) != ')') return false;
        char c = text.charAt(t.start());
        return ORDER.contains(String.valueOf(c)) || CONFUSIONS.containsKey(c);
    }

    /** The first token of the line that is not debris (a run with at least one stroke character). */
    private static int leadingDebris(String text, List<Token> tokens, int from, int to) {
        int k = from;
        boolean stroke = false;
        while (k < to && tokens.get(k).kind() == Token.Kind.PUNCT) {
            char c = text.charAt(tokens.get(k).start());
            if (STROKES.contains(c)) stroke = true;
            else if (MIXED_IN.indexOf(c) < 0) break;
            k++;
        }
        return stroke ? k : from;
    }

    private static boolean isStroke(String text, Token t) {
        return t.kind() == Token.Kind.PUNCT && STROKES.contains(text.charAt(t.start()));
    }

    private static boolean spaceBefore(String text, Token t) {
        return t.start() > 0 && Character.isWhitespace(text.charAt(t.start() - 1));
    }

    private static boolean lineBreakBetween(String text, Token a, Token b) {
        return text.substring(a.end(), b.start()).indexOf('\n') >= 0;
    }
}

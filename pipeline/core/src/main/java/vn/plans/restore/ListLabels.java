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
 * or has no labelled neighbour, is kept. The order starts again at a clause number ({@code 1.}, {@code II.},
 * {@code Điều 5}); digits are no labels on a page that numbers a list ({@code 5)}); a printed letter is read as
 * another only where the next label follows that one ({@code c) đ) đ)}, not {@code c) đ) e)}). Debris is a run of stroke
 * characters (at least one of {@code [ocr_stroke_debris]}, with {@code . - —} mixed in) before the first word or
 * label of a line, or a stroke character alone at a line's end; a line of nothing else (a rule under a header) stays.
 * After a line's last sentence ({@code . ; :}) a run of lone specks ({@code năm. | '}, {@code này. .}; a caret or an
 * opening bracket too, and single letters after one: a signature's strokes, {@code Yên Bái; ^ Á Ễ}, {@code Phú; (}) is debris, a
 * quote only after another speck (a lone one may open the next line: {@code như sau: ‘}), and so is a {@code ¬ `}
 * alone between two words ({@code quy định ` tại}); a {@code _} there stays (a form's blank to fill in:
 * {@code ngày _ tháng _ năm}).
 */
final class ListLabels {
    private static final List<String> ORDER = Lexicon.standard().list("list_label_order");
    private static final Map<Character, List<String>> CONFUSIONS = confusions();
    private static final Set<Character> STROKES = Lexicon.standard().list("ocr_stroke_debris").stream()
            .map(s -> s.charAt(0)).collect(Collectors.toUnmodifiableSet());
    private static final Set<Character> LETTERS = Lexicon.standard().list("ocr_stroke_letters").stream()
            .map(s -> s.charAt(0)).collect(Collectors.toUnmodifiableSet());
    /** What may sit in a run of debris before a line's text besides the strokes themselves. */
    private static final String MIXED_IN = ".-—–'‘’`~";
    /** Marks that after a line's last sentence are specks: strokes, dots, commas, ticks, a caret, an opening bracket (unless the next line closes it). */
    private static final String SPECKS = STROKES.stream().map(String::valueOf).collect(Collectors.joining()) + ".,`^(";
    /** Single quotes: specks only after another speck ({@code năm. | '}); as the first mark they may open the next line. */
    private static final String QUOTES = "'‘’";
    /** Most lone specks after a line's last sentence that are taken for debris. */
    private static final int MAX_SPECKS = 3;
    /**
     * Strokes and ticks that, alone between two words, are specks ({@code |} is also a letter, {@code -} a dash, and
     * {@code _} a form's blank to fill in: {@code ngày _ tháng _ năm}).
     */
    private static final String INTERIOR_SPECKS = "¬`";

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
        List<int[]> labels = new ArrayList<>(); // {token index, printed char}; {-1, 0} where a clause starts the order again
        boolean numbered = false;
        for (int from = 0; from < tokens.size(); ) {
            int to = from + 1;
            while (to < tokens.size() && !lineBreakBetween(text, tokens.get(to - 1), tokens.get(to))) to++;
            int first = leadingDebris(text, tokens, from, to);
            if (first > from && first < to) for (int k = from; k < first; k++) out.put(k, "");
            if (first < to && isLabel(text, tokens.get(first))) labels.add(new int[] {first, text.charAt(tokens.get(first).start())});
            else if (first < to && opensClause(text, tokens, first, to)) labels.add(new int[] {-1, 0});
            numbered |= first < to && isNumberLabel(text, tokens.get(first));
            int last = to - 1;
            if (last > first && isStroke(text, tokens.get(last)) && !LETTERS.contains(text.charAt(tokens.get(last).start()))
                    && spaceBefore(text, tokens.get(last))) out.put(last, "");
            for (int k = trailingDebris(text, tokens, first, to); k < to; k++) out.put(k, "");
            for (int k = first + 1; k < last; k++) if (isLoneSpeck(text, tokens, k)) out.put(k, "");
            from = to;
        }
        if (numbered) labels.removeIf(l -> Character.isDigit(l[1])); // a numbered list: 6) 8) 9) are its numbers
        String prev = null;
        for (int j = 0; j < labels.size(); j++) {
            if (labels.get(j)[0] < 0) { prev = null; continue; }
            String printed = String.valueOf((char) labels.get(j)[1]);
            String next = j + 1 < labels.size() && labels.get(j + 1)[0] >= 0 ? String.valueOf((char) labels.get(j + 1)[1]) : null;
            String after = prev == null ? null : successor(prev);
            String resolved = resolve(printed, prev, next, after != null && printedInClause(labels, j, after.charAt(0)));
            if (resolved != null && !resolved.equals(printed)) out.put(labels.get(j)[0], resolved);
            prev = resolved;
        }
        return out;
    }

    /** Whether the label {@code c} is printed in the clause of label j (between the clause numbers around it). */
    private static boolean printedInClause(List<int[]> labels, int j, char c) {
        for (int k = j; k >= 0 && labels.get(k)[0] >= 0; k--) if (labels.get(k)[1] == c) return true;
        for (int k = j; k < labels.size() && labels.get(k)[0] >= 0; k++) if (labels.get(k)[1] == c) return true;
        return false;
    }

    /** The label the printed one stands for, from the labels before and after it; null when it is no label. */
    static String resolve(String printed, String prev, String next, boolean afterPrinted) {
        boolean letter = ORDER.contains(printed);
        List<String> may = CONFUSIONS.getOrDefault(printed.charAt(0), List.of());
        String after = prev == null ? null : successor(prev);
        if (letter && (after == null || after.equals(printed))) return printed;
        // a printed letter is itself a label: it is read as another only where the next label follows that one (c) đ) đ):
        // the first is d)) and that one is not printed in the clause; after c), an đ) before e) may follow a missing d)
        if (after != null && may.contains(after)
                && (!letter || !afterPrinted && next != null && next.equals(successor(after)))) return after;
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

    /**
     * The first token of the line that is not debris (a run with at least one stroke character). A stroke that may be
     * a letter ({@code [ocr_stroke_letters]}: {@code |} for I, l, 1) makes its run debris only when it is glued to no
     * letter, digit or {@code .} and the run stands alone: a space, then the line's word or label.
     */
    private static int leadingDebris(String text, List<Token> tokens, int from, int to) {
        int k = from;
        boolean stroke = false, letterLike = false;
        while (k < to && tokens.get(k).kind() == Token.Kind.PUNCT) {
            Token t = tokens.get(k);
            char c = text.charAt(t.start());
            if (STROKES.contains(c)) {
                stroke = true;
                if (LETTERS.contains(c)) {
                    letterLike = true;
                    if (t.end() < text.length() && (Character.isLetterOrDigit(text.charAt(t.end())) || text.charAt(t.end()) == '.')) return from;
                }
            } else if (MIXED_IN.indexOf(c) < 0) break;
            k++;
        }
        if (!stroke) return from;
        if (letterLike && (k >= to || !spaceBefore(text, tokens.get(k)) || !(isLabel(text, tokens.get(k))
                || tokens.get(k).kind() == Token.Kind.WORD || tokens.get(k).kind() == Token.Kind.NOISY_WORD))) return from;
        return k;
    }

    /**
     * The start of the specks after a line's last sentence ({@code năm. | '}, {@code này. .}): up to {@link #MAX_SPECKS}
     * marks of {@link #SPECKS} (or {@link #QUOTES}, though not first), each standing alone (a space before it), after
     * the sentence's own {@code . ; :}; {@code to} when there is none. A sentence never ends twice, so they are no text; a dotted leader to fill in
     * ({@code Địa chỉ: ..........}) is a run of dots glued together, and a run of bars only ({@code biển. |}, a table's
     * cell rule) may be letters: both stay; so does a {@code (} the next line closes ({@code Phụ lục; (} before
     * {@code kèm theo Quyết định này)}).
     */
    private static int trailingDebris(String text, List<Token> tokens, int first, int to) {
        int k = to;
        boolean closedBelow = nextLineCloses(text, tokens.get(to - 1).end());
        while (k - 1 > first && to - k < MAX_SPECKS && (isSpeck(text, tokens.get(k - 1)) && !(closedBelow && text.charAt(tokens.get(k - 1).start()) == '(')
                || isQuote(text, tokens.get(k - 1)) || isLoneLetter(text, tokens.get(k - 1))) && spaceBefore(text, tokens.get(k - 1))) k--;
        // lone letters are specks only after one (a signature's strokes: "Yên Bái; ^ Á Ễ"), never the run's first mark
        while (k < to && isLoneLetter(text, tokens.get(k))) k++;
        if (k < to && isQuote(text, tokens.get(k))) return to; // the first mark after the sentence: it may open the next line
        if (k == to || !spaceBefore(text, tokens.get(k))) return to;
        boolean speck = false; // a run of bars only is a table's cell rule or a letter (| for I, l, 1): it stays
        for (int j = k; j < to; j++) speck |= !LETTERS.contains(text.charAt(tokens.get(j).start()));
        if (!speck) return to;
        Token end = tokens.get(k - 1);
        // the sentence's own mark, glued to its last word (not the end of a dotted leader: "........ .")
        boolean sentenceEnd = end.kind() == Token.Kind.PUNCT && ".;:".indexOf(text.charAt(end.start())) >= 0 && !spaceBefore(text, end)
                && k - 2 >= first && tokens.get(k - 2).kind() != Token.Kind.PUNCT;
        return sentenceEnd ? k : to;
    }

    /** The line after the one ending at {@code lineEnd} closes a bracket it did not open: a {@code (} there is text. */
    private static boolean nextLineCloses(String text, int lineEnd) {
        int from = text.indexOf('\n', lineEnd);
        if (from < 0) return false;
        int end = text.indexOf('\n', from + 1);
        String next = text.substring(from + 1, end < 0 ? text.length() : end);
        int close = next.indexOf(')'), open = next.indexOf('(');
        return close >= 0 && (open < 0 || close < open);
    }

    /**
     * A speck alone between two words of a line ({@code quy định ` tại}): one of
     * {@link #INTERIOR_SPECKS}, with a space on each side; no text puts one there.
     */
    private static boolean isLoneSpeck(String text, List<Token> tokens, int k) {
        Token t = tokens.get(k), before = tokens.get(k - 1), after = tokens.get(k + 1);
        return t.kind() == Token.Kind.PUNCT && INTERIOR_SPECKS.indexOf(text.charAt(t.start())) >= 0
                && spaceBefore(text, t) && spaceBefore(text, after) && isWord(before) && isWord(after);
    }

    private static boolean isSpeck(String text, Token t) {
        return t.kind() == Token.Kind.PUNCT && SPECKS.indexOf(text.charAt(t.start())) >= 0;
    }

    /** A single letter standing alone ({@code Á}, {@code Ễ}): in a run of specks after a line's last sentence, one more. */
    private static boolean isLoneLetter(String text, Token t) {
        return t.kind() == Token.Kind.WORD && t.end() - t.start() == 1
                && (t.end() >= text.length() || Character.isWhitespace(text.charAt(t.end())));
    }

    private static boolean isQuote(String text, Token t) {
        return t.kind() == Token.Kind.PUNCT && QUOTES.indexOf(text.charAt(t.start())) >= 0;
    }

    private static boolean isWord(Token t) {
        return t.kind() == Token.Kind.WORD || t.kind() == Token.Kind.NOISY_WORD;
    }

    /** A line opening a clause: {@code 1.}, {@code 2.1.}, {@code II.}, {@code Điều 5}; the point labels start again after it. */
    private static boolean opensClause(String text, List<Token> tokens, int first, int to) {
        Token t = tokens.get(first);
        boolean dot = t.end() < text.length() && text.charAt(t.end()) == '.';
        if (t.kind() == Token.Kind.NUMBER) return dot;
        String w = t.text(text);
        if (w.equals("Điều") || w.equals("ĐIỀU")) return first + 1 < to && tokens.get(first + 1).kind() == Token.Kind.NUMBER;
        return dot && w.chars().allMatch(ch -> "IVXL".indexOf(ch) >= 0);
    }

    /** A line's number label that is no misread letter ({@code 5)}, {@code 7)}, {@code 12)}): the page numbers its list. */
    private static boolean isNumberLabel(String text, Token t) {
        if (t.kind() != Token.Kind.NUMBER || t.end() >= text.length() || text.charAt(t.end()) != ')') return false;
        return t.end() - t.start() > 1 || !CONFUSIONS.containsKey(text.charAt(t.start()));
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

package vn.plans.extract;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects Tika's XHTML events into plain text with one line per block, and tables both as {@code | a | b |}
 * lines and as lists of rows. Nested tables are flattened into their enclosing cell.
 */
final class TextAndTablesHandler extends DefaultHandler {
    private final StringBuilder text = new StringBuilder();
    private final List<List<List<String>>> tables = new ArrayList<>();
    private List<List<String>> table;
    private List<String> row;
    private StringBuilder cell;
    private int tableDepth;
    private int skipDepth;
    private final long maxChars;
    private long chars;

    /** Thrown into the parser when the text passes {@code maxChars}: the parse stops there. */
    static final class TooMuchText extends org.xml.sax.SAXException {
        final long chars;

        TooMuchText(long chars) {
            super("text over " + chars + " characters");
            this.chars = chars;
        }
    }

    /** Whether a line break inside a paragraph's text is Word's soft break ({@code w:br}, which Tika prints as a new line). */
    private final boolean wordBreaks;

    TextAndTablesHandler() { this(Long.MAX_VALUE); }

    /** @param maxChars characters of text (cells included) after which the parse is stopped */
    TextAndTablesHandler(long maxChars) { this(maxChars, false); }

    /**
     * @param wordBreaks true for a word processor's file (DOCX, DOC, ODT): a new line or vertical tab in the text of a
     *                   paragraph is a soft break, resolved by {@link #resolveSoftBreaks}
     */
    TextAndTablesHandler(long maxChars, boolean wordBreaks) {
        this.maxChars = maxChars;
        this.wordBreaks = wordBreaks;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String n = localName.isEmpty() ? qName : localName;
        if (skipDepth > 0 || n.equals("head") || n.equals("style") || n.equals("script")) {
            skipDepth++;
            return;
        }
        switch (n) {
            case "table" -> {
                tableDepth++;
                if (tableDepth == 1) { endLine(); table = new ArrayList<>(); }
            }
            case "tr" -> { if (tableDepth == 1) row = new ArrayList<>(); }
            case "td", "th" -> { if (tableDepth == 1) cell = new StringBuilder(); }
            case "br" -> softBreak();
            default -> { }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String n = localName.isEmpty() ? qName : localName;
        if (skipDepth > 0) {
            skipDepth--;
            return;
        }
        switch (n) {
            case "table" -> {
                if (tableDepth == 1 && table != null) {
                    tables.add(table);
                    for (List<String> r : table) {
                        StringBuilder line = new StringBuilder("|");
                        for (String c : r) line.append(' ').append(c.replace('\n', ' ').replace('|', '/').strip()).append(" |");
                        text.append(line).append('\n');
                    }
                    table = null;
                }
                tableDepth--;
            }
            case "tr" -> { if (tableDepth == 1 && row != null && table != null) { table.add(row); row = null; } }
            case "td", "th" -> {
                if (tableDepth == 1 && cell != null && row != null) {
                    row.add(cell.toString().strip().replaceAll("[ \\t]+", " "));
                    cell = null;
                }
            }
            case "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "title", "pre" -> newline();
            default -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws TooMuchText {
        if (skipDepth > 0) return;
        chars += length;
        if (chars > maxChars) throw new TooMuchText(chars);
        if (cell != null) cell.append(ch, start, length);
        else if (tableDepth == 0 && wordBreaks) {
            for (int i = start; i < start + length; i++) text.append(ch[i] == '\n' || ch[i] == '\u000B' ? SOFT : ch[i]);
        } else if (tableDepth == 0) text.append(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws TooMuchText {
        characters(ch, start, length);
    }

    private void newline() {
        if (cell != null) cell.append('\n');
        else if (tableDepth == 0) text.append('\n');
    }

    /** A line break inside a paragraph (Word's Shift+Enter), resolved by {@link #text()}. */
    private static final char SOFT = '\u2028';

    /** A {@code <br/>}: in a cell a new line of the cell; in the body a soft break that {@link #text()} resolves. */
    private void softBreak() {
        if (cell != null) cell.append('\n');
        else if (tableDepth == 0) text.append(SOFT);
    }

    /**
     * A soft break inside a sentence ({@code … Sở Công Thương đề nghị} ⏎ {@code Công ty Cổ phần … bổ sung …}) joins the
     * two parts with a space: the line before ends with a lower-case letter or a comma, and the next opens with no mark
     * of a list item, number or parenthesis; any other is a line break as a paragraph's end (the motto and titles in
     * capitals, {@code Kính gửi:} over its dashes, {@code Số: …} over the date).
     */
    static String resolveSoftBreaks(String text) {
        if (text.indexOf(SOFT) < 0) return text;
        StringBuilder out = new StringBuilder(text.length());
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') { out.append(c); lineStart = out.length(); continue; }
            if (c != SOFT) { out.append(c); continue; }
            String before = out.substring(lineStart).strip();
            int next = i + 1;
            while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) next++;
            char first = next < text.length() ? text.charAt(next) : '\n';
            char last = before.isEmpty() ? '.' : before.charAt(before.length() - 1);
            boolean inSentence = (Character.isLowerCase(last) || last == ',') && Character.isLetter(first);
            if (inSentence) {
                while (out.length() > lineStart && out.charAt(out.length() - 1) == ' ') out.setLength(out.length() - 1);
                out.append(' ');
                i = next - 1;
            } else {
                out.append('\n');
                lineStart = out.length();
            }
        }
        return out.toString();
    }

    private void endLine() {
        if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') text.append('\n');
    }

    String text() { return resolveSoftBreaks(text.toString()); }

    List<List<List<String>>> tables() { return tables; }
}

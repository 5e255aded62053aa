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

    TextAndTablesHandler() { this(Long.MAX_VALUE); }

    /** @param maxChars characters of text (cells included) after which the parse is stopped */
    TextAndTablesHandler(long maxChars) { this.maxChars = maxChars; }

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
            case "br" -> newline();
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
        else if (tableDepth == 0) text.append(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws TooMuchText {
        characters(ch, start, length);
    }

    private void newline() {
        if (cell != null) cell.append('\n');
        else if (tableDepth == 0) text.append('\n');
    }

    private void endLine() {
        if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') text.append('\n');
    }

    String text() { return text.toString(); }

    List<List<List<String>>> tables() { return tables; }
}

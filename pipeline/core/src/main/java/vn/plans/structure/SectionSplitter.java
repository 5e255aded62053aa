package vn.plans.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.plans.lexicon.Lexicon;
import vn.plans.model.DocumentPart;
import vn.plans.model.Page;
import vn.plans.model.Section;

/**
 * Numbered headings and their paths: Roman numerals ({@code II.}) open a top-level section, Arabic numbers
 * ({@code 3.}) and dotted numbers ({@code 1.2.}) nest below the current Roman section, giving {@code II.3} and
 * {@code II.1.2}. Markdown marks and bold runs ({@code **III. KINH PHÍ:** text}) are read through. The body ends at
 * {@code Nơi nhận}, at the closing {@code Trên đây là ...} paragraph or at {@code PHỤ LỤC}: later lines belong to
 * the signature block and the appendix reader.
 */
public final class SectionSplitter {
    private static final Pattern ROMAN = Pattern.compile("^([IVX]{1,5})\\s*[.)]\\s*(\\p{Lu}.*)$");
    /** OCR reads II as I1 and III as I11; accepted only before an all-capitals heading. */
    private static final Pattern OCR_ROMAN = Pattern.compile("^(I[1l]{1,2})\\s*[.)]\\s*(\\p{Lu}[^\\p{Ll}]*)$");
    /** {@code 4, Công an tỉnh}: a comma read for the period, only before a short agency heading. */
    private static final Pattern ARABIC_COMMA = Pattern.compile("^(\\d{1,2}),\\s*(\\p{Lu}[^.;:,]{2,60})$");
    private static final Pattern ARABIC = Pattern.compile("^(\\d{1,2}(?:\\s*\\.\\s*\\d{1,2})*)\\s*[.)]\\s*(\\p{Lu}.*)$");
    private static final Lexicon LEX = Lexicon.standard();
    /**
     * Where the body ends: {@code Nơi nhận}, an appendix, {@code Trên đây là …}, or the feedback closing {@code Trong quá
     * trình triển khai thực hiện, nếu có khó khăn, vướng mắc …} (its words: lexicon {@code feedback_closing}; not a duty
     * that opens the same way: {@code Trong quá trình thực hiện nếu phát hiện thấy vũ khí, bom đạn … phải trao đổi ngay …},
     * a giấy chứng nhận đăng ký đầu tư's Điều 3).
     */
    private static final Pattern END = Pattern.compile("(?U)^\\|?\\s*(?:Nơi nhận|" + LEX.alternation("appendix_markers")
            + "|Trên đây là|Trong quá trình (?:triển khai|thực hiện|tổ chức)[^.]{0,120}?\\b(?:"
            + LEX.alternation("feedback_closing") + ")\\b)");

    private static final Pattern RECIPIENTS = Pattern.compile("(?U)^\\|?\\s*Nơi nhận\\b");

    /** A numbered line: its index in {@link Lines}, path, depth (1 = Roman) and the text after the number. */
    public record Heading(int line, String path, int depth, String heading, String text, int page, int lineNo,
                          int offset) {
        Heading(int line, String path, int depth, String heading, String text, Lines.Line at) {
            this(line, path, depth, heading, text, at.page(), at.lineNo(), at.offset());
        }

        Section section() { return new Section(path, heading, page, lineNo, offset, DocumentPart.BODY); }
    }

    /** The numbered body sections, then the appendix section ({@code PL}) when the document has one. */
    public List<Section> split(List<Page> pages) {
        Lines lines = Lines.of(pages);
        return sections(lines, headings(lines));
    }

    /** The body headings as sections, then the appendix heading. */
    static List<Section> sections(Lines lines, List<Heading> headings) {
        List<Section> out = new ArrayList<>(headings.size() + 1);
        for (Heading h : headings) out.add(h.section());
        Lines.Line appendix = appendixHeading(lines);
        if (appendix != null) {
            out.add(new Section("PL", appendix.text(), appendix.page(), appendix.lineNo(), appendix.offset(),
                    DocumentPart.APPENDIX));
        }
        return out;
    }

    /** The first {@code PHỤ LỤC} heading line at or after the end of the body, or null. */
    static Lines.Line appendixHeading(Lines lines) {
        List<Lines.Line> all = lines.all();
        for (int i = bodyEnd(lines); i < all.size(); i++) {
            if (LEX.isAppendixHeading(all.get(i).text())) return all.get(i);
        }
        return null;
    }

    /** The index of the first line after the body (signature block, closing paragraph or appendix). */
    static int bodyEnd(Lines lines) {
        List<Lines.Line> all = lines.all();
        int heading = HeaderParser.headingLine(all);
        int start = HeaderParser.firstSection(all, heading);
        // a letter without a numbered heading: the fallback start (line 40, or the end of a short letter) may lie past
        // its "Nơi nhận", whose lines and the signature's would then read as body
        if (heading < 0) {
            for (int i = 0; i < start; i++) if (RECIPIENTS.matcher(all.get(i).text()).lookingAt()) return i;
        }
        for (int i = start; i < all.size(); i++) if (END.matcher(all.get(i).text()).find()) return i;
        return all.size();
    }

    List<Heading> headings(Lines lines) {
        List<Lines.Line> all = lines.all();
        List<Heading> out = new ArrayList<>();
        int end = bodyEnd(lines);
        String roman = null;
        for (int i = HeaderParser.firstSection(all); i < end; i++) {
            Lines.Line line = all.get(i);
            String t = line.text();
            Matcher m = ROMAN.matcher(t);
            Matcher ocr = OCR_ROMAN.matcher(t);
            if (!m.matches() && ocr.matches()) m = ocr;
            if (m.matches()) {
                roman = m.group(1).replace('1', 'I').replace('l', 'I');
                out.add(new Heading(i, roman, 1, headingOf(boldHead(line.raw(), m.group(2))), m.group(2), line));
                continue;
            }
            m = ARABIC.matcher(t);
            Matcher comma = ARABIC_COMMA.matcher(t);
            if (!m.matches() && comma.matches()) m = comma;
            if (m.matches()) {
                String num = m.group(1).replaceAll("\\s", "");
                String path = roman == null ? num : roman + "." + num;
                int depth = 1 + num.split("\\.").length;
                String head = boldHead(line.raw(), m.group(2));
                if (head.equals(m.group(2))) head = overPageBreak(all, i, head);
                out.add(new Heading(i, path, depth, headingOf(head), m.group(2), line));
            }
        }
        return out;
    }

    /**
     * A heading paragraph cut by a page break (its line is the last of its page and the next page goes on in lower
     * case) continues there, as the same paragraph does within a page once reflowed.
     */
    private static String overPageBreak(List<Lines.Line> all, int i, String text) {
        StringBuilder s = new StringBuilder(text);
        int page = all.get(i).page();
        for (int j = i + 1; j < all.size() && j <= i + 4 && s.length() <= 160; j++) {
            Lines.Line next = all.get(j);
            boolean continues = next.page() == page || j == i + 1 && next.page() == page + 1;
            if (!continues || next.text().isEmpty() || !Character.isLowerCase(next.text().charAt(0))) break;
            if (j == i + 1 && next.page() == page) break; // within a page, lines were already joined by reflow
            s.append(' ').append(next.text());
            page = next.page();
        }
        return s.toString();
    }

    private static final Pattern BOLD_HEAD = Pattern.compile("^#*\\s*\\*\\*(.+?)\\*\\*\\s*\\S");

    /** When the raw line bolds only its head ({@code **2. Nhiệm vụ:** text}), the bold part is the heading. */
    private static String boldHead(String raw, String text) {
        Matcher b = BOLD_HEAD.matcher(raw);
        if (b.find()) {
            String head = Lines.clean(b.group(1)).replaceFirst("^[IVX\\d.\\s]+[.)]\\s*", "");
            if (!head.isEmpty() && text.startsWith(head)) return head;
        }
        return text;
    }

    /** A numbered paragraph's heading is its first sentence or clause, capped for long paragraphs. */
    static String headingOf(String s) {
        int cut = s.length();
        for (String sep : new String[] {". ", ": ", "; "}) {
            int i = s.indexOf(sep);
            if (i > 0) cut = Math.min(cut, i);
        }
        String h = s.substring(0, cut);
        h = h.length() > 160 ? h.substring(0, 160).strip() + "…" : h;
        return Lines.trimEnd(h);
    }
}

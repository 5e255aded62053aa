package vn.plans.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.plans.model.Page;
import vn.plans.model.Section;

/**
 * Numbered headings and their paths: Roman numerals ({@code II.}) open a top-level section, Arabic numbers
 * ({@code 3.}) and dotted numbers ({@code 1.2.}) nest below the current Roman section. Lines in the appendix
 * (from {@code PHỤ LỤC} on) are left to the appendix reader.
 */
public final class SectionSplitter {
    private static final Pattern ROMAN = Pattern.compile("^(?:#+\\s*)?(?:\\*\\*)?([IVX]{1,5})\\s*[.)]\\s+(\\S.*)$");
    private static final Pattern ARABIC = Pattern.compile("^(?:#+\\s*)?(?:\\*\\*)?(\\d{1,2}(?:\\s*\\.\\s*\\d{1,2})*)\\s*\\.?\\s+(\\p{Lu}.*)$");
    private static final Pattern APPENDIX = Pattern.compile("^\\s*(?:#+\\s*)?(?:\\*\\*)?PHỤ LỤC\\b.*");

    public List<Section> split(List<Page> pages) {
        List<Section> out = new ArrayList<>();
        String roman = null;
        for (Page page : pages) {
            for (String raw : page.text().split("\n")) {
                String line = raw.strip();
                if (APPENDIX.matcher(line).matches()) return out;
                Matcher m = ROMAN.matcher(line);
                if (m.matches() && isHeadingText(m.group(2))) {
                    roman = m.group(1);
                    out.add(new Section(roman, clean(m.group(2)), page.number()));
                    continue;
                }
                m = ARABIC.matcher(line);
                if (m.matches() && roman != null) {
                    String num = m.group(1).replaceAll("\\s", "");
                    out.add(new Section(roman + "." + num, clean(headingOf(m.group(2))), page.number()));
                }
            }
        }
        return out;
    }

    private static boolean isHeadingText(String s) {
        return !s.isEmpty() && Character.isUpperCase(s.charAt(0));
    }

    /** A numbered paragraph's heading is its first sentence or clause, capped for long paragraphs. */
    private static String headingOf(String s) {
        int cut = s.length();
        for (String sep : new String[] {". ", ": ", "; "}) {
            int i = s.indexOf(sep);
            if (i > 0) cut = Math.min(cut, i);
        }
        String h = s.substring(0, cut);
        return h.length() > 160 ? h.substring(0, 160).strip() + "…" : h;
    }

    private static String clean(String s) {
        return s.replace("**", "").replaceAll("[:.]$", "").strip();
    }
}

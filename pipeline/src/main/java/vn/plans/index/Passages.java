package vn.plans.index;

import java.util.ArrayList;
import java.util.List;
import vn.plans.model.Page;
import vn.plans.model.PlanDocument;
import vn.plans.model.Section;

/**
 * Splits a document's text into passages: one per section (text up to the next heading) and one for the appendix
 * ({@code PL}, from the {@code PHỤ LỤC} heading on), else one per page.
 */
final class Passages {
    private Passages() {}

    private static final java.util.regex.Pattern APPENDIX =
            java.util.regex.Pattern.compile("^\\s*(?:#+\\s*)?(?:\\*\\*)?PHỤ LỤC\\b.*");

    record Passage(String section, String heading, int page, String text) {}

    static List<Passage> of(PlanDocument doc) {
        List<Passage> out = new ArrayList<>();
        List<Section> sections = doc.sections();
        if (sections.isEmpty()) {
            for (Page p : doc.pages()) if (!p.text().isBlank()) out.add(new Passage(null, null, p.number(), printed(p)));
            return out;
        }
        int next = 0;
        String path = null;
        String heading = null;
        int startPage = doc.pages().isEmpty() ? 1 : doc.pages().get(0).number();
        StringBuilder buf = new StringBuilder();
        for (Page p : doc.pages()) {
            for (String line : printed(p).split("\n")) {
                if (!"PL".equals(path) && APPENDIX.matcher(line).matches()) {
                    // The appendix is a passage of its own, not the tail of the last body section.
                    if (!buf.toString().isBlank()) out.add(new Passage(path, heading, startPage, buf.toString().strip()));
                    buf.setLength(0);
                    path = "PL";
                    heading = line.replace("**", "").replaceFirst("^#+\\s*", "").strip();
                    startPage = p.number();
                    next = sections.size();
                } else if (next < sections.size() && startsSection(line, sections.get(next))) {
                    if (!buf.toString().isBlank()) out.add(new Passage(path, heading, startPage, buf.toString().strip()));
                    buf.setLength(0);
                    path = sections.get(next).path();
                    heading = sections.get(next).heading();
                    startPage = p.number();
                    next++;
                }
                buf.append(line).append('\n');
            }
        }
        if (!buf.toString().isBlank()) out.add(new Passage(path, heading, startPage, buf.toString().strip()));
        return out;
    }

    /**
     * The page as printed (tone marks where the source put them). The analyzers canonicalize tone placement, so
     * indexing the printed form finds the same terms while highlight offsets point into the printed text. A page
     * whose printed text differs in more than tone placement (restored diacritics) is indexed as restored.
     */
    static String printed(Page p) {
        String pr = p.printedText();
        if (pr == null || pr.length() != p.text().length()) return p.text();
        return vn.plans.normalize.ToneMarks.canonicalize(pr).equals(p.text()) ? pr : p.text();
    }

    private static boolean startsSection(String line, Section s) {
        String h = vn.plans.normalize.ToneMarks.canonicalize(s.heading() == null ? "" : s.heading());
        line = vn.plans.normalize.ToneMarks.canonicalize(line);
        if (h == null || h.isEmpty()) return false;
        String probe = h.length() > 40 ? h.substring(0, 40) : h;
        String stripped = line.replace("**", "").replaceFirst("^#+\\s*", "");
        return stripped.contains(probe) && stripped.indexOf(probe) < 16;
    }
}

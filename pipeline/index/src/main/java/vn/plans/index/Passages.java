package vn.plans.index;

import java.util.ArrayList;
import java.util.List;
import vn.plans.model.Page;
import vn.plans.model.PlanDocument;
import vn.plans.model.Section;

/**
 * Splits a document's text into passages: one per section, from where the structure stage says the section starts
 * (page and character offset) to where the next one starts, the appendix section ({@code PL}) included; text before
 * the first section is a passage of its own; a document without sections gives one passage per page. Page furniture
 * is left out ({@link #printed}).
 */
final class Passages {
    private Passages() {}

    record Passage(String section, String heading, int page, String text) {}

    static List<Passage> of(PlanDocument doc) {
        List<Passage> out = new ArrayList<>();
        List<Section> sections = doc.sections();
        if (sections.isEmpty()) {
            for (Page p : doc.pages()) {
                String text = printed(p);
                if (!text.isBlank()) out.add(new Passage(null, null, p.number(), text));
            }
            return out;
        }
        int next = 0;
        String path = null;
        String heading = null;
        int startPage = doc.pages().isEmpty() ? 1 : doc.pages().get(0).number();
        StringBuilder buf = new StringBuilder();
        for (Page p : doc.pages()) {
            String text = printed(p);
            int from = 0;
            while (next < sections.size() && sections.get(next).page() == p.number()) {
                Section s = sections.get(next++);
                int at = Math.max(from, Math.min(s.offset(), text.length()));
                buf.append(text, from, at);
                if (!buf.toString().isBlank()) out.add(new Passage(path, heading, startPage, buf.toString().strip()));
                buf.setLength(0);
                path = s.path();
                heading = s.heading();
                startPage = p.number();
                from = at;
            }
            buf.append(text, from, text.length()).append('\n');
        }
        if (!buf.toString().isBlank()) out.add(new Passage(path, heading, startPage, buf.toString().strip()));
        return out;
    }

    /**
     * The page as printed (tone marks where the source put them). The analyzers canonicalize tone placement, so
     * indexing the printed form finds the same terms while highlight offsets point into the printed text. A page
     * whose printed text differs in more than tone placement (restored diacritics) is indexed as restored. Both
     * have the same length, so section offsets into {@code text} hold in either. Page furniture (running heads and
     * foots, page numbers) is blanked to spaces, so it is not indexed as the document's words and offsets still hold.
     */
    static String printed(Page p) {
        String pr = p.printedText();
        if (pr == null || pr.length() != p.text().length()) return p.bodyText();
        return p.withoutFurniture(vn.plans.normalize.ToneMarks.canonicalize(pr).equals(p.text()) ? pr : p.text());
    }
}

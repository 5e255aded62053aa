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

    /**
     * The passages of a document whose pages' printed texts ({@link #printed(PlanDocument)}) the caller has already,
     * so the index, which also indexes them as the document unit, makes them once.
     */
    static List<Passage> of(PlanDocument doc, List<String> printed) {
        List<Passage> out = new ArrayList<>();
        List<Section> sections = doc.sections();
        List<Page> pages = doc.pages();
        if (sections.isEmpty()) {
            for (int i = 0; i < pages.size(); i++) {
                String text = printed.get(i);
                if (!text.isBlank()) out.add(new Passage(null, null, pages.get(i).number(), text));
            }
            return out;
        }
        int next = 0;
        String path = null;
        String heading = null;
        int startPage = pages.isEmpty() ? 1 : pages.get(0).number();
        StringBuilder buf = new StringBuilder();
        for (int i = 0; i < pages.size(); i++) {
            Page p = pages.get(i);
            String text = printed.get(i);
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

    /** Each page's printed text ({@link #printed(Page)}), in page order. */
    static List<String> printed(PlanDocument doc) {
        List<String> out = new ArrayList<>(doc.pages().size());
        for (Page p : doc.pages()) out.add(printed(p));
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

package vn.plans.index;

import java.util.ArrayList;
import java.util.List;
import vn.plans.model.Page;
import vn.plans.model.PlanDocument;
import vn.plans.model.Section;

/** Splits a document's text into passages: one per section (text up to the next heading), else one per page. */
final class Passages {
    private Passages() {}

    record Passage(String section, String heading, int page, String text) {}

    static List<Passage> of(PlanDocument doc) {
        List<Passage> out = new ArrayList<>();
        List<Section> sections = doc.sections();
        if (sections.isEmpty()) {
            for (Page p : doc.pages()) if (!p.text().isBlank()) out.add(new Passage(null, null, p.number(), p.text()));
            return out;
        }
        int next = 0;
        String path = null;
        String heading = null;
        int startPage = doc.pages().isEmpty() ? 1 : doc.pages().get(0).number();
        StringBuilder buf = new StringBuilder();
        for (Page p : doc.pages()) {
            for (String line : p.text().split("\n")) {
                if (next < sections.size() && startsSection(line, sections.get(next))) {
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

    private static boolean startsSection(String line, Section s) {
        String h = s.heading();
        if (h == null || h.isEmpty()) return false;
        String probe = h.length() > 40 ? h.substring(0, 40) : h;
        String stripped = line.replace("**", "").replaceFirst("^#+\\s*", "");
        return stripped.contains(probe) && stripped.indexOf(probe) < 16;
    }
}

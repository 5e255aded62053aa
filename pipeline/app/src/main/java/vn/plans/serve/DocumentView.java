package vn.plans.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.plans.model.Page;
import vn.plans.model.PlanDocument;
import vn.plans.model.Restoration;
import vn.plans.output.Json;

/**
 * What the document page shows of a JSON record: the header (with its legal bases), the sections in order, each
 * with its tasks, the tasks outside any section, the warnings, and each page's text as segments, the words the
 * restorer changed carrying what was printed and the decoder's confidence. The record's source path is cut to the
 * file name; stage timings are left out.
 *
 * <p>A page's segments are rebuilt from {@code printed_text} and the restorations (offsets into it): applied
 * restorations give the restored word, unapplied ones the word as printed. When the rebuilt text is not exactly the
 * page's {@code text} (the offsets do not fit), the page is shown as plain text with no mark rather than a wrong one,
 * and {@code restorations_unmarked} says so.
 */
final class DocumentView {
    private DocumentView() {}

    /** One run of page text; {@code original}/{@code confidence}/{@code applied} only for a restored word. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    record Segment(String text, String original, Double confidence, Boolean applied) {
        static Segment plain(String text) { return new Segment(text, null, null, null); }
    }

    static ObjectNode of(PlanDocument d) {
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.put("id", d.id());
        out.put("file", fileName(d.source().path()));
        out.put("media_type", d.source().mediaType());
        out.set("header", Json.MAPPER.valueToTree(d.header()));
        versions(Json.MAPPER.valueToTree(d), out);
        ArrayNode sections = out.putArray("sections");
        List<String> paths = new ArrayList<>();
        for (var s : d.sections()) {
            ObjectNode o = Json.MAPPER.valueToTree(s);
            ArrayNode tasks = o.putArray("tasks");
            for (var t : d.tasks()) if (s.path().equals(t.section())) tasks.add(task(t));
            sections.add(o);
            paths.add(s.path());
        }
        ArrayNode loose = out.putArray("other_tasks");
        for (var t : d.tasks()) if (t.section() == null || !paths.contains(t.section())) loose.add(task(t));
        out.put("task_count", d.tasks().size());
        out.set("warnings", Json.MAPPER.valueToTree(d.warnings()));
        ArrayNode pages = out.putArray("pages");
        for (Page p : d.pages()) {
            ObjectNode o = pages.addObject();
            o.put("number", p.number());
            if (p.method() != null) o.set("method", Json.MAPPER.valueToTree(p.method()));
            List<Segment> segs = segments(p);
            if (segs == null) {
                o.put("restorations_unmarked", p.restorations().size());
                segs = List.of(Segment.plain(p.text()));
            }
            o.set("segments", Json.MAPPER.valueToTree(segs));
        }
        return out;
    }

    /**
     * The record's {@code work_id} and {@code versions} (issue 17, /work/WORKS.md) when it has them, each version's
     * {@code paths} cut to file names. Read from the record's JSON so the view does not depend on the model's shape.
     */
    static void versions(JsonNode record, ObjectNode out) {
        if (record.hasNonNull("work_id")) out.set("work_id", record.get("work_id"));
        JsonNode vs = record.get("versions");
        if (vs == null || !vs.isArray()) return;
        ArrayNode copy = out.putArray("versions");
        for (JsonNode v : vs) {
            ObjectNode o = v.deepCopy();
            if (o.get("paths") instanceof ArrayNode ps) {
                ArrayNode names = Json.MAPPER.createArrayNode();
                for (JsonNode p : ps) names.add(fileName(p.asText()));
                o.set("paths", names);
            }
            copy.add(o);
        }
    }

    private static JsonNode task(vn.plans.model.Task t) {
        return Json.MAPPER.valueToTree(t);
    }

    /**
     * The page's text as segments, restored words apart; null when the restorations do not rebuild the text
     * exactly (then nothing is marked).
     */
    static List<Segment> segments(Page p) {
        String text = p.text() == null ? "" : p.text();
        if (p.restorations().isEmpty()) return List.of(Segment.plain(text));
        String printed = p.printedText() != null ? p.printedText() : text;
        List<Restoration> rs = new ArrayList<>(p.restorations());
        rs.sort(Comparator.comparingInt(Restoration::offset));
        List<Segment> out = new ArrayList<>();
        StringBuilder rebuilt = new StringBuilder();
        int at = 0;
        for (Restoration r : rs) {
            int end = r.offset() + r.original().length();
            if (r.offset() < at || end > printed.length() || !printed.startsWith(r.original(), r.offset())) return null;
            if (r.offset() > at) out.add(Segment.plain(printed.substring(at, r.offset())));
            String shown = r.applied() ? r.restored() : r.original();
            out.add(new Segment(shown, r.original(), r.confidence(), r.applied()));
            rebuilt.append(printed, at, r.offset()).append(shown);
            at = end;
        }
        if (at < printed.length()) out.add(Segment.plain(printed.substring(at)));
        rebuilt.append(printed, at, printed.length());
        return rebuilt.toString().equals(text) ? merge(out) : null;
    }

    /** Adjacent plain runs joined, so the page is not thousands of tiny pieces. */
    private static List<Segment> merge(List<Segment> in) {
        List<Segment> out = new ArrayList<>();
        for (Segment s : in) {
            if (s.original() == null && !out.isEmpty() && out.get(out.size() - 1).original() == null) {
                out.set(out.size() - 1, Segment.plain(out.get(out.size() - 1).text() + s.text()));
            } else out.add(s);
        }
        return out;
    }

    static String fileName(String path) {
        if (path == null) return null;
        return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    }
}

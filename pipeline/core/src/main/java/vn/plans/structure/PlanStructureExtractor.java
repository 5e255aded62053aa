package vn.plans.structure;

import java.util.ArrayList;
import java.util.List;
import vn.plans.model.Agency;
import vn.plans.model.Header;
import vn.plans.model.Page;
import vn.plans.model.Structure;
import vn.plans.model.Table;
import vn.plans.model.Task;

/**
 * The full structure stage, a cascade that follows the document: header (and signature block) → numbered sections
 * → body tasks (plan outlines by {@link TaskExtractor}; where that finds none, articles, clauses and request sentences
 * by {@link ClauseTaskReader}) → appendix task tables (DOCX {@link Table}s when present, else the appendix text).
 */
public final class PlanStructureExtractor implements StructureExtractor {
    private final HeaderParser header = new HeaderParser();
    private final SectionSplitter sections = new SectionSplitter();
    /** The readers for text the document holds, and for OCR-ed text (where lists lose commas and lines break wrongly). */
    private final Readers digital;
    private final Readers ocr;

    private record Readers(TaskExtractor tasks, AppendixTableReader appendix, ClauseTaskReader clauses) {
        static Readers of(CellRoles roles, boolean ocrText) {
            AgencyNormalizer agencies = new AgencyNormalizer(ocrText);
            TimeframeParser timeframes = new TimeframeParser();
            return new Readers(new TaskExtractor(agencies, timeframes), new AppendixTableReader(agencies, timeframes, roles),
                    new ClauseTaskReader(agencies, timeframes, TaskClassifier.RULES, ocrText));
        }
    }

    public PlanStructureExtractor() {
        this(AppendixTableReader.RULES);
    }

    /** @param roles how lines of a text appendix table are assigned to cells (rules, or a trained model) */
    public PlanStructureExtractor(CellRoles roles) {
        this.digital = Readers.of(roles, false);
        this.ocr = Readers.of(roles, true);
    }

    /**
     * Agencies that no reader gave a mention get one here: a table cell ({@code table:cell}); a name found in the task
     * text ({@code rule:outline}, the plan outline rules: subject, label or field bullet); else inherited from the
     * item's container ({@code rule:outline-heading}).
     */
    private static Task withEvidence(Task t) {
        boolean table = t.source() == vn.plans.model.DocumentPart.APPENDIX;
        java.util.function.Function<List<Agency>, List<Agency>> fill = list -> list.stream().map(a -> {
            if (a.mention() != null) return a;
            if (table) return a.withMention(new Agency.Mention(null, null, "table:cell"));
            int i = t.text().indexOf(a.name());
            return a.withMention(i >= 0 ? new Agency.Mention(i, i + a.name().length(), "rule:outline")
                    : new Agency.Mention(null, null, "rule:outline-heading"));
        }).toList();
        return new Task(t.taskId(), t.documentId(), t.section(), t.text(), fill.apply(t.leadAgencies()), fill.apply(t.coordinatingAgencies()),
                t.timeframe(), t.source(), t.page(), t.line(), t.offset());
    }

    private static final java.util.Set<vn.plans.model.DocumentType> NORMATIVE = java.util.EnumSet.of(vn.plans.model.DocumentType.LUAT,
            vn.plans.model.DocumentType.NGHI_DINH, vn.plans.model.DocumentType.THONG_TU, vn.plans.model.DocumentType.NGHI_QUYET);

    @Override
    public Structure extract(String documentId, List<Page> pages, List<Table> tables) {
        Lines lines = Lines.of(pages);
        // OCR-ed text: most pages went through OCR here, or carry words the restore stage repaired (applied, not only flagged: an old OCR dump
        // read as text, like seed 004; a clean one, like the QĐ 16/2026 dump of corpus-dev, is not told apart)
        long ocrPages = pages.stream().filter(p -> p.readByOcr() || p.repaired()).count();
        Readers r = ocrPages * 2 > pages.size() ? ocr : digital;
        List<String> warnings = new ArrayList<>();
        Header h = header.parse(lines, tables, warnings);
        List<SectionSplitter.Heading> headings = sections.headings(lines);
        if (warnings.contains(HeaderParser.BLANK_TEMPLATE)) return new Structure(h, SectionSplitter.sections(lines, headings), List.of(), warnings);
        List<Task> found = new ArrayList<>(r.tasks().extract(documentId, lines, headings));
        if (found.isEmpty()) found.addAll(r.clauses().extract(documentId, lines, 0, h.docType()));
        if (!NORMATIVE.contains(h.docType())) { // a decree's or circular's annexes are templates and lists, not task tables
            List<Task> fromTables = r.appendix().fromTables(documentId, tables, found.size());
            found.addAll(fromTables.isEmpty() ? r.appendix().fromText(documentId, lines, found.size()) : fromTables);
        }
        List<Task> kept = found.stream().filter(t -> !TaskClassifier.isNoise(t.text())).map(PlanStructureExtractor::withEvidence).toList();
        return new Structure(h, SectionSplitter.sections(lines, headings), kept, warnings);
    }
}

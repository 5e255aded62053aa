package vn.plans.ingest;

import java.util.ArrayList;
import java.util.List;
import vn.plans.extract.ExtractionException;
import vn.plans.extract.Extractor;
import vn.plans.model.ExtractedDocument;
import vn.plans.model.ExtractionMethod;
import vn.plans.model.Page;
import vn.plans.model.PlanDocument;
import vn.plans.model.SourceInfo;
import vn.plans.gazetteer.Gazetteer;
import vn.plans.enrich.Enricher;
import vn.plans.model.Restoration;
import vn.plans.model.Structure;
import vn.plans.normalize.Folding;
import vn.plans.normalize.Reflow;
import vn.plans.normalize.ToneMarks;
import vn.plans.restore.TextRestorer;
import vn.plans.structure.StructureExtractor;

/**
 * The per-document stages after type detection: extract → normalize → restore → structure. Pure with respect to
 * the outputs: it returns a {@link PlanDocument} and writes nothing.
 */
public final class DocumentProcessor implements FileProcessor {
    private final Extractor extractor;
    private final TextRestorer restorer;
    private final StructureExtractor structure;
    private final Enricher enricher;

    /** @param restorer null to leave text as extracted */
    public DocumentProcessor(Extractor extractor, TextRestorer restorer, StructureExtractor structure) {
        this(extractor, restorer, structure, new Enricher(Gazetteer.load()));
    }

    /** @param enricher decides province (before and after 2025) and year */
    public DocumentProcessor(Extractor extractor, TextRestorer restorer, StructureExtractor structure,
                             Enricher enricher) {
        this.enricher = enricher;
        this.extractor = extractor;
        this.restorer = restorer;
        this.structure = structure;
    }

    @Override
    public PlanDocument process(java.nio.file.Path file, SourceInfo source, String id) throws ExtractionException {
        ExtractedDocument extracted = extractor.extract(file, source.mediaType());
        List<String> warnings = new ArrayList<>(extracted.warnings());
        List<Page> pages = new ArrayList<>(extracted.pages().size());
        boolean restored = false;
        for (Page p : extracted.pages()) {
            Page n = normalizePage(p);
            if (restorer != null && !n.text().isBlank()) {
                TextRestorer.Restored r = restorer.restore(n.text(),
                        p.method() == ExtractionMethod.OCR ? TextRestorer.Source.OCR : TextRestorer.Source.TEXT);
                String original = n.printedText() != null ? n.printedText() : n.text();
                if (r.changedTokens() > 0) {
                    restored = true;
                    n = n.withText(ToneMarks.canonicalize(r.text()), original);
                    warnings.add(String.format("page %d: %d tokens restored (confidence %.2f)", p.number(),
                            r.changedTokens(), r.confidence()));
                }
                if (!r.flagged().isEmpty()) {
                    warnings.add(String.format("page %d: %d low-confidence repairs recorded, not applied", p.number(),
                            r.flagged().size()));
                }
                if (r.changedTokens() > 0 || !r.flagged().isEmpty()) {
                    n = n.withRestorations(restorations(r.edits(), r.flagged(), original));
                }
            }
            pages.add(n);
        }
        Structure s = structure.extract(id, pages, extracted.tables());
        return enricher.enrich(PlanDocument.of(id, source, pages, s, restored, warnings));
    }

    /**
     * The restorer's edits against the printed text: canonical tone placement moves marks but keeps every letter
     * in place, so offsets carry over and the original token is read from what was printed.
     */
    static List<Restoration> restorations(List<TextRestorer.Edit> edits, List<TextRestorer.Edit> flagged, String printed) {
        List<Restoration> out = new ArrayList<>(edits.size() + flagged.size());
        for (TextRestorer.Edit e : edits) out.add(restoration(e, printed, true));
        for (TextRestorer.Edit e : flagged) out.add(restoration(e, printed, false));
        out.sort(java.util.Comparator.comparingInt(Restoration::offset));
        return out;
    }

    private static Restoration restoration(TextRestorer.Edit e, String printed, boolean applied) {
        int end = e.offset() + e.original().length();
        String original = end <= printed.length() ? printed.substring(e.offset(), end) : e.original();
        if (!Folding.fold(original).equals(Folding.fold(e.original()))) original = e.original();
        return new Restoration(e.offset(), original, e.restored(), e.confidence(), applied);
    }

    /** NFC, layout reflow, canonical tone marks; the printed form is kept when canonicalization changed it. */
    public static Page normalizePage(Page p) {
        boolean paged = p.method() != ExtractionMethod.PLAIN_TEXT;
        String printed = Reflow.reflow(java.text.Normalizer.normalize(p.text(), java.text.Normalizer.Form.NFC), paged);
        String canonical = ToneMarks.canonicalize(printed);
        return p.withText(canonical, canonical.equals(printed) ? null : printed);
    }
}

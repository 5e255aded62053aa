package vn.plans.pipeline;

import java.util.ArrayList;
import java.util.List;
import vn.plans.enrich.Enricher;
import vn.plans.extract.ExtractionException;
import vn.plans.extract.Extractor;
import vn.plans.furniture.PageFurniture;
import vn.plans.model.ExtractedDocument;
import vn.plans.model.Page;
import vn.plans.model.PlanDocument;
import vn.plans.model.Restoration;
import vn.plans.model.SourceInfo;
import vn.plans.model.Structure;
import vn.plans.normalize.Folding;
import vn.plans.normalize.PageNormalizer;
import vn.plans.normalize.ToneMarks;
import vn.plans.restore.TextRestorer;
import vn.plans.structure.StructureExtractor;

/** The six standard stages, each a thin adapter from {@link DocumentWork} to its package's API. */
public final class Stages {
    private Stages() {}

    /**
     * File → pages, tables and the extractor's warnings. A source without a media type is type-detected by the
     * extractor ({@link Extractor#detectAndExtract}: by content, under its input limits; here, in the JVM that parses,
     * never in the parent of the workers).
     */
    public record Extract(Extractor extractor) implements Stage {
        @Override public String name() { return "extract"; }

        @Override
        public DocumentWork apply(DocumentWork w) throws ExtractionException {
            SourceInfo s = w.source();
            ExtractedDocument d;
            if (s.mediaType() != null) {
                d = extractor.extract(w.file(), s.mediaType());
            } else {
                Extractor.Detected r = extractor.detectAndExtract(w.file());
                w = w.withSource(new SourceInfo(s.path(), r.mediaType(), s.sha256(), s.size()));
                d = r.document();
            }
            return w.withExtraction(d.pages(), d.tables(), d.warnings());
        }
    }

    /** NFC, reflow and canonical tone marks over the whole document ({@link PageNormalizer}). */
    public record Normalize() implements Stage {
        @Override public String name() { return "normalize"; }

        @Override
        public DocumentWork apply(DocumentWork w) { return w.withPages(PageNormalizer.normalize(w.pages())); }
    }

    /**
     * Diacritic restoration and OCR-letter repair, page by page; a page the restorer changed keeps its printed form
     * and the list of repaired tokens. {@link #disabled} is the null object for a missing model: it leaves the pages
     * and says why in each document's warnings.
     */
    public record Restore(TextRestorer restorer, String disabledReason) implements Stage {
        public Restore(TextRestorer restorer) { this(restorer, null); }

        public static Restore disabled(String reason) { return new Restore(null, reason); }

        @Override public String name() { return "restore"; }

        @Override
        public DocumentWork apply(DocumentWork w) {
            if (restorer == null) {
                return w.withRestoration(w.pages(), false, List.of("restoration disabled: " + disabledReason));
            }
            List<Page> pages = new ArrayList<>(w.pages().size());
            List<String> warnings = new ArrayList<>();
            boolean restored = false;
            for (Page n : w.pages()) {
                if (!n.text().isBlank()) {
                    TextRestorer.Restored r = restorer.restore(n.text(),
                            n.readByOcr() ? TextRestorer.Source.OCR : TextRestorer.Source.TEXT);
                    String original = n.printedText() != null ? n.printedText() : n.text();
                    if (r.changedTokens() > 0) {
                        restored = true;
                        n = n.withText(ToneMarks.canonicalize(r.text()), original);
                        warnings.add(String.format("page %d: %d tokens restored (confidence %.2f)", n.number(),
                                r.changedTokens(), r.confidence()));
                    }
                    if (!r.flagged().isEmpty()) {
                        warnings.add(String.format("page %d: %d low-confidence repairs recorded, not applied",
                                n.number(), r.flagged().size()));
                    }
                    if (r.changedTokens() > 0 || !r.flagged().isEmpty()) {
                        n = n.withRestorations(restorations(r.edits(), r.flagged(), original));
                    }
                }
                pages.add(n);
            }
            return w.withRestoration(pages, restored, warnings);
        }

        /**
         * The restorer's edits against the printed text: canonical tone placement moves marks but keeps every letter
         * in place, so offsets carry over and the original token is read from what was printed. Flagged edits (below
         * the restorer's confidence floor) are recorded as not applied.
         */
        static List<Restoration> restorations(List<TextRestorer.Edit> edits, List<TextRestorer.Edit> flagged,
                                              String printed) {
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
    }

    /**
     * Running heads, foots and page numbers marked on each page ({@link PageFurniture}), over the whole document: a
     * line is furniture by repeating on the other pages. The text stays; later stages read around the marks.
     */
    public record MarkFurniture(PageFurniture furniture) implements Stage {
        public MarkFurniture() { this(PageFurniture.standard()); }

        @Override public String name() { return "furniture"; }

        @Override
        public DocumentWork apply(DocumentWork w) { return w.withPages(furniture.mark(w.pages())); }
    }

    /** Header, sections and tasks; builds the document record. */
    public record Structured(StructureExtractor structure) implements Stage {
        @Override public String name() { return "structure"; }

        @Override
        public DocumentWork apply(DocumentWork w) {
            Structure s = structure.extract(w.id(), w.pages(), w.tables());
            return w.withDocument(PlanDocument.of(w.id(), w.source(), w.pages(), s, w.restored(), w.warnings()));
        }
    }

    /** Province before and after 2025, and year ({@link Enricher}). */
    public record Enrich(Enricher enricher) implements Stage {
        @Override public String name() { return "enrich"; }

        @Override
        public DocumentWork apply(DocumentWork w) { return w.withDocument(enricher.enrich(w.document())); }
    }
}

package vn.plans.eval;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.plans.model.Page;
import vn.plans.model.PlanDocument;
import vn.plans.model.Restoration;
import vn.plans.normalize.Syllables;
import vn.plans.normalize.TextQuality;

/**
 * What the restorer did to born-digital text (PDF text layers and Office formats), where the printed text is
 * already correct and every edit is suspect: edits per 10,000 tokens on documents whose printed text is at least
 * {@link #SOUND_VALID_SHARE} valid syllables, every edit class ({@code original → restored} with its count), and how
 * many edits replaced a marked, valid syllable with a different word. OCR pages are not counted (their text is the
 * engine's, not the document's). In: one {@link PlanDocument} per file, as ingest makes it. Out: a table.
 */
public final class RestoreAudit {
    /** Share of lower-case words that are Vietnamese syllables above which a document's text counts as sound. */
    public static final double SOUND_VALID_SHARE = 0.95;

    /** One document: its name, how much born-digital text it had, and the edits made to it. */
    public record DocumentAudit(String name, int pages, long tokens, double validShare, List<Restoration> edits,
                                int flagged, List<String> contexts) {
        boolean sound() { return validShare >= SOUND_VALID_SHARE; }
    }

    private final List<DocumentAudit> documents = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();

    /** Adds the born-digital pages of {@code doc}; a document with none is listed as skipped. */
    public void add(String name, PlanDocument doc) {
        long tokens = 0;
        int pages = 0, words = 0, invalid = 0, flagged = 0;
        List<Restoration> edits = new ArrayList<>();
        List<String> contexts = new ArrayList<>();
        for (Page p : doc.pages()) {
            if (p.readByOcr() || p.text().isBlank()) continue;
            String printed = p.printedText() != null ? p.printedText() : p.text();
            pages++;
            tokens += printed.split("\\s+").length;
            TextQuality q = TextQuality.of(printed);
            words += q.words();
            invalid += q.invalidWords();
            for (Restoration r : p.restorations()) {
                if (r.applied()) {
                    edits.add(r);
                    contexts.add(context(printed, r));
                } else {
                    flagged++;
                }
            }
        }
        if (pages == 0) {
            skipped.add(name + " (no born-digital page)");
            return;
        }
        documents.add(new DocumentAudit(name, pages, tokens, words == 0 ? 1 : 1 - (double) invalid / words, edits, flagged, contexts));
    }

    /** The printed line around an edit, the edited token in brackets. */
    private static String context(String printed, Restoration r) {
        int s = Math.max(0, printed.lastIndexOf('\n', r.offset() - 1) + 1), e = printed.indexOf('\n', r.offset());
        if (e < 0) e = printed.length();
        int end = Math.min(e, r.offset() + r.original().length());
        String line = printed.substring(Math.max(s, r.offset() - 60), r.offset()) + "[" + printed.substring(r.offset(), end)
                + "→" + r.restored() + "]" + printed.substring(end, Math.min(e, end + 60));
        return line.replace('\t', ' ');
    }

    public void skip(String name, String reason) { skipped.add(name + " (" + reason + ")"); }

    public List<DocumentAudit> documents() { return List.copyOf(documents); }

    /** An edit that replaced a word printed with Vietnamese marks and valid as a syllable. */
    public static boolean replacesMarkedSyllable(Restoration r) {
        String o = r.original();
        boolean marked = false;
        for (int i = 0; i < o.length(); i++) marked |= o.charAt(i) > 0x7F && Character.isLetter(o.charAt(i));
        return marked && Syllables.isValid(o) && !o.equals(r.restored());
    }

    /** Every applied edit in its printed line. */
    public void printEdits(PrintWriter out) {
        for (DocumentAudit d : documents) {
            for (String c : d.contexts()) out.printf("%s%s\t%s%n", d.sound() ? "" : "[<95%] ", d.name(), c);
        }
    }

    public void print(PrintWriter out) {
        long tokens = 0, soundTokens = 0, soundEdits = 0, allEdits = 0, marked = 0, flagged = 0;
        int sound = 0;
        Map<String, Integer> classes = new LinkedHashMap<>();
        for (DocumentAudit d : documents) {
            tokens += d.tokens();
            allEdits += d.edits().size();
            flagged += d.flagged();
            if (d.sound()) {
                sound++;
                soundTokens += d.tokens();
                soundEdits += d.edits().size();
            }
            for (Restoration r : d.edits()) {
                if (replacesMarkedSyllable(r)) marked++;
                String key = (d.sound() ? "" : "[<95%] ") + r.original() + " → " + r.restored();
                classes.merge(key, 1, Integer::sum);
            }
        }
        out.printf("born-digital documents: %d (%,d tokens); skipped %d%n", documents.size(), tokens, skipped.size());
        out.printf("documents with printed text >= %.0f%% valid syllables: %d (%,d tokens)%n", 100 * SOUND_VALID_SHARE, sound, soundTokens);
        out.printf("  restorer edits on them: %d = %.2f per 10,000 tokens%n", soundEdits, soundTokens == 0 ? 0 : 1e4 * soundEdits / soundTokens);
        out.printf("edits on all born-digital documents: %d; flagged, not applied: %d%n", allEdits, flagged);
        out.printf("marked, valid syllables replaced by a different word: %d%n", marked);
        out.println();
        out.printf("%-70s %6s %8s %7s %6s%n", "document", "pages", "tokens", "valid", "edits");
        for (DocumentAudit d : documents) {
            out.printf("%-70s %6d %,8d %6.1f%% %6d%n", d.name().length() > 70 ? d.name().substring(0, 70) : d.name(),
                    d.pages(), d.tokens(), 100 * d.validShare(), d.edits().size());
        }
        if (!classes.isEmpty()) {
            out.println();
            out.println("edit classes (count):");
            classes.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> out.printf("  %4d  %s%n", e.getValue(), e.getKey()));
        }
        if (!skipped.isEmpty()) {
            out.println();
            skipped.stream().sorted(Comparator.comparing(s -> s.toLowerCase(Locale.ROOT))).forEach(s -> out.println("skipped: " + s));
        }
    }
}

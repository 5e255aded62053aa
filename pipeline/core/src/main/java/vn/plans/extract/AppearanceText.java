package vn.plans.extract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.text.TextPosition;
import vn.plans.model.Page;

/**
 * Text that an e-office stamps into a PDF as annotation appearances rather than page content: the registered
 * number ({@code 3686} in {@code Số: 3686/UBND-XD}), the day and month of the date line, and the signature block
 * ({@code Ký bởi: …}, {@code Thời gian ký: …}). PDFBox's text stripper reads page content only; here each visible
 * annotation's normal appearance is run through the same stripper, with the annotation's own placement on the page,
 * and its glyphs are put into the page's glyph list where they sit: on a line that already has text, after the
 * last glyph to their left; on a line of their own, before the first glyph below them. The page is then written
 * as usual, so the number reads {@code Số: 3686 /UBND-XD} in place.
 */
final class AppearanceText {
    private AppearanceText() {
    }

    /**
     * What a page's annotations added: the letters of the page's own content (so that a scanned page carrying only
     * a signature stamp still counts as empty and goes to OCR), how many annotations contributed text, and whether
     * that text sits in the upper half of the page.
     */
    record Stamps(int contentLetters, int annotations, boolean upperHalf) {
        static final Stamps NONE = new Stamps(Integer.MAX_VALUE, 0, true);
    }

    /**
     * Shows every visible annotation appearance of {@code page} through {@code engine} (a text stripper in the
     * middle of that page, whose glyphs so far are {@code articles}) and moves the glyphs that produced into place.
     */
    static Stamps showInPlace(PDFStreamEngine engine, PDPage page, List<List<TextPosition>> articles) throws IOException {
        int contentLetters = 0;
        for (List<TextPosition> article : articles) {
            for (TextPosition t : article) contentLetters += (int) t.getUnicode().codePoints().filter(Character::isLetter).count();
        }
        int contributed = 0;
        double ySum = 0;
        int glyphs = 0;
        for (PDAnnotation annotation : page.getAnnotations()) {
            if (!visibleAppearance(annotation)) continue;
            int[] before = new int[articles.size()];
            for (int i = 0; i < before.length; i++) before[i] = articles.get(i).size();
            engine.showAnnotation(annotation);
            List<TextPosition> run = new ArrayList<>();
            List<TextPosition> target = articles.isEmpty() ? null : articles.getFirst();
            int most = 0;
            for (int i = 0; i < before.length; i++) {
                List<TextPosition> tail = articles.get(i).subList(before[i], articles.get(i).size());
                if (tail.size() > most) { most = tail.size(); target = articles.get(i); }
                run.addAll(tail);
                tail.clear();
            }
            if (run.isEmpty() || target == null) continue;
            contributed++;
            for (TextPosition t : run) { ySum += t.getYDirAdj(); glyphs++; }
            for (List<TextPosition> line : lines(run)) insert(target, line);
        }
        float height = page.getCropBox().getHeight();
        return new Stamps(contentLetters, contributed, glyphs == 0 || ySum / glyphs < height / 2);
    }

    /**
     * An OCR-ed page keeps the text its annotations stamped on it: a scan's recognized text comes from the scanned
     * image alone, so when the page had no content of its own, the stamp text (all its text layer had) goes before
     * or after the recognized text, by where the stamp sits.
     */
    static Page besideOcr(Page recognized, String layerText, Stamps stamps) {
        if (stamps.annotations() == 0 || stamps.contentLetters() >= 10 || layerText.isBlank()) return recognized;
        String stamp = layerText.strip();
        String text = stamps.upperHalf() ? stamp + "\n" + recognized.text() : recognized.text() + "\n" + stamp;
        return new Page(recognized.number(), text, recognized.method(), recognized.printedText(),
                recognized.ocrConfidence(), recognized.restorations());
    }

    private static boolean visibleAppearance(PDAnnotation a) {
        if (a.isHidden() || a.isNoView()) return false;
        COSName subtype = a.getCOSObject().getCOSName(COSName.SUBTYPE);
        if (COSName.LINK.equals(subtype) || COSName.POPUP.equals(subtype)) return false;
        PDAppearanceDictionary ap = a.getAppearance();
        return ap != null && ap.getNormalAppearance() != null;
    }

    /** Splits an appearance's glyphs (in their drawing order) into lines by vertical overlap. */
    private static List<List<TextPosition>> lines(List<TextPosition> run) {
        List<List<TextPosition>> lines = new ArrayList<>();
        List<TextPosition> line = null;
        for (TextPosition t : run) {
            if (line == null || !sameLine(line.getLast(), t)) {
                line = new ArrayList<>();
                lines.add(line);
            }
            line.add(t);
        }
        return lines;
    }

    /** Inserts one line of appearance glyphs into the page's glyphs at the place it occupies on the page. */
    private static void insert(List<TextPosition> page, List<TextPosition> line) {
        TextPosition first = line.getFirst();
        int after = -1;
        float bestRight = Float.NEGATIVE_INFINITY;
        int firstOnLine = -1;
        int firstBelow = -1;
        for (int i = 0; i < page.size(); i++) {
            TextPosition g = page.get(i);
            if (sameLine(g, first)) {
                if (firstOnLine < 0) firstOnLine = i;
                float right = g.getXDirAdj() + g.getWidthDirAdj();
                if (g.getXDirAdj() < first.getXDirAdj() && right >= bestRight) {
                    bestRight = right;
                    after = i;
                }
            } else if (firstBelow < 0 && g.getYDirAdj() - g.getHeightDir() > first.getYDirAdj()) {
                firstBelow = i;
            }
        }
        page.removeIf(g -> coveredDigit(g, line));
        int at = after >= 0 ? after + 1 : firstOnLine >= 0 ? firstOnLine : firstBelow >= 0 ? firstBelow : page.size();
        page.addAll(at, line);
    }

    /**
     * A digit of the page that a stamped digit is printed over: the e-office writes the registered day or month
     * into the blank of the date line, and where the drafter had already typed one ({@code tháng 4} under a
     * stamped {@code 5}) the stamp is the registered value.
     */
    private static boolean coveredDigit(TextPosition g, List<TextPosition> line) {
        if (!isDigit(g)) return false;
        for (TextPosition t : line) {
            if (!isDigit(t) || !sameLine(g, t)) continue;
            float overlap = Math.min(g.getXDirAdj() + g.getWidthDirAdj(), t.getXDirAdj() + t.getWidthDirAdj())
                    - Math.max(g.getXDirAdj(), t.getXDirAdj());
            if (overlap >= 0.5f * Math.min(g.getWidthDirAdj(), t.getWidthDirAdj())) return true;
        }
        return false;
    }

    private static boolean isDigit(TextPosition t) {
        String u = t.getUnicode();
        return u.length() == 1 && u.charAt(0) >= '0' && u.charAt(0) <= '9';
    }

    /** Two glyphs share a line when their boxes overlap vertically by at least half the smaller height. */
    private static boolean sameLine(TextPosition a, TextPosition b) {
        float ha = Math.max(a.getHeightDir(), 1f);
        float hb = Math.max(b.getHeightDir(), 1f);
        float top = Math.max(a.getYDirAdj() - ha, b.getYDirAdj() - hb);
        float bottom = Math.min(a.getYDirAdj(), b.getYDirAdj());
        return bottom - top >= 0.5f * Math.min(ha, hb);
    }
}

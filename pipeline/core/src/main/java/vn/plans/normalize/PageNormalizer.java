package vn.plans.normalize;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import vn.plans.model.ExtractionMethod;
import vn.plans.model.Page;

/**
 * The normalize stage on a whole document: NFC, layout reflow over all pages at once ({@link Reflow#reflowPages}, so
 * an appendix table or a page-number sequence is seen across page breaks), look-alike letters and split syllables
 * ({@link LookAlikes}), canonical tone marks. A page keeps its printed form in {@code printedText} when
 * normalization changed it. Stateless.
 */
public final class PageNormalizer {
    private PageNormalizer() {}

    public static List<Page> normalize(List<Page> pages) {
        boolean paged = !pages.isEmpty() && pages.stream().noneMatch(p -> p.method() == ExtractionMethod.PLAIN_TEXT);
        List<String> nfc = new ArrayList<>(pages.size());
        for (Page p : pages) nfc.add(Normalizer.normalize(p.text(), Normalizer.Form.NFC));
        List<String> reflowed = Reflow.reflowPages(nfc, paged, i -> pages.get(i).readByOcr());
        List<Page> out = new ArrayList<>(pages.size());
        for (int i = 0; i < pages.size(); i++) {
            String printed = reflowed.get(i);
            String canonical = ToneMarks.canonicalize(LookAlikes.normalize(printed));
            out.add(pages.get(i).withText(canonical, canonical.equals(printed) ? null : printed));
        }
        return out;
    }
}

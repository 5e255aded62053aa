package vn.plans.structure;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Whether a document's opening is English rather than Vietnamese: English function words outnumber Vietnamese ones. */
final class EnglishText {
    private EnglishText() {}

    private static final Set<String> ENGLISH = Set.of("the", "of", "and", "to", "in", "is", "for", "with", "this", "that", "on", "by", "are", "be");
    private static final Set<String> VIETNAMESE = Set.of("của", "và", "các", "có", "là", "được", "cho", "trong", "về", "theo", "với", "tại", "số", "ngày");

    static boolean isEnglish(List<Lines.Line> lines) {
        int en = 0, vi = 0, words = 0;
        for (Lines.Line l : lines) {
            for (String w : l.text().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (w.isEmpty()) continue;
                words++;
                if (ENGLISH.contains(w)) en++;
                if (VIETNAMESE.contains(w)) vi++;
            }
            if (words > 3000) break;
        }
        return en >= 5 && en > 4 * vi;
    }
}

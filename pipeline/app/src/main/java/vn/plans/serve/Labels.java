package vn.plans.serve;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import vn.plans.lexicon.Lexicon;

/**
 * The Vietnamese names the page shows for coded values, from the lexicon: each document type as its type line reads
 * in sentence case ({@code KE_HOACH} → {@code Kế hoạch}; of several type lines, the shortest: {@code Giấy mời}), and
 * each timeframe kind ({@code [timeframe_kind_labels]}).
 */
record Labels(Map<String, String> types, Map<String, String> timeframeKinds) {
    private static final Locale VI = Locale.forLanguageTag("vi");

    static Labels standard() { return Holder.STANDARD; }

    private static final class Holder {
        static final Labels STANDARD = of(Lexicon.standard());
    }

    static Labels of(Lexicon lexicon) {
        Map<String, String> types = new LinkedHashMap<>();
        for (Lexicon.TypeEntry e : lexicon.documentTypes()) {
            String label = sentenceCase(e.heading());
            types.merge(e.type().name(), label, (a, b) -> b.length() < a.length() ? b : a);
        }
        Map<String, String> kinds = new LinkedHashMap<>();
        for (String line : lexicon.list("timeframe_kind_labels")) {
            String[] f = line.split("\\s*\\|\\s*");
            if (f.length != 2) throw new IllegalStateException("lexicon: bad timeframe_kind_labels line: " + line);
            kinds.put(f[0].strip(), f[1].strip());
        }
        return new Labels(Map.copyOf(types), Map.copyOf(kinds));
    }

    /** {@code KẾ HOẠCH} → {@code Kế hoạch}. */
    static String sentenceCase(String s) {
        String lower = s.strip().toLowerCase(VI);
        return lower.isEmpty() ? lower : lower.substring(0, 1).toUpperCase(VI) + lower.substring(1);
    }
}

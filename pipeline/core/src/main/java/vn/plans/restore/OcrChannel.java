package vn.plans.restore;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * What Tesseract {@code vie} prints for each Vietnamese letter, as a noisy channel: {@code P(printed | true)} per
 * lower-case letter, learned from aligned pages of rendered held-out text and their OCR ({@code plans
 * learn-ocr-channel}, data from {@code scripts/make-ocr-channel}; {@code plans eval-ocr-channel} scores a table on
 * rendered pages it was not learned from, among them bold, italic and capital lines, clean and degraded). Only letters of the same base matter here: the
 * channel explains marks that were dropped or confused ({@code ổ→ô}, {@code ề→ê}, {@code ấ→â}), not other misreadings.
 * {@link #evidence} is the log10 probability that a syllable printed as {@code printed} was {@code truth}.
 *
 * <p>The counts are two resources (true letter, printed letter, count), added up: {@code ocr-tone-channel.tsv} from
 * rendered pages, and {@code ocr-tone-channel-scans.tsv} from real scans read against the same document born digital
 * ({@code scripts/make-ocr-channel-scans}: TT-23's annex pages and its DOCX twin), which show what the rendered pages
 * never did: on a photocopied scan Tesseract prints {@code ổ} as {@code ỗ} more often than right ({@code thử nỗ công
 * nghiệp}). It fails loudly when one is missing, since the restorer cannot claim to repair OCR without it.
 */
final class OcrChannel {
    static final String RESOURCE = "ocr-tone-channel.tsv", SCANS_RESOURCE = "ocr-tone-channel-scans.tsv";
    /** Add-k smoothing of the identity: a letter always may be printed right. */
    static final double IDENTITY_PRIOR = 2;
    /** A confusion never seen in the data is this unlikely (log10): possible, but the model must want it badly. */
    static final float UNSEEN = -3f;
    /**
     * An unseen confusion of tone marks alone on the same letter ({@code ổ} printed {@code ỗ} before the scans' table:
     * Tesseract's commonest error on real scans), more likely than other unseen confusions even where no page showed it.
     */
    static final float UNSEEN_TONE = -2f;

    private final Map<Long, Float> logP = new HashMap<>();
    private final Map<Character, Float> identity = new HashMap<>();
    private final int pairs;

    OcrChannel(Map<Character, Map<Character, Integer>> counts) {
        int n = 0;
        for (var e : counts.entrySet()) {
            char t = e.getKey();
            double total = IDENTITY_PRIOR;
            for (int c : e.getValue().values()) total += c;
            for (var o : e.getValue().entrySet()) {
                double c = o.getValue() + (o.getKey() == t ? IDENTITY_PRIOR : 0);
                logP.put(key(t, o.getKey()), (float) Math.log10(c / total));
                n++;
            }
            int self = e.getValue().getOrDefault(t, 0);
            identity.put(t, (float) Math.log10((self + IDENTITY_PRIOR) / total));
        }
        this.pairs = n;
    }

    /** The rendered pages' counts plus the real scans' ({@link #SCANS_RESOURCE}). */
    static OcrChannel standard() {
        Map<Character, Map<Character, Integer>> rendered = new HashMap<>();
        read(RESOURCE, rendered);
        return withScans(rendered);
    }

    /**
     * {@code rendered} (counts as {@link OcrChannelLearner} learns them, in place of {@link #RESOURCE}) plus the real
     * scans' counts: to score a table of rendered pages on other rendered pages ({@code plans eval-ocr-channel}).
     */
    static OcrChannel withScans(Map<Character, Map<Character, Integer>> rendered) {
        Map<Character, Map<Character, Integer>> counts = new HashMap<>();
        rendered.forEach((t, m) -> counts.put(t, new HashMap<>(m)));
        read(SCANS_RESOURCE, counts);
        return new OcrChannel(counts);
    }

    private static void read(String name, Map<Character, Map<Character, Integer>> counts) {
        try (InputStream in = OcrChannel.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("OCR channel table " + name + " missing from the classpath");
            add(in, counts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void add(InputStream in, Map<Character, Map<Character, Integer>> counts) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = r.readLine()) != null; ) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            if (f.length != 3 || f[0].length() != 1 || f[1].length() != 1) throw new IOException("bad channel line: " + line);
            counts.computeIfAbsent(f[0].charAt(0), k -> new HashMap<>()).merge(f[1].charAt(0), Integer.parseInt(f[2]), Integer::sum);
        }
    }

    private static long key(char truth, char printed) { return (long) truth << 16 | printed; }

    int size() { return pairs; }

    /** log10 P(printed letter | true letter); letters the table does not know are printed right. */
    float logP(char truth, char printed) {
        if (truth == printed) return identity.getOrDefault(truth, 0f);
        Float p = logP.get(key(truth, printed));
        if (p != null) return p;
        int t = Chars.decompose(truth), o = Chars.decompose(printed);
        return Chars.base(t) == Chars.base(o) && Chars.quality(t) == Chars.quality(o) ? UNSEEN_TONE : UNSEEN;
    }

    /** log10 P(printed | truth) for two lower-case syllables of the same length (else {@code -inf}). */
    float evidence(String printed, String truth) {
        if (printed.length() != truth.length()) return Float.NEGATIVE_INFINITY;
        float s = 0;
        for (int i = 0; i < printed.length(); i++) s += logP(truth.charAt(i), printed.charAt(i));
        return s;
    }
}

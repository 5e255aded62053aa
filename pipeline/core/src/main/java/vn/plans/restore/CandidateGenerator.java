package vn.plans.restore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.plans.normalize.Folding;

/**
 * Candidate syllables for one token, each with an evidence score (log10, &le; 0) saying how well it explains
 * what was printed. Diacritic candidates are the vocabulary syllables whose stripped form equals the token's;
 * OCR candidates come from a weighted table of OCR confusions ({@code ii→u}, {@code e↔c}, {@code rn↔m},
 * {@code 1→l/i}, {@code 6→o}, {@code w/y→ư}, {@code ¢/€→ơ/ê}, {@code P→Đ}, and those of tesseract run without
 * Vietnamese: {@code t/tr→ư}, {@code é→á}, {@code d→a}, {@code b→o}, {@code ia→ă}, {@code Pb→Đ}, {@code I→l},
 * {@code f→í}, {@code &→ở/ế}, {@code 6'→ơ} (the horn printed as an apostrophe), {@code 9→ộ}, …), at most two per token, plus a lost vowel put back in a token that has none
 * ({@code quc}, {@code b}). Marks the token kept are evidence ({@link Marks}): a candidate that contradicts a printed
 * mark pays more than one that adds a missing mark.
 */
final class CandidateGenerator {
    /** Candidates for one token: vocabulary ids, lower-case surface forms, evidence scores. */
    record Candidates(int[] ids, String[] forms, float[] evidence) {
        int size() { return ids.length; }
    }

    /** Costs (log10) of the evidence model; {@code stripped} lines expect missing marks and pay nothing for them. */
    static final float MISSING_MARK_OCR = -0.3f, WRONG_QUALITY = -0.6f, EXTRA_TONE = -0.8f, WRONG_TONE = -0.5f;
    static final float EDIT = -1.6f;
    /** Keeping an out-of-vocabulary word when syllables could explain it. */
    static final float UNKNOWN_KEPT = -1.5f, NOISY_KEPT = -3.0f;
    /** Keeping debris or an out-of-vocabulary word on a page garbled as a whole, where nearly every such word is a misreading. */
    static final float PAGE_NOISY_KEPT = -5.0f;
    /** Candidates this far (log10) below the best by prior and evidence are dropped. */
    static final float PRUNE = 2.5f;
    /** The same for channel candidates: a mark the engine rarely confuses may still be right where the context wants it. */
    static final float CHANNEL_PRUNE = 5f;

    /**
     * How far printed marks are evidence: {@code TRUSTED} (a missing mark costs {@link #MISSING_MARK_OCR}),
     * {@code MISSING} (stripped text: missing marks are free) and {@code UNRELIABLE} (OCR-garbled pages, whose
     * engine prints one accent for many: missing marks free, a wrong printed mark costs only a fraction).
     */
    enum Marks {
        TRUSTED(MISSING_MARK_OCR, 1f), MISSING(0f, 1f), UNRELIABLE(0f, 0.5f);

        final float missing, wrong;

        Marks(float missing, float wrong) { this.missing = missing; this.wrong = wrong; }
    }

    private record Rule(String from, String to, float cost) {}

    private static final List<Rule> RULES = List.of(
            new Rule("ii", "u", EDIT), new Rule("ti", "u", EDIT), new Rule("ir", "u", EDIT), new Rule("lr", "u", EDIT),
            new Rule("rn", "m", EDIT), new Rule("m", "rn", EDIT), new Rule("pd", "d", EDIT), new Rule("dp", "d", EDIT),
            new Rule("i", "u", EDIT), new Rule("i", "a", EDIT), new Rule("l", "i", EDIT), new Rule("1", "l", EDIT * 0.5f),
            new Rule("1", "i", EDIT * 0.5f), new Rule("0", "o", EDIT * 0.5f), new Rule("6", "o", EDIT * 0.5f), new Rule("8", "s", EDIT * 0.5f),
            new Rule("c", "e", EDIT), new Rule("e", "c", EDIT), new Rule("e", "o", EDIT), new Rule("a", "o", EDIT),
            new Rule("d", "o", EDIT), new Rule("g", "o", EDIT), new Rule("y", "u", EDIT), new Rule("w", "u", EDIT * 0.5f),
            new Rule("j", "o", EDIT), new Rule("p", "d", EDIT), new Rule("¢", "o", EDIT * 0.5f), new Rule("¢", "e", EDIT * 0.5f),
            new Rule("¢", "", EDIT * 0.5f), new Rule("¢", "c", EDIT * 0.5f), new Rule("€", "e", EDIT * 0.5f), new Rule("€", "", EDIT * 0.5f),
            new Rule("¥", "y", EDIT * 0.5f), new Rule("t", "", EDIT), new Rule("e", "", EDIT));

    /**
     * Confusions of an engine run without Vietnamese (ư read as t/tr, ă as ia, á/â as d, ô as b, ư as yu, đ as Pb, í
     * as f, …): proposed, with a lost vowel put back, only on pages garbled as a whole ({@link Marks#UNRELIABLE}), so
     * that lines of foreign words on a correct page are not rewritten into Vietnamese.
     */
    private static final List<Rule> PAGE_OCR_RULES = List.of(
            new Rule("tr", "u", EDIT), new Rule("t", "u", EDIT), new Rule("yu", "u", EDIT), new Rule("ia", "a", EDIT),
            new Rule("d", "a", EDIT), new Rule("b", "o", EDIT), new Rule("pb", "d", EDIT), new Rule("m", "in", EDIT),
            new Rule("e", "a", EDIT), new Rule("a", "u", EDIT), new Rule("aa", "a", EDIT), new Rule("4", "a", EDIT * 0.5f),
            new Rule("&", "o", EDIT * 0.5f), new Rule("&", "a", EDIT * 0.5f), new Rule("&", "e", EDIT * 0.5f), new Rule("uw", "u", EDIT * 0.5f),
            new Rule("i", "l", EDIT), new Rule("f", "i", EDIT * 0.5f), new Rule("6", "", EDIT),
            new Rule("6'", "ơ", EDIT * 0.5f), new Rule("9", "o", EDIT * 0.5f));

    private final NgramModel lm;
    private final Map<String, int[]> byFold;
    /** Candidates per token form: arrays are shared and must not be modified. */
    private final Map<String, Candidates>[] cache = caches(2 * Marks.values().length);
    private final Map<String, Boolean> foldKnown = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 200_000, STANDARD_MAX = 10;

    @SuppressWarnings("unchecked")
    private static Map<String, Candidates>[] caches(int n) {
        Map<String, Candidates>[] m = new Map[n];
        for (int i = 0; i < n; i++) m[i] = new java.util.concurrent.ConcurrentHashMap<>();
        return m;
    }

    CandidateGenerator(NgramModel lm) {
        this.lm = lm;
        Map<String, List<Integer>> m = new HashMap<>();
        for (int id = NgramModel.FIRST_SYLLABLE; id < lm.vocabularySize(); id++) {
            m.computeIfAbsent(Folding.fold(lm.word(id)), k -> new ArrayList<>()).add(id);
        }
        byFold = new HashMap<>(m.size() * 2);
        for (var e : m.entrySet()) {
            int[] ids = e.getValue().stream().mapToInt(Integer::intValue).toArray();
            Integer[] boxed = Arrays.stream(ids).boxed().toArray(Integer[]::new);
            Arrays.sort(boxed, (a, b) -> Float.compare(lm.unigram(b), lm.unigram(a)));
            byFold.put(e.getKey(), Arrays.stream(boxed).mapToInt(Integer::intValue).toArray());
        }
    }

    boolean hasFold(String fold) { return byFold.containsKey(fold); }

    /** Whether a syllable is spelled by {@code lower} with one of its doubled vowels dropped ({@link #undoubled}). */
    boolean hasUndoubledFold(String lower) {
        for (String v : undoubled(lower)) if (byFold.containsKey(Folding.fold(v))) return true;
        return false;
    }

    /** {@link #hasFold} of a lower-case word's stripped form, remembered per word. */
    boolean hasFoldOf(String lower) {
        Boolean known = foldKnown.get(lower);
        if (known == null) {
            known = byFold.containsKey(Folding.fold(lower));
            if (foldKnown.size() < CACHE_LIMIT) foldKnown.put(lower, known);
        }
        return known;
    }

    /**
     * Candidates for the lower-cased token {@code t}; {@code ocr} also tries OCR confusions, {@code stripped} makes
     * missing marks free. The token itself is always a candidate (as {@code <unk>} when it is not in the vocabulary).
     */
    Candidates candidates(String t, boolean ocr, boolean stripped, int max) {
        return candidates(t, ocr, stripped ? Marks.MISSING : Marks.TRUSTED, max);
    }

    Candidates candidates(String t, boolean ocr, Marks stripped, int max) {
        Map<String, Candidates> cached = max == STANDARD_MAX ? cache[(ocr ? Marks.values().length : 0) + stripped.ordinal()] : null;
        Candidates c = cached == null ? null : cached.get(t);
        if (c == null) {
            c = generate(t, ocr, stripped, max);
            if (ocr && stripped == Marks.UNRELIABLE && (!isLetters(t) || lm.id(t) == NgramModel.UNK)) c = keepPenalty(c, t, PAGE_NOISY_KEPT);
            else if (ocr && !isLetters(t)) c = keepPenalty(c, t, NOISY_KEPT);
            if (cached != null && cached.size() < CACHE_LIMIT) cached.put(t, c);
        }
        return c;
    }

    private final Map<String, Candidates> channelCache = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Candidates for a word of an OCR page that looks right: the syllables of the same stripped form, each with the
     * channel's probability that Tesseract printed {@code t} for it ({@code nô} for {@code nổ}), the printed form
     * among them unless it is a marked word that no syllable spells so ({@code câp}). Arrays are shared and must not be
     * modified.
     */
    Candidates channel(String t, OcrChannel ch, int max) {
        Candidates c = channelCache.get(t);
        if (c != null) return c;
        int[] same = byFold.get(Folding.fold(t));
        int selfId = lm.id(t);
        List<Map.Entry<Integer, Float>> list = new ArrayList<>();
        if (same != null) {
            for (int id : same) {
                // the vocabulary holds some impossible syllables (stop finals with a tone other than sắc or nặng:
                // chôt, câp) from its training text's own typos: never a repair's target
                if (id != selfId && !vn.plans.normalize.Syllables.isValid(lm.word(id))) continue;
                float ev = ch.evidence(t, lm.word(id));
                if (ev > Float.NEGATIVE_INFINITY) list.add(Map.entry(id, ev));
            }
        }
        // Tesseract printing one vowel twice with two marks (phảái, kiếểm, bỗổ: on rendered pages of every style and on
        // TT-23's scan): a printed word outside the vocabulary is also read with either of two neighbouring vowels of
        // the same base letter dropped, and the channel applied to the rest
        if (selfId == NgramModel.UNK) {
            for (String v : undoubled(t)) {
                int[] ids = byFold.get(Folding.fold(v));
                if (ids == null) continue;
                for (int id : ids) {
                    float ev = ch.evidence(v, lm.word(id)) + EDIT;
                    if (ev > Float.NEGATIVE_INFINITY && vn.plans.normalize.Syllables.isValid(lm.word(id))
                            && list.stream().noneMatch(e -> e.getKey() == id && e.getValue() >= ev)) {
                        list.removeIf(e -> e.getKey() == id);
                        list.add(Map.entry(id, ev));
                    }
                }
            }
        }
        // a marked word that is no syllable at all (câp, chôt: a stop final takes only sắc or nặng) is misread for
        // certain: not kept when a syllable of its letters exists (unmarked, it may be a foreign word: chat). Kept, it
        // was scored by the model's probability of any unknown word (10^-1.5 after "báo cáo về", against 10^-3.75 for
        // cấp: TT-23 page 11), which the cost of keeping debris did not offset; an unsure repair is still flagged
        boolean misread = isMarked(t) && !vn.plans.normalize.Syllables.isValid(t) && list.stream().anyMatch(e -> e.getKey() != selfId);
        if (misread) list.removeIf(e -> e.getKey() == selfId);
        int n = keepBest(list, max, CHANNEL_PRUNE);
        boolean selfIn = among(list, n, selfId);
        // a printed word outside the vocabulary (6,000 syllables cover the language) is most likely misread
        boolean others = n > (selfIn ? 1 : 0);
        float kept = others && selfId == NgramModel.UNK ? UNKNOWN_KEPT : 0f;
        if (kept != 0f && selfIn) {
            for (int i = 0; i < n; i++) {
                if (list.get(i).getKey() == selfId) list.set(i, Map.entry(selfId, list.get(i).getValue() + kept));
            }
        }
        float selfEvidence = selfIn ? 0f : ch.evidence(t, t) + kept;
        c = candidates(list, n, t, selfId, selfIn || misread, selfEvidence);
        if (channelCache.size() < CACHE_LIMIT) channelCache.put(t, c);
        return c;
    }

    /**
     * {@code t} without one of two neighbouring vowels of the same base letter and different marks ({@code phảái}:
     * {@code phái}, {@code phải}); a vowel printed twice alike ({@code vii}, {@code xoong}) is no such misreading.
     */
    static List<String> undoubled(String t) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 1 < t.length(); i++) {
            char a = Chars.base(Chars.decompose(t.charAt(i))), b = Chars.base(Chars.decompose(t.charAt(i + 1)));
            if (a != b || t.charAt(i) == t.charAt(i + 1) || "aeiouy".indexOf(a) < 0) continue;
            out.add(t.substring(0, i) + t.substring(i + 1));
            out.add(t.substring(0, i + 1) + t.substring(i + 2));
        }
        return out;
    }

    private Candidates generate(String t, boolean ocr, Marks stripped, int max) {
        Map<Integer, Float> best = new LinkedHashMap<>();
        addFoldMatches(t, 0f, stripped, best);
        if (ocr) {
            boolean page = stripped == Marks.UNRELIABLE;
            for (var v1 : variants(t, page).entrySet()) {
                addFoldMatches(v1.getKey(), v1.getValue(), stripped, best);
                for (var v2 : variants(v1.getKey(), page).entrySet()) addFoldMatches(v2.getKey(), v1.getValue() + v2.getValue(), stripped, best);
            }
            if (page && !hasVowel(t)) { // the vowel got lost (b, quc, cng): put one back
                for (int i = 1; i <= t.length(); i++) {
                    for (char v : "aeiouy".toCharArray()) addFoldMatches(t.substring(0, i) + v + t.substring(i), EDIT, stripped, best);
                }
            }
        }
        int selfId = lm.id(t);
        List<Map.Entry<Integer, Float>> list = new ArrayList<>(best.entrySet());
        int n = keepBest(list, max, PRUNE);
        boolean selfIn = among(list, n, selfId);
        // an out-of-vocabulary token competes only as a foreign word in OCR text, at a price; stripped text never keeps it
        if (selfId == NgramModel.UNK && n > 0 && !ocr) selfIn = true;
        float selfEvidence = selfId != NgramModel.UNK ? best.getOrDefault(selfId, 0f) : n > 0 ? UNKNOWN_KEPT : 0f;
        return candidates(list, n, t, selfId, selfIn, selfEvidence);
    }

    /**
     * Sorts {@code list} by evidence plus unigram prior and returns how many of the best to keep: at most {@code max},
     * none more than {@code prune} below the best (far less likely a priori: not worth decoding).
     */
    private int keepBest(List<Map.Entry<Integer, Float>> list, int max, float prune) {
        list.sort((a, b) -> Float.compare(b.getValue() + lm.unigram(b.getKey()), a.getValue() + lm.unigram(a.getKey())));
        int n = Math.min(max, list.size());
        if (n > 0) {
            Map.Entry<Integer, Float> top = list.get(0);
            float floor = top.getValue() + lm.unigram(top.getKey()) - prune;
            while (n > 1 && list.get(n - 1).getValue() + lm.unigram(list.get(n - 1).getKey()) < floor) n--;
        }
        return n;
    }

    private static boolean among(List<Map.Entry<Integer, Float>> list, int n, int id) {
        for (int i = 0; i < n; i++) if (list.get(i).getKey() == id) return true;
        return false;
    }

    /** The first {@code n} of {@code list}, then the token itself with {@code selfEvidence} unless {@code selfIn}. */
    private Candidates candidates(List<Map.Entry<Integer, Float>> list, int n, String t, int selfId, boolean selfIn,
                                  float selfEvidence) {
        int size = n + (selfIn ? 0 : 1);
        int[] ids = new int[size];
        String[] forms = new String[size];
        float[] ev = new float[size];
        for (int i = 0; i < n; i++) {
            ids[i] = list.get(i).getKey();
            forms[i] = lm.word(ids[i]);
            ev[i] = list.get(i).getValue();
        }
        if (!selfIn) {
            ids[n] = selfId;
            forms[n] = t;
            ev[n] = selfEvidence;
        }
        return new Candidates(ids, forms, ev);
    }

    private static boolean isMarked(String t) {
        for (int i = 0; i < t.length(); i++) if (t.charAt(i) > 0x7F && Character.isLetter(t.charAt(i))) return true;
        return false;
    }

    private static boolean hasVowel(String t) {
        for (int i = 0; i < t.length(); i++) {
            char b = Chars.base(Chars.decompose(t.charAt(i)));
            if ("aeiouy".indexOf(b) >= 0 && !(b == 'u' && i > 0 && t.charAt(i - 1) == 'q')) return true; // qu- is a consonant
        }
        return false;
    }

    private static boolean isLetters(String t) {
        for (int i = 0; i < t.length(); i++) if (!Character.isLetter(t.charAt(i))) return false;
        return true;
    }

    /** A token with digits or OCR symbols is rarely right as printed: keeping it costs more. */
    private static Candidates keepPenalty(Candidates c, String t, float cost) {
        float[] ev = c.evidence().clone();
        for (int i = 0; i < ev.length; i++) if (c.size() > 1 && t.equals(c.forms()[i])) ev[i] = cost;
        return new Candidates(c.ids(), c.forms(), ev);
    }

    private void addFoldMatches(String v, float cost, Marks stripped, Map<Integer, Float> best) {
        int[] ids = byFold.get(Folding.fold(v));
        if (ids == null) return;
        for (int id : ids) {
            float s = cost + evidence(v, lm.word(id), stripped);
            Float old = best.get(id);
            if (old == null || s > old) best.put(id, s);
        }
    }

    /** How well the printed (lower-case) {@code t} supports candidate {@code c} of the same stripped form. */
    static float evidence(String t, String c, boolean stripped) {
        return evidence(t, c, stripped ? Marks.MISSING : Marks.TRUSTED);
    }

    static float evidence(String t, String c, Marks marks) {
        if (t.length() != c.length()) return 0f;
        float s = 0f;
        for (int i = 0; i < t.length(); i++) {
            char a = t.charAt(i), b = c.charAt(i);
            if (a == b) continue;
            int da = Chars.decompose(a), db = Chars.decompose(b);
            int qa = Chars.quality(da), qb = Chars.quality(db), ta = Chars.tone(da), tb = Chars.tone(db);
            if (qa != qb) s += qa == 0 ? marks.missing : WRONG_QUALITY * marks.wrong;
            if (ta != tb) s += ta == 0 ? marks.missing : (tb == 0 ? EXTRA_TONE : WRONG_TONE) * marks.wrong;
        }
        return s;
    }

    /** One-edit OCR variants of {@code t} with their costs; single-letter rules keep the printed tone mark. */
    static Map<String, Float> variants(String t) { return variants(t, false); }

    static Map<String, Float> variants(String t, boolean pageOcr) {
        Map<String, Float> out = new HashMap<>();
        for (int i = 0; i < t.length(); i++) {
            for (Rule r : RULES) addVariant(t, i, r, out);
            if (pageOcr) for (Rule r : PAGE_OCR_RULES) addVariant(t, i, r, out);
        }
        return out;
    }

    private static void addVariant(String t, int i, Rule r, Map<String, Float> out) {
        int len = r.from.length();
        if (i + len > t.length()) return;
        for (int k = 0; k < len; k++) {
            char f = Chars.base(Chars.decompose(t.charAt(i + k)));
            if (Character.toLowerCase(f) != r.from.charAt(k)) return;
        }
        String to = r.to;
        if (len == 1 && to.length() == 1) to = String.valueOf(Chars.withTone(to.charAt(0), t.charAt(i)));
        String v = t.substring(0, i) + to + t.substring(i + len);
        if (!v.isEmpty()) out.merge(v, r.cost, Math::max);
    }
}

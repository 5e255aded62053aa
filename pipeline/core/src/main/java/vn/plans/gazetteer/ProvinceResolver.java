package vn.plans.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.plans.model.Header;
import vn.plans.model.LegalBasis;
import vn.plans.model.PlanDocument;
import vn.plans.normalize.Folding;
import vn.plans.normalize.ToneMarks;

/**
 * Infers a document's province from what it says about itself: the issuer ({@code UBND HUYỆN BA TƠ}), the place
 * line ({@code Ba Tơ, ngày ...}) and the documents it cites ({@code của UBND tỉnh Quảng Ngãi}). Every unit named
 * after an administrative keyword (tỉnh, thành phố, huyện, quận, thị xã) votes for its province, the header and
 * place line more than the body; a district name shared by several provinces splits its vote, so {@code Sơn Tây}
 * (Hà Nội or Quảng Ngãi) is settled by the other mentions. Text is matched with its diacritics first, and folded
 * only when that finds nothing (OCR text that lost its marks). Post-2025 communes (xã, phường) count only when no
 * older unit was found.
 */
public final class ProvinceResolver {
    private static final int HEAD_CHARS = 4000;
    private static final Pattern PLACE_LINE = Pattern.compile(
            "(?m)^[\\s#*]*([\\p{L}][\\p{L} .'\\-]{1,40}?)\\s*,\\s*(?:ngày|ngay)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final Gazetteer gazetteer;

    public ProvinceResolver(Gazetteer gazetteer) { this.gazetteer = gazetteer; }

    /** Null when nothing in the document names a known unit. */
    public ProvinceMatch resolve(PlanDocument d) {
        StringBuilder header = new StringBuilder();
        Header h = d.header();
        for (String s : new String[] {h.issuerParent(), h.issuer(), h.province()}) if (s != null) header.append(s).append('\n');
        String head = d.pages().isEmpty() ? "" : d.pages().get(0).text();
        if (head.length() > HEAD_CHARS) head = head.substring(0, HEAD_CHARS);
        StringBuilder cited = new StringBuilder();
        for (LegalBasis b : h.legalBases()) {
            cited.append(b.text()).append('\n');
            if (b.issuer() != null) cited.append(b.issuer()).append('\n');
        }
        return resolve(header.toString(), h.place(), head, cited.toString());
    }

    /** From the raw parts: issuer lines, the place (may be null), the first page's text and citation texts. */
    public ProvinceMatch resolve(String issuer, String place, String firstPage, String citations) {
        for (boolean folded : new boolean[] {false, true}) {
            Votes v = new Votes();
            scan(issuer, 3, folded, v);
            String top = firstPage.length() > 600 ? firstPage.substring(0, 600) : firstPage;
            scan(top, 2, folded, v);
            scan(firstPage, 1, folded, v);
            scan(citations, 1, folded, v);
            if (place != null) placeName(place, 3, folded, v);
            Matcher m = PLACE_LINE.matcher(firstPage);
            if (m.find()) placeName(m.group(1), 3, folded, v);
            ProvinceMatch best = v.best();
            if (best != null) return best;
        }
        return null;
    }

    private void placeName(String name, double weight, boolean folded, Votes v) {
        String n = name.strip();
        if (n.isEmpty()) return;
        String ev = "place \"" + n + "\"";
        if (vote(n, Kind.PROVINCE, weight, folded, v, ev)) return;
        if (vote(n, Kind.DISTRICT, weight * 0.8, folded, v, ev)) return;
        vote(n, Kind.WARD, weight, folded, v, ev);
    }

    private enum Kind { PROVINCE, DISTRICT, WARD }

    /** Finds "keyword Name" runs (up to four syllables of name) and votes for the longest name that is known. */
    private void scan(String text, double weight, boolean folded, Votes v) {
        if (text == null || text.isBlank()) return;
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(ToneMarks.canonicalize(text));
        while (m.find()) words.add(m.group());
        for (int i = 0; i < words.size(); i++) {
            String w = norm(words.get(i), folded);
            String w2 = i + 1 < words.size() ? w + " " + norm(words.get(i + 1), folded) : "";
            List<Kind> kinds;
            int skip;
            if (w.equals(norm("tỉnh", folded))) { kinds = List.of(Kind.PROVINCE); skip = 1; }
            else if (w2.equals(norm("thành phố", folded))) { kinds = List.of(Kind.PROVINCE, Kind.DISTRICT); skip = 2; }
            else if (w2.equals(norm("thị xã", folded))) { kinds = List.of(Kind.DISTRICT); skip = 2; }
            else if (w.equals(norm("huyện", folded)) || w.equals(norm("quận", folded))) { kinds = List.of(Kind.DISTRICT); skip = 1; }
            else if (w.equals(norm("xã", folded)) || w.equals(norm("phường", folded))) { kinds = List.of(Kind.WARD); skip = 1; }
            else continue;
            boolean found = false;
            for (int len = Math.min(4, words.size() - i - skip); len >= 1 && !found; len--) {
                String name = String.join(" ", words.subList(i + skip, i + skip + len));
                for (Kind k : kinds) {
                    if (vote(name, k, weight, folded, v, String.join(" ", words.subList(i, i + skip)) + " " + name)) {
                        found = true;
                        break;
                    }
                }
            }
        }
    }

    private static String norm(String s, boolean folded) {
        return folded ? Folding.fold(s) : s.toLowerCase(Locale.ROOT);
    }

    /** Votes for the provinces a name denotes; false when the name is no unit of that kind. */
    private boolean vote(String name, Kind kind, double weight, boolean folded, Votes v, String evidence) {
        String exact = ToneMarks.canonicalize(name).toLowerCase(Locale.ROOT);
        switch (kind) {
            case PROVINCE -> {
                List<Gazetteer.Province> ps = gazetteer.provincesNamed(name).stream()
                        .filter(p -> folded || p.name().toLowerCase(Locale.ROOT).equals(exact)).toList();
                if (ps.isEmpty()) return false;
                for (Gazetteer.Province p : ps) v.add(p.code() == null ? null : p.name(), p.newName(), weight / ps.size(), evidence);
                return true;
            }
            case DISTRICT -> {
                List<Gazetteer.District> ds = gazetteer.districtsNamed(name).stream()
                        .filter(d -> folded || d.name().toLowerCase(Locale.ROOT).equals(exact)).toList();
                if (ds.isEmpty()) return false;
                for (Gazetteer.District d : ds) v.add(d.province().name(), d.province().newName(), weight / ds.size(), evidence);
                return true;
            }
            default -> {
                List<Gazetteer.Ward> ws = gazetteer.wardsNamed(name).stream()
                        .filter(w -> folded || w.name().toLowerCase(Locale.ROOT).equals(exact)).toList();
                if (ws.isEmpty()) return false;
                for (Gazetteer.Ward w : ws) v.addNew(w.provinceName(), weight * 0.5 / ws.size(), evidence);
                return true;
            }
        }
    }

    /** Scores per pre-2025 province and per post-2025 province, with the strongest evidence of each. */
    private static final class Votes {
        final Map<String, Double> old = new HashMap<>();
        final Map<String, String> oldToNew = new HashMap<>();
        final Map<String, Double> fresh = new HashMap<>();
        final Map<String, String> evidence = new HashMap<>();
        final Map<String, Double> strongest = new HashMap<>();

        void add(String province, String newProvince, double w, String ev) {
            if (province != null) {
                old.merge(province, w, Double::sum);
                oldToNew.put(province, newProvince);
                note(province, w, ev);
            }
            addNew(newProvince, w, ev);
        }

        void addNew(String newProvince, double w, String ev) {
            if (newProvince == null) return;
            fresh.merge(newProvince, w, Double::sum);
            note("new:" + newProvince, w, ev);
        }

        private void note(String key, double w, String ev) {
            if (w > strongest.getOrDefault(key, 0.0)) {
                strongest.put(key, w);
                evidence.put(key, ev);
            }
        }

        ProvinceMatch best() {
            String p = argmax(old);
            if (p != null) return new ProvinceMatch(p, oldToNew.get(p), evidence.get(p));
            String n = argmax(fresh);
            return n == null ? null : new ProvinceMatch(null, n, evidence.get("new:" + n));
        }

        private static String argmax(Map<String, Double> m) {
            return m.entrySet().stream().max(Map.Entry.<String, Double>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(null);
        }
    }
}

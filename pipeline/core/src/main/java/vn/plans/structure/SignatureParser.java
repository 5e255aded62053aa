package vn.plans.structure;

import java.util.ArrayList;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.plans.model.Signer;
import vn.plans.lexicon.Lexicon;
import vn.plans.normalize.Folding;

/**
 * The signature block at the end of the body: recipients ({@code Nơi nhận}) and signer (authority lines such as
 * {@code TM. ỦY BAN NHÂN DÂN} / {@code KT. CHỦ TỊCH}, title, name). Handles the two columns run together, as a
 * PDF export writes them ({@code Nơi nhận: KT. CHỦ TỊCH}, {@code - Bộ ...; PHÓ CHỦ TỊCH}) or a DOCX table cell holds
 * them ({@code | Nơi nhận: - A; - B | | KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Name |}).
 */
final class SignatureParser {
    private static final Lexicon LEX = Lexicon.standard();
    private static final Pattern SIGNER_TITLE = Pattern.compile("^(?:PHÓ\\s+)?(?:" + LEX.alternation("signer_titles") + ")(?:\\s+THƯỜNG TRỰC)?");
    private static final Pattern PERSON = Pattern.compile("^(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}*){1,4})\\s*$");

    /** {@code Nơi nhận:} as printed, or as OCR leaves it ({@code Noi nhén:}, {@code NƠI NHẬN}). */
    private static final Pattern LABEL = Pattern.compile("(?iu)^\\|?\\s*n[oơ]i\\s+nh\\p{L}{1,3}n\\b\\s*:?");
    /** Authority marks and titles of the signature form, folded, with their printed forms. */
    private static final Map<String, String> FORMS = Map.ofEntries(Map.entry("uy ban nhan dan", "ỦY BAN NHÂN DÂN"),
            Map.entry("ubnd", "UBND"), Map.entry("chu tich", "CHỦ TỊCH"), Map.entry("giam doc", "GIÁM ĐỐC"),
            Map.entry("truong ban", "TRƯỞNG BAN"), Map.entry("bo truong", "BỘ TRƯỞNG"), Map.entry("pho", "PHÓ"),
            Map.entry("thuong truc", "THƯỜNG TRỰC"), Map.entry("truong phong", "TRƯỞNG PHÒNG"),
            Map.entry("chanh van phong", "CHÁNH VĂN PHÒNG"), Map.entry("thu truong", "THỨ TRƯỞNG"),
            Map.entry("tong giam doc", "TỔNG GIÁM ĐỐC"), Map.entry("cuc truong", "CỤC TRƯỞNG"));
    private static final Pattern FOLDED_TITLE = Pattern.compile(
            "^(pho\\s+)?(" + String.join("|", LEX.signerTitles().stream().map(t -> Folding.fold(t)).toList()) + ")(\\s+thuong truc)?(?=\\s|$)");
    private static final Pattern FOLDED_AUTHORITY = Pattern.compile(
            "^(kt|tm|tl|tuq|q)\\.\\s*(uy ban nhan dan|ubnd|chu tich|giam doc|truong ban|bo truong)(?=\\s|$)");

    /** A template's signature block in an appendix: placeholders instead of recipients or a signer. */
    private static final Pattern TEMPLATE = Pattern.compile("…|\\.{3}|\\((?:Ký|ký|Chữ ký|chữ ký)|Họ và tên|\\(\\d+\\)");

    /** The last {@code Nơi nhận} line that is not a template's (appendix forms repeat the block with placeholders). */
    private static int recipientsStart(List<Lines.Line> all) {
        int last = -1;
        for (int i = all.size() - 1; i >= 0; i--) {
            if (!LABEL.matcher(all.get(i).text()).find()) continue;
            if (last < 0) last = i;
            if (!TEMPLATE.matcher(all.get(i).text()).find()) return i;
        }
        return last;
    }

    private static final HeaderLexicon LEXICON = HeaderLexicon.STANDARD;
    /** A party's signature in a biên bản ({@code ĐẠI DIỆN CÔNG TY …}, {@code ĐD SỞ CÔNG THƯƠNG}). */
    private static final Pattern PARTY = Pattern.compile("(?:ĐẠI DIỆN|\\bĐD)\\s+\\p{Lu}");
    /** A party that is a state body: it signs for the record's issuer. */
    private static final Pattern STATE_PARTY = Pattern.compile(
            "(?:ĐẠI DIỆN|ĐD)\\s+(?:SỞ|UBND|ỦY BAN|UỶ BAN|CỤC|BỘ|BAN|PHÒNG|ĐOÀN|CHI CỤC|THANH TRA)\\b");
    private static final Pattern MARK = Pattern.compile("\\b(KT|TM|TL|TUQ|Q)\\s*\\.\\s*");
    private static final Pattern TRAILING_NAME = Pattern.compile("\\s(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}*){1,4})\\s*$");

    /**
     * One cell holding the whole block ({@code TM. CHÍNH PHỦ KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Trần Hồng Hà}, a DOCX
     * signature cell): authority marks with their bodies, the title (a {@code signer-title} of the lexicon ending the
     * capitals) and the name after it; null when the cell is not such a block.
     */
    static Signer block(String cell) {
        String c = cell.replaceAll("\\s+", " ").strip();
        Matcher n = TRAILING_NAME.matcher(c);
        if (!n.find()) return null;
        String upper = c.substring(0, n.start()).strip();
        if (upper.isEmpty() || !isUpper(upper)) return null;
        String[] w = MARK.matcher(upper).replaceAll("$1. ").strip().split(" ");
        for (int k = 0; k < w.length; k++) {
            String rest = String.join(" ", java.util.Arrays.copyOfRange(w, k, w.length));
            if (LEXICON.exact("signer-title", rest) == null) continue;
            if (k > 0 && w[k - 1].endsWith(".")) continue; // KT. GIÁM ĐỐC: the mark's body, not the title
            String marks = String.join(" ", java.util.Arrays.copyOfRange(w, 0, k)).strip();
            if (!marks.isEmpty() && !MARK.matcher(marks).lookingAt() && !PARTY.matcher(marks).lookingAt()) return null;
            return new Signer(n.group(1), rest, marks.isEmpty() ? null : marks);
        }
        return null;
    }

    /** A title or authority mark at the start of {@code s}, matched without diacritics (OCR drops them): [printed form, length]. */
    private static String[] folded(String s, Pattern p) {
        String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
        String f = Folding.fold(nfc);
        if (f.length() != nfc.length()) return null;
        Matcher m = p.matcher(f);
        if (!m.find() || !isUpper(nfc.substring(0, m.end()))) return null;
        StringBuilder out = new StringBuilder();
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) == null) continue;
            String piece = m.group(g).strip();
            if (!out.isEmpty()) out.append(' ');
            out.append(p == FOLDED_AUTHORITY && g == 1 ? piece.toUpperCase(java.util.Locale.ROOT) + "." : FORMS.getOrDefault(piece, piece));
        }
        return new String[] {out.toString(), Integer.toString(m.end())};
    }

    private static final Pattern FOLDED_TAIL = Pattern.compile(
            "[;,]?\\s+((?:(?:kt|tm|tl|tuq)\\.\\s*)?(?:pho\\s+)?(?:chu tich|giam doc)(?:\\s+thuong truc)?)$");

    /** Where a signer's title written in capitals at the end of a recipient line starts ({@code ...; PHÓ CHỦ TỊCH}), or -1. */
    private static int trailingTitle(String line) {
        String nfc = Normalizer.normalize(line, Normalizer.Form.NFC);
        String f = Folding.fold(nfc);
        if (f.length() != nfc.length()) return -1;
        Matcher m = FOLDED_TAIL.matcher(f);
        return m.find() && isUpper(nfc.substring(m.start(1))) ? m.start(1) : -1;
    }

    private static boolean isUpper(String s) {
        for (char c : s.toCharArray()) if (Character.isLowerCase(c)) return false;
        return true;
    }

    /** The lines of {@code Nơi nhận} (the last such block), dash and trailing punctuation removed. */
    List<String> recipients(List<Lines.Line> all) {
        int start = recipientsStart(all);
        List<String> out = new ArrayList<>();
        if (start < 0) return out;
        String first = LABEL.matcher(all.get(start).text()).replaceFirst("");
        if (first.contains("|")) first = first.substring(0, first.indexOf('|'));
        List<String> items = new ArrayList<>();
        for (String part : first.split("(?:^|\\s)-\\s+")) if (!part.isBlank() && !part.matches("\\s*(?:KT|TM|TL)\\..*")) items.add(part);
        for (int i = start + 1; i < all.size(); i++) {
            String t = all.get(i).text();
            if (t.startsWith("- ") || t.startsWith("-\t")) items.add(t.substring(2));
            else if (!items.isEmpty() && Character.isLowerCase(t.charAt(0)) || (!items.isEmpty() && items.getLast().endsWith(",")))
                items.set(items.size() - 1, items.getLast() + " " + t);
            else break;
        }
        for (String it : items) {
            String c = it.strip().replaceAll("[;.,\\s]+$", "");
            int tail = trailingTitle(c);
            if (tail >= 0) c = c.substring(0, tail).replaceAll("[;,\\s]+$", "");
            if (!c.isEmpty()) out.add(c);
        }
        return out;
    }

    /** The authority lines ({@code KT. CHỦ TỊCH}), the signer's title and name; null when none is found. */
    Signer signer(List<Lines.Line> all) {
        int start = recipientsStart(all);
        if (start < 0) start = Math.max(0, all.size() - 25);
        StringBuilder zoneText = new StringBuilder();
        for (int i = start; i < all.size() && i < start + 30; i++) zoneText.append(all.get(i).text()).append('\n');
        Matcher party = PARTY.matcher(zoneText);
        int parties = 0;
        while (party.find()) parties++;
        for (int i = start; i < all.size() && i < start + 30; i++) {
            for (String cell : HeaderParser.cells(all.get(i).text())) {
                if (parties >= 2 && !cell.startsWith("TRƯỞNG ĐOÀN") && !STATE_PARTY.matcher(cell).lookingAt()) continue;
                Signer b = LABEL.matcher(cell).find() ? null : block(cell);
                if (b != null) return b;
            }
        }
        // a record signed by its parties, whose columns could not be told apart: no one signer
        if (parties >= 2) return null;
        StringBuilder zone = new StringBuilder();
        for (int i = start; i < all.size() && i < start + 30; i++) {
            String t = all.get(i).text();
            if (LEX.isAppendixHeading(t) || (i > start && t.startsWith("| TT"))) break;
            for (String cell : HeaderParser.cells(t)) {
                if (LABEL.matcher(cell).find()) {
                    Matcher ob = Pattern.compile("\\b(?:KT|TM|TL|TUQ)\\..*").matcher(cell);
                    if (ob.find()) zone.append(ob.group()).append('\n');
                    continue;
                }
                if (cell.startsWith("-")) {
                    Matcher mark = Pattern.compile("\\s((?:KT|TM|TL|TUQ)\\.\\s*\\p{Lu}.*)$").matcher(cell);
                    if (mark.find()) { zone.append(mark.group(1)).append('\n'); continue; }
                    int tail = trailingTitle(cell);
                    if (tail >= 0) zone.append(cell.substring(tail).strip()).append('\n');
                    continue;
                }
                zone.append(cell).append('\n');
            }
        }
        List<String> onBehalf = new ArrayList<>();
        String title = null, name = null;
        for (String raw : zone.toString().split("\n")) {
            String s = raw.strip();
            while (!s.isEmpty()) {
                String[] fob = title == null ? folded(s, FOLDED_AUTHORITY) : null;
                if (fob != null) { onBehalf.add(fob[0]); s = s.substring(Integer.parseInt(fob[1])).strip(); continue; }
                String[] fti = title == null ? folded(s, FOLDED_TITLE) : null;
                if (fti != null) { title = fti[0]; s = s.substring(Integer.parseInt(fti[1])).strip(); continue; }
                Matcher ob = Pattern.compile("^((?:KT|TM|TL|TUQ|Q)\\.\\s*(?:ỦY BAN NHÂN DÂN|UBND|CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG BAN|BỘ TRƯỞNG|\\p{Lu}+(?:\\s\\p{Lu}+)*?))(?=\\s|$)").matcher(s);
                Matcher ti = SIGNER_TITLE.matcher(s);
                if (title == null && ob.find()) { onBehalf.add(ob.group(1)); s = s.substring(ob.end()).strip(); continue; }
                if (title == null && ti.find()) { title = ti.group(); s = s.substring(ti.end()).strip(); continue; }
                if (title != null && name == null && PERSON.matcher(s).matches()) { name = s; }
                break;
            }
            if (name != null) break;
        }
        if (title == null && name == null && onBehalf.isEmpty()) return null;
        return new Signer(name, title, onBehalf.isEmpty() ? null : String.join(" ", onBehalf));
    }
}

package vn.plans.structure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.plans.lexicon.Lexicon;
import vn.plans.model.DocumentType;
import vn.plans.model.Header;
import vn.plans.model.LegalBasis;
import vn.plans.normalize.Folding;
import vn.plans.normalize.ToneMarks;

/**
 * The header block and the signature block, by rules (the administrative form is fixed by Decree 30/2020):
 * issuer lines (left column) and national motto (right column) even when a table or a PDF export put them on one
 * line, {@code Số: 61/KH-UBND}, {@code Place, ngày .. tháng .. năm ..}, the document type line and title, the
 * legal bases cited in the preamble; recipients and signer through {@link SignatureParser}.
 */
public final class HeaderParser {
    private static final Lexicon LEX = Lexicon.standard();
    /** Administrative levels as a regex alternation ({@code tỉnh|thành phố|huyện|...}). */
    private static final String LEVELS_RE = LEX.alternation("administrative_levels");
    private final SignatureParser signature = new SignatureParser();

    private static final Pattern NUMBER = Pattern.compile("Số\\s*:\\s*((?:[\\dA-Za-z.]+\\s*)?/\\s*[\\p{L}\\d]+(?:[-/][\\p{L}\\d]+)*)");
    private static final Pattern PLACE_DATE = Pattern.compile(
            "(\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}*){0,3}),\\s*ngày\\s*(\\d{1,2})?\\s*tháng\\s*(\\d{1,2})?\\s*năm\\s*(\\d{4})");
    private static final Pattern MOTTO = Pattern.compile(
            "(?iu)CỘNG\\s+H(?:ÒA|OÀ)\\s+XÃ\\s+HỘI\\s+CHỦ\\s+NGHĨA\\s+VIỆT\\s+NAM|Độc\\s+lập\\s*-\\s*Tự\\s+do\\s*-\\s*Hạnh\\s+phúc");
    /** A number without its {@code Số:} label (OCR often misreads the label). */
    private static final Pattern BARE_NUMBER = Pattern.compile("(?<![\\w/])(\\d{1,5}\\s*/\\s*(?:" + String.join("|", LEX.numberSymbols()) + ")-[\\p{Lu}Đ]+(?:-[\\p{Lu}Đ]+)*)");
    /** {@link #PLACE_DATE} over folded text, for OCR that lost the diacritics. */
    private static final Pattern PLACE_DATE_FOLDED = Pattern.compile(
            "([a-z]+(?:\\s[a-z]+){0,3}),\\s*ngay\\s*(\\d{1,2})?\\s*thang\\s*(\\d{1,2})?\\s*nam\\s*(\\d{4})");
    private static final Pattern PREAMBLE = Pattern.compile("\\s(?=(?:" + LEX.alternation("preamble_openers") + ")\\s)");
    private static final Pattern CITATION = Pattern.compile(
            "(?U)((?iu:Luật|Nghị định|Quyết định|Kế hoạch|Chỉ thị|Thông tư|Nghị quyết|Công văn|Văn bản|Thông báo))"
                    + "((?:\\s+số)?\\s+[\\w.]+(?:/[\\w.\\-&]+)+|\\s+(?:\\p{Lu}[\\p{L},]*\\s+|\\p{Ll}[\\p{L},]*\\s+){1,14}?)"
                    + "\\s*ngày\\s+(\\d{1,2}/\\d{1,2}/\\d{4}|\\d{1,2}\\s+tháng\\s+\\d{1,2}\\s+năm\\s+\\d{4})"
                    + "(?:\\s+của\\s+((?:UBND|Ủy ban nhân dân|Thủ tướng Chính phủ|Chính phủ|Văn phòng Chính phủ|Bộ trưởng Bộ \\p{Lu}\\p{Ll}*(?: \\p{Ll}+| \\p{Lu}\\p{Ll}*)?(?: (?:và|-) \\p{Lu}\\p{Ll}*(?: \\p{Ll}+| \\p{Lu}\\p{Ll}*)?)*|Bộ \\p{Lu}\\p{Ll}*(?: \\p{Ll}+| \\p{Lu}\\p{Ll}*)?(?: (?:và|-) \\p{Lu}\\p{Ll}*(?: \\p{Ll}+| \\p{Lu}\\p{Ll}*)?)*"
                    + "|Giám đốc Sở(?: \\p{Lu}\\p{L}*)*|HĐND)(?:\\s+(?:tỉnh|thành phố|huyện)\\s+\\p{Lu}[\\p{L}]*(?:\\s\\p{Lu}[\\p{L}]*)*)?|tỉnh\\s+\\p{Lu}\\p{L}*(?:\\s\\p{Lu}\\p{L}*)*))?");

    public Header parse(Lines lines) {
        List<Lines.Line> all = lines.all();
        int bodyStart = firstSection(all);
        List<String> head = new ArrayList<>();
        for (int i = 0; i < bodyStart; i++) head.add(all.get(i).text());

        String number = null, place = null, date = null, title = null;
        DocumentType docType = null;
        List<String> issuerLines = new ArrayList<>();
        int typeLine = -1;
        for (int i = 0; i < head.size(); i++) {
            String l = head.get(i);
            for (String cell : cells(l)) {
                Matcher n = NUMBER.matcher(cell);
                if (number == null && n.find()) number = n.group(1).replaceAll("\\s+", "");
                Matcher bare = BARE_NUMBER.matcher(cell);
                if (number == null && typeLine < 0 && bare.find()) number = bare.group(1).replaceAll("\\s+", "");
                Matcher pd = PLACE_DATE.matcher(cell);
                boolean folded = false;
                if (date == null && !pd.find()) { pd = PLACE_DATE_FOLDED.matcher(Folding.fold(cell)); folded = true; }
                if (date == null && pd.find(0)) {
                    place = folded ? capitalizedTail(cell.substring(pd.start(1), pd.end(1))) : pd.group(1).strip();
                    date = isoDate(pd.group(4), pd.group(3), pd.group(2));
                }
                if (number == null && date == null && typeLine < 0 && docType(cell) == null) {
                    String rest = MOTTO.matcher(cell).replaceAll(" ").replaceAll("\\s+", " ").strip();
                    rest = rest.replaceAll("^[-_ ]+|[-_ ]+$", "");
                    if (!rest.isEmpty() && Character.isUpperCase(rest.charAt(0)) && isUpper(rest)) issuerLines.add(rest);
                }
            }
            DocumentType type = docType(l);
            if (typeLine < 0 && type != null) {
                typeLine = i;
                docType = type;
            }
        }
        String preamble = "";
        if (typeLine >= 0) {
            StringBuilder rest = new StringBuilder();
            for (int i = typeLine + 1; i < head.size(); i++) {
                // a decision names its enacting body in capitals between title and preamble
                if (i > typeLine + 1 && isUpper(head.get(i)) && head.get(i).length() > 5) continue;
                rest.append(i > typeLine + 1 ? " " : "").append(head.get(i));
            }
            String[] parts = PREAMBLE.split(rest.toString(), 2);
            String t = parts[0];
            int pre = indexOfPreamble(t);
            if (pre == 0 && parts.length > 1 && isTitleNotCitation(parts[0])) { title = t.strip(); preamble = parts[1]; }
            else if (pre == 0) { title = null; preamble = rest.toString(); }
            else { title = t.strip(); preamble = parts.length > 1 ? parts[1] : ""; }
        }
        if (typeLine < 0) {
            String subject = subjectLine(head);
            if (subject != null) { docType = DocumentType.CONG_VAN; title = subject; }
            preamble = String.join(" ", head);
        }
        if (docType == null && number != null) {
            Matcher m = Pattern.compile("/([\\p{L}]+)").matcher(number);
            if (m.find()) docType = LEX.typeOfSymbol(m.group(1));
        }
        String[] issuer = issuer(issuerLines);
        if (issuer[0] == null) issuer[0] = issuerFromPreamble(preamble, place);
        else if (UNIT_ONLY.matcher(issuer[0]).matches()) issuer[0] = bodyOfUnit(issuer[0], preamble);
        String province = province(issuer, preamble);
        return new Header(docType, number, issuer[0], issuer[1], province, place, date, title, legalBases(preamble),
                signature.recipients(all), signature.signer(all));
    }

    /** An issuer that is a territorial unit only ({@code tỉnh Sơn La}): OCR lost the body line above it. */
    private static final Pattern UNIT_ONLY = Pattern.compile("^(" + LEVELS_RE + ")\\s+(\\p{Lu}.*)$");

    /**
     * The issuing body of a unit-only issuer, from the enacting clause ({@code Ủy ban nhân dân tỉnh ban hành Kế hoạch}
     * + {@code tỉnh Sơn La} → {@code Ủy ban nhân dân tỉnh Sơn La}); the unit itself when the clause names another unit.
     */
    static String bodyOfUnit(String unit, String preamble) {
        Matcher u = UNIT_ONLY.matcher(unit);
        if (!u.matches()) return unit;
        String body = issuerFromPreamble(preamble, null);
        if (body == null) return unit;
        if (body.endsWith(" " + u.group(1))) return body + " " + u.group(2);
        return Folding.fold(body).endsWith(Folding.fold(unit)) ? body : unit;
    }

    /**
     * A first line opening like a preamble ({@code Thực hiện Khuyến nghị của ...}) is the title when it cites no
     * document and the preamble proper follows it; {@code Căn cứ} always opens the preamble.
     */
    private static boolean isTitleNotCitation(String first) {
        return !first.startsWith("Căn cứ") && first.length() <= 300 && !CITATION.matcher(first).find()
                && !first.matches("(?s).*\\bsố\\s+\\d+\\s*/.*");
    }

    /** A letter's subject ({@code V/v ...}), continued over the following lines up to {@code Kính gửi}. */
    private static String subjectLine(List<String> head) {
        for (int i = 0; i < head.size(); i++) {
            Matcher m = Pattern.compile("^V/v\\s*(.*)$").matcher(head.get(i));
            if (!m.matches()) continue;
            StringBuilder s = new StringBuilder(m.group(1));
            for (int j = i + 1; j < head.size() && !head.get(j).startsWith("Kính gửi"); j++) s.append(' ').append(head.get(j));
            return s.toString().strip();
        }
        return null;
    }

    /** The trailing capitalized words of a phrase ({@code UBND Son La} → {@code Son La}). */
    private static String capitalizedTail(String s) {
        String[] w = s.strip().split("\\s+");
        int i = w.length;
        while (i > 0 && w[i - 1].matches("\\p{Lu}\\p{Ll}+|\\p{Lu}")) i--;
        return i == w.length ? null : String.join(" ", java.util.Arrays.copyOfRange(w, i, w.length));
    }

    /** The document type of a line that is only the type name, accented or not ({@code KE HOACH} from OCR). */
    static DocumentType docType(String line) {
        return LEX.typeOfHeading(line);
    }

    /** The header ends at the first heading ({@code I.}, {@code 1.}), at {@code Điều 1} or at {@code QUYẾT ĐỊNH:}. */
    private static final Pattern HEADER_END = Pattern.compile(
            "^(?:[IVX]{1,4}\\s*[.)]\\s*\\p{Lu}|Điều\\s+1\\b|QUYẾT ĐỊNH\\s*:|\\d{1,2}\\s*\\.\\s+\\p{Lu})");

    /** Index of the line that ends the header block (the first heading); all lines when there is none. */
    static int firstSection(List<Lines.Line> all) {
        for (int i = 0; i < all.size(); i++) {
            if (HEADER_END.matcher(all.get(i).text()).find()) return i;
        }
        return Math.min(all.size(), 40);
    }

    private static final Pattern PREAMBLE_START = Pattern.compile("^(?:" + LEX.alternation("preamble_openers") + ")\\s");

    private static int indexOfPreamble(String t) {
        return PREAMBLE_START.matcher(t).find() ? 0 : -1;
    }

    static List<String> cells(String line) {
        if (!line.contains("|")) return List.of(line);
        List<String> out = new ArrayList<>();
        for (String c : line.split("\\|")) if (!c.isBlank()) out.add(c.strip());
        return out;
    }

    static String isoDate(String year, String month, String day) {
        if (year == null) return null;
        if (month == null) return year;
        String m = String.format("%s-%02d", year, Integer.parseInt(month));
        return day == null ? m : String.format("%s-%02d", m, Integer.parseInt(day));
    }

    private static boolean isUpper(String s) {
        int letters = 0, upper = 0;
        for (char c : s.toCharArray()) {
            if (Character.isLetter(c)) { letters++; if (Character.isUpperCase(c)) upper++; }
        }
        return letters >= 2 && upper >= letters * 0.9;
    }

    private static final Pattern UPPER_LEVEL = Pattern.compile("^(?:" + LEVELS_RE.toUpperCase(Locale.ROOT) + ")\\b.*");
    private static final Pattern COUNCIL = Pattern.compile("^(?:" + LEX.alternation("council_bodies") + ")$");

    /** [issuer, parent]: {@code ỦY BAN NHÂN DÂN} + {@code HUYỆN BA TƠ} is one name; two complete names are parent then issuer. */
    static String[] issuer(List<String> upperLines) {
        List<String> names = new ArrayList<>();
        for (String l : upperLines) {
            if (!names.isEmpty() && UPPER_LEVEL.matcher(l).matches()
                    && COUNCIL.matcher(ToneMarks.canonicalize(names.getLast())).matches()) {
                names.set(names.size() - 1, names.getLast() + " " + l);
            } else {
                names.add(l);
            }
        }
        if (names.isEmpty()) return new String[] {null, null};
        String issuer = titleCase(names.getLast());
        String parent = names.size() > 1 ? titleCase(names.get(names.size() - 2)) : null;
        return new String[] {issuer, parent};
    }

    /** {@code SỞ CÔNG THƯƠNG} → {@code Sở Công Thương}; {@code UBND TỈNH LÀO CAI} → {@code UBND tỉnh Lào Cai}. */
    static String titleCase(String upper) {
        StringBuilder out = new StringBuilder();
        for (String w : upper.split("\\s+")) {
            if (!out.isEmpty()) out.append(' ');
            if (w.equals("UBND") || w.equals("HĐND")) { out.append(w); continue; }
            String lw = w.toLowerCase(Locale.ROOT);
            out.append(lw.isEmpty() ? lw : lw.substring(0, 1).toUpperCase(Locale.ROOT) + lw.substring(1));
        }
        String s = " " + out + " ";
        s = s.replace(" Ủy Ban Nhân Dân ", " Ủy ban nhân dân ").replace(" Uỷ Ban Nhân Dân ", " Ủy ban nhân dân ").replace(" Và ", " và ");
        for (String level : LEX.administrativeLevels()) s = s.replace(" " + titleWords(level) + " ", " " + level + " ");
        return s.strip();
    }

    /** {@code thành phố} → {@code Thành Phố}, as {@link #titleCase} first writes every word. */
    private static String titleWords(String lower) {
        StringBuilder out = new StringBuilder();
        for (String w : lower.split(" ")) out.append(out.isEmpty() ? "" : " ").append(w.substring(0, 1).toUpperCase(Locale.ROOT)).append(w.substring(1));
        return out.toString();
    }

    /** {@code Sở Giáo dục và Đào tạo ban hành Kế hoạch}: the subject of the enacting clause, completed with the place. */
    static String issuerFromPreamble(String preamble, String place) {
        Matcher m = Pattern.compile("(?:^|[.;,]\\s+)((?:UBND|Ủy ban nhân dân|Sở|Ban|Phòng)[^.;,]*?)\\s+(?:ban hành|xây dựng)\\s+Kế hoạch")
                .matcher(preamble);
        String found = null;
        while (m.find()) found = m.group(1).strip();
        if (found == null) return null;
        if (place != null && found.matches(".*\\b(?:" + LEVELS_RE + ")$")) found = found + " " + place;
        return found;
    }

    private static String province(String[] issuer, String preamble) {
        boolean central = issuer[0] != null && issuer[0].startsWith("Bộ ");
        for (String s : central ? new String[] {issuer[1]} : new String[] {issuer[0], issuer[1], preamble}) {
            if (s == null) continue;
            Matcher m = Pattern.compile("(?i:tỉnh|thành phố)\\s+(\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*){0,2})").matcher(s);
            if (m.find()) return m.group(1);
        }
        return null;
    }

    private static List<LegalBasis> legalBases(String preamble) {
        List<LegalBasis> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String sentence : preamble.split("\\s+(?=(?:" + LEX.alternation("preamble_openers") + ")\\s)")) {
            if (!sentence.startsWith("Căn cứ") && !sentence.startsWith("Thực hiện")) continue;
            // OCR splits number codes at their hyphen (27/QĐ- TTg)
            Matcher m = CITATION.matcher(sentence.replaceAll("(?<=/[\\p{L}\\d]{1,8})-\\s+(?=\\p{Lu})", "-"));
            while (m.find()) {
                String type = AgencyNormalizer.capitalize(m.group(1));
                String num = m.group(2).strip().replaceFirst("^số\\s+", "");
                boolean numbered = num.contains("/");
                String date = m.group(3);
                String issuer = m.group(4);
                String text = type + (numbered ? " số " + num : " " + num) + " ngày " + date
                        + (issuer == null ? "" : " của " + issuer.strip());
                String key = numbered ? num : Folding.fold(text);
                if (seen.add(key)) out.add(new LegalBasis(text, type, numbered ? num : null, dateIso(date), issuer));
            }
        }
        return out;
    }

    private static String dateIso(String d) {
        Matcher m = Pattern.compile("(\\d{1,2})\\D+(\\d{1,2})\\D+(\\d{4})").matcher(d);
        return m.find() ? isoDate(m.group(3), m.group(2), m.group(1)) : null;
    }
}

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
import vn.plans.model.Table;
import vn.plans.normalize.Folding;

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

    /** {@code Số: 61/KH-UBND}, {@code Luật số: 42/2024/QH15}, a draft's {@code Số:     /GP - SCT} (dots and spaces dropped). */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<!\\p{L})(?:Luật\\s+số|Số)\\s*:\\s*((?:[\\dA-Za-z.]+\\s*)?[.…_\\s]*/\\s*[\\p{L}\\d]+(?:\\s*[-/]\\s*[\\p{L}\\d]+)*)");
    private static final Pattern PLACE_DATE = Pattern.compile(
            "(\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}*){0,3}),\\s*ngày\\s*(\\d{1,2})?\\s*tháng\\s*(\\d{1,2})?\\s*năm\\s*(\\d{4})");
    private static final Pattern MOTTO = Pattern.compile(
            "(?iu)CỘNG\\s+H(?:ÒA|OÀ)\\s+XÃ\\s+HỘI\\s+CHỦ\\s+NGHĨA\\s+VIỆT\\s+NAM|Độc\\s+lập\\s*-\\s*Tự\\s+do\\s*-\\s*Hạnh\\s+phúc");
    /** A number without its {@code Số:} label (OCR often misreads the label). */
    private static final Pattern BARE_NUMBER = Pattern.compile("^(?:\\S{1,4}\\s*:?\\s*)?(\\d{1,5}\\s*/\\s*(?:" + String.join("|", LEX.numberSymbols()) + ")-[\\p{Lu}Đ]+(?:-[\\p{Lu}Đ]+)*)");
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
        return parse(lines, List.of(), new ArrayList<>());
    }

    /**
     * The header of a document, read by the components of Decree 30/2020: the header zone (lines before the first
     * heading, a DOCX header table expanded cell by cell, left column first), the type line and trích yếu, or the
     * {@code V/v} line of a công văn; recipients and signer from the end of the body. Values that fail validation are
     * left null with a warning, added to {@code warnings}.
     */
    public Header parse(Lines lines, List<Table> tables, List<String> warnings) {
        List<Lines.Line> all = lines.all();
        int bodyStart = firstSection(all);
        List<String> head = HeaderZone.expand(all.subList(0, bodyStart), tables);

        String number = null, place = null, date = null, title = null;
        String docType = null; // the code (KE_HOACH); DocumentType at the end
        List<String> issuerLines = new ArrayList<>();
        int typeLine = -1;
        String typeTail = null;
        boolean zoneEnded = false;
        boolean blankIssuer = false; // "CÔNG TY ……….", "(TÊN CƠ QUAN)" where the issuer stands
        for (int i = 0; i < head.size(); i++) {
            String l = head.get(i);
            if (STAMP.matcher(l).find()) continue;
            if (typeLine < 0 && ZONE_END.matcher(l).find()) zoneEnded = true;
            for (String cell : cells(l)) {
                boolean inZone = typeLine < 0 && !zoneEnded;
                Matcher n = NUMBER.matcher(cell);
                if (number == null && inZone && n.find()) number = n.group(1).replaceAll("\\s+", "").replaceAll("^[.…_]+", "");
                Matcher bare = BARE_NUMBER.matcher(cell);
                if (number == null && inZone && bare.find()) number = bare.group(1).replaceAll("\\s+", "");
                Matcher pd = PLACE_DATE.matcher(cell);
                boolean folded = false;
                if (date == null && !pd.find()) { pd = PLACE_DATE_FOLDED.matcher(Folding.fold(cell)); folded = true; }
                if (date == null && pd.find(0) && !NOT_PLACE.matcher(pd.group(1)).find()) {
                    String d = isoDate(pd.group(4), pd.group(3), pd.group(2));
                    if (d == null && pd.group(4) != null) warnings.add("header date is not a real date: " + pd.group().strip());
                    else {
                        place = folded ? capitalizedTail(cell.substring(pd.start(1), pd.end(1))) : pd.group(1).strip();
                        date = d;
                    }
                }
                if (number == null && date == null && typeLine < 0 && !zoneEnded && typeLine(cell) == null) {
                    String rest = MOTTO.matcher(cell).replaceAll(" ").replaceAll("\\s+", " ").strip();
                    rest = rest.replaceAll("^[-_ ]+|[-_ ]+$", "");
                    if (!rest.isEmpty() && Character.isUpperCase(rest.charAt(0)) && isUpper(rest)
                            && LEXICON.prefix("not-issuer", rest) == null) {
                        if (PLACEHOLDER.matcher(rest).find()) blankIssuer = true;
                        else issuerLines.add(rest);
                    }
                }
            }
            String[] type = typeLine(l);
            if (l.startsWith("V/v")) zoneEnded = true; // a công văn: its subject, no type line
            if (typeLine < 0 && !zoneEnded && type != null) {
                typeLine = i;
                docType = type[0];
                typeTail = type[1];
            }
        }
        String preamble = "";
        if (typeLine >= 0) {
            int stop = titleEnd(head, typeLine, typeTail);
            StringBuilder rest = new StringBuilder(typeTail == null ? "" : typeTail);
            for (int i = typeLine + 1; i < stop; i++) rest.append(rest.isEmpty() ? "" : " ").append(head.get(i));
            StringBuilder after = new StringBuilder();
            for (int i = stop; i < head.size(); i++) after.append(' ').append(head.get(i));
            String[] parts = PREAMBLE.split(rest.toString(), 2);
            String t = parts[0];
            int pre = indexOfPreamble(t);
            if (pre == 0 && parts.length > 1 && isTitleNotCitation(parts[0])) { title = t.strip(); preamble = parts[1]; }
            else if (pre == 0) { title = null; preamble = rest.toString(); }
            else { title = t.strip(); preamble = parts.length > 1 ? parts[1] : ""; }
            preamble = (preamble + after).strip();
            if (title != null) title = title.replaceAll("[\\s.:;]+$", "");
            if (title != null && title.isEmpty()) title = null;
        }
        String symbolType = symbolType(number);
        if (typeLine < 0) {
            String subject = subjectLine(head);
            if (subject != null) { docType = "CONG_VAN"; title = subject.isEmpty() ? null : subject; }
            else if (number != null) docType = symbolType;
            preamble = String.join(" ", head);
        } else if (number != null && !symbolType.equals("CONG_VAN") && !symbolType.equals(docType)) {
            warnings.add("type line " + docType + " disagrees with the number's symbol " + number);
        }
        // "CÔNG TY ………." over "Số: …….": a template to fill in, whose sample wording asks no one (GIAY_PHEP forms, "Mẫu số …")
        if (blankIssuer && issuerLines.isEmpty() && (number == null || number.startsWith("/"))) warnings.add(BLANK_TEMPLATE);
        String[] issuer = issuer(issuerLines, warnings);
        if (issuer[0] == null) issuer[0] = issuerFromPreamble(preamble, place);
        else if (UNIT_ONLY.matcher(issuer[0]).matches()) issuer[0] = bodyOfUnit(issuer[0], preamble);
        String province = province(issuer, preamble);
        if (docType == null && number == null && issuer[0] == null && date == null)
            warnings.add(EnglishText.isEnglish(all) ? "English text: no Vietnamese administrative header"
                    : "no recognizable header (no type line, number, issuer or date)");
        return new Header(DocumentType.ofName(docType), number, issuer[0], issuer[1], province, place, date, title,
                legalBases(preamble), signature.recipients(all), signature.signer(all));
    }

    private static final HeaderLexicon LEXICON = HeaderLexicon.STANDARD;
    /** The warning of a template whose header holds placeholders for its issuer and its number: it assigns no work. */
    static final String BLANK_TEMPLATE = "blank template: placeholders stand for the issuer and the number; no task is read";
    /** A template's blank ({@code CÔNG TY ……}, {@code (TÊN CƠ QUAN)}): not a value. */
    private static final Pattern PLACEHOLDER = Pattern.compile("…|\\.{3}|^\\(.*\\)$");
    /** An incoming-mail stamp ({@code ĐẾN Số: 1234 Ngày: ...}): never the document's own number or issuer. */
    private static final Pattern STAMP = Pattern.compile("(?u)\\bĐẾN\\b|\\bCÔNG VĂN ĐẾN\\b|Ngày\\s*:\\s*\\d");
    /** Where the header zone ends when there is no type line: the recipients, the preamble, the body. */
    private static final Pattern ZONE_END = Pattern.compile("^(?:Kính gửi|Căn cứ|Thực hiện|Theo\\s|Hôm nay|Xét\\s|Điều\\s+\\d)");
    /** Words a date line's place never is ({@code Hôm nay, ngày ...} opens a biên bản's body). */
    private static final Pattern NOT_PLACE = Pattern.compile("(?i)^(?:Hôm nay|Hom nay|Vào|Vao)\\b");

    /**
     * The type of a type line ({@code QUYẾT ĐỊNH}) and what follows the type name on the same line
     * ({@code BIÊN BẢN THẨM ĐỊNH HỒ SƠ} → {@code THẨM ĐỊNH HỒ SƠ}); null when the line is not one.
     */
    static String[] typeLine(String line) {
        String l = line.strip();
        String exact = docType(l);
        if (exact != null) return new String[] {exact, null};
        if (l.contains("|") || !isUpper(l) || l.endsWith(":")) return null;
        HeaderLexicon.Entry e = LEXICON.prefix("type", l);
        if (e == null) return null;
        String tail = l.substring(Math.min(l.length(), e.printed().length())).strip();
        return tail.length() < 3 ? new String[] {e.value(), null} : new String[] {e.value(), tail};
    }

    /** Index of the first line after the type line that is not part of the trích yếu. */
    private static int titleEnd(List<String> head, int typeLine, String typeTail) {
        boolean upperTitle = typeTail != null;
        for (int i = typeLine + 1; i < head.size() && i <= typeLine + 8; i++) {
            String l = head.get(i);
            if (LEXICON.prefix("title-stop", l) != null || MOTTO.matcher(l).find() || PLACE_DATE.matcher(l).find()
                    || l.startsWith("|") || l.startsWith("(") || NUMBER.matcher(l).find()) return i;
            boolean upper = isUpper(l);
            if (i == typeLine + 1 && typeTail == null) { upperTitle = upper; continue; }
            if (upper && (!upperTitle || LEXICON.prefix("enacting", l) != null)) return i;
        }
        return Math.min(head.size(), typeLine + 9);
    }

    /**
     * The type a number's symbol names: the code before the first hyphen of its last part ({@code 61/KH-UBND} →
     * KH, {@code 42/2024/QH15} → QH); a symbol with no type code ({@code /UBND-XD}) is a công văn's; null when no number.
     */
    static String symbolType(String number) {
        if (number == null) return null;
        String last = number.substring(number.lastIndexOf('/') + 1);
        String code = last.split("-")[0].replaceAll("\\d+$", "");
        String type = LEXICON.valueOf("symbol", code);
        return type != null ? type : "CONG_VAN";
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
            Matcher m = Pattern.compile("^V/v\\.?\\s*(.*)$").matcher(head.get(i));
            if (!m.matches()) continue;
            StringBuilder s = new StringBuilder(m.group(1));
            for (int j = i + 1; j < head.size(); j++) {
                String l = head.get(j);
                if (l.startsWith("Kính gửi") || l.startsWith("|") || MOTTO.matcher(l).find() || PLACE_DATE.matcher(l).find()
                        || NUMBER.matcher(l).find() || ZONE_END.matcher(l).find() || isUpper(l)) break;
                s.append(' ').append(l);
            }
            String subject = s.toString().strip().replaceAll("[\\s.;:]+$", "");
            return subject.matches("[.…_\\s]*") ? "" : subject;
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
    static String docType(String line) {
        HeaderLexicon.Entry e = LEXICON.exact("type", line.strip());
        return e == null ? null : e.value();
    }

    /** The header ends at the first heading ({@code I.}, {@code 1.}), at {@code Điều 1} or at {@code QUYẾT ĐỊNH:}. */
    private static final Pattern HEADER_END = Pattern.compile(
            "^(?:[IVX]{1,4}\\s*[.)]\\s*\\p{Lu}|Điều\\s+1\\b|QUYẾT ĐỊNH\\s*:|\\d{1,2}\\s*\\.\\s+\\p{Lu})");

    /** Index of the line that ends the header block (the first heading); all lines when there is none. */
    static int firstSection(List<Lines.Line> all) {
        return firstSection(all, headingLine(all));
    }

    /** {@link #firstSection} given the {@link #headingLine} already found. */
    static int firstSection(List<Lines.Line> all, int heading) {
        return heading >= 0 ? heading : Math.min(all.size(), 40);
    }

    /** The index of the first heading that ends the header ({@link #firstSection} without its fallback), or -1. */
    static int headingLine(List<Lines.Line> all) {
        for (int i = 0; i < all.size(); i++) {
            if (HEADER_END.matcher(all.get(i).text()).find()) return i;
        }
        return -1;
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

    /** ISO date, partial when day or month is blank; null when the parts do not make a real date. */
    static String isoDate(String year, String month, String day) {
        if (year == null) return null;
        int y = Integer.parseInt(year);
        if (y < 1900 || y > 2100) return null;
        if (month == null) return year;
        int mo = Integer.parseInt(month);
        if (mo < 1 || mo > 12) return null;
        String m = String.format("%s-%02d", year, mo);
        if (day == null) return m;
        int d = Integer.parseInt(day);
        if (d < 1 || d > java.time.YearMonth.of(y, mo).lengthOfMonth()) return null;
        return String.format("%s-%02d", m, d);
    }

    private static boolean isUpper(String s) {
        int letters = 0, upper = 0;
        for (char c : s.toCharArray()) {
            if (Character.isLetter(c)) { letters++; if (Character.isUpperCase(c)) upper++; }
        }
        return letters >= 2 && upper >= letters * 0.9;
    }

    static String[] issuer(List<String> upperLines) {
        return issuer(upperLines, new ArrayList<>());
    }

    /**
     * [issuer, parent] from the capital lines of the header's left column: a line that does not start with a body
     * head continues the one above ({@code ỦY BAN NHÂN DÂN} + {@code TỈNH LÀO CAI}, {@code BỘ NÔNG NGHIỆP VÀ} +
     * {@code MÔI TRƯỜNG}); the issuer is the lowest name that is a body, the parent the name above it. Lines below
     * the issuer that are not bodies are dropped with a warning.
     */
    static String[] issuer(List<String> upperLines, List<String> warnings) {
        List<String> names = new ArrayList<>();
        for (String l : upperLines) {
            if (!names.isEmpty() && LEXICON.prefix("body", l) == null) names.set(names.size() - 1, names.getLast() + " " + l);
            else names.add(l);
        }
        int at = names.size() - 1;
        while (at >= 0 && LEXICON.prefix("body", names.get(at)) == null) at--;
        if (at < 0) {
            if (!names.isEmpty()) warnings.add("no issuing body in the header: " + String.join(" / ", names));
            return new String[] {null, null};
        }
        if (at < names.size() - 1) warnings.add("not an issuing body, ignored: " + String.join(" / ", names.subList(at + 1, names.size())));
        return new String[] {name(names.get(at)), at > 0 ? name(names.get(at - 1)) : null};
    }

    /** A body's name as written in running text: a central body's known name, else {@link #titleCase}. */
    static String name(String upper) {
        HeaderLexicon.Entry c = LEXICON.exact("central", upper);
        return c != null ? c.value() : titleCase(upper);
    }

    /** {@code SỞ CÔNG THƯƠNG} → {@code Sở Công Thương}; {@code UBND TỈNH LÀO CAI} → {@code UBND tỉnh Lào Cai}. */
    static String titleCase(String upper) {
        StringBuilder out = new StringBuilder();
        for (String w : upper.split("\\s+")) {
            if (!out.isEmpty()) out.append(' ');
            if (w.equals("UBND") || w.equals("HĐND") || isAcronym(w)) { out.append(w); continue; }
            String lw = w.toLowerCase(Locale.ROOT);
            out.append(lw.isEmpty() ? lw : lw.substring(0, 1).toUpperCase(Locale.ROOT) + lw.substring(1));
        }
        String s = " " + out + " ";
        s = s.replace(" Ủy Ban Nhân Dân ", " Ủy ban nhân dân ").replace(" Uỷ Ban Nhân Dân ", " Ủy ban nhân dân ").replace(" Và ", " và ").replace(" Công Ty ", " Công ty ");
        for (String level : LEX.administrativeLevels()) s = s.replace(" " + titleWords(level) + " ", " " + level + " ");
        return s.strip();
    }

    /** {@code thành phố} → {@code Thành Phố}, as {@link #titleCase} first writes every word. */
    private static String titleWords(String lower) {
        StringBuilder out = new StringBuilder();
        for (String w : lower.split(" ")) out.append(out.isEmpty() ? "" : " ").append(w.substring(0, 1).toUpperCase(Locale.ROOT)).append(w.substring(1));
        return out.toString();
    }

    /** A capital word with no vowel ({@code TNHH}, {@code QLCN}, {@code MTV}): an acronym, kept as printed. */
    private static boolean isAcronym(String w) {
        return w.length() >= 2 && w.chars().allMatch(Character::isUpperCase) && !Folding.fold(w).toLowerCase(Locale.ROOT).matches(".*[aeiouy].*");
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
                HeaderLexicon.Entry code = LEXICON.exact("type", type);
                String typeCode = code != null ? code.value() : type.equalsIgnoreCase("Văn bản") ? "CONG_VAN" : null;
                if (seen.add(key)) out.add(new LegalBasis(text, typeCode, numbered ? num : null, dateIso(date), issuer));
            }
        }
        return out;
    }

    private static String dateIso(String d) {
        Matcher m = Pattern.compile("(\\d{1,2})\\D+(\\d{1,2})\\D+(\\d{4})").matcher(d);
        return m.find() ? isoDate(m.group(3), m.group(2), m.group(1)) : null;
    }
}
